/**
 * Generalisation rows for sets 67 and 73's forms: a base given to a model "like its predecessor" (전작과 마찬가지로),
 * which the predecessor shares; a teacher model stated as what a source says ("…를 교사 모델로 삼아 증류했다고 명시");
 * an English "reported a score of N on its newly released X" naming a benchmark no gazetteer lists.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "전작과 마찬가지로 Y를 바탕으로": the model's one predecessor is built on Y too; "전작과 달리" sets it apart
  { cat: 'based-on.predecessor-word', text: "가나랩은 작년 '가나 1'을 냈다. 올해 나온 가나 2는 가나 1의 후속 모델이다. 가나 2는 전작과 마찬가지로 Qwen3-8B를 바탕으로 했다.", expect: ['BASED_ON 가나 1 -> Qwen3-8B', 'BASED_ON 가나 2 -> Qwen3-8B'] },
  { cat: 'based-on.predecessor-word', text: "다라AI는 '다라 LM 3'를 공개했다. 다라 LM 3는 다라 LM 2의 업그레이드 버전이다. 다라 LM 3는 이전 모델처럼 엑사원 3.5 7.8B에 추가 학습한 모델이다.", expect: ['BASED_ON 다라 LM 2 -> 엑사원 3.5 7.8B'] },
  { cat: 'based-on.predecessor-word', text: "가나랩은 작년 '가나 1'을 냈다. 올해 나온 가나 2는 가나 1의 후속 모델이다. 가나 2는 전작과 달리 Qwen3-8B를 바탕으로 했다.", expect: ['BASED_ON 가나 2 -> Qwen3-8B'], absent: ['BASED_ON 가나 1 -> Qwen3-8B'] },
  { cat: 'based-on.predecessor-word', text: "가나랩은 '가나 2'를 공개했다. 가나 2는 전작과 마찬가지로 Qwen3-8B를 바탕으로 했다.", expect: ['BASED_ON 가나 2 -> Qwen3-8B'] },
  // "Z를 교사 모델로 삼아 증류했다고 명시": the source's statement of the teacher is a base of the model in focus; a claim is not
  { cat: 'based-on.focus-teacher-model', text: "바다소프트는 지난 5일 경량 모델 '바다-S'를 공개했다. 회사는 기술 보고서에 큐웬3-32B를 교사 모델로 삼아 증류했다고 밝혔다.", expect: ['BASED_ON 바다-S -> 큐웬3-32B'] },
  { cat: 'based-on.focus-teacher-model', text: "바다소프트는 지난 5일 경량 모델 '바다-S'를 공개했다. 일부 개발자는 큐웬3-32B를 교사 모델로 삼아 증류했다고 주장했다.", absent: ['BASED_ON 바다-S -> 큐웬3-32B'] },
  { cat: 'based-on.focus-teacher-model', text: "바다소프트는 지난 5일 경량 모델 '바다-S'를 공개했다. 큐웬3-32B를 교사 모델로 삼아 증류했다고 알려졌지만 회사는 부인했다.", absent: ['BASED_ON 바다-S -> 큐웬3-32B'] },
  // English "reported a score of N on its newly released X": X is a benchmark, scored by the model in focus
  { cat: 'scored.en-focus-reported-scores', text: 'Byeol Labs released Byeol-3 on Monday. The company also reported a score of 48.2 on its newly released KoLogic-Plus, a set of 900 puzzles.', expect: ['SCORED Byeol-3 -> KoLogic-Plus'], edgeProps: ['SCORED Byeol-3 -> KoLogic-Plus score=48.2'], nodes: ['Benchmark:KoLogic-Plus'] },
  { cat: 'scored.en-focus-reported-scores', text: 'Byeol Labs released Byeol-3 on Monday. It reported a score of 71.4 on KoTax-QA.', expect: ['SCORED Byeol-3 -> KoTax-QA'] },
  { cat: 'scored.en-focus-reported-scores', text: 'Byeol Labs released Byeol-3 on Monday. The company did not report a score of any kind on KoLogic-Plus.', absent: ['SCORED Byeol-3 -> KoLogic-Plus'] },
  // "X를 공개하였으며, B에서 N점을 기록": the released model scores, past a comma and the formal '하였으며'
  { cat: 'scored.released-with-score', text: "ㅇ 가나AI는 '가나 LM 3'를 공개하였으며, KMMLU에서 61.4점을 기록하여 국내 최고 수준", edgeProps: ['SCORED 가나 LM 3 -> KMMLU score=61.4'] },
  { cat: 'scored.released-with-score', text: "가나AI는 '가나 LM 3'를 공개했고, KMMLU에서 61.4점을 기록했다.", expect: ['SCORED 가나 LM 3 -> KMMLU'] },
  { cat: 'scored.released-with-score', text: "가나AI는 '가나 LM 3'를 공개하였으며, KMMLU에서 70점을 넘기는 것을 목표로 한다.", absent: ['SCORED 가나 LM 3 -> KMMLU'] },
  // a plan's cover: "보고자 : (…) 장관 NAME" presents the one policy the cover's lines name
  { cat: 'promotes.reporter-line', text: "관계부처 합동 2026. 5. 2.\n\n바이오 AI 도약을 위한 데이터 개방 방안(안)\n\n- 「바이오 AI 도약 전략」 세부 이행계획 -\n\n보고자 : 과학기술정보통신부 장관 한결수\n\n□ 추진 배경", expect: ['PROMOTES 한결수 -> 바이오 AI 도약 전략'] },
  { cat: 'promotes.reporter-line', text: "관계부처 합동 2026. 5. 2.\n\n「바이오 AI 도약 전략」과 「K-클라우드 프로젝트」 이행 점검\n\n보고자 : 과학기술정보통신부 장관 한결수\n\n□ 추진 배경", absent: ['PROMOTES 한결수 -> 바이오 AI 도약 전략'] },
  { cat: 'promotes.reporter-line', text: "「바이오 AI 도약 전략」 설명회가 열렸다.\n\n작성자 : 가나소프트 연구원 한결수\n\n□ 추진 배경", absent: ['PROMOTES 한결수 -> 바이오 AI 도약 전략'] },
  // minutes: an official's label alone on its line opens a turn that runs to the next label
  { cat: 'promotes.minutes-official-turn', text: "○위원장 박서준\n\n김도윤 제1차관께서 답변해 주십시오.\n\n○과학기술정보통신부제1차관 김도윤\n\n제가 단장을 맡고 있는 'AI 바우처 지원사업'은 올해 예산을 늘렸습니다.\n\n○위원장 박서준\n\n다음 질의하겠습니다.", expect: ['PROMOTES 김도윤 -> AI 바우처 지원사업'] },
  { cat: 'promotes.minutes-official-turn', text: "김도윤 장관께서 나와 보고해 주시기 바랍니다.\n\n○과학기술정보통신부장관 김도윤\n\n과학기술정보통신부장관 김도윤입니다. 독자 AI 파운데이션 모델 프로젝트 추진 현황을 보고드리겠습니다.", expect: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'promotes.minutes-official-turn', text: "김도윤 장관께서 답변해 주십시오.\n\n○과학기술정보통신부장관 김도윤\n\n말씀 잘 들었습니다.\n\n○김가온 위원\n\n독자 AI 파운데이션 모델 프로젝트를 누가 추진하는지 묻겠습니다.", absent: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // an attendance line of "COMPANY TITLE NAME" entries: a name closing one entry heads no company after it
  { cat: 'works-for.name-company-title', text: "참고인으로 가나소프트 대표이사 홍길동 다라전자 상무 김철수가 출석했다.", expect: ['WORKS_FOR 홍길동 -> 가나소프트', 'WORKS_FOR 김철수 -> 다라전자'], absent: ['WORKS_FOR 홍길동 -> 다라전자'] },
  { cat: 'works-for.name-company-title', text: "행사에는 홍길동 다라전자 상무가 참석했다.", expect: ['WORKS_FOR 홍길동 -> 다라전자'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
