/**
 * Generalisation rows for set 173's forms, public records rather than news: a notice's result table with one company a
 * row beside an applied-model column ("기업명 | 실증 과제 | 적용 모델 | 비고"), a lead cell's co-performer "(공동: B)", a
 * reserve's row "예비1", a model cell's note of several parts ("M(X 후속, 70억 파라미터, Y 개발)"), a table's empty
 * cell, records printed as data (JSON lines, an open-API XML response), a programme-head line ("사업 총괄 : NAME 국장"),
 * teams that reached or missed a programme's stage, consortium members with a label ("(참여: A, B)", "주관 A / 참여 B"),
 * a quoted product said built on the company's own model, a labelled "프로그램" name and an agency ending in 진흥원.
 * Names and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

/** A notice naming one programme, then its result table as plain-text rows. */
const notice = (rows: string[], header = '연번 | 기업명 | 실증 과제 | 적용 모델 | 비고'): string =>
  ["「2026년 해양 AI 실증 지원사업」의 지원 대상 선정 결과를 다음과 같이 공고합니다.", '3. 선정 결과', header, ...rows].join('\n\n');

const rows: FactRow[] = [
  // one company a row under "기업명" beside an applied-model column: each takes part, its own model ("자사 개발") it develops
  {
    cat: 'consortium-table.org-rows',
    text: notice(['1 | ㈜한결소프트 | 민원 요약 | 한결챗 2.0(자사 개발) | 선정', '2 | ㈜도담데이터 | 수요 예측 | 엑사원 3.5(LG AI연구원 개발 모델 활용) | 선정', '예비1 | ㈜누리봇 | 일자리 매칭 | 누리봇-LM 2(자사 개발) | 예비 선정']),
    expect: ['PARTICIPATES_IN 한결소프트 -> 2026년 해양 AI 실증 지원사업', 'PARTICIPATES_IN 도담데이터 -> 2026년 해양 AI 실증 지원사업', 'PARTICIPATES_IN 누리봇 -> 2026년 해양 AI 실증 지원사업', 'DEVELOPED 한결소프트 -> 한결챗 2.0', 'DEVELOPED 누리봇 -> 누리봇-LM 2', 'DEVELOPED LG AI연구원 -> 엑사원 3.5'],
    absent: ['DEVELOPED 도담데이터 -> 엑사원 3.5'],
  },
  // "A (공동: B)": the co-performer partners the lead and takes part too
  {
    cat: 'consortium-table.joint-note',
    text: notice(['1 | ㈜새봄테크 (공동: ㈜가온넷) | 문서 분류 | 새봄-LM 3(새봄테크 자체 개발) | 선정', '2 | ㈜한결소프트 | 민원 요약 | 한결챗 2.0(자사 개발) | 선정']),
    expect: ['PARTNERS_WITH 새봄테크 -> 가온넷', 'PARTICIPATES_IN 가온넷 -> 2026년 해양 AI 실증 지원사업', 'DEVELOPED 새봄테크 -> 새봄-LM 3'],
    absent: ['PARTNERS_WITH 새봄테크 -> 한결소프트'],
  },
  // a row whose status says the company did not apply lists no participant
  {
    cat: 'consortium-table.not-applied',
    text: notice(['1 | ㈜한결소프트 | 민원 요약 | 한결챗 2.0(자사 개발) | 선정', '2 | ㈜도담데이터 | - | - | 해당없음', '3 | ㈜새봄테크 | - | - | 이번 모집 미신청, 다음 공모 검토']),
    expect: ['PARTICIPATES_IN 한결소프트 -> 2026년 해양 AI 실증 지원사업'],
    absent: ['PARTICIPATES_IN 도담데이터 -> 2026년 해양 AI 실증 지원사업', 'PARTICIPATES_IN 새봄테크 -> 2026년 해양 AI 실증 지원사업'],
  },
  // a model cell's note of several parts: its predecessor, its size, its maker; a model reached through an API is not the lead's
  {
    cat: 'consortium-cells.note-parts',
    text: notice(['법률 상담 | 미르웍스 | 하람소프트 | 미르LM 3(미르LM 2 후속, 70억 파라미터, 미르웍스 개발) | 5억원 | -', '세무 상담 | 바른에이아이 | 도담데이터 | GPT-4o(오픈AI) API 활용 | 3억원 | -'], '과제 | 수행기관(대표) | 공동수급 | 적용 모델 | 계약금액 | 비고'),
    expect: ['SUCCEEDS 미르LM 3 -> 미르LM 2', 'DEVELOPED 미르웍스 -> 미르LM 3', 'PARTNERS_WITH 미르웍스 -> 하람소프트', 'PARTICIPATES_IN 하람소프트 -> 2026년 해양 AI 실증 지원사업'],
    absent: ['DEVELOPED 바른에이아이 -> GPT-4o', 'DEVELOPED 하람소프트 -> 미르LM 3'],
  },
  // the model's Latin spelling opening the note is one model with it
  {
    cat: 'consortium-cells.note-parts',
    text: notice(['해양 감시 | 파랑비전 | - | 파랑 3.1(Parang 3.1, 파랑비전 자체 개발) | 9억원 | -'], '과제 | 수행기관(대표) | 공동수급 | 적용 모델 | 계약금액 | 비고'),
    expect: ['DEVELOPED 파랑비전 -> Parang 3.1'],
    noNodes: ['Model:파랑 3.1'],
  },
  // records printed as JSON lines, Korean keys: a table of teams
  {
    cat: 'record-tables.json-lines',
    text: [
      "본 데이터는 '2026 AI 모델 고도화 지원사업' 신청 현황을 제공합니다.",
      '{"연번": 1, "주관기관": "한결소프트", "참여기관": "도담데이터", "고도화대상모델": "한결-R 2.0", "선정결과": "선정"},',
      '{"연번": 2, "주관기관": "새봄테크", "참여기관": "", "고도화대상모델": "새봄-V 1.0", "선정결과": "미선정"}',
    ].join('\n\n'),
    expect: ['PARTNERS_WITH 한결소프트 -> 도담데이터', 'DEVELOPED 한결소프트 -> 한결-R 2.0', 'DEVELOPED 새봄테크 -> 새봄-V 1.0', 'PARTICIPATES_IN 새봄테크 -> 2026 AI 모델 고도화 지원사업'],
  },
  // a line of one JSON object alone is no table
  { cat: 'record-tables.json-lines', text: '설정 예시는 다음과 같다.\n\n{"주관기관": "한결소프트", "참여기관": "도담데이터", "고도화대상모델": "한결-R 2.0"}', absent: ['PARTNERS_WITH 한결소프트 -> 도담데이터'] },
  // an open-API XML response: camelCase fields written back in Korean; heads with their posts, a joint participant, the programme's manager
  {
    cat: 'record-tables.xml-items',
    text: [
      '<response><header><resultCode>00</resultCode></header><body><pbancInfo><bizNm>광주 AI 창업 도약 프로그램</bizNm><bizMngrNm>한도윤</bizMngrNm><bizMngrOfcps>광주정보문화진흥원 원장</bizMngrOfcps></pbancInfo><items>',
      '<item><sn>1</sn><corpNm>빛고을랩스</corpNm><rprsvNm>오세아</rprsvNm><rprsvOfcps>대표</rprsvOfcps><slctnSttus>선정</slctnSttus><jntPrtcptnCorpNm/><mainMdlNm>빛고을-LM 2</mainMdlNm><mdlRmk>구글의 젬마 3 4B를 기반으로 추가 학습한 모델</mdlRmk></item>',
      '<item><sn>2</sn><corpNm>무등소프트</corpNm><rprsvNm>윤가람</rprsvNm><rprsvOfcps>CEO</rprsvOfcps><slctnSttus>선정</slctnSttus><jntPrtcptnCorpNm>KT</jntPrtcptnCorpNm><mainMdlNm/><mdlRmk>KT와 공동 실증</mdlRmk></item>',
      '<item><sn>3</sn><corpNm>서석데이터</corpNm><rprsvNm/><rprsvOfcps/><slctnSttus>해당없음</slctnSttus><jntPrtcptnCorpNm/><mainMdlNm/><mdlRmk>이번 모집 미신청</mdlRmk></item>',
      '</items></body></response>',
    ].join(''),
    expect: ['PARTICIPATES_IN 빛고을랩스 -> 광주 AI 창업 도약 프로그램', 'PARTICIPATES_IN KT -> 광주 AI 창업 도약 프로그램', 'PARTNERS_WITH KT -> 무등소프트', 'WORKS_FOR 오세아 -> 빛고을랩스', 'WORKS_FOR 윤가람 -> 무등소프트', 'DEVELOPED 빛고을랩스 -> 빛고을-LM 2', 'BASED_ON 빛고을-LM 2 -> 젬마 3 4B', 'PROMOTES 한도윤 -> 광주 AI 창업 도약 프로그램'],
    absent: ['PARTICIPATES_IN 서석데이터 -> 광주 AI 창업 도약 프로그램'],
    noNodes: ['Company:광주정보문화진흥원'],
    edgeProps: ['WORKS_FOR 윤가람 -> 무등소프트 title=CEO'],
  },
  // the head of the programme on a notice's line, as a field or the subject of a copula
  { cat: 'programme-head', text: "「2026년 해양 AI 실증 지원사업」 선정 결과를 공고합니다.\n\n5. 사업 총괄 : 한도윤 전라남도 디지털산업국장", expect: ['PROMOTES 한도윤 -> 2026년 해양 AI 실증 지원사업'] },
  { cat: 'programme-head', text: "2026년 「공공 문서 AI 전환 사업」 수행기관 현황입니다.\n\n사업 총괄 책임자는 서하람 디지털정부혁신실장이며, 각 과제는 협상에 의한 계약으로 체결되었습니다.", expect: ['PROMOTES 서하람 -> 공공 문서 AI 전환 사업'] },
  // a contact line is no head; a page naming two programmes leaves the head unattached
  { cat: 'programme-head', text: "「2026년 해양 AI 실증 지원사업」 선정 결과를 공고합니다.\n\n7. 문의처 : 한도윤 주무관(☎ 061-000-0000)", absent: ['PROMOTES 한도윤 -> 2026년 해양 AI 실증 지원사업'] },
  { cat: 'programme-head', text: "「2026년 해양 AI 실증 지원사업」과 「AI 바우처 지원사업」 결과를 함께 공고합니다.\n\n사업 총괄 : 한도윤 디지털산업국장", absent: ['PROMOTES 한도윤 -> 2026년 해양 AI 실증 지원사업', 'PROMOTES 한도윤 -> AI 바우처 지원사업'] },
  // teams that reached a programme's stage, or missed it, took part; a company entering a market did not
  { cat: 'clause.participates.context-programme-stage', text: '독자 AI 파운데이션 모델 프로젝트 1차 평가 결과가 나왔다. 미르소프트, 하람데이터 2개 팀이 2단계에 진출했다. 새봄테크, 도담데이터 2개 팀은 2단계에 진출하지 못하였습니다.', expect: ['PARTICIPATES_IN 미르소프트 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 새봄테크 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 도담데이터 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'clause.participates.context-programme-stage', text: '독자 AI 파운데이션 모델 프로젝트 1차 평가 결과가 나왔다. 한편 미르소프트는 올해 미국 시장에 진출했다.', absent: ['PARTICIPATES_IN 미르소프트 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // consortium members given with a label, in parentheses or on a team line
  { cat: 'partners.consortium-labelled-members', text: "○ KT 컨소시엄(참여: 모레, 리벨리온)이 개발한 '미르-K 1'은 매개변수 300억 개 규모입니다.", expect: ['PARTNERS_WITH KT -> 모레', 'PARTNERS_WITH KT -> 리벨리온', 'DEVELOPED KT -> 미르-K 1'] },
  { cat: 'partners.consortium-labelled-members', text: "○ KT 컨소시엄(참여 검토 중)이 개발한 '미르-K 1'은 매개변수 300억 개 규모입니다. 모레와 리벨리온은 별도로 참여한다.", absent: ['PARTNERS_WITH KT -> 모레'] },
  { cat: 'partners.team-line-lead-members', text: '2단계 진출 팀의 컨소시엄 구성은 다음과 같습니다.\n\n- 미르소프트 팀 : 주관 미르소프트 / 참여 하람데이터, 새봄테크', expect: ['PARTNERS_WITH 미르소프트 -> 하람데이터', 'PARTNERS_WITH 미르소프트 -> 새봄테크'] },
  { cat: 'partners.team-line-lead-members', text: '- 지원 체계 : 주관 과학기술정보통신부 / 참여 신청 100여 개사', absent: ['PARTNERS_WITH 과학기술정보통신부 -> 신청'] },
  // a quoted product built on the company's own model: both models, the base, the developer
  { cat: 'discover.korean-built-on', text: "자체 모델을 쓰는 사례로는 하람AI가 있는데, 하람AI의 'TORI-에이전트'는 이 회사가 개발한 TORI 모델을 기반으로 만들었습니다.", expect: ['BASED_ON TORI-에이전트 -> TORI', 'DEVELOPED 하람AI -> TORI', 'DEVELOPED 하람AI -> TORI-에이전트'] },
  { cat: 'discover.korean-built-on', text: "하람AI의 'TORI-에이전트'는 AI 모델을 기반으로 만들었다.", noNodes: ['Model:AI'] },
  // a labelled programme name ending in 프로그램; an agency ending in 진흥원 beside a post is no company
  { cat: 'names.labelled-programme', text: '사업명: 2026 광주 AI 창업 도약 프로그램\n\n담당: 한도윤 한빛정보산업진흥원 원장', nodes: ['Policy:2026 광주 AI 창업 도약 프로그램'], noNodes: ['Company:한빛정보산업진흥원'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

/** Facts of an HTML page, as "TYPE source -> target" (a partnership both ways round). */
function htmlFacts(html: string): string[] {
  const g = extractArticle(parseArticle(Buffer.from(html), { source: 'test.html' }));
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges.flatMap((e) => {
    const [a, b] = [name.get(e.source), name.get(e.target)];
    return e.type === 'PARTNERS_WITH' ? [`${e.type} ${a} -> ${b}`, `${e.type} ${b} -> ${a}`] : [`${e.type} ${a} -> ${b}`];
  });
}

describe('a ruled table with an empty cell keeps its rows', () => {
  const page = (last: string) =>
    `<html><head><title>계약 현황</title></head><body><article><h1>계약 현황</h1><p>「2026년 해양 AI 실증 지원사업」 과제별 수행기관 현황입니다.</p><table><tr><th>과제</th><th>수행기관(대표)</th><th>공동수급</th><th>적용 모델</th><th>비고</th></tr><tr><td>법률 상담</td><td>미르웍스</td><td>하람소프트</td><td>미르LM 3(미르웍스 자체 개발)</td><td>${last}</td></tr><tr><td>세무 상담</td><td>바른에이아이</td><td>도담데이터</td><td>바른-챗 2(바른에이아이 자체 개발)</td><td>계약 예정</td></tr></table></article></body></html>`;
  it('an empty last cell', () => {
    const facts = htmlFacts(page(''));
    expect(facts).toContain('PARTNERS_WITH 바른에이아이 -> 도담데이터');
    expect(facts).toContain('DEVELOPED 바른에이아이 -> 바른-챗 2');
    expect(facts).not.toContain('PARTNERS_WITH 세무 상담 -> 바른에이아이');
  });
  it('the same rows full', () => expect(htmlFacts(page('계약 완료'))).toContain('PARTNERS_WITH 바른에이아이 -> 도담데이터'));
});
