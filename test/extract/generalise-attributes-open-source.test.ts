/**
 * Generalisation rows of generalise-attributes: the 'open-source' rows.
 * The others are in the other generalise-attributes-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // a table whose open column is titled by the property ("오픈소스", "오픈소스 여부") and marked O/X
    cat: 'open-source.table-mark-column',
    text: "하늬소프트는 거대언어모델 '하늬 2'를 공개했다.\n| 모델 | 파라미터 | 공개일 | 오픈소스 |\n|---|---|---|---|\n| 하늬 2 | 32B | 2026.10.12 | O |\n| 하늬 2 미니 | 2.4B | 2026.10.12 | X |",
    props: ['하늬 2=openSource:true', '하늬 2=parameters:32000000000', '하늬 2=releasedOn:2026-10-12', '하늬 2 미니=openSource:undefined', '하늬 2 미니=parameters:2400000000'],
  },
  {
    cat: 'open-source.variant-words-subject',
    text: "다온AI는 '다온 3'와 '다온 3 미니', '다온 3 나노'를 공개했다. 미니와 나노 모델은 오픈소스로 공개됐다.",
    props: ['다온 3 미니=openSource:true', '다온 3 나노=openSource:true', '다온 3=openSource:undefined'],
  },
  {
    // a release planned still calls the model open (as the annotators read it) but gives it no day
    cat: 'open-source.planned-no-day',
    text: "구름AI는 거대언어모델 '구름 3'를 오픈소스로 연내 공개하기로 했다.",
    props: ['구름 3=openSource:true', '구름 3=releasedOn:undefined'],
  },
  {
    // open-source words that describe the base or no model at all do not call the released model open
    cat: 'open-source.trap-open-base-apposition',
    text: "구름AI는 메타의 오픈소스 LLM 라마를 미세조정한 거대언어모델 '구름 3'를 공개했다.",
    props: ['구름 3=openSource:undefined', '라마=openSource:true'],
  },
  {
    cat: 'open-source.trap-open-source-based',
    text: "구름AI는 오픈소스 기반의 거대언어모델 '구름 3'를 공개했다.",
    props: ['구름 3=openSource:undefined'],
  },
  {
    cat: 'open-source.trap-ecosystem',
    text: "구름AI는 오픈소스 생태계 확대를 위해 거대언어모델 '구름 3'를 공개했다.",
    props: ['구름 3=openSource:undefined'],
  },
  {
    cat: 'open-source.own-cue-kept',
    text: "구름AI는 메타의 라마를 미세조정한 거대언어모델 '구름 3'를 오픈소스로 공개했다.",
    props: ['구름 3=openSource:true'],
  },
  {
    // a verb that releases something about the model (its results, its report) releases neither its weights nor it
    cat: 'open-source.trap-artifact-released',
    text: "구름AI는 거대언어모델 '구름 3'를 공개했다. 구름AI는 '구름 3'의 벤치마크 결과를 허깅페이스에 공개했다.",
    props: ['구름 3=openSource:undefined'],
  },
  {
    // weights anyone may download: the model whose weights they are, or the model downloaded
    cat: 'open-source.weights-possessed',
    text: "구름AI는 거대언어모델 '구름 3'를 공개했다. 구름 3의 가중치는 허깅페이스에서 누구나 내려받을 수 있다.",
    props: ['구름 3=openSource:true'],
  },
  {
    cat: 'open-source.model-downloaded',
    text: "구름AI는 거대언어모델 '구름 3'를 공개했다. 개발자는 허깅페이스에서 구름 3를 무료로 내려받을 수 있다.",
    props: ['구름 3=openSource:true'],
  },
  {
    cat: 'open-source.trap-not-downloadable',
    text: "구름AI는 거대언어모델 '구름 3'를 공개했다. 구름 3의 가중치는 외부에서 내려받을 수 없다.",
    props: ['구름 3=openSource:undefined'],
  },
  // the SPDX licence id ("Apache-2.0") is an open licence as "Apache 2.0" is
  { cat: 'open-source.spdx-licence-id', text: "미르웍스의 '미르-S 2B'는 처음부터 학습한 모델이고 Apache-2.0으로 공개되어 있다.", props: ['미르-S 2B=openSource:true'] },
];

describe('scored attributes in invented wording', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 50)}`, () => checkFactRow(row));
});
