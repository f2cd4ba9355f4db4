/**
 * Generalisation rows for the layouts and phrasings first met in held-out set 87: an overall score on a named
 * leaderboard beside a sub-test, an English company name after a conjunction, "에서" before a model, a base a
 * model is continually pre-trained on, a basis closed by a light adnominal verb, a family word a model is built on.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "종합 N점" on a leaderboard the article named: the board's score, not the sub-test's named in the sentence before or after
  {
    cat: 'scored.overall-board',
    text: "평가업체 누리랩은 '별빛 리더보드' 5월 순위를 발표했다. 리더보드는 KMMLU 점수도 따로 싣는다. 이번에 엑사원 4.0은 종합 81.25점, KMMLU 70.4점으로 모두 선두였다. 솔라 프로2는 종합 79.9점으로 2위에 올랐다.",
    expect: ['SCORED 엑사원 4.0 -> 별빛 리더보드', 'SCORED 엑사원 4.0 -> KMMLU', 'SCORED 솔라 프로2 -> 별빛 리더보드'],
    absent: ['SCORED 솔라 프로2 -> KMMLU'],
    edgeProps: ['SCORED 엑사원 4.0 -> 별빛 리더보드 score=81.25', 'SCORED 솔라 프로2 -> 별빛 리더보드 score=79.9'],
  },
  // an English sentence opening with a conjunction: the conjunction is no part of the company's name
  {
    cat: 'discover.latin-company-after-conjunction',
    text: "After Hanbit Labs shipped its first model in May, investors lined up. Hanbit Labs is based in Daejeon.",
    nodes: ['Company:Hanbit Labs'],
    noNodes: ['Company:After Hanbit Labs'],
  },
  // "X가 공개한 자체 평가에서 Y는": the relative clause is the test's, not the model's maker
  {
    cat: 'developed.made-by-not-across-place',
    text: "가람소프트는 '가람-7B'를 공개했다. 누리랩이 발표한 사내 평가에서 가람-7B는 GPT-4o보다 높았다.",
    expect: ['DEVELOPED 가람소프트 -> 가람-7B'],
    absent: ['DEVELOPED 누리랩 -> 가람-7B'],
  },
  {
    cat: 'developed.made-by-not-across-place',
    text: "누리랩은 지난달 '누리-3'를 내놨다. 가람소프트도 '가람-7B'를 공개했다. 회사가 공개한 자체 평가에서 가람-7B는 오픈AI의 GPT-4o 대비 정답률이 높았다.",
    expect: ['DEVELOPED 가람소프트 -> 가람-7B'],
    absent: ['DEVELOPED 누리랩 -> 가람-7B'],
  },
  // "Y 모델에 … 이어서 사전학습(continual pre-training)한 X": X is built on Y
  {
    cat: 'based-on.finetune-head',
    text: "바람테크는 메타의 '라마 3.1 8B' 모델에 의료 문헌을 이어서 사전학습(continued pre-training)한 '바람-메드'를 내놨다.",
    expect: ['BASED_ON 바람-메드 -> 라마 3.1 8B'],
  },
  // "Y를 바탕으로 한 A와 처음부터 학습한 B": the basis is A's only
  {
    cat: 'clause.basis-light-adnominal',
    text: "KT는 큐웬2.5를 바탕으로 한 '믿:음 2.0 미니'와 처음부터 자체 학습한 '믿:음 2.0 베이스'를 함께 내놨다.",
    expect: ['BASED_ON 믿:음 2.0 미니 -> 큐웬2.5'],
    absent: ['BASED_ON 믿:음 2.0 베이스 -> 큐웬2.5'],
  },
  // a bare family word a model is built on, in an article naming one version of the family, is that version
  {
    cat: 'family.base-word',
    text: "바람테크는 첫 제품을 구글의 젬마 위에 얹었다. 새 모델 '바람-2'는 '젬마 3 12B'를 기반으로 학습했다.",
    expect: ['DEVELOPED 구글 -> 젬마 3 12B', 'BASED_ON 바람-2 -> 젬마 3 12B'],
    noNodes: ['Model:젬마'],
  },
  // "X's chief AI officer, NAME,": an officer title with an acronym in it
  {
    cat: 'works-for.en-possessive-role-name',
    text: "Hanbit Labs builds legal models. Hanbit Labs's chief ML officer, Yoon Ha-eun, said the next release is due in autumn.",
    expect: ['WORKS_FOR Yoon Ha-eun -> Hanbit Labs'],
  },
  // "Under a partnership with X, Y is …": the sentence's subject partners with X; a deal named without a partner gives nothing
  {
    cat: 'partners.en-under-partnership',
    text: "Under a three-year alliance with Nvidia, Hanbit Labs is building a data center in Daejeon.",
    expect: ['PARTNERS_WITH Hanbit Labs -> Nvidia'],
  },
  {
    cat: 'partners.en-under-partnership',
    text: "Under the new rules, Hanbit Labs and Nvidia must report their chip imports.",
    absent: ['PARTNERS_WITH Hanbit Labs -> Nvidia'],
  },
  // "On B, X scored N, against M for Y": Y's score on the same benchmark
  {
    cat: 'scored.en-bench-first-against',
    text: "Tidewell Labs released Kestrel-4 on Monday. On KoBEST, a Korean reasoning suite, Kestrel-4 scored 71.3, compared with 64.0 for the Mistral 7B model it was tuned from.",
    expect: ['SCORED Kestrel-4 -> KoBEST', 'SCORED Mistral 7B -> KoBEST'],
    edgeProps: ['SCORED Mistral 7B -> KoBEST score=64'],
  },
  // "X, which operates the M family,": the company makes M; not "which licenses"
  {
    cat: 'developed.en-company-which-makes',
    text: "Hanbit Labs, which builds the Kestrel-8B models, said on Monday it would open a Busan office.",
    expect: ['DEVELOPED Hanbit Labs -> Kestrel-8B'],
  },
  {
    cat: 'developed.en-company-which-makes',
    text: "Hanbit Labs, which licenses the Kestrel-8B models from Tidewell Labs, opened a Busan office.",
    absent: ['DEVELOPED Hanbit Labs -> Kestrel-8B'],
  },
  // "X runs its products on Y under a multi-year partnership": X partners with Y
  {
    cat: 'partners.en-on-under-partnership',
    text: "Hanbit Labs also runs its legal assistant on Microsoft under a five-year partnership signed in March.",
    expect: ['PARTNERS_WITH Hanbit Labs -> Microsoft'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
