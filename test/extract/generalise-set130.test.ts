/**
 * Generalisation rows for the forms first met in held-out set 130: a quoted pre-release edition of a sized model
 * ("'X 3 70B 프리뷰'") is a model of its own, not a review document; a known family's word opening a two-word Latin name with a
 * version ("Solar Bank 2.0") is a new model of that family; a capitalised word hyphened onto a known benchmark ("KMMLU-Law")
 * names a subset benchmark.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "'Y 3 70B 프리뷰'": a sized name ending in 프리뷰 (preview) names a model; its score and size are its own
  {
    cat: 'model.quoted-preview-edition',
    text: "한빛랩스는 지난 8월 '누리 3 70B'를 공개했다. 이 회사가 먼저 내놓은 프리뷰 버전 '누리 3 70B 프리뷰'는 KMMLU에서 61.2점을 기록했다.",
    expect: ['DEVELOPED 한빛랩스 -> 누리 3 70B 프리뷰', 'SCORED 누리 3 70B 프리뷰 -> KMMLU'],
    nodes: ['Model:누리 3 70B 프리뷰'],
    props: ['누리 3 70B 프리뷰=parameters:70000000000'],
  },
  // a review a company publishes stays a document
  {
    cat: 'model.quoted-preview-edition',
    text: "한빛랩스는 지난 8월 '누리 3 70B'를 공개했다. 이 회사는 함께 '누리 3 70B 기술 리뷰'를 펴냈다.",
    noNodes: ['Model:누리 3 70B 기술 리뷰'],
  },
  // "Solar Bank 2.0": a known family's bare word, a second capitalised word and a version name a new model of that family
  {
    cat: 'model.en-family-word-version',
    text: "Daon Labs unveiled Solar Bank 2.0 on Friday. The model was built on Upstage's Solar Pro 2. Solar Bank 2.0 scored 60.1 on KMMLU.",
    expect: ['DEVELOPED Daon Labs -> Solar Bank 2.0', 'BASED_ON Solar Bank 2.0 -> Solar Pro 2', 'SCORED Solar Bank 2.0 -> KMMLU'],
    nodes: ['Model:Solar Bank 2.0'],
  },
  // the family's own variant stays the listed model, and the bare family word with no version is no new name
  {
    cat: 'model.en-family-word-version',
    text: 'Upstage said Solar Pro 2 scored 70.1 on KMMLU, and that Solar Bank is a brand for its banking clients.',
    expect: ['SCORED Solar Pro 2 -> KMMLU'],
    noNodes: ['Model:Solar Bank'],
  },
  // "KMMLU-Law": a capitalised word hyphened onto a known benchmark is a subset benchmark of its own
  {
    cat: 'benchmark.hyphened-subset',
    text: 'Daon Labs said Nimbus Bank 2.0 scored 66.1 on KMMLU and 70.2 on KMMLU-Law, a subset it compiled.',
    expect: ['SCORED Nimbus Bank 2.0 -> KMMLU', 'SCORED Nimbus Bank 2.0 -> KMMLU-Law'],
    noNodes: ['Company:Law'],
  },
  // a spaced word after the benchmark is no part of its name
  {
    cat: 'benchmark.hyphened-subset',
    text: 'Daon Labs said Nimbus Bank 2.0 scored 66.1 on KMMLU Law questions.',
    noNodes: ['Benchmark:KMMLU Law'],
  },
];

describe('generalise: forms of held-out set 130', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
