/**
 * Generalisation rows of generalise-benchmarks: the  rows.
 * The others are in the other generalise-benchmarks-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "a data split in lower case after a benchmark's name ('BIRD dev에서') is still that benchmark",
    text: "코발트랩은 텍스트-SQL 모델 'Cobalt-SQL-14B'를 공개했다. Cobalt-SQL-14B는 BIRD dev 기준 61.2점을 받았다.",
    expect: ['SCORED Cobalt-SQL-14B -> BIRD'],
    edgeProps: ['SCORED Cobalt-SQL-14B -> BIRD score=61.2'],
    noNodes: ['Benchmark:BIRD dev'],
  },
  {
    cat: "an error-rate metric between the benchmark and the figure ('X test-clean 기준 WER 2.1%') still scores the model",
    text: "바람소리AI는 음성인식 모델 'Baram-STT 2'를 공개했다. Baram-STT 2는 LibriSpeech test-clean 기준 WER 2.1%를 기록했다.",
    expect: ['SCORED Baram-STT 2 -> LibriSpeech'],
    edgeProps: ['SCORED Baram-STT 2 -> LibriSpeech score=2.1'],
  },
  {
    cat: "a score list whose second benchmark carries a description ('…, 자체 구축한 한국어 벤치 Y에서 70.5') continues the topic's scores",
    text: "코발트랩은 텍스트-SQL 모델 'Cobalt-SQL-14B'를 공개했다. 결과는 Cobalt-SQL-14B가 BIRD dev에서 61.2, 자체 구축한 한국어 벤치 KoBALT에서 70.5였다.",
    expect: ['SCORED Cobalt-SQL-14B -> BIRD', 'SCORED Cobalt-SQL-14B -> KoBALT'],
    edgeProps: ['SCORED Cobalt-SQL-14B -> KoBALT score=70.5'],
  },
  {
    cat: "a score list whose next item opens on another topic ('…, 경쟁 모델은 Y에서') does not continue the first model's scores",
    text: "코발트랩은 텍스트-SQL 모델 'Cobalt-SQL-14B'를 공개했다. Cobalt-SQL-14B가 BIRD dev에서 61.2, 비교 대상인 GPT-4.1 mini는 KoBALT에서 66.0이었다.",
    absent: ['SCORED Cobalt-SQL-14B -> KoBALT'],
  },
  {
    cat: "a quoted benchmark whose score comes after a subject between (과제 'X'에서는 Y가 84.0점)",
    text: "한빛AI는 새 모델 '별빛 3'을 공개했다. 올해 새로 추가된 수학 추론 과제 '셈마루'에서는 별빛 3이 81.2점으로 가장 높았다.",
    nodes: ['Benchmark:셈마루'],
    expect: ['SCORED 별빛 3 -> 셈마루'],
  },
  {
    cat: "a quoted benchmark whose score comes after a subject between (과제 'X'에서는 Y가 84.0점)",
    text: "코딩 영역 ‘K-코드’에서도 GPT-5.1이 77.5점을 받아 선두였다.",
    nodes: ['Benchmark:K-코드'],
    expect: ['SCORED GPT-5.1 -> K-코드'],
  },
  {
    cat: "a quoted benchmark whose score comes after a subject between (과제 'X'에서는 Y가 84.0점)",
    text: "‘법률마당’ 과제에서 한빛AI 별빛 3이 64.0점을 얻었다.",
    nodes: ['Benchmark:법률마당'],
  },
  {
    cat: 'a quoted event with a small count of items (신제품 3점) is no benchmark',
    text: "한빛AI는 ‘AI 페어 서울’에서 신제품 3점을 선보였다.",
    noNodes: ['Benchmark:AI 페어 서울'],
  },
  {
    cat: "down a ranking, a rank subject's score in parentheses right after it ('2위는 M(0.781)이었고') is its score on the board",
    text: "호랑이 리더보드3 10월 순위에서 솔라 프로2가 종합 0.803점으로 1위에 올랐다.\n\n2위는 카나나 1.5 8B(0.781)이었고, 3위 A.X 4.0은 점수를 공개하지 않았다.",
    expect: ['SCORED 솔라 프로2 -> 호랑이 리더보드3', 'SCORED 카나나 1.5 8B -> 호랑이 리더보드3'],
    absent: ['SCORED A.X 4.0 -> 호랑이 리더보드3'],
    edgeProps: ['SCORED 카나나 1.5 8B -> 호랑이 리더보드3 score=0.781'],
  },
  // an evaluation's next sentence: a company that submitted a model and the score it got, on the benchmark just named
  { cat: 'scored / a submitted model after the benchmark', text: "가온랩의 '가온-3'는 KMMLU에서 71.2점을 받았다. 누리소프트는 '누리-7B'를 제출해 69.4점을 받았다.", expect: ['SCORED 누리-7B -> KMMLU'], edgeProps: ['SCORED 누리-7B -> KMMLU score=69.4'] },
  { cat: 'scored / a submitted model after the benchmark', text: "가온랩의 '가온-3'는 KMMLU에서 71.2점을 받았다. 누리소프트는 '누리-7B'를 제출해 69.4점을 받지 못했다.", absent: ['SCORED 누리-7B -> KMMLU'] },
  // "같은 평가셋으로 … 측정했다": the evaluation set named just before, for the scores the next sentence lists
  { cat: 'scored / the same evaluation set', text: "가온랩의 '가온-3'는 KMMLU에서 71.2점을 받았다. 참고로 같은 평가셋으로 해외 모델도 측정했다. 메타의 '라마 3.1 8B'는 52.3점, 알리바바의 'Qwen2.5-7B'는 60.1점이었다.", expect: ['SCORED 라마 3.1 8B -> KMMLU', 'SCORED Qwen2.5-7B -> KMMLU'] },
];

describe('benchmark rows (quoted names, the benchmark a score is on)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
