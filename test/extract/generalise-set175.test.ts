/**
 * Generalisation rows for set 175's forms: a wiki's comparison of two revisions (the newer revision's lines read, the
 * removed ones not); a company page's people section ("* NAME - 대표이사" under "인물"); a programme before its role noun
 * ("X 공급기업으로 선정됐다") with the subject carried; a company's internal system whose footer says whose staff it is for
 * ("X㈜ 사내 전용"), its notice speaking as "우리 회사" and naming staff by team and rank ("데이터팀 NAME 책임"); a
 * campaign page's maker box beside the story; a footnote mark glued to a benchmark in a score slot ("ABC12)에서"); a
 * journal's volume(issue) in a reference, no model; a maker's possessive over two described models; a line headed by a
 * model and a dash ("X — … Y의 후속 모델로"); a guest introduced by company, post and name ("X 대표 NAME입니다") as what a
 * script's "저희" means. Sentences and pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X 공급기업으로 선정됐다": the programme before its role noun is what the (carried) subject takes part in
  { cat: 'clause.participates.role-noun', text: "가온데이터는 2023년 세워진 인공지능 기업이다. 2025년 'AI 바우처 지원사업' 공급기업으로 선정됐다.", expect: ['PARTICIPATES_IN 가온데이터 -> AI 바우처 지원사업'] },
  { cat: 'clause.participates.role-noun', text: "가온데이터는 2023년 세워진 인공지능 기업이다. 올해 'AI 바우처 지원사업' 수요기업으로 선정되지 않았다.", absent: ['PARTICIPATES_IN 가온데이터 -> AI 바우처 지원사업'] },
  { cat: 'clause.participates.role-noun', text: "가온데이터는 2023년 세워진 인공지능 기업이다. 내년 'AI 바우처 지원사업' 공급기업으로 선정될지 검토하고 있다.", absent: ['PARTICIPATES_IN 가온데이터 -> AI 바우처 지원사업'] },
  // a company page's people section: "* NAME - POST" lines under "인물" hold posts at the company; a former post does not
  { cat: 'works-for.people-section', text: "가온데이터는 2023년 세워진 인공지능 기업이다.\n\n인물\n\n* 서도윤 - 대표이사\n\n* 문채원 - 최고기술책임자(CTO). 카이스트 박사.", expect: ['WORKS_FOR 서도윤 -> 가온데이터', 'WORKS_FOR 문채원 -> 가온데이터'] },
  { cat: 'works-for.people-section', text: "가온데이터는 2023년 세워진 인공지능 기업이다.\n\n인물\n\n* 서도윤 - 전 대표", absent: ['WORKS_FOR 서도윤 -> 가온데이터'] },
  { cat: 'works-for.people-section', text: "가온데이터는 2023년 세워진 인공지능 기업이다.\n\n참고 문헌\n\n* 서도윤 - 대표이사", absent: ['WORKS_FOR 서도윤 -> 가온데이터'] },
  // "데이터팀 NAME 책임": a bare rank after a name is a post only where a team's name comes before it
  { cat: 'persons.team-rank', text: "가온데이터가 '가온-R 2'를 공개했다. 문의: 데이터플랫폼팀 서도윤 책임", nodes: ['Person:서도윤'] },
  { cat: 'persons.team-rank', text: "가온데이터가 '가온-R 2'를 공개했다. 이 결과는 모든 서도윤 책임이라고 적혔다.", noNodes: ['Person:서도윤'] },
  // "ABC12)에서": a footnote mark glued to a benchmark in a score slot is none of its name, all its digits
  { cat: 'discover.bench-footnote', text: "가온-R 2는 의료 벤치마크 KMQ12)에서 64.2점을 기록했다.\n\n12) KMQ(Korean Medical QA): 한국 의료 지식 평가.", expect: ['SCORED 가온-R 2 -> KMQ'], noNodes: ['Benchmark:KMQ1'] },
  { cat: 'discover.bench-footnote', text: "가온-R 2는 수학 벤치마크 GSM8K에서 64.2점을 기록했다.", expect: ['SCORED 가온-R 2 -> GSM8K'] },
  // a journal's volume(issue), year or pages after it in a reference is no model's version
  { cat: 'discover.citation-issue', text: "참고문헌\n\n서도윤 외, 「한국어 LLM 평가 방법」, 전자학회지 31(4), 2026.", noNodes: ['Model:전자학회지 31'] },
  { cat: 'discover.citation-issue', text: "가온데이터의 거대언어모델 가람 3(71.2점)은 비교 대상 중 가장 높았다.", nodes: ['Model:가람 3'] },
  // a real base in the gazetteer: Meta's SeamlessM4T
  { cat: 'gazetteer.seamless', text: "가온보이스는 메타의 SeamlessM4T v2를 기반으로 방언 음성을 추가 학습한 통역 모델 '가온보이스 2'를 공개했다.", expect: ['BASED_ON 가온보이스 2 -> SeamlessM4T v2', 'DEVELOPED 메타 -> SeamlessM4T v2'] },
  // "X의 A 모델 P과 B 모델 Q": the maker owns both described models; a rival's or a compared one it does not
  { cat: 'developed.possessive-described-pair', text: "초청 강연은 가온데이터의 검색 모델 가람 2.0과 요약 모델 나래 3를 다룬다.", expect: ['DEVELOPED 가온데이터 -> 가람 2.0', 'DEVELOPED 가온데이터 -> 나래 3'] },
  { cat: 'developed.possessive-described-pair', text: "초청 강연은 가온데이터의 검색 모델 가람 2.0과 비교 모델 나래 3를 다룬다.", absent: ['DEVELOPED 가온데이터 -> 나래 3'] },
  // "X — … Y의 후속 모델로": the dash heads the line with its topic
  { cat: 'succeeds.dash-head', text: "세션 상세\n\n가람 3 — 가온데이터가 지난해 공개한 가람 2의 후속 모델로, 80억 파라미터 규모입니다.", expect: ['SUCCEEDS 가람 3 -> 가람 2'], props: ['가람 3=parameters:8000000000'] },
  { cat: 'succeeds.dash-head', text: "세션 상세\n\n가람 3 — 가람 2의 후속 모델이 아닙니다.", absent: ['SUCCEEDS 가람 3 -> 가람 2'] },
  // "X 대표 NAME입니다": a guest introduced by company, post and name is what the script's "저희" means from there on
  { cat: 'references.self-introduction', text: "앵커: 먼저 업계 소식입니다. 가온클라우드가 새 언어모델 '가온-L 2'를 공개했습니다.\n\n오늘은 돌봄 AI 스타트업 나래랩스의 서도윤 대표를 모셨습니다. 어서 오십시오.\n\n서도윤 대표 네, 안녕하세요. 나래랩스 대표 서도윤입니다.\n\n어떤 회사인지 소개 부탁드립니다.\n\n저희는 어르신 돌봄 AI를 만드는 회사입니다. 혼자 사시는 어르신과 대화를 나누는 서비스를 하고 있고요. 올해 'AI 바우처 지원사업' 공급기업으로 선정돼서 지자체 열 곳에 서비스를 공급하고 있습니다.", expect: ['PARTICIPATES_IN 나래랩스 -> AI 바우처 지원사업'], absent: ['PARTICIPATES_IN 가온클라우드 -> AI 바우처 지원사업'] },
  { cat: 'references.self-introduction', text: "가온클라우드가 새 언어모델 '가온-L 2'를 공개했다. 회사는 '가온-L 2'가 나래랩스의 모델보다 빠르다고 밝혔다. 이 회사는 올해 'AI 바우처 지원사업' 공급기업으로 선정됐다.", expect: ['PARTICIPATES_IN 가온클라우드 -> AI 바우처 지원사업'], absent: ['PARTICIPATES_IN 나래랩스 -> AI 바우처 지원사업'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

const extract = (html: string) => extractArticle(parseArticle(html, { source: 'page.html' }));

/** A wiki's revision comparison: rows of context, removed ("del") and added ("add") lines. */
function diffPage(rows: string): string {
  return `<html><head><meta charset="utf-8"><title>가온데이터 (r7 → r8 비교) - 나무위키</title></head><body><h1>가온데이터 <small>(r7과 r8의 비교)</small></h1><div class="rev">r8 · 편집 요약: 기반 모델 수정</div><table class="diff"><tbody>${rows}</tbody></table><div class="side"><h3>최근 변경</h3><ul><li><a href="/w/x">바람결 벤치</a></li></ul></div></body></html>`;
}

describe('generalise: set 175 page forms', () => {
  it('reads a revision comparison as the newer revision: added lines stand, removed lines state nothing', () => {
    const g = extract(
      diffPage(
        `<tr class="ctx"><td class="ln">1</td><td>'''가온데이터'''는 2023년 세워진 인공지능 기업이다.</td></tr>` +
          `<tr class="del"><td class="ln">2</td><td>- 2026년 3월 '가람 3'을 공개했다. 가람 3는 메타의 라마 3.1 기반이다.</td></tr>` +
          `<tr class="add"><td class="ln">2</td><td>+ 2026년 3월 '가람 3'을 공개했다. 가람 3는 처음부터 자체 학습한 모델로, 파라미터는 80억 개다.</td></tr>` +
          `<tr class="ctx"><td class="ln">3</td><td>== 인물 ==</td></tr><tr class="ctx"><td class="ln">4</td><td>* 서도윤 - 대표이사</td></tr>`,
      ),
    );
    expect(hasFact(g, 'DEVELOPED 가온데이터 -> 가람 3')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 서도윤 -> 가온데이터')).toBe(true);
    expect(hasFact(g, 'BASED_ON 가람 3 -> 라마 3.1')).toBe(false);
    expect(g.nodes.find((n) => n.name === '가람 3')?.properties.parameters).toBe(8000000000);
  });
  it('reads a side-by-side comparison (MediaWiki cells) from its right-hand side', () => {
    const g = extract(
      diffPage(
        `<tr><td class="diff-marker">−</td><td class="diff-deletedline">가람 3는 메타의 라마 3.1 기반이다.</td><td class="diff-marker">+</td><td class="diff-addedline">가온데이터가 개발한 가람 3는 자체 학습한 모델이다.</td></tr>` +
          `<tr><td></td><td class="diff-context">가온데이터는 2023년 세워진 인공지능 기업이다.</td><td></td><td class="diff-context">가온데이터는 2023년 세워진 인공지능 기업이다.</td></tr>`,
      ),
    );
    expect(hasFact(g, 'DEVELOPED 가온데이터 -> 가람 3')).toBe(true);
    expect(hasFact(g, 'BASED_ON 가람 3 -> 라마 3.1')).toBe(false);
  });
  it("takes an internal system's footer company as what its notice's '우리 회사' means, and its team-ranked staff as its own", () => {
    const notice = (footer: string) =>
      `<html><head><meta charset="utf-8"><title>[공지] 사내 모델 배포 - 가온 그룹웨어</title></head><body><div class="top">GAON Groupware</div><div class="content"><table class="head"><tr><th>작성자</th><td>데이터플랫폼팀 서도윤 책임</td></tr></table><div class="body"><p>임직원 여러분 안녕하세요. 데이터플랫폼팀입니다.</p><p>우리 회사가 자체 개발한 업무용 언어모델 '가람-2'가 지난 10일 전사에 배포되었습니다. 가람-2는 320억 개 파라미터 규모입니다.</p><p>문의: 데이터플랫폼팀 서도윤 책임 (내선 1234)</p></div></div><div class="foot">${footer}</div></body></html>`;
    const g = extract(notice('가온데이터㈜ 사내 전용 시스템 · 외부 유출 금지'));
    expect(hasFact(g, 'DEVELOPED 가온데이터 -> 가람-2')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 서도윤 -> 가온데이터')).toBe(true);
    const open = extract(notice('가온데이터㈜ · 고객센터 1588-0000'));
    expect(open.nodes.some((n) => n.type === 'Company' && n.name === '가온데이터')).toBe(false);
  });
  it("adds a campaign's maker box beside the story, not the platform's imprint in the footer", () => {
    const page = (maker: string) =>
      `<html><head><meta charset="utf-8"><title>AI 번역 이어폰 | 펀딩 - 가온펀딩</title></head><body><section class="story"><h2>여행지에서 막막했던 적 있으신가요?</h2><p>이 이어폰에는 소리결랩이 자체 개발한 음성 번역 모델 소리결 2가 들어갑니다. 소리결 2는 23억 파라미터 모델입니다.</p><p>인터넷이 없는 곳에서도 24개 언어를 통역합니다. 배터리는 하루 종일 갑니다.</p></section>${maker}<footer><dl><dt>상호</dt><dd>가온펀딩(주)</dd><dt>대표</dt><dd>김도현</dd></dl></footer></body></html>`;
    const g = extract(page(`<section class="maker"><h3>메이커 정보</h3><dl><dt>메이커</dt><dd>소리결랩</dd><dt>대표</dt><dd>문채원</dd></dl><p>"의견을 모두 반영했습니다." — 문채원 소리결랩 대표</p></section>`));
    expect(hasFact(g, 'WORKS_FOR 문채원 -> 소리결랩')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 김도현 -> 가온펀딩')).toBe(false);
    const none = extract(page(''));
    expect(hasFact(none, 'WORKS_FOR 문채원 -> 소리결랩')).toBe(false);
  });
});
