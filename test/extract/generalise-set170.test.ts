/**
 * Generalisation rows for set 170's forms: a corporation's own site (an IR board) speaking as "당사" with answer labels
 * "답변(NAME POST)"; a weights repository path spelling the Latin name a heading glossed a model with; a credits line's
 * "@handle (NAME, COMPANY POST)"; a "■ X" section whose "- " items omit X (a noun-ending MOU, a renewed contract, a dated
 * item, a CFO speaking of a partner); relation nouns as no company; a foreign name after a list mark; an anonymous
 * workplace community's badged replies; a benchmark's Hangul gloss before 에서 and '찍었다'.
 * Names and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, edgeLines, nodeLines, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "(NAME, COMPANY POST)" in a credits line
  { cat: 'works-for.paren-name-affiliation', text: '모델은 두 회사가 함께 만들었다. 참여: @jiwoo-c (채지우, 리벨리온 리서치 리드), @hana-m (문하나, 업스테이지 연구소장) 외 3명', expect: ['WORKS_FOR 채지우 -> 리벨리온', 'WORKS_FOR 문하나 -> 업스테이지'] },
  { cat: 'works-for.paren-name-affiliation', text: '리벨리온은 새 칩을 내놨다(채지우, 리벨리온 본사에서).', absent: ['WORKS_FOR 채지우 -> 리벨리온'] },
  // a "■ X" heading, then "- " items with their subject omitted
  { cat: 'section.marked-company', text: '■ 누리소프트\n\n- 대신 지난달 22일 KT와 교육 AI 협력 MOU 체결. 새 파트너십이다.\n\n- 모델 판매처로 메가존클라우드가 붙었음.\n\n- 윤재희 CFO가 실적 발표에서 "KT와의 협력 매출은 내년에 잡힌다"고 언급.', expect: ['PARTNERS_WITH KT -> 누리소프트', 'WORKS_FOR 윤재희 -> 누리소프트'], absent: ['WORKS_FOR 윤재희 -> 메가존클라우드', 'WORKS_FOR 윤재희 -> KT'] },
  { cat: 'section.marked-company', text: '■ 누리소프트\n\n- 카카오헬스케어와의 협력 계약을 2029년까지 3년 연장.', expect: ['PARTNERS_WITH 누리소프트 -> 카카오헬스케어'] },
  { cat: 'section.marked-company', text: '■ 누리소프트\n\n- 카카오헬스케어와의 협력 계약을 올해 말 종료.', absent: ['PARTNERS_WITH 누리소프트 -> 카카오헬스케어'] },
  { cat: 'section.marked-company', text: '■ 누리소프트\n\n- 지난달 22일 KT와 협력 MOU 체결설이 돌았으나 회사는 부인했다.', absent: ['PARTNERS_WITH KT -> 누리소프트'] },
  // a quoted company is no employer named; one named outside the quote still is
  { cat: 'works-for.quoted-company', text: '누리소프트는 교육 모델을 공개했다. 윤재희 CFO가 "KT와의 협력 매출은 내년에 잡힌다"고 언급했다.', expect: ['WORKS_FOR 윤재희 -> 누리소프트'] },
  { cat: 'works-for.quoted-company', text: '누리소프트는 교육 모델을 공개했다. KT 윤재희 CFO가 "매출은 내년에 잡힌다"고 언급했다.', expect: ['WORKS_FOR 윤재희 -> KT'], absent: ['WORKS_FOR 윤재희 -> 누리소프트'] },
  // relation nouns are no company names
  { cat: 'nonentity.tie-up-words', text: '동남아 AI 시장, 한국 기업 제휴는 어디까지 왔나. 국내 기업 협력은 늘고 있다.', noNodes: ['Company:제휴', 'Company:협력'] },
  // a foreign name after a list item's mark
  { cat: 'discover.foreign-after-mark', text: '하루카AI(Haruka AI)는 도쿄의 AI 스타트업이다.\n\nㅇ 야마다 쇼타 하루카AI CEO는 인터뷰에서 "한국 모델은 경어 처리가 뛰어나다"고 평가했다.', expect: ['WORKS_FOR 야마다 쇼타 -> 하루카AI'] },
  { cat: 'discover.foreign-after-mark', text: 'ㅇ 일본 시장 하루카AI 진출은 내년이다.', noNodes: ['Person:일본 시장'] },
  // a benchmark's Hangul gloss before 에서, and '찍었다'
  { cat: 'scored.glossed-slot', text: "미르랩이 '미르-S'를 공개했다. 미르-S가 KMD-Bench(한국 의료 대화 벤치)에서 77.2점 찍었다던데 GPT-4o(70.1점)보다 높다.", edgeProps: ['SCORED 미르-S -> KMD-Bench score=77.2', 'SCORED GPT-4o -> KMD-Bench score=70.1'] },
  { cat: 'scored.glossed-slot', text: "미르랩이 '미르-S'를 공개했다. 미르-S가 KMD-Bench(한국 의료 대화 벤치)에서 점수를 찍었다는 소문은 근거가 없다.", absent: ['SCORED 미르-S -> KMD-Bench'] },
  // "- 신모델 X는 …" opens on its topic model (a list mark and a novelty noun before it): the next sentence's size is X's
  { cat: 'properties.novelty-topic', text: '- 신모델 누리-Med 3는 KT의 믿:음 2.0을 기반으로 누리소프트가 추가 학습한 모델이고, 누리소프트의 전작 누리-Med 2의 후속작. 파라미터는 약 14B.', props: ['누리-Med 3=parameters:14000000000'] },
  { cat: 'properties.novelty-topic', text: '- 신모델 누리-Med 3는 KT의 믿:음 2.0을 기반으로 누리소프트가 추가 학습한 모델이고, 누리소프트의 전작 누리-Med 2의 후속작. 누리-Med 2의 파라미터는 약 7B였다.', props: ['누리-Med 2=parameters:7000000000'] },
  // the model in focus named only by its weights' path: the sentence's size and licence are that model's
  { cat: 'properties.weights-path', text: "하늘-VL 2.0 (Haneul-VL 2.0)\n\n하늘-VL 2.0은 하늘랩스가 개발한 문서 이해 모델입니다.\n\n파라미터 8B, 가중치는 Apache-2.0 라이선스로 오픈 웨이트 공개합니다(Hugging Face: haneul-labs/Haneul-VL-2.0-8B).", props: ['하늘-VL 2.0=parameters:8000000000', '하늘-VL 2.0=openSource:true'], sameNode: ['하늘-VL 2.0=Haneul-VL-2.0-8B'] },
  // an answer's subjectless score carried to its model, beside a compared model's "Y(51.0점)": the compared score fills no subject
  { cat: 'clause.scored-carried', text: "Q. 새 모델을 소개해 주십시오.\n답변(김하늘 대표이사): 나래-M 3는 당사가 처음부터 독자 개발한 140억 파라미터 모델로, 당사의 전작 나래-M 2의 후속 모델입니다. KMMLU에서 58.3점을 기록해 나래-M 2(51.0점)를 크게 앞섰습니다.", edgeProps: ['SCORED 나래-M 3 -> KMMLU score=58.3', 'SCORED 나래-M 2 -> KMMLU score=51'] },
  { cat: 'clause.scored-carried', text: "가온랩이 새 모델 나래-M 3를 공개했습니다.\nQ. 가람-2도 결국 해외 모델 아닙니까?\nA. 아닙니다. 저희 나래-M 3는 처음부터 직접 만들었습니다. KMMLU에서 83.6점을 받았습니다.", expect: ['SCORED 나래-M 3 -> KMMLU'], absent: ['SCORED 가람-2 -> KMMLU'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

/** Facts of an HTML page, as "TYPE source -> target" lines. */
function pageFacts(html: string): { facts: string[]; nodes: string[] } {
  const g = pageGraph(html);
  return { facts: edgeLines(g), nodes: nodeLines(g) };
}

/** An IR board post on a company's own site: the logo glosses the Latin copyright holder in Hangul, the body says "당사". */
function irPage(logo: string, copyright: string, footer = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>정기주주총회 질의응답 | IR | 누리코어</title></head><body>
<header><h1 class="logo"><a href="/">${logo}</a></h1><nav><a href="/ir">투자정보</a></nav></header>
<div class="board-view"><h3 class="bv-title">정기주주총회 질의응답</h3><ul class="bv-info"><li>등록일 2026.03.20</li></ul>
<div class="bv-cont">
<p>당사는 2026년 3월 19일 정기주주총회를 개최하였습니다. 주요 질의와 답변을 요약해 공개합니다.</p>
<p class="q"><strong>질문(주주)</strong> 신규 모델이 궁금합니다.</p>
<p class="a"><strong>답변(한가람 최고기술책임자(CTO))</strong> 누리-M 2는 당사가 처음부터 독자 개발한 70억 파라미터 모델로, 당사의 전작 누리-M 1의 후속 모델입니다.</p>
<p class="q"><strong>질문(주주)</strong> 퓨리오사AI와는 어떤 관계입니까?</p>
<p class="a"><strong>답변(도윤석 전무, CFO)</strong> 퓨리오사AI와는 지난 5월 NPU 최적화 공동 연구 협약을 맺었습니다.</p>
</div></div>
<footer><p class="ft-info">${footer}</p><p class="copyright">Copyright © ${copyright}. All rights reserved.</p></footer></body></html>`;
}

describe('a corporation\'s own site speaking as "당사"', () => {
  it('the logo\'s Hangul name beside the Latin holder is the company "당사" means; answer labels name its officers', () => {
    const { facts, nodes } = pageFacts(irPage('NURICORE 누리코어', 'NURICORE Inc'));
    expect(nodes).toContain('Company:누리코어');
    expect(facts).toContain('DEVELOPED 누리코어 -> 누리-M 2');
    expect(facts).toContain('WORKS_FOR 한가람 -> 누리코어');
    expect(facts).toContain('WORKS_FOR 도윤석 -> 누리코어');
  });
  it('the title\'s last part written with ㈜ in the footer\'s business line names it too', () => {
    const { facts } = pageFacts(irPage('NURICORE', 'NURICORE Inc', '㈜누리코어 | 대표이사 한가람 | 사업자등록번호 000-00-00000'));
    expect(facts).toContain('DEVELOPED 누리코어 -> 누리-M 2');
  });
  it('a news site (no corporate holder, no gloss) gives no owner for "당사"', () => {
    const { nodes } = pageFacts(irPage('누리일보', '누리일보'));
    expect(nodes).not.toContain('Company:누리코어');
  });
});

describe('a weights repository path spelling a heading\'s Latin gloss', () => {
  it('"한글명 2.0 (Name 2.0)" as a heading, then "org/Name-2.0-8B": one model', () => {
    const html = `<html><head><meta charset="utf-8"><title>Release 하늘-VL 2.0</title><meta property="article:published_time" content="2026-05-02"></head><body><main>
<h2>하늘-VL 2.0 (Haneul-VL 2.0)</h2>
<p>하늘-VL 2.0은 하늘랩스가 개발한 문서 이해 모델입니다.</p>
<ul><li>가중치를 공개합니다(Hugging Face: haneul-labs/Haneul-VL-2.0-8B).</li></ul>
<p>하늘-VL 2.0은 K-FormVQA에서 80.1점을 기록했습니다.</p></main></body></html>`;
    const { nodes } = pageFacts(html);
    expect(nodes.filter((n) => n.startsWith('Model:'))).toEqual(['Model:하늘-VL 2.0']);
  });
});

describe('an anonymous workplace community\'s badged replies', () => {
  const page = (nick: string) => `<html><head><meta charset="utf-8"><title>모델 썰 정리 | 커뮤니티</title><meta property="article:published_time" content="2026-04-01"></head><body><main>
<div class="article-view"><h2>모델 썰 정리</h2><div class="profile"><span class="company">미르랩</span> · <span class="nick">${nick}</span></div>
<div class="contents-txt"><p>미르랩이 법률 모델 '미르-L'을 공개했다고 함. 파라미터는 80억 개.</p></div></div>
<section class="comment-list"><h3>댓글 2</h3>
<div class="comment"><div class="name"><span class="company">한빛소프트</span> · ${nick === 'b***x' ? 'k***2' : 'kim'}</div><p class="cmt-txt">미르-L이 KLB-Bench에서 70.5점을 기록했다던데 맞음?</p></div>
<div class="comment"><div class="name"><span class="company">미르랩</span> · ${nick}</div><p class="cmt-txt">ㅇㅇ 맞음.</p></div>
</section></main></body></html>`;
  it('masked handles beside company badges: the replies are read, the badges are no statement', () => {
    const { facts, nodes } = pageFacts(page('b***x'));
    expect(facts).toContain('SCORED 미르-L -> KLB-Bench');
    expect(nodes).not.toContain('Company:한빛소프트');
  });
  it('plain nicknames: reader comments stay out', () => {
    const { facts } = pageFacts(page('mirfan'));
    expect(facts).not.toContain('SCORED 미르-L -> KLB-Bench');
  });
});
