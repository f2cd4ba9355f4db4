/**
 * Generalisation rows for the forms sets 130 and 131 still missed: a team's former member leaving it ("…까지 함께했던 B는
 * … 빠지기로 했다"), a lead's team as the topic ("A 팀은 B, C와 함께 기존 구성을 유지한다"), a variant named alone as an
 * interview's answer ("'X 미니'요.") and a teacher called 선생님, a partnership its party says it never discussed, a score
 * in a quote after a sentence that describes the story's base, a subject that is a share of a group ("상위권 모델 대부분이"),
 * a step beyond a model of the line, a base stated and corrected in one sentence, an object list of multi-word items, a
 * company an earlier round left out before the programme's name, a score after "'X' 평가에서".
 * Sentences and names written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const SEA = "가온텔레콤 컨소시엄, 서해 해양 AI 실증사업 2년차 협약…'물결AI' 합류\n\n서해도의 '서해 해양 AI 실증사업'에 참여하는 가온텔레콤 컨소시엄이 2년차를 맞아 구성을 바꿨다.\n\n서해도는 3일 가온텔레콤을 주관사로 하는 컨소시엄과 2년차 협약을 체결했다. 올해 컨소시엄에는 항만 데이터 기업 바다데이터가 계속 남았고, 해양 스타트업 물결AI가 새로 합류했다.";
const PROGRAMME = "정부는 '독자 AI 파운데이션 모델 프로젝트' 2단계 평가 결과를 발표했다.";

const rows: FactRow[] = [
  // a team's member of an earlier round that leaves it now took part and worked with the lead; one only rumoured did not
  { cat: 'consortium.former-member', text: `${PROGRAMME} 올해 심사를 앞두고 일부 팀이 재편됐다. 가온텔레콤 컨소시엄에는 누리게임즈, 하람AI가 계속 남았고, 1차년도까지 함께했던 다솜모빌리티는 올해부터 컨소시엄에서 빠지기로 결정했다.`, expect: ['PARTICIPATES_IN 다솜모빌리티 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 가온텔레콤 -> 다솜모빌리티', 'PARTNERS_WITH 가온텔레콤 -> 하람AI'] },
  { cat: 'consortium.former-member', text: `${SEA} 작년에 함께했던 번역 스타트업 다솜링크는 "유럽 시장에 주력하겠다"며 올해 사업에는 참여하지 않았다.`, expect: ['PARTICIPATES_IN 다솜링크 -> 서해 해양 AI 실증사업', 'PARTNERS_WITH 가온텔레콤 -> 다솜링크'] },
  { cat: 'consortium.former-member', text: `${SEA} 번역 스타트업 다솜링크는 "유럽 시장에 주력하겠다"며 올해 사업에는 참여하지 않았다.`, absent: ['PARTICIPATES_IN 다솜링크 -> 서해 해양 AI 실증사업', 'PARTNERS_WITH 가온텔레콤 -> 다솜링크'] },
  // "A 팀은 B, C와 함께 기존 구성을 유지한다": the companies the lead's team keeps with it are its members
  { cat: 'consortium.team-topic', text: `${PROGRAMME} 가온텔레콤, 누리클라우드가 각각 이끄는 2개 컨소시엄이 3단계에 진출했다. 누리클라우드 팀은 하람AI, 다솜데이터와 함께 기존 진용으로 3차년도를 이어 간다.`, expect: ['PARTNERS_WITH 누리클라우드 -> 하람AI', 'PARTICIPATES_IN 다솜데이터 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'consortium.team-topic', text: `${PROGRAMME} 가온텔레콤, 누리클라우드가 각각 이끄는 2개 컨소시엄이 3단계에 진출했다. 누리클라우드 팀은 하람AI, 다솜데이터와 함께 3단계 심사를 받는다.`, absent: ['PARTNERS_WITH 누리클라우드 -> 하람AI'] },
  { cat: 'consortium.team-topic', text: `${PROGRAMME} 가온텔레콤, 누리클라우드가 각각 이끄는 2개 컨소시엄이 3단계에 진출했다. 누리클라우드 팀은 하람AI의 반도체를 쓸지 검토하고 있다.`, absent: ['PARTNERS_WITH 누리클라우드 -> 하람AI'] },
  // "'X-1 미니'요.": a known model and a variant word, quoted as an answer, is that model's variant and what the answer is about
  { cat: 'names.answered-variant', text: "AI 스타트업 별빛지능이 이달 초 공개한 '별빛-2'는 내려받기 횟수 3만 회를 넘겼다. ― 더 작은 모델도 있나요? \"'별빛-2 라이트'요. 별빛-2를 선생님 모델로 두고 압축해 만든 삼십억 개짜리예요.\"", nodes: ['Model:별빛-2 라이트'], expect: ['BASED_ON 별빛-2 라이트 -> 별빛-2'] },
  { cat: 'names.answered-variant', text: "AI 스타트업 별빛지능이 이달 초 공개한 '별빛-2'는 내려받기 횟수 3만 회를 넘겼다. ― 어디서 쓰나요? \"'별빛-2 서비스'요. 고객이 많아요.\"", noNodes: ['Model:별빛-2 서비스'] },
  { cat: 'based-on.focus-teacher-model-made', text: "별빛지능은 소형 모델 '별빛-2 미니'도 내놨다. 별빛-2를 선생님 모델로 두고 증류해서 만든 15억 개짜리다.", expect: ['BASED_ON 별빛-2 미니 -> 별빛-2'] },
  { cat: 'based-on.focus-teacher-model-made', text: "별빛지능은 소형 모델 '별빛-2 미니'도 내놨다. 별빛-2를 선생님 모델로 두고 만든 채점 도구로 검증했다.", absent: ['BASED_ON 별빛-2 미니 -> 별빛-2'] },
  // "X와 … 논의한 적이 없다": a partnership word its party denies ever discussing is no partnership
  { cat: 'partners.with-verb', text: '한편 업계 일각의 관측에 대해 가온로보틱스는 "하람클라우드와 컨소시엄 참여를 논의한 적이 없다"고 일축했다.', absent: ['PARTNERS_WITH 가온로보틱스 -> 하람클라우드'] },
  { cat: 'partners.with-verb', text: '가온로보틱스는 하람클라우드와 컨소시엄을 꾸려 참여했다고 밝혔다.', expect: ['PARTNERS_WITH 가온로보틱스 -> 하람클라우드'] },
  // a sentence describing the story's stated base keeps the story's model in focus: a later unnamed score is the story's model's
  { cat: 'focus.past-base', text: "법률 AI 스타트업 해솔브레인이 '해솔-L 2'를 내놨다. 해솔-L 2는 LG AI연구원의 '엑사원 4.0'을 바탕으로 추가 학습한 모델이다. 엑사원 4.0은 LG AI연구원이 지난봄 내놓은 모델로, 해솔브레인은 그 공개 가중치로 학습을 이어 갔다. 하람클라우드 측도 \"해솔브레인과 데이터 정제를 같이 했다\"고 확인했다. 최 CTO는 \"KMMLU에서 71.2점이 나왔다\"고 말했다.", edgeProps: ['SCORED 해솔-L 2 -> KMMLU score=71.2'], absent: ['SCORED 엑사원 4.0 -> KMMLU'] },
  { cat: 'focus.past-base', text: "법률 AI 스타트업 해솔브레인이 '해솔-L 2'를 내놨다. 해솔-L 2는 자체 구축한 모델이다. 한편 LG AI연구원의 '엑사원 4.0'은 올해 공개됐다. 엑사원 4.0은 KMMLU에서 71.2점을 받았다.", edgeProps: ['SCORED 엑사원 4.0 -> KMMLU score=71.2'], absent: ['SCORED 해솔-L 2 -> KMMLU'] },
  // "상위권 모델 대부분이 …": a share of a group as the subject carries no company from before
  { cat: 'clause.quantified-subject', text: "가온텔레콤은 \"유출 의혹은 사실이 아니다\"라고 밝혔다. 중위권 순위는 크게 바뀌었다. 업계는 국내 모델 대다수가 정부의 독자 AI 파운데이션 모델 프로젝트에 참여하고 있다고 본다.", absent: ['PARTICIPATES_IN 가온텔레콤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'clause.quantified-subject', text: "가온텔레콤은 새 모델을 공개했다. 정부의 독자 AI 파운데이션 모델 프로젝트에도 참여하고 있다.", expect: ['PARTICIPATES_IN 가온텔레콤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a base its maker stated and corrected later in the sentence is no base where the article states another
  { cat: 'disputed-bases.corrected-in-sentence', text: "광역 AI 기업 해온AI가 '해온-LLM'을 공개했다. 해온-LLM은 업스테이지가 개발한 '솔라 프로 2'를 토대로 만들어졌다. 해온AI는 당초 해온-LLM이 메타의 '라마 3.1'을 바탕으로 했다고 발표했으나, 사흘 뒤 \"시험 버전 설명이 섞였다\"며 정정했다.", expect: ['BASED_ON 해온-LLM -> 솔라 프로 2'], absent: ['BASED_ON 해온-LLM -> 라마 3.1'] },
  { cat: 'disputed-bases.corrected-in-sentence', text: "광역 AI 기업 해온AI가 '해온-LLM'을 공개했다. 해온AI는 해온-LLM이 메타의 '라마 3.1'을 기반으로 했다고 밝혔으나, 성능 수치는 공개하지 않았다.", expect: ['BASED_ON 해온-LLM -> 라마 3.1'] },
  // an object list of two- and three-word items between the base and "추가로 학습시키는": one clause
  { cat: 'clause-gap.list-items', text: "가온로보틱스는 제조 AI 사업에 선정됐다. 컨소시엄이 개발하는 모델의 이름은 '가온 F1'이다. LG AI연구원의 '엑사원 4.0 32B'를 기반으로 주행 영상, 차량 고장 이력, 도로 표지 설명 자료 등을 추가로 학습시키는 방식이다.", expect: ['BASED_ON 가온 F1 -> 엑사원 4.0 32B'] },
  { cat: 'clause-gap.list-items', text: "가온로보틱스는 제조 AI 사업에 선정됐다. 컨소시엄이 개발하는 모델의 이름은 '가온 F1'이다. LG AI연구원의 '엑사원 4.0 32B'를 기반으로 했던 시제품은 폐기했고, 새 자료를 추가로 학습시키는 방식이다.", absent: ['BASED_ON 가온 F1 -> 엑사원 4.0 32B'] },
  // a company an earlier round left out, before the programme the sentence is about
  { cat: 'participates.round-loser-then-programme', text: "2차 심사에서 탈락한 하람클라우드와 다솜AI가 빠지면서 독자 AI 파운데이션 모델 프로젝트는 네 팀으로 줄었다.", expect: ['PARTICIPATES_IN 하람클라우드 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'participates.round-loser-then-programme', text: "하람클라우드는 1차 평가에서 고배를 마셨다는 소문을 부인했고, 독자 AI 파운데이션 모델 프로젝트에는 지원하지 않았다고 밝혔다.", absent: ['PARTICIPATES_IN 하람클라우드 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "'X' 평가에서 82.5점": a score after a quoted benchmark and the word 평가
  { cat: 'scored.model-then-bench', text: "해온AI가 '해온-LLM'을 공개했다. 해온-LLM은 KMMLU에서 69.1점을, 서해도가 만든 '서해 민원 QA' 평가에서 81.4점을 얻었다.", edgeProps: ['SCORED 해온-LLM -> 서해 민원 QA score=81.4', 'SCORED 해온-LLM -> KMMLU score=69.1'] },
  { cat: 'scored.model-then-bench', text: "해온AI가 '해온-LLM'을 공개했다. 해온-LLM은 '서해 민원 QA' 평가에서 상위권에 들었다.", absent: ['SCORED 해온-LLM -> 서해 민원 QA'] },
  // "X, a … startup, said it has been named a supplier under the government's P": an English supplier line
  { cat: 'participates.en-named-supplier', text: "Hanul Speech, a Daegu-based startup that builds call-center models for insurers and lenders, said Friday it has been named a supplier under the government's AI Voucher Program for the third year.", expect: ['PARTICIPATES_IN Hanul Speech -> AI Voucher Program'] },
  { cat: 'participates.en-named-supplier', text: "Hanul Speech said Friday that reports it had been named a supplier under the government's AI Voucher Program were not true.", absent: ['PARTICIPATES_IN Hanul Speech -> AI Voucher Program'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
