/**
 * Session r51d: quiz choices and menu items that are versioned model names (no scores), the topic model a sentence derives
 * from a base as the focus of the next sentences, written with invented wording and names.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // lines that are versioned names the prose uses as names ("가람 2.5를 썼다는"): choices, not a score list
  {
    cat: 'score-lines.versioned-names',
    text: "문제 2. 다온AI의 '다온-S 2'는 KMMLU에서 몇 점을 받았을까요? 해설: 55.2점이다.\n\n문제 3. '다온-S 2'는 어느 모델을 바탕으로 만들었을까요?\n\n젬마 2.0\n\n클로드 3.5\n\n그록 1.5\n\n해설: 다온AI는 젬마 2.0을 바탕으로 다온-S 2를 만들었다. 클로드 3.5나 그록 1.5를 썼다는 소문은 틀렸다.",
    expect: ['BASED_ON 다온-S 2 -> 젬마 2.0'],
    absent: ['SCORED 젬마 -> KMMLU', 'SCORED 클로드 -> KMMLU', 'SCORED 그록 -> KMMLU', 'SCORED 젬마 2.0 -> KMMLU'],
  },
  // a score list whose lines carry scores stays one
  {
    cat: 'score-lines.versioned-names',
    text: "KMMLU 결과\n\n누리-7B 61.5\n\n가람-9B 58.0\n\n한빛-3B 52.4\n\n누리-7B 61.5, 가람-9B 58.0 순이었다.",
    expect: ['SCORED 누리-7B -> KMMLU', 'SCORED 가람-9B -> KMMLU', 'SCORED 한빛-3B -> KMMLU'],
  },
  // "Y(Y')는 Z를 바탕으로 … 학습했다": the topic the next subject-less sentence's successor is about, not a model named before
  {
    cat: 'focus.derived-topic',
    text: "별빛소프트가 지난달 공개한 별빛-M 3는 KMMLU에서 60.1점을 받았다. 별빛-M 2의 업그레이드 버전이다.\n\n정답 ③ 한결텍의 한결-R 2(Hangyeol-R 2)는 누리랩의 누리-9B를 기반으로 법률 데이터를 더 학습시켰다. 1세대 한결-R의 후속 모델이다.",
    expect: ['SUCCEEDS 한결-R 2 -> 한결-R', 'SUCCEEDS 별빛-M 3 -> 별빛-M 2', 'BASED_ON 한결-R 2 -> 누리-9B'],
    absent: ['SUCCEEDS 별빛-M 3 -> 한결-R'],
  },
  {
    cat: 'focus.derived-topic',
    text: "솔빛AI가 공개한 솔빛-7B는 자체 평가에서 좋은 결과를 냈다. 솔빛-6B를 잇는다.\n\n② 마루텍의 '마루-L 3'는 솔빛AI의 솔빛-7B를 미세조정해 의료 기록을 더 익혔다. 마루-L 2의 업그레이드 버전이다.",
    expect: ['SUCCEEDS 마루-L 3 -> 마루-L 2', 'BASED_ON 마루-L 3 -> 솔빛-7B'],
    absent: ['SUCCEEDS 솔빛-7B -> 마루-L 2'],
  },
];

describe('r51d: versioned names in lists, a derived topic as the focus', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
