/**
 * Generalisation rows for r63a: social and community posts, a second round. A score table or a comparison slide given only as
 * an image's alt text ('Slide 3: A vs B — KMMLU 58.0 vs 49.5', '표: A / B1 62.0 / B2 80.5'), a model's score row after a slash
 * ('A / B1 62.0 / B2 80.5'), and a past clause joined by 고 to a new topic whose denial is that topic's ('Y는 Z 기반이었고 이번 W는
 * … 후속은 아닙니다'). Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageGraph, scoresOf, type FactRow } from './helpers.js';

const SLIDES = `<html><head><title>Mina Cho on LinkedIn: Tide-K 3 is out</title></head><body><article>
<p>Today our team at Tidewell AI released Tide-K 3, the successor to Tide-K 2. Proud of the team.</p>
<div class="update-components-document"><span>Tide-K 3 release deck · 5 pages</span>
<img alt="Slide 2: Tide-K 3 vs Tide-K 2 — KMMLU 58.0 vs 49.5, HAE-RAE 70.5 vs 62.0" src="https://cdn.example/s2.png">
<img alt="Slide 4: Roadmap for next year" src="https://cdn.example/s4.png"></div>
</article></body></html>`;

const TWEET = `<html><head><title>Thread by @solmoru_dev</title></head><body><article>
<div class="t-main">솔모루AI가 지난주 공개한 솔모루 3는 자체 개발한 7B 모델. HAE-RAE 62.0 정도 나옴 (1/3)</div>
<div class="t-main"><figure><img src="https://cdn.example/t1.jpg" alt="표: 솔모루 3 / HAE-RAE 62.0 / KoBEST 80.5 / HumanEval-ko 41.5"><figcaption>이미지 설명(ALT)</figcaption></figure> (2/3)</div>
<div class="t-main">피드백 환영! (3/3)</div>
</article></body></html>`;

const rows: FactRow[] = [
  {
    cat: "a model's score row after a slash: each benchmark is that model's ('A / B1 62.0 / B2 80.5 / B3 41.5')",
    text: "솔모루AI는 새 모델 '솔모루 3'를 공개했다. 솔모루 3 / HAE-RAE 62.0 / KoBEST 80.5 / HumanEval-ko 41.5",
    edgeProps: ['SCORED 솔모루 3 -> HAE-RAE score=62', 'SCORED 솔모루 3 -> KoBEST score=80.5', 'SCORED 솔모루 3 -> HumanEval-ko score=41.5'],
  },
  {
    cat: "a past clause joined by 고 to a new topic: the denial closing the sentence is the new topic's ('Y는 Z 기반이었고 이번 W는 … 아닙니다')",
    text: '솔모루AI는 미르빛-5B를 공개했다. 미르빛-2B는 큐웬2.5 3B 기반이었고 이번 5B는 별개 라인이라 후속은 아닙니다.',
    expect: ['BASED_ON 미르빛-2B -> 큐웬2.5 3B'],
    absent: ['SUCCEEDS 미르빛-5B -> 미르빛-2B'],
  },
];

describe('r63a: social and community posts, second round', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));

  it("a comparison slide given only as an image's alt text ('A vs B — BENCH x vs y, …') gives each model its scores", () => {
    const scores = scoresOf(pageGraph(SLIDES));
    expect(scores).toEqual(expect.arrayContaining(['Tide-K 3 KMMLU 58', 'Tide-K 3 HAE-RAE 70.5', 'Tide-K 2 KMMLU 49.5', 'Tide-K 2 HAE-RAE 62']));
  });

  it("a score table given only as an image's alt text under a caption that only labels it ('이미지 설명(ALT)') is read", () => {
    const scores = scoresOf(pageGraph(TWEET));
    expect(scores).toEqual(expect.arrayContaining(['솔모루 3 KoBEST 80.5', '솔모루 3 HumanEval-ko 41.5']));
  });
});
