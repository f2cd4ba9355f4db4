/**
 * Generalisation rows (fifty-first session, r51b): a sentence that ends on a note in parentheses before its full stop, a
 * kind of model and a linking copula before a bare version ("버전이지 2.0의"), a roster's "NAME (X 연구원)", a table legend
 * that says what its bracketed figures are ("괄호 안은 이전 버전 Y의 점수"), a subject scored by a figure right after the
 * benchmark's name, a team wiki page's byline with only a team and a post. Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a verb's ending, a note in parentheses, then the full stop: the next sentence starts there and reads its subject from the focus
  { cat: 'parse.note-before-stop', text: "모래빛랩스가 만든 '해솔 4'는 KoBEST 71.2점을 얻었다(직전 모델 해솔 3은 66.0점). LogicKor에서는 8.12점으로 해솔 3의 7.40점보다 올랐다.", expect: ['SCORED 해솔 4 -> LogicKor', 'SCORED 해솔 3 -> LogicKor'], edgeProps: ['SCORED 해솔 4 -> LogicKor score=8.12'] },
  { cat: 'parse.note-before-stop', text: "모래빛랩스는 '해솔 4'를 공개했습니다(사진은 발표 현장). KMMLU에서는 62.4점을 기록했습니다.", expect: ['SCORED 해솔 4 -> KMMLU'] },
  // (a note inside a sentence, no full stop after it, keeps the sentence whole)
  { cat: 'parse.note-before-stop', text: "모래빛랩스는 '해솔 4'를 공개했다(오픈소스) 는 소식이 돌았다. KMMLU에서는 62.4점을 기록했다.", expect: ['SCORED 해솔 4 -> KMMLU'] },
  // "Y는 BENCH 64.7점을 받았다": the subject scored right after the benchmark's name is what the next sentence's score is about
  { cat: 'focus.scored-subject', text: '물결AI가 내놓은 물결-7은 KMMLU 63.9점을 받았다. 이어 KoBEST에서는 80.2점을 냈다.', expect: ['SCORED 물결-7 -> KMMLU', 'SCORED 물결-7 -> KoBEST'], edgeProps: ['SCORED 물결-7 -> KoBEST score=80.2'] },
  // a kind of model and a linking copula before a bare version end a clause: no model "버전이지 2.0"
  { cat: 'discover.copula-before-version', text: "카카오는 '카나나 3.0'과 함께 '카나나 3.0 2.1B'도 내놨다. 카나나 3.0 2.1B는 휴대폰용으로 줄인 버전이지 3.0의 후속이 아니다.", noNodes: ['Model:버전이지 3.0'], absent: ['SUCCEEDS 카나나 3.0 2.1B -> 카나나 3.0'] },
  { cat: 'discover.copula-before-version', text: '카나나 3.0 2.1B는 휴대폰용 경량 모델이고 3.0과는 학습 데이터가 같다.', noNodes: ['Model:모델이고 3.0'] },
  { cat: 'discover.copula-before-version', text: "한울소프트는 '노을 2.0'을 공개했다. 노을 2.0은 노을 1.5의 개량판이며 1.5의 후속 모델이다.", noNodes: ['Model:개량판이며 1.5'], expect: ['SUCCEEDS 노을 2.0 -> 노을 1.5'] },
  // a roster's person with the employer and a staff role in parentheses ("NAME (X 연구원)", "NAME（X 개발자）")
  { cat: 'works-for.staff-paren', text: '감사의 말\n\n- 도하람 (별무리테크 연구원)\n- 예서진 (별무리테크 개발자)\n\n문의는 메일로 보내 주세요.', nodes: ['Person:도하람', 'Person:예서진'], expect: ['WORKS_FOR 도하람 -> 별무리테크', 'WORKS_FOR 예서진 -> 별무리테크'], edgeProps: ['WORKS_FOR 도하람 -> 별무리테크 title=연구원'] },
  { cat: 'works-for.staff-paren', text: '별무리테크는 법률 데이터셋을 공개했다. 이번 데이터셋은 봉이안 (별무리테크 선임연구원)이 정리했다.', expect: ['WORKS_FOR 봉이안 -> 별무리테크'] },
  { cat: 'works-for.staff-paren', text: '발표는 한국전자통신연구원 (ETRI) 연구원들이 맡았다.', noNodes: ['Person:한국전자통신연구원'] },
  // a legend of a score table: the bracketed figures are the previous version's, no successor of the model in focus
  { cat: 'succeeds.focus-previous', text: "별무리테크는 '별빛-3'과 경량판 '별빛-3-Mini'를 함께 공개했다. 별빛-3-Mini 가중치는 누구나 받을 수 있다.\n\n성능\n\n괄호 안은 이전 버전 별빛-2의 점수입니다.", absent: ['SUCCEEDS 별빛-3-Mini -> 별빛-2'] },
  { cat: 'succeeds.focus-previous', text: "별무리테크는 경량판 '별빛-3-Mini'를 공개했다. 괄호 속 숫자는 전작 별빛-2 기준이다.", absent: ['SUCCEEDS 별빛-3-Mini -> 별빛-2'] },
  { cat: 'succeeds.focus-previous', text: "별무리테크는 '별빛-3'을 공개했다. 이전 버전 별빛-2보다 답이 빨라졌다.", expect: ['SUCCEEDS 별빛-3 -> 별빛-2'] },
  // a news app's alert: a time-stamped headline over its indented preview is a line of its own (its model is what the preview is about)
  { cat: 'parse.stamped-headline', text: "■ 3월 4일(화)\n\n09:15  [속보] 바람소프트, 언어모델 '해랑 3' 출시…KoBEST 81.0점\n       바람소프트가 해랑 2.5의 후속 모델을 내놨다.\n       ▶ 기사 보기\n\n08:40  [날씨] 전국 맑고 포근\n\n07:10  [증시] 코스닥 1% 상승 출발", expect: ['SUCCEEDS 해랑 3 -> 해랑 2.5'], absent: ['SUCCEEDS 바람소프트 -> 해랑 2.5'] },
  { cat: 'parse.stamped-headline', text: "11:30  바람소프트, 언어모델 '해랑 3' 공개…해랑 2.5 후속\n       바람소프트가 오늘 새 모델을 공개했다. 회사는 상담 품질이 나아졌다고 밝혔다.", expect: ['SUCCEEDS 해랑 3 -> 해랑 2.5'] },
  // an official's speech section: the bracketed kind of speech (its letters spaced out for print), the post and the name, then the speech
  { cat: 'promotes.speech-section-official', text: "【 환 영 사 】  행정안전부 제2차관 오나래\n\n○ 정부는 'AI 행정 혁신 지원사업'을 차질 없이 추진하고 있습니다.\n○ 올해 참여 기관을 두 배로 늘리겠습니다.", expect: ['PROMOTES 오나래 -> AI 행정 혁신 지원사업'] },
  { cat: 'promotes.speech-section-official', text: "【기조연설】 오나래 행정안전부 제2차관\n\n○ 'AI 행정 혁신 지원사업'은 제가 직접 챙기고 있습니다.", expect: ['PROMOTES 오나래 -> AI 행정 혁신 지원사업'] },
  { cat: 'promotes.speech-section-official', text: "■ 격려사 — 중소벤처기업부 차관 오나래\n\n지역 기업의 AI 도입을 위해 'AI 제조 혁신 바우처'를 차질 없이 추진하겠습니다.", expect: ['PROMOTES 오나래 -> AI 제조 혁신 바우처'] },
  // (a company head's section, or the next section's speaker, pushes nothing for the official)
  { cat: 'promotes.speech-section-official', text: "【 축 사 】  바람소프트 대표 오나래\n\n○ 저희도 'AI 행정 혁신 지원사업'을 함께 추진하고 있습니다.", absent: ['PROMOTES 오나래 -> AI 행정 혁신 지원사업'] },
  { cat: 'promotes.speech-section-official', text: "【 환 영 사 】  행정안전부 제2차관 오나래\n\n○ 여러분 반갑습니다.\n\n【 발 제 】  정하윤 (한빛대학교 교수)\n\n○ 'AI 행정 혁신 지원사업'을 더 적극적으로 추진해야 합니다.", absent: ['PROMOTES 오나래 -> AI 행정 혁신 지원사업'] },
  // a speaker opening on their own company's model as the topic ("저희 X의 Y는"): their next subject-less sentence is about X
  { cat: 'subject.self-owned-topic', text: "우리 솔빛데이터의 '솔빛-M'은 상담용 모델입니다. 올해 초 네이버클라우드와 업무 협약을 체결했습니다.", expect: ['PARTNERS_WITH 네이버클라우드 -> 솔빛데이터'] },
  { cat: 'subject.self-owned-topic', text: "- 저희 솔빛데이터의 솔빛-M은 라마 3.1 8B를 바탕으로 만든 모델입니다.\n- 지난달 카카오와 공동 연구 협약을 맺었습니다.", expect: ['PARTNERS_WITH 솔빛데이터 -> 카카오'] },
  // a known programme's name opening an organisation's name ("'소버린 AI 연합'", "'X 협의회'") names no programme
  { cat: 'mentions.organisation-after-policy', text: "국내 스타트업 스무 곳이 '소버린 AI 연합'을 꾸렸다. 초대 회장은 바람소프트 오나래 대표가 맡았다.", noNodes: ['Policy:소버린 AI'] },
  { cat: 'mentions.organisation-after-policy', text: "정부는 소버린 AI 정책을 이어 가기로 했다. 업계는 'AI 바우처 협의회'를 새로 꾸렸다.", noNodes: ['Policy:AI 바우처'] },
  // variant words listed right after a model named as the topic, closed by their count: each is an edition "<model> <word>"
  { cat: 'versions.listed-variants', text: "바람소프트의 해솔 5는 Lite(30억 파라미터), Pro(140억 파라미터) 두 종으로 나왔다. 해솔 5 Pro가 주력이다.", nodes: ['Model:해솔 5 Lite', 'Model:해솔 5 Pro'], props: ['해솔 5 Lite=parameters:3000000000', '해솔 5 Pro=parameters:14000000000'], expect: ['DEVELOPED 바람소프트 -> 해솔 5 Lite'] },
  { cat: 'versions.listed-variants', text: '카카오의 카나나 3은 라이트와 프로로 나뉜다. 라이트는 휴대폰에서 돈다.', nodes: ['Model:카나나 3 라이트', 'Model:카나나 3 프로'] },
  // (no count and no verb of coming in: the words say nothing of editions)
  { cat: 'versions.listed-variants', text: '카카오의 카나나 3은 Pro와 Max 사이의 가격대를 노린다.', noNodes: ['Model:카나나 3 Pro', 'Model:카나나 3 Max'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

const extract = (html: string) => extractArticle(parseArticle(html, { source: 'page.html' }));

describe("a team's page on its company's wiki", () => {
  // the <title> of a hosted wiki, the company's logo in the header, a byline giving only the writer's team and post
  const wikiPage = (title: string, logo: string) =>
    `<html><head><meta charset="utf-8"><title>${title}</title></head><body><header><a class="logo" href="/">${logo}</a></header><div id="content"><h1>검색 모델 변경 기록</h1><div class="body"><p>작성자: 나예린 (검색품질팀 파트장) · 최종 수정 2026년 3월 2일</p><p>이 페이지는 솔빛데이터가 자체 개발한 검색 모델 '솔빛-R'의 변경 사항을 적습니다.</p><p>솔빛-R 2는 솔빛-R 1의 후속 모델입니다. 사내 문서 12만 건으로 학습했습니다.</p></div></div></body></html>`;
  it("takes the wiki's company as the employer of a writer named with a team and a post only", () => {
    const g = extract(wikiPage('검색 모델 변경 기록 - 검색품질팀 - Confluence', '솔빛데이터 위키'));
    expect(hasFact(g, 'WORKS_FOR 나예린 -> 솔빛데이터')).toBe(true);
  });
  it('reads no employer on a page of no company wiki', () => {
    const g = extract(wikiPage('검색 모델 변경 기록 - 개발 블로그', '솔빛데이터 위키'));
    expect(hasFact(g, 'WORKS_FOR 나예린 -> 솔빛데이터')).toBe(false);
  });
});
