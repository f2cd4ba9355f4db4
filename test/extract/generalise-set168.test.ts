/**
 * Generalisation rows for set 168's forms: a small model described as distilled from a teacher ("Y를 교사 모델로 삼아
 * … 만든 N 모델로"); a base denied by its line's name ("X는 큐웬 기반이 아니다" against a claim naming 큐웬3); a
 * headline's "…" ending a clause; a topicalised quality ("성능은 자체 구축한 …") that is no builder; a bare version
 * first written with its one size ("'X 4.0' 32B 모델"); an official whose post names a ministry before the name; a
 * success rate before "같은 조건에서"; a base that heads a compared in-house model, not the topic; the model a pair
 * develops together; a group's own unit as subject; a variant's bare name in a headline-style line.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "Y를 교사 모델로 삼아 … 만든 N 모델로": the model in focus is distilled from Y; a judge model, or a denial, is no base
  { cat: 'based-on.focus-teacher-model-made', text: "가나랩은 이와 함께 소형 모델 '가나-S 2 라이트'도 내놨다. 가나-S 2를 교사 모델로 삼아 지식 증류 방식으로 만든 20억 파라미터(2B) 모델로, 휴대폰에서도 돌아간다.", expect: ['BASED_ON 가나-S 2 라이트 -> 가나-S 2'] },
  { cat: 'based-on.focus-teacher-model-made', text: "다라AI가 '다라 LLM 5.0'을 공개했다. 다라AI는 함께 '다라 LLM 5.0 미니'도 선보였다. 다라 LLM 5.0을 교사 모델로 지식 증류해 만든 40억 파라미터(4B) 모델로, 오픈소스로 공개됐다.", expect: ['BASED_ON 다라 LLM 5.0 미니 -> 다라 LLM 5.0'] },
  { cat: 'based-on.focus-teacher-model-made', text: "가나랩은 이와 함께 소형 모델 '가나-S 2 라이트'도 내놨다. 가나-S 2를 평가 모델로 삼아 만든 채점 도구로 검증했다.", absent: ['BASED_ON 가나-S 2 라이트 -> 가나-S 2'] },
  { cat: 'based-on.focus-teacher-model-made', text: "가나랩은 이와 함께 소형 모델 '가나-S 2 라이트'도 내놨다. 가나-S 2를 교사 모델로 삼아 만든 모델은 아니라고 회사는 밝혔다.", absent: ['BASED_ON 가나-S 2 라이트 -> 가나-S 2'] },
  // a claimed base denied later by the line's name without its version ("라마 기반이 아니다" against "라마 3.1")
  { cat: 'disputed-bases.line-name', text: "노을랩스는 '노을-M 3'를 공개했다. 일각에서는 노을-M 3가 메타의 '라마 3.1'을 바탕으로 만들어졌다는 주장이 나왔다. 구조가 비슷하다는 이유에서다. 이에 대해 회사는 \"노을-M 3는 라마 기반이 아니다\"라고 밝혔다.", absent: ['BASED_ON 노을-M 3 -> 라마 3.1'] },
  { cat: 'disputed-bases.line-name', text: "노을랩스는 '노을-M 3'를 공개했다. 노을-M 3는 메타의 '라마 3.1'을 바탕으로 만들어졌다. 회사는 \"노을-M 3는 라마 2 기반이 아니다\"라고 밝혔다.", expect: ['BASED_ON 노을-M 3 -> 라마 3.1'] },
  // a headline's "…" ends the clause: the model after it is no head of the base before it
  { cat: 'based-on.giban-head', text: "노을랩스, '솔라 프로 2' 기반 법률 LLM 공개…\"큐웬 기반 아냐\"", absent: ['BASED_ON 큐웬 -> 솔라 프로 2'] },
  { cat: 'based-on.giban-head', text: "노을랩스는 '솔라 프로 2' 기반 법률 모델 '노을-L 1'을 공개했다.", expect: ['BASED_ON 노을-L 1 -> 솔라 프로 2'] },
  // a quality checked, topicalised before "자체 구축한": no company built it
  { cat: 'discover.self-built', text: "노을랩스가 '노을-L 1'을 공개했다. 성능은 자체 구축한 벤치마크 '노을벤치'로 검증했다. 정확도는 자체 개발한 평가 세트로 쟀다.", noNodes: ['Company:성능', 'Company:정확도'], nodes: ['Company:노을랩스'] },
  { cat: 'discover.self-built', text: "바다소프트는 자체 구축한 평가 세트로 검증했다.", nodes: ['Company:바다소프트'] },
  // "'X 4.0' 32B 모델을 … X 4.0 32B에": the bare version first written with the article's one size is that size
  { cat: 'names.sized-short-form', text: "가나금융은 LG AI연구원의 '엑사원 4.0(EXAONE 4.0)' 32B 모델을 바탕으로 한 '가나 LM'을 3일 공개했다. 엑사원 4.0 32B에 약관 자료를 추가 학습시킨 모델이다.", sameNode: ['엑사원 4.0 32B=엑사원 4.0'], expect: ['BASED_ON 가나 LM -> 엑사원 4.0 32B'] },
  { cat: 'names.sized-short-form', text: "가나금융은 LG AI연구원의 '엑사원 4.0' 32B 모델을 바탕으로 한 '가나 LM'을 3일 공개했다. 경량판은 엑사원 4.0 1.2B에 약관 자료를 추가 학습시킨 모델이다.", nodes: ['Model:엑사원 4.0', 'Model:엑사원 4.0 1.2B'] },
  // an official whose post names a ministry before the name ("교육부 … 기획관인 NAME 국장") works for no company of the context
  { cat: 'works-for.role-held', text: "에듀테크 기업 가나에듀가 교육 모델 '가나튜터 2'를 4일 출시했다. 가나에듀는 교육부가 추진하는 'AI 튜터 고도화 사업'에 컨소시엄 주관사로 참여하고 있다. 이 사업은 교육부 디지털교육기획관인 홍길순 국장이 총괄한다.", absent: ['WORKS_FOR 홍길순 -> 가나에듀'], expect: ['PROMOTES 홍길순 -> AI 튜터 고도화 사업'] },
  { cat: 'works-for.omitted-subject', text: "에듀테크 기업 가나에듀가 교육 모델 '가나튜터 2'를 4일 출시했다. 가나에듀는 교육부가 추진하는 'AI 튜터 고도화 사업'에 컨소시엄 주관사로 참여하고 있다. 이 사업은 교육사업본부장인 윤서하 상무가 총괄한다.", expect: ['WORKS_FOR 윤서하 -> 가나에듀'] },
  // "X의 성공률은 N%로, 같은 조건에서 …": the previous sentence's test set scores X; the base of a compared in-house model is not X's
  { cat: 'scored.bench-then-model', text: "가나로보틱스는 '가나-VLA 3B'를 공개했다. 가나로보틱스는 자체 구축한 평가 세트 '팩토리벤치-20'으로 성능을 검증했다. 가나-VLA 3B의 작업 성공률은 74.5%로, 같은 조건에서 구글의 '젬마 3 4B'를 기반으로 가나로보틱스가 시험 제작한 비교 모델(61.0%)보다 높았다.", edgeProps: ['SCORED 가나-VLA 3B -> 팩토리벤치-20 score=74.5'], absent: ['BASED_ON 가나-VLA 3B -> 젬마 3 4B'] },
  { cat: 'scored.bench-then-model', text: "가나로보틱스는 '가나-VLA 3B'를 공개했다. 가나로보틱스는 자체 구축한 평가 세트 '팩토리벤치-20'으로 성능을 검증했다. 가나-VLA 3B의 작업 성공률은 지난해보다 12% 올랐다.", absent: ['SCORED 가나-VLA 3B -> 팩토리벤치-20'] },
  { cat: 'based-on.giban-topic', text: "가나로보틱스는 '가나-VLA 3B'를 공개했다. 가나-VLA 3B는 구글의 '젬마 3 4B'를 기반으로 가나로보틱스가 제작한 모델이다.", expect: ['BASED_ON 가나-VLA 3B -> 젬마 3 4B'] },
  // "양사는 … 모델을 함께 개발해 왔다": the bare word the pair develops together is the model in focus, both its developers
  { cat: 'pair.co-developed-model', text: "가나금융그룹은 업스테이지의 '솔라 프로 2'를 바탕으로 한 '가나 LM'을 3일 공개했다. 양사는 지난 6월 공동 연구 업무협약(MOU)을 맺고 모델을 함께 개발해 왔다.", expect: ['DEVELOPED 업스테이지 -> 가나 LM', 'DEVELOPED 가나금융그룹 -> 가나 LM'] },
  { cat: 'pair.co-developed-model', text: "가나금융그룹은 '가나 LM'을 3일 공개했다. 양사는 지난 6월 업무협약을 맺었지만 모델을 함께 개발하지는 않았다.", absent: ['DEVELOPED 업스테이지 -> 가나 LM'] },
  { cat: 'pair.co-developed-model', text: "가나금융그룹은 업스테이지의 '솔라 프로 2'를 바탕으로 한 '가나 LM'을 3일 공개했다. 양사는 2027년까지 신용평가 분야 AI 모델을 함께 개발하기로 했다.", absent: ['DEVELOPED 업스테이지 -> 가나 LM'] },
  // "그룹 디지털혁신센터는 …": a unit of the group itself as the subject carries no company named in the sentence before
  { cat: 'clause.own-unit-subject', text: "가나금융그룹은 LG AI연구원과 손잡고 '가나 LM'을 공개했다. LG AI연구원은 학습 설계와 평가를, 가나금융그룹은 데이터 구축을 맡았다. 그룹 디지털혁신센터는 '엑사원 3.5 7.8B'와 알리바바의 '큐웬2.5-7B'를 병합해 '바다 머지 7B'를 만들었다.", absent: ['DEVELOPED LG AI연구원 -> 바다 머지 7B'], expect: ['BASED_ON 바다 머지 7B -> 큐웬2.5-7B'] },
  { cat: 'clause.own-unit-subject', text: "가나금융그룹은 LG AI연구원과 손잡고 '가나 LM'을 공개했다. LG AI연구원은 학습 설계와 평가를 맡았다. 이후 '엑사원 3.5 7.8B'와 '큐웬2.5-7B'를 병합해 '바다 머지 7B'를 만들었다.", expect: ['DEVELOPED LG AI연구원 -> 바다 머지 7B'] },
  // a variant named bare in a headline-style line, then with its one size in the body: one model
  { cat: 'names.sized-short-form', text: "보도자료\n\n가나로보틱스, 네이버클라우드와 '하이퍼클로바X 시드' 기반 로봇 모델 '가나-VLA 3B' 공개\n\n□ 가나로보틱스는 네이버클라우드의 '하이퍼클로바X 시드 3B'를 기반으로 개발한 모델 '가나-VLA 3B'를 4일 공개했다고 밝혔다.", sameNode: ['하이퍼클로바X 시드 3B=하이퍼클로바X 시드'], expect: ['BASED_ON 가나-VLA 3B -> 하이퍼클로바X 시드 3B'] },
  { cat: 'names.sized-short-form', text: "가나로보틱스는 네이버클라우드의 '하이퍼클로바X 시드' 계열을 검토했다. 이후 '하이퍼클로바X 시드 3B'와 '하이퍼클로바X 시드 8B'를 비교했다.", nodes: ['Model:하이퍼클로바X 시드 3B', 'Model:하이퍼클로바X 시드 8B'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
