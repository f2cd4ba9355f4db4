/**
 * Generalisation rows for the readings set 167 called for: scores given respectively (to benchmarks named before one model, a
 * compared model's bare scores in parentheses, a benchmark between the listed models and 각각), a glossed benchmark's score for
 * the model in focus, a number a sentence revises itself, lineage in apposition or by replacement, makers given respectively,
 * "베이스 모델" as a description, and a variant's predecessor said of its main model. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'respective.benches-model',
    text: "가온랩스는 '가온-12B'와 '가온-3B'를 내놨다. KMMLU와 CLIcK에서는 가온-12B가 각각 65.1점과 70.3점을 얻어 가온-3B(55.0점, 60.8점)를 앞섰다.",
    edgeProps: ['SCORED 가온-12B -> KMMLU score=65.1', 'SCORED 가온-12B -> CLIcK score=70.3', 'SCORED 가온-3B -> KMMLU score=55', 'SCORED 가온-3B -> CLIcK score=60.8'],
  },
  {
    cat: 'respective.benches-model',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 3'를 공개했다. HAERAE와 KoBEST, GSM8K에서도 누리 바람 3는 각각 81.5점, 77.0점, 90.2점을 기록했다.",
    edgeProps: ['SCORED 누리 바람 3 -> HAERAE score=81.5', 'SCORED 누리 바람 3 -> KoBEST score=77', 'SCORED 누리 바람 3 -> GSM8K score=90.2'],
  },
  // counts that disagree: no score in parentheses; a bare parenthesis with no 각각 in the sentence: nothing from it
  {
    cat: 'respective.benches-model',
    text: "가온랩스는 '가온-12B'와 '가온-3B'를 내놨다. KMMLU와 CLIcK에서는 가온-12B가 각각 65.1점과 70.3점을 얻어 가온-3B(55.0점, 60.8점, 41.2점)를 앞섰다.",
    absent: ['SCORED 가온-3B -> KMMLU', 'SCORED 가온-3B -> CLIcK'],
  },
  {
    cat: 'respective.benches-model',
    text: "가온랩스는 '가온-12B'와 '가온-3B'를 내놨다. 가온-12B는 KMMLU에서 65.1점을 얻었고 CLIcK도 높았다. 가온-3B(55.0점, 60.8점)는 그보다 낮았다.",
    absent: ['SCORED 가온-3B -> KMMLU', 'SCORED 가온-3B -> CLIcK'],
  },
  // listed models before a benchmark and 각각: the scores are on that benchmark, not on the one named earlier in the sentence
  {
    cat: 'respective.models-bench',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 3'와 '누리 바람 3 미니'를 공개했다. 가온-12B가 HAERAE 83.1점으로 1위를 했고, 누리 바람 3와 누리 바람 3 미니는 KoBEST에서 각각 70.8점, 69.5점을 받았다.",
    edgeProps: ['SCORED 누리 바람 3 -> KoBEST score=70.8', 'SCORED 누리 바람 3 미니 -> KoBEST score=69.5'],
    absent: ['SCORED 누리 바람 3 -> HAERAE', 'SCORED 누리 바람 3 미니 -> HAERAE'],
  },
  // a benchmark glossed in brackets, then its score: the model in focus scored it; one that only fell short of it keeps no focus
  {
    cat: 'scored.focus-glossed-bench',
    text: "물류 스타트업 가온로지스가 배차 상담용 모델 '가온 배차 2'를 공개했다. 회사가 자체 구축한 평가셋 'LogiQA-Ko(로지QA-코)'에서는 71.2점을 기록했다. 카나나 나노 2.1B는 이 평가에서 55.3점에 그쳤다. 가온 배차 2는 KMMLU 점수도 공개했다. KMMLU에서는 44.0점을 받았다.",
    edgeProps: ['SCORED 가온 배차 2 -> LogiQA-Ko score=71.2', 'SCORED 가온 배차 2 -> KMMLU score=44'],
    absent: ['SCORED 카나나 나노 2.1B -> KMMLU'],
  },
  {
    cat: 'scored.focus-glossed-bench',
    text: "물류 스타트업 가온로지스가 배차 상담용 모델 '가온 배차 2'를 공개했다. 회사가 자체 구축한 평가셋 'LogiQA-Ko(로지QA-코)'에서는 71.2점을 넘기지 못했다.",
    absent: ['SCORED 가온 배차 2 -> LogiQA-Ko'],
  },
  // a correction notice's article: a sentence that revises its own number states the revised one
  {
    cat: 'corrections.revised-in-place',
    text: "[정정] 이 기사는 처음에 출시일을 잘못 표기했습니다. 바로잡습니다.\n\n물류 스타트업 가온로지스가 배차 상담용 모델 '가온 배차 2'를 공개했다. 가온로지스는 지난주 간담회에서 KMMLU 점수를 47.1점이라고 소개했다가, 채점 오류를 찾았다며 이날 44.0점으로 정정했다.",
    edgeProps: ['SCORED 가온 배차 2 -> KMMLU score=44'],
  },
  // "X의 출발점인 Y", "X의 기반 모델인 Z의 Y": the apposed model is X's base; a compared one is not
  {
    cat: 'based-on.apposed-base',
    text: "가온랩스가 '가온-R 14B'를 공개했다. 가온-R 14B의 출발점인 Qwen3-14B는 KMMLU 55.1점이었다.",
    expect: ['BASED_ON 가온-R 14B -> Qwen3-14B'],
  },
  {
    cat: 'based-on.apposed-base',
    text: "가온랩스가 '가온-R 14B'를 공개했다. 가온-R 14B의 기반 모델인 알리바바의 Qwen3-14B는 공개 모델이다.",
    expect: ['BASED_ON 가온-R 14B -> Qwen3-14B'],
  },
  {
    cat: 'based-on.apposed-base',
    text: "가온랩스가 '가온-R 14B'를 공개했다. 가온-R 14B의 경쟁 모델인 Qwen3-14B는 KMMLU 55.1점이었다.",
    absent: ['BASED_ON 가온-R 14B -> Qwen3-14B'],
  },
  // "X는 … 후속작 Y로 교체됐다": Y succeeds X, not the other way round
  {
    cat: 'succeeds.topic-replaced-by-successor',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 3'를 공개했다. 지난해 출품작이던 '누리 바람 2'는 올해 후속 모델 누리 바람 3로 교체돼 명단에서 빠졌다.",
    expect: ['SUCCEEDS 누리 바람 3 -> 누리 바람 2'],
    absent: ['SUCCEEDS 누리 바람 2 -> 누리 바람 3'],
  },
  // "A, B, C 개발사인 X, Y, Z": the makers are given respectively; the first maker is not the last model's
  {
    cat: 'developed.made-it',
    text: "심사 대상 가운데 엑사원 4.0, 믿:음 2.0, 솔라 프로2 개발사인 LG AI연구원, KT, 업스테이지는 모두 사업에 참여하고 있다.",
    absent: ['DEVELOPED LG AI연구원 -> 솔라 프로2', 'DEVELOPED KT -> 솔라 프로2'],
  },
  {
    cat: 'developed.made-it',
    text: "업계에 따르면 솔라 프로2 개발사인 업스테이지는 사업에 참여하고 있다.",
    expect: ['DEVELOPED 업스테이지 -> 솔라 프로2'],
  },
  // "X 8B 베이스 모델(41.2%)": 베이스 before the noun 모델 says what kind of model X is; its score in brackets is X's
  {
    cat: 'gazetteer.base-model-phrase',
    text: "가온랩스의 '가온-R 14B'는 KMMLU 60.2점으로, 비교용으로 함께 잰 메타의 라마 3.1 8B 베이스 모델(38.5%)을 앞섰다.",
    nodes: ['Model:라마 3.1 8B'],
    noNodes: ['Model:라마 3.1 8B 베이스'],
    edgeProps: ['SCORED 라마 3.1 8B -> KMMLU score=38.5'],
  },
  // (a base variant named on its own, no noun after it, stays one)
  {
    cat: 'gazetteer.base-model-phrase',
    text: "누리랩스는 '큐웬3 베이스'를 가져와 한국어 데이터로 추가 학습한 '누리-14B'를 공개했다. 큐웬3 베이스는 널리 쓰이는 공개 모델이다.",
    nodes: ['Model:큐웬3 베이스'],
  },
  // a variant in focus and "전작 Y" said of its main model, which the text calls Y's upgrade: the variant succeeds nothing
  {
    cat: 'succeeds.variant-predecessor',
    text: "KT가 '믿:음 3.0'을 공개했다. 믿:음 2.0의 업그레이드 버전이다. 함께 나온 '믿:음 3.0 미니'는 21억 파라미터 경량 모델이다. KMMLU는 50.1점으로, 몸집을 줄이고도 전작 믿:음 2.0과의 격차를 좁혔다.",
    expect: ['SUCCEEDS 믿:음 3.0 -> 믿:음 2.0'],
    absent: ['SUCCEEDS 믿:음 3.0 미니 -> 믿:음 2.0'],
  },
];

describe('generalise: set 167 readings', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
