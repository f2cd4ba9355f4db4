/**
 * Generalisation rows for the thirty-seventh session's mends: a descriptor before an English benchmark ("on the Korean
 * reasoning benchmark KoBEST", "on the English-language MMLU-Pro"), a claim dismissed before an English base, the main
 * model of a pair released with its own variant as what "이번 모델" means, a bare family named as a denied base, a model
 * said not to be the base getting no from-scratch mark, a surname with a former title ("오 전 랩장은"), founding told with
 * "세우고", a subject pronoun ("그는") for the one person named the sentence before, working "로 일한다" in a new post,
 * a base named with "베이스 모델에 … 더 학습시켜", a first that is no company ("스타트업 최초의"), a quoted saying that is no benchmark, and error rates as scores ("오류율은 7.4%였다"). Every row is a short
 * article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a descriptor between "on (the)" and the benchmark, in the first and in a coordinated score
  { cat: 'scored.en-descriptor', text: 'Gaon Labs said Gaon-7 scored 63.2 on the Korean reasoning benchmark KoBEST and 58.9 on the English-language MMLU-Pro.', expect: ['SCORED Gaon-7 -> KoBEST', 'SCORED Gaon-7 -> MMLU-Pro'], edgeProps: ['SCORED Gaon-7 -> KoBEST score=63.2', 'SCORED Gaon-7 -> MMLU-Pro score=58.9'] },
  { cat: 'scored.en-descriptor', text: 'Gaon Labs said Gaon-7 scored 63.2 on the KoBEST benchmark.', expect: ['SCORED Gaon-7 -> KoBEST'] },
  { cat: 'scored.en-descriptor', text: 'Gaon Labs said Gaon-7 scored 63.2 on an internal test, while KoBEST was not run.', absent: ['SCORED Gaon-7 -> KoBEST'] },
  // a claim dismissed before the base ("dismissed online speculation that X had been built on top of Y")
  { cat: 'based-on.en-dismissed-claim', text: "Gaon Labs released Gaon-7 in May. The company dismissed online speculation that Gaon-7 had been built on top of Meta's Llama 3.1.", absent: ['BASED_ON Gaon-7 -> Llama 3.1'] },
  { cat: 'based-on.en-dismissed-claim', text: "Gaon Labs released Gaon-7 in May. Gaon-7 was built on top of Meta's Llama 3.1.", expect: ['BASED_ON Gaon-7 -> Llama 3.1'] },
  // of a model and its own variant released together, "이번 모델" is the model itself
  { cat: 'focus.main-of-variant-pair', text: "누리랩스가 새 언어모델 '누리온 3'와 경량 모델 '누리온 3 미니'를 지난 2일 공개했다. 지난해 선보인 '누리온 2'의 후속으로, 회사는 이번 모델이 처음부터 직접 학습한 모델이라고 설명했다.", publishedAt: '2026-05-10', expect: ['SUCCEEDS 누리온 3 -> 누리온 2'], absent: ['SUCCEEDS 누리온 3 미니 -> 누리온 2'] },
  // a bare family named as a denied base is the article's version of it, and no from-scratch model
  { cat: 'families.denied-base-word', text: "누리랩스, '누리온 3' 공개…\"젬마 기반 아냐, 처음부터 만들었다\"\n\n누리랩스가 '누리온 3'를 공개했다. 일각에서는 누리온 3가 구글의 '젬마 3'를 바탕으로 만들어졌다는 관측이 나왔다.", noNodes: ['Model:젬마'], props: ['젬마 3=fromScratch:undefined'] },
  // a surname with a former or new title stands for the person named before; founding told with 세우고/세워
  { cat: 'works-for.surname-former-title', text: "누리랩스에서는 윤다솜 연구소장이 이달 회사를 떠났다. 윤 전 소장은 최근 AI 스타트업 '다솜에이아이'를 세우고 대표를 맡았다.", expect: ['WORKS_FOR 윤다솜 -> 다솜에이아이'] },
  { cat: 'works-for.surname-former-title', text: '김태오 대표는 2023년 누리랩스를 세워 지금까지 이끌고 있다.', expect: ['WORKS_FOR 김태오 -> 누리랩스'] },
  { cat: 'works-for.surname-former-title', text: '김태오 대표는 새 전략을 세우고 누리랩스와 손잡았다.', absent: ['WORKS_FOR 김태오 -> 누리랩스'] },
  // "그는 …" after a sentence that named one person: that person; "앞서 그는" tells a former post
  { cat: 'works-for.pronoun-subject', text: '업계가 주목하는 건 허윤재 전 누리랩스 연구리더의 이동이다. 그는 다음 달 1일 한빛게임즈에 최고AI책임자로 합류한다.', expect: ['WORKS_FOR 허윤재 -> 한빛게임즈'] },
  { cat: 'works-for.pronoun-subject', text: '업계가 주목하는 건 허윤재 전 누리랩스 연구리더의 이동이다. 앞서 그는 한빛게임즈에서 5년간 근무했다.', absent: ['WORKS_FOR 허윤재 -> 한빛게임즈'] },
  { cat: 'works-for.pronoun-subject', text: '허윤재 리더와 문가온 리더가 함께 회사를 떠났다. 그는 다음 달 1일 한빛게임즈에 최고AI책임자로 합류한다.', absent: ['WORKS_FOR 허윤재 -> 한빛게임즈', 'WORKS_FOR 문가온 -> 한빛게임즈'] },
  // a post taken up told with "로 일한다/근무한다"
  { cat: 'works-for.works-in-role', text: '허윤재 씨는 내년부터 한빛게임즈에서 수석연구원으로 근무한다.', expect: ['WORKS_FOR 허윤재 -> 한빛게임즈'], edgeProps: ['WORKS_FOR 허윤재 -> 한빛게임즈 title=수석연구원'] },
  { cat: 'works-for.works-in-role', text: '허윤재 씨는 한빛게임즈에서 수석연구원으로 일한 적이 없다고 말했다.', absent: ['WORKS_FOR 허윤재 -> 한빛게임즈'] },
  // "Y 베이스 모델에 … 더 학습시켜 만든": the base
  { cat: 'based-on.trained-further-base-word', text: "물결AI는 '물결 1.0'을 공개했다. 물결 1.0은 KT의 '믿:음 2.0' 베이스 모델에 항만 문서 약 2천억 토큰을 더 학습시켜 만든 모델이다.", expect: ['BASED_ON 물결 1.0 -> 믿:음 2.0'] },
  { cat: 'based-on.trained-further-base-word', text: "물결AI는 '물결 1.0'을 공개했다. 물결 1.0은 KT의 '믿:음 2.0' 베이스 모델에 항만 문서를 더 학습시키지 않았다.", absent: ['BASED_ON 물결 1.0 -> 믿:음 2.0'] },
  // an error rate is the model's score on the benchmark; a later sentence's rate keeps the benchmark
  { cat: 'scored.rate-metric', text: "소리랩은 '소리온 3'를 출시했다. 공개 벤치마크인 KsponSpeech 평가에서 소리온 3의 문자 오류율(CER)은 5.3%였다. 전작 소리온 2의 오류율은 7.9%였다.", expect: ['SCORED 소리온 3 -> KsponSpeech', 'SCORED 소리온 2 -> KsponSpeech'], edgeProps: ['SCORED 소리온 3 -> KsponSpeech score=5.3', 'SCORED 소리온 2 -> KsponSpeech score=7.9'] },
  { cat: 'scored.rate-metric', text: "소리랩은 '소리온 3'를 출시했다. 공개 벤치마크인 KsponSpeech 평가에서 소리온 3의 점수가 올랐다. 소리온 2의 시장 점유율은 7.9%였다.", absent: ['SCORED 소리온 2 -> KsponSpeech'] },
  // "국내 스타트업 최초의 …": a first is no company
  { cat: 'nonentities.ordinal-first', text: '가람 3B는 당시 국내 스타트업 최초의 추론 모델로 주목받았다.', noNodes: ['Company:최초'] },
  // a quoted saying with a subject and a possessive ("“현장이 우리의 벤치마크”") is a clause, no benchmark
  { cat: 'quoted.clause-no-name', text: '가온AI 새 대표 한지우 “고객 현장이 우리의 벤치마크”', noNodes: ['Benchmark:고객 현장이 우리의 벤치마크'] },
  { cat: 'quoted.clause-no-name', text: '가온AI는 ‘가온 벤치마크’에서 71.2점을 받았다.', nodes: ['Benchmark:가온 벤치마크'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
