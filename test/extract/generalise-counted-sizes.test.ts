/**
 * Generalisation rows: a release day given for a generation's sizes listed bare after one size's full name and counted
 * ("X 2.0 32B, 8B 등 두 가지 모델을 지난 N일 공개"): every size listed takes the day, over a later sentence's guess (the
 * article's date), and a size left out of the list does not. Each row is a short article written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the first size's full name, then the others bare and counted: the verb's object, its day the one named before it
  {
    cat: 'release.counted-sizes',
    text: '가람소프트는 지난 24일 바다-K 2.0 32B, 8B 등 두 가지 모델을 공개했다고 26일 밝혔다.\n\n바다-K 2.0 8B 모델은 허깅페이스에 가중치를 공개했다.',
    publishedAt: '2026-11-26',
    props: ['바다-K 2.0 32B=releasedOn:2026-11-24', '바다-K 2.0 8B=releasedOn:2026-11-24'],
  },
  // a size not in the counted list keeps its own day
  {
    cat: 'release.counted-sizes',
    text: '가람소프트는 지난 24일 바다-K 2.0 32B를 공개했다고 26일 밝혔다.\n\n바다-K 2.0 8B 모델은 허깅페이스에 가중치를 공개했다.',
    publishedAt: '2026-11-26',
    props: ['바다-K 2.0 32B=releasedOn:2026-11-24', '바다-K 2.0 8B=releasedOn:2026-11-26'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
