/**
 * Generalisation rows for model releases with benchmark results: a lab's own benchmark quoted by
 * name, rival models named by a short code after their maker's model noun. Every sentence here is
 * written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow } from './helpers.js';

/** A family released in tiers ("X 3.0 울트라/스탠다드/나노"), then each tier named by its word alone, scores in a list. */
describe('tier words alone name the tier of the family the article names', () => {
  it('"스탠다드는 …", "울트라 69.0점, 스탠다드 64.5점": the standard tier too', () =>
    checkFactRow({
      cat: 'tier words',
      text: "KT가 새 모델 '믿:음 3.0'을 선보였다. KT는 16일 '믿:음 3.0 울트라', '믿:음 3.0 스탠다드', '믿:음 3.0 나노' 등 3종을 공개했다. 울트라는 KMMLU에서 77.0점을 받았다. 스탠다드는 KMMLU 70.2점으로 전작보다 올랐다. 국내 연구진이 만든 벤치마크 'HAE-RAE Bench' 점수도 공개됐다. 울트라 69.0점, 스탠다드 64.5점, 나노 47.1점이다.",
      expect: ['SCORED 믿:음 3.0 스탠다드 -> KMMLU', 'SCORED 믿:음 3.0 스탠다드 -> HAE-RAE Bench', 'SCORED 믿:음 3.0 울트라 -> HAE-RAE Bench'],
      edgeProps: ['SCORED 믿:음 3.0 스탠다드 -> KMMLU score=70.2'],
    }));
});
