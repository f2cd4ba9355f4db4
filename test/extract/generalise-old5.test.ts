/**
 * Generalisation rows for forms left over from held-out sets 126–131: a consortium named by the programme it leads
 * ("사업을 이끄는 X 컨소시엄") or by its organiser ("X를 주관사로 하는 컨소시엄"), a base in a sentence whose partners
 * each add their share ("A가 X를, B가 Y를 보태 학습시킨다"), a company's own model named only as a base (no new focus),
 * a selection table under a title naming the programme ("… 사업 주요 선정 기업": "분야 | 기업") or under a column that
 * says so ("주관 기업 | 과제명 | 배정 규모"), a company subject improving a model ("X는 'Y'를 고도화한다") as the next
 * sentence's topic, a predecessor's scores "각각" on the same tests, teams a programme kept through an evaluation
 * ("… 2차 평가를 거쳐 A와 B 두 팀만 남겼다"), a paragraph on "the" consortium whose lead the paragraph before names,
 * "한 팀을 이뤘다" as forming a team, and a company named after its kind with a Latin gloss ("은행인 X(Bank of …)는").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the consortium that leads a programme, and one named by its organiser: the lead takes part, the members with it
  {
    cat: 'participates.programme-leading-consortium',
    text: "충청남도가 추진하는 '서해 물류 AI 실증사업'이 3년차를 맞으면서 사업을 이끄는 한빛소프트 컨소시엄도 새 얼굴을 맞았다.",
    expect: ['PARTICIPATES_IN 한빛소프트 -> 서해 물류 AI 실증사업'],
  },
  {
    cat: 'participates.programme-leading-consortium',
    text: "충청남도가 추진하는 '서해 물류 AI 실증사업'이 3년차를 맞았지만 사업을 이끄는 한빛소프트 컨소시엄은 없다는 지적도 나온다.",
    absent: ['PARTICIPATES_IN 한빛소프트 -> 서해 물류 AI 실증사업'],
  },
  {
    cat: 'participates.organiser-named-consortium',
    text: "경상북도가 추진하는 '경북 제조 AI 실증사업'이 2년차에 들어갔다.\n\n경북도는 3일 가온랩스를 주관사로 하는 컨소시엄과 사업 협약을 맺었다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 경북 제조 AI 실증사업'],
  },
  // with the lead known, members that stay and members that join take part and partner with it
  {
    cat: 'participates.organiser-named-consortium',
    text: "경상북도가 추진하는 '경북 제조 AI 실증사업'이 2년차에 들어가면서 사업을 이끄는 가온랩스 컨소시엄의 진용이 바뀌었다.\n\n경북도는 3일 가온랩스를 주관사로 하는 컨소시엄과 사업 협약을 맺었다. 올해 컨소시엄에는 포항 데이터 기업 바다데이터가 그대로 남았고, 구미의 스타트업 금오AI가 새로 합류했다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 경북 제조 AI 실증사업', 'PARTICIPATES_IN 바다데이터 -> 경북 제조 AI 실증사업', 'PARTICIPATES_IN 금오AI -> 경북 제조 AI 실증사업', 'PARTNERS_WITH 가온랩스 -> 금오AI', 'PARTNERS_WITH 가온랩스 -> 바다데이터'],
  },
  {
    cat: 'participates.organiser-named-consortium',
    text: "경상북도가 추진하는 '경북 제조 AI 실증사업'이 2년차에 들어갔다.\n\n경북도는 가온랩스를 주관사로 하는 컨소시엄과 협약을 맺을지 검토 중이다.",
    absent: ['PARTICIPATES_IN 가온랩스 -> 경북 제조 AI 실증사업'],
  },
  // partners' gapped shares of one training verb do not end the clause before it: the base is the model in focus's
  {
    cat: 'based-on.focus-gapped-shares',
    text: "가온랩스 컨소시엄의 대표 결과물은 물류 특화 언어모델 '누리온'이다. 가온랩스가 자체 개발한 '가온-2'를 바탕으로, 바다데이터가 항만 운송 기록을, 금오AI가 선적 문서 30만 건을 보태 추가 학습시킨다. 가온랩스 측에 따르면 내부 테스트 버전은 KMMLU에서 57.4점을 기록했다.",
    expect: ['BASED_ON 누리온 -> 가온-2', 'DEVELOPED 가온랩스 -> 가온-2', 'SCORED 누리온 -> KMMLU'],
    absent: ['SCORED 가온-2 -> KMMLU'],
    edgeProps: ['SCORED 누리온 -> KMMLU score=57.4'],
  },
  {
    cat: 'based-on.focus-gapped-shares',
    text: "가온랩스 컨소시엄의 대표 결과물은 물류 특화 언어모델 '누리온'이다. 가온랩스가 자체 개발한 '가온-2'는 바다데이터가 항만 운송 기록을, 금오AI가 선적 문서를 보태 추가 학습시킨 모델이 아니다.",
    absent: ['BASED_ON 누리온 -> 가온-2'],
  },
  // a selection table in plain text under a title naming the programme: each company of a row takes part
  {
    cat: 'participates.selection-table',
    text: "전라남도가 'AI 해양 실증 지원사업' 참여 기업을 확정했다.\n\n2026 AI 해양 실증 지원사업 선정 기업\n\n분야 | 기업\n\n수산 | 바다온랩, 물결소프트\n\n조선 | 가람중공AI\n\n선정 기업은 내년까지 연산 자원을 받는다.",
    expect: ['PARTICIPATES_IN 바다온랩 -> AI 해양 실증 지원사업', 'PARTICIPATES_IN 물결소프트 -> AI 해양 실증 지원사업', 'PARTICIPATES_IN 가람중공AI -> AI 해양 실증 지원사업'],
  },
  // a table of the companies' plans under a title that selects nothing gives no participation
  {
    cat: 'participates.selection-table',
    text: "전라남도가 'AI 해양 실증 지원사업'을 공고했다.\n\n지역 AI 기업 주요 제품\n\n분야 | 기업\n\n수산 | 바다온랩, 물결소프트\n\n조선 | 가람중공AI\n\n공고는 다음 달까지 이어진다.",
    absent: ['PARTICIPATES_IN 바다온랩 -> AI 해양 실증 지원사업', 'PARTICIPATES_IN 가람중공AI -> AI 해양 실증 지원사업'],
  },
  // a selection table whose company column says the companies were selected ("주관 기업"), with no title: the article's programme
  {
    cat: 'participates.selection-table',
    text: "과기정통부가 'K-연산 자원 지원사업' 2차 배정 결과를 발표했다. 모두 20개 과제가 뽑혔다.\n\n주관 기업 | 과제명 | 배정 규모\n\n바다온랩 | 해양 모델 학습 | H200 512장\n\n가람중공AI | 조선 설계 모델 | H200 256장\n\n바다온랩은 내년 봄 모델을 공개한다.",
    expect: ['PARTICIPATES_IN 바다온랩 -> K-연산 자원 지원사업', 'PARTICIPATES_IN 가람중공AI -> K-연산 자원 지원사업'],
  },
  // a company subject improving a model: the next subject-less sentence is about that model, not the one the paragraph before followed
  {
    cat: 'succeeds.focus-improved-object',
    text: "누리소프트는 새로 받은 GPU로 '누리 2 70B'의 정식 버전을 학습한다. 회사에 따르면 프리뷰 버전은 KMMLU에서 61.7점을 기록했다.\n\n다온그룹의 자회사인 가온랩스는 320억 파라미터 규모의 '가온 3 32B'를 고도화한다. 앞서 공개한 '가온 2 14B'의 후속 모델이다.",
    expect: ['SUCCEEDS 가온 3 32B -> 가온 2 14B'],
    absent: ['SUCCEEDS 누리 2 70B -> 가온 2 14B'],
  },
  {
    cat: 'succeeds.focus-improved-object',
    text: "누리소프트는 새로 받은 GPU로 '누리 2 70B'의 정식 버전을 학습한다. 앞서 공개한 '누리 1 13B'의 후속 모델이다.\n\n가온랩스는 '가온 3 32B'를 고도화할지 아직 정하지 않았다.",
    expect: ['SUCCEEDS 누리 2 70B -> 누리 1 13B'],
  },
  // a predecessor's scores given respectively "on the same tests": the benchmarks the sentence before scored, in order
  {
    cat: 'scored.respectively-following',
    text: "누리소프트는 코딩 모델 '누리코더 2'를 공개했다. 회사 측에 따르면 누리코더 2는 코드 생성 평가인 HumanEval+에서 80.2점, 수학 평가인 GSM8K에서 61.5점을 기록했다. 전작 누리코더는 같은 평가에서 각각 68.4점, 50.3점이었다.",
    expect: ['SCORED 누리코더 -> HumanEval+', 'SCORED 누리코더 -> GSM8K'],
    edgeProps: ['SCORED 누리코더 -> HumanEval+ score=68.4', 'SCORED 누리코더 -> GSM8K score=50.3'],
  },
  {
    cat: 'scored.respectively-following',
    text: "누리소프트는 코딩 모델 '누리코더 2'를 공개했다. 회사 측에 따르면 누리코더 2는 코드 생성 평가인 HumanEval+에서 80.2점, 수학 평가인 GSM8K에서 61.5점을 기록했다. 전작 누리코더는 같은 평가에서 각각 68.4점이었다.",
    absent: ['SCORED 누리코더 -> HumanEval+', 'SCORED 누리코더 -> GSM8K'],
  },
  // a programme that kept N teams through an evaluation: each team named takes part
  {
    cat: 'participates.round-kept-through',
    text: "정부는 '해양 AI 모델 프로젝트'를 추진하고 있다. 지난해 여름 다섯 개 정예팀으로 출발한 이 사업은 올해 1월 첫 평가에서 두 팀을 떨어뜨렸고, 지난달 중순 2차 평가를 거쳐 누리소프트와 가온랩스, 바다온랩 세 팀만 남겼다.",
    expect: ['PARTICIPATES_IN 누리소프트 -> 해양 AI 모델 프로젝트', 'PARTICIPATES_IN 가온랩스 -> 해양 AI 모델 프로젝트', 'PARTICIPATES_IN 바다온랩 -> 해양 AI 모델 프로젝트'],
  },
  // a paragraph that opens on "the" consortium after one naming the lead's: members that stayed or left take part, with the lead
  {
    cat: 'participates.consortium-paragraph-named-lead',
    text: "가온랩스는 국토부의 '스마트 항만 AI 개발사업' 주관기업이다. 국토부는 지난달 1단계 평가를 마치고 가온랩스 컨소시엄을 포함한 2개 팀을 2단계 진출팀으로 확정했다. 누리소프트가 이끈 컨소시엄은 1단계에서 탈락했다.\n\n컨소시엄 구성도 바뀌었다. 1단계를 함께한 바다온랩은 지난 9월 컨소시엄에서 빠졌다. 창업 초기부터 함께한 물결소프트는 그대로 남았다.",
    expect: ['PARTICIPATES_IN 물결소프트 -> 스마트 항만 AI 개발사업', 'PARTICIPATES_IN 바다온랩 -> 스마트 항만 AI 개발사업', 'PARTNERS_WITH 가온랩스 -> 물결소프트'],
    absent: ['PARTNERS_WITH 누리소프트 -> 물결소프트'],
  },
  // a paragraph naming several consortia itself has no one lead for its members
  {
    cat: 'participates.consortium-paragraph-named-lead',
    text: "가온랩스는 국토부의 '스마트 항만 AI 개발사업' 주관기업이다. 누리소프트가 이끈 컨소시엄은 1단계에서 탈락했다.\n\n이 가운데 가온랩스와 새로 합류한 물결소프트는 2단계 진출이 확정됐고, 누리소프트 컨소시엄은 조건부 통과 판정을 받았다.",
    absent: ['PARTNERS_WITH 누리소프트 -> 물결소프트', 'PARTNERS_WITH 가온랩스 -> 누리소프트'],
  },
  // "A는 B, 그리고 C와 한 팀을 이뤘다": the past tense of 이루다 forms a team too, each member the lead's partner
  {
    cat: 'partners.formed-consortium',
    text: "'해양 AI 모델 프로젝트' 2차 평가 결과가 나왔다. 누리소프트는 스타트업 가온랩스, 그리고 데이터 기업 바다데이터와 한 팀을 이뤘다.",
    expect: ['PARTNERS_WITH 가온랩스 -> 누리소프트', 'PARTNERS_WITH 누리소프트 -> 바다데이터', 'PARTICIPATES_IN 바다데이터 -> 해양 AI 모델 프로젝트'],
  },
  {
    cat: 'partners.formed-consortium',
    text: "'해양 AI 모델 프로젝트' 2차 평가 결과가 나왔다. 누리소프트는 스타트업 가온랩스와 한 팀을 이뤘다는 소문을 부인했다.",
    absent: ['PARTNERS_WITH 가온랩스 -> 누리소프트'],
  },
  // a company named after its kind and the copula, glossed in Latin: a company with no suffix, named again by its staff
  {
    cat: 'gazetteer.apposed-glossed-company',
    text: "누리소프트가 통역 모델 '누리-통역'을 내놨다. 미주 최대 한인 은행인 뱅크오브선라이즈(Bank of Sunrise)는 이 모델을 상담 창구에 도입하기로 했다. 데이비드 오 뱅크오브선라이즈 디지털전략 총괄은 \"불편을 줄여 줄 것\"이라고 말했다.",
    expect: ['WORKS_FOR 데이비드 오 -> 뱅크오브선라이즈'],
    nodes: ['Company:뱅크오브선라이즈'],
    sameNode: ['뱅크오브선라이즈=Bank of Sunrise'],
  },
  {
    cat: 'gazetteer.apposed-glossed-company',
    text: "물류 스타트업인 로지온(Logion)은 새 모델을 공개했다.",
    nodes: ['Company:로지온'],
    sameNode: ['로지온=Logion'],
  },
  // a gloss that spells other sounds is no name of the word before it
  {
    cat: 'gazetteer.apposed-glossed-company',
    text: "누리소프트가 통역 모델을 내놨다. 미주 최대 한인 은행인 우리모두(Bank of Sunrise)는 이 모델을 도입하기로 했다.",
    noNodes: ['Company:우리모두'],
  },
];

describe('generalise: forms left over from sets 126–131', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));

  // a <table> with a <caption> amid <br> story text: the page flattens it cell by cell; the cells are read as its rows
  it('participates.selection-table: a captioned table in a <br> story container', () => {
    const html = `<html><head><title>전남 해양 AI</title></head><body><div class="view_cont">
      <h2>전남 'AI 해양 실증 지원사업' 참여 기업 확정</h2>
      전라남도가 'AI 해양 실증 지원사업' 2차년도 참여 기업을 확정했다. 선정 기업은 내년까지 연산 자원을 받는다.<br /><br />
      <table><caption>2026 AI 해양 실증 지원사업 주요 선정 기업</caption>
      <tr><th>분야</th><th>기업</th></tr><tr><td>수산</td><td>바다온랩, 물결소프트</td></tr><tr><td>조선</td><td>가람중공AI</td></tr></table>
      <br />바다온랩은 어획량 예측 모델을 개발하고 있다.<br /><br /></div></body></html>`;
    const g = extractArticle(parseArticle(html, { source: 'selection.html' }));
    for (const c of ['바다온랩', '물결소프트', '가람중공AI']) expect(hasFact(g, `PARTICIPATES_IN ${c} -> AI 해양 실증 지원사업`), c).toBe(true);
  });
});
