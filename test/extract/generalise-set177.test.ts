/**
 * Generalisation rows for set 177's forms: a post held before ("A에서 랩장을 지낸 B가 C의 대표로 선임됐다") whose place is
 * no employer; a score after a clause that names only the base the model in focus was distilled or tuned from ("Y를
 * 증류해 만든 모델로, B에서 N점"); a Hangul benchmark name a benchmark noun defines by apposition ("자체 수학 벤치마크인
 * N 벤치에서"); a bare score line whose benchmark carries an aggregate word ("리더보드 종합 0.81 / B 88.1"); a 해요체
 * connective ("냈고요, B는 …") that ends the clause before another company's undecided stance; the topic model after its
 * maker's kind and possessive ("스타트업 X의 'Y'는 …") as the focus of the next subject-less sentence; a model said to be
 * likewise ("Y 역시 자체 구축 모델로 분류된다") what the sentence just before called a from-scratch model, in its words.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a former post's place ("A에서 … 지낸") is that verb's, not the later appointment's: no WORKS_FOR to A
  { cat: 'clause.served-before', text: "네이버클라우드에서 검색랩장을 지낸 윤가온 씨가 의료 AI 스타트업 바른숲AI의 대표로 선임됐다.", absent: ['WORKS_FOR 윤가온 -> 네이버클라우드'], expect: ['WORKS_FOR 윤가온 -> 바른숲AI'] },
  { cat: 'clause.served-before', text: "카카오에서 추천팀장을 역임한 하솔비 씨가 바른숲AI의 최고기술책임자(CTO)로 선임됐다.", absent: ['WORKS_FOR 하솔비 -> 카카오'] },
  { cat: 'clause.served-before', text: "윤가온 씨는 지난달 네이버클라우드에 합류했다.", expect: ['WORKS_FOR 윤가온 -> 네이버클라우드'] },
  // a clause naming only the base the focus model was distilled or tuned from leaves the score to the model in focus
  { cat: 'scored.focus-after-base-clause', text: "스타트업 물결랩스가 추론 모델 '물결-R 3'를 내놨다. 큐웬3 32B를 증류해 만든 모델로, KMMLU에서 63.4점을 기록했다.", edgeProps: ['SCORED 물결-R 3 -> KMMLU score=63.4'], absent: ['SCORED 큐웬3 32B -> KMMLU'] },
  { cat: 'scored.focus-after-base-clause', text: "스타트업 물결랩스가 상담 모델 '물결-C 1'을 내놨다. 엑사원 3.5를 파인튜닝한 모델로, KoBEST에서 81.0점을 받았다.", edgeProps: ['SCORED 물결-C 1 -> KoBEST score=81'] },
  { cat: 'scored.focus-after-base-clause', text: "스타트업 물결랩스가 추론 모델 '물결-R 3'를 내놨다. 큐웬3 32B는 KMMLU에서 70.1점을 기록했다.", absent: ['SCORED 물결-R 3 -> KMMLU'] },
  // "… 벤치마크인 N 벤치에서 72점": a Hangul name a benchmark noun defines by apposition, in a score's slot
  { cat: 'discover.apposed-hangul-bench', text: "물결랩스의 '물결-R 3'는 자체 논리 벤치마크인 다솜 벤치에서 70.2점을 받았다.", nodes: ['Benchmark:다솜 벤치'], edgeProps: ['SCORED 물결-R 3 -> 다솜 벤치 score=70.2'] },
  { cat: 'discover.apposed-hangul-bench', text: "물결랩스의 '물결-R 3'는 사내 평가셋인 누리셈에서 58.5점을 기록했다.", nodes: ['Benchmark:누리셈'] },
  { cat: 'discover.apposed-hangul-bench', text: "물결랩스의 '물결-R 3'는 공개 벤치마크인 만큼 결과가 주목된다.", noNodes: ['Benchmark:만큼'] },
  { cat: 'discover.apposed-hangul-bench', text: "물결랩스는 자체 벤치마크인 다솜 벤치를 공개했다.", noNodes: ['Benchmark:다솜 벤치'] },
  // "B 종합 0.81 / C 88.1": a bare score pair whose benchmark carries an aggregate word
  { cat: 'scored.focus-bare-pairs', text: "물결랩스가 오늘 추론 모델 '물결-R 3'를 공개했습니다.\n\n📈 호랑이 리더보드3 종합 0.774 / KoBEST 86.5", edgeProps: ['SCORED 물결-R 3 -> 호랑이 리더보드3 score=0.774', 'SCORED 물결-R 3 -> KoBEST score=86.5'] },
  { cat: 'scored.focus-bare-pairs', text: "물결랩스가 오늘 추론 모델 '물결-R 3'를 공개했습니다.\n\n📈 KMMLU 평균 61.3 / KoBEST 84.0", edgeProps: ['SCORED 물결-R 3 -> KMMLU score=61.3'] },
  { cat: 'scored.focus-bare-pairs', text: "물결랩스가 오늘 추론 모델 '물결-R 3'를 공개했습니다.\n\n📈 호랑이 리더보드3 종합 순위 3위 / 참가 12개 팀", absent: ['SCORED 물결-R 3 -> 호랑이 리더보드3'] },
  // "A가 지원서를 냈고요, B는 \"참여 여부를 정하지 못했다\"": the 해요체 connective ends A's clause before B's stance
  { cat: 'participates.other-topic-clause', text: "정부의 'AI 특화 파운데이션 모델 프로젝트' 공모가 어제 마감됐어요. 솔빛로보틱스가 로봇 분야로 지원서를 냈고요, 코난테크놀로지는 \"참여 여부를 아직 정하지 못했다\"고 했어요.", expect: ['PARTICIPATES_IN 솔빛로보틱스 -> AI 특화 파운데이션 모델 프로젝트'], absent: ['PARTICIPATES_IN 코난테크놀로지 -> AI 특화 파운데이션 모델 프로젝트'] },
  { cat: 'participates.other-topic-clause', text: "정부의 'AI 특화 파운데이션 모델 프로젝트' 공모가 어제 마감됐어요. 솔빛로보틱스는 지원 여부를 아직 정하지 못했고요, 결과는 다음 달 나와요.", absent: ['PARTICIPATES_IN 솔빛로보틱스 -> AI 특화 파운데이션 모델 프로젝트'] },
  // "스타트업 X의 'Y'는 Z를 기반으로 …": the topic model after its maker's kind and possessive is the next sentence's focus
  { cat: 'focus.kind-possessor-topic', text: "한빛소프트는 후속작 '한빛 5'를 내년에 공개할 예정이다.\n\n스타트업 물결랩스의 '물결-V 2'는 구글의 젬마 3 12B를 기반으로 음성 데이터를 덧입혔다. 전작 물결-V 1의 업그레이드 버전으로, KMMLU 점수는 59.31이다.", edgeProps: ['SCORED 물결-V 2 -> KMMLU score=59.31'], expect: ['SUCCEEDS 물결-V 2 -> 물결-V 1'], absent: ['SCORED 한빛 5 -> KMMLU', 'SUCCEEDS 한빛 5 -> 물결-V 1'] },
  { cat: 'focus.kind-possessor-topic', text: "자회사 물결랩스의 '물결-V 2'는 구글의 젬마 3 12B를 기반으로 만들었다. KMMLU 점수는 59.31이다.", edgeProps: ['SCORED 물결-V 2 -> KMMLU score=59.31'], absent: ['SCORED 젬마 3 12B -> KMMLU'] },
  // "X는 처음부터 자체 구축한 모델이다. … Y 역시 자체 구축 모델로 분류된다": likewise what the statement just before said, in its words
  { cat: 'property.from-scratch-likewise', text: "가람테크의 '가람 3B'는 데이터 수집부터 학습까지 처음부터 자체 구축한 모델이다. 매개변수는 30억 개다.\n\n온누리AI가 지난해 내놓은 '온누리 2' 역시 자체 구축 모델로 꼽힌다.", props: ['온누리 2=fromScratch:true', '가람 3B=fromScratch:true'] },
  { cat: 'property.from-scratch-likewise', text: "가람테크의 '가람 3B'는 처음부터 독자 개발한 모델이다.\n\n온누리AI의 '온누리 2'도 독자 개발 모델이다.", props: ['온누리 2=fromScratch:true'] },
  { cat: 'property.from-scratch-likewise', text: "온누리AI가 지난해 내놓은 '온누리 2' 역시 자체 구축 모델로 꼽힌다.", props: ['온누리 2=fromScratch:undefined'] },
  { cat: 'property.from-scratch-likewise', text: "가람테크의 '가람 3B'는 처음부터 독자 개발한 모델이다.\n\n온누리AI가 지난해 내놓은 '온누리 2' 역시 자체 구축 모델로 꼽힌다.", props: ['온누리 2=fromScratch:undefined'] },
  { cat: 'property.from-scratch-likewise', text: "가람테크의 '가람 3B'는 처음부터 자체 구축한 모델이다. 매개변수는 30억 개다. 한국어 성능이 좋다. 가격도 싸다. 회사는 내년 상장을 추진한다.\n\n온누리AI의 '온누리 2' 역시 자체 구축 모델로 꼽힌다.", props: ['온누리 2=fromScratch:undefined'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
