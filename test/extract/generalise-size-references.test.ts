/**
 * Generalisation rows for sizes named in passing: "3B 모델은 14B 모델을 교사로 삼아 …" in a sentence naming no sized model
 * stands for the article's "<stem> 3B" and "<stem> 14B"; a teacher word glossed in English ("교사(teacher)로") still
 * reads as distillation's teacher; sizes released together, each with its count ("A와 20억 개 규모의 경량 모델 'B'를"),
 * share the release day. Every row is a short article written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'size-reference.teacher',
    text: "한솔AI는 '한솔-M 4 20B'와 '한솔-M 4 2B'를 함께 공개했다. 한솔-M 4 20B는 자체 개발 모델이다. 2B 모델은 20B 모델을 교사(teacher)로 삼아 지식 증류로 만들었다.",
    expect: ['BASED_ON 한솔-M 4 2B -> 한솔-M 4 20B'],
  },
  {
    cat: 'size-reference.teacher',
    text: "별하랩은 '별하 2 30B'와 '별하 2 4B'를 내놨다. 별하 2 4B는 별하 2 30B를 티처 모델로 삼아 증류했다.",
    expect: ['BASED_ON 별하 2 4B -> 별하 2 30B'],
  },
  // a size the article names for no model stays a plain word
  {
    cat: 'size-reference.no-such-size',
    text: "한솔AI는 '한솔-M 4 20B'를 공개했다. 7B 모델은 20B 모델을 교사로 삼아 증류할 계획이다.",
    absent: ['BASED_ON 한솔-M 4 7B -> 한솔-M 4 20B'],
    noNodes: ['Model:한솔-M 4 7B'],
  },
  // two lines with the same size: the size names no one model
  {
    cat: 'size-reference.ambiguous',
    text: "한솔AI는 '한솔-M 4 8B'를, 가온랩은 '가온 2 8B'와 '가온 2 1B'를 공개했다. 1B 모델은 8B 모델을 교사로 삼아 증류했다.",
    absent: ['BASED_ON 가온 2 1B -> 가온 2 8B', 'BASED_ON 가온 2 1B -> 한솔-M 4 8B'],
  },
  // the size named in passing leaves the focus: "이번 모델" after it is still the flagship the article follows
  {
    cat: 'size-reference.focus-kept',
    text: "한솔AI는 '한솔-M 4 20B'와 '한솔-M 4 2B'를 공개했다. 한솔-M 4 20B는 메타의 '라마 3.1 8B'를 바탕으로 만들었다. 2B 모델은 20B 모델을 교사로 삼아 증류했다. 이번 모델은 지난해 나온 '한솔-M 3'의 후속작이다.",
    expect: ['BASED_ON 한솔-M 4 2B -> 한솔-M 4 20B', 'SUCCEEDS 한솔-M 4 20B -> 한솔-M 3'],
    absent: ['SUCCEEDS 한솔-M 4 2B -> 한솔-M 3'],
  },
  // (set 159) a list of sizes' scores: a size two lines have is the one of the line the list's other sizes name
  {
    cat: 'size-reference.scored-list',
    text: "다솜랩은 '다솜 2 13B'와 '다솜 2 3B'를 내놨다. 다솜 1은 한빛소프트의 '한빛 3B'를 바탕으로 만들었다. KMMLU에서 13B 모델이 57.9점, 3B 모델이 44.3점을 받았다.",
    expect: ['SCORED 다솜 2 13B -> KMMLU', 'SCORED 다솜 2 3B -> KMMLU'],
    absent: ['SCORED 한빛 3B -> KMMLU'],
    edgeProps: ['SCORED 다솜 2 3B -> KMMLU score=44.3'],
  },
  // (set 159) sizes alone of a gazetteer line named in three sizes, beside the older line's one sized model
  {
    cat: 'size-reference.gazetteer-lineup',
    text: "LG AI연구원은 '엑사원 4.0 32B'의 뒤를 이어 '엑사원 5.5 180B', '엑사원 5.5 32B', '엑사원 5.5 1.5B'를 공개했다. 사내 평가 'K-로직'에서는 180B가 57.9점, 1.5B가 35.2점을 기록했다. 1.5B는 180B 모델을 교사 모델로 삼아 증류했다.",
    expect: ['SCORED 엑사원 5.5 180B -> K-로직', 'SCORED 엑사원 5.5 1.5B -> K-로직', 'BASED_ON 엑사원 5.5 1.5B -> 엑사원 5.5 180B'],
    edgeProps: ['SCORED 엑사원 5.5 1.5B -> K-로직 score=35.2'],
  },
  // (set 159) "32B 모델은 기존 'X 4.0 32B'의 후속": the gazetteer's other 32B the article names, not the model in focus
  {
    cat: 'size-reference.other-of-size',
    text: "LG AI연구원은 '엑사원 5.0 32B'와 '엑사원 5.0 2.4B'를 공개했다. 2.4B는 휴대폰용이다. 32B 모델은 기존 '엑사원 4.0 32B'의 후속이다.",
    expect: ['SUCCEEDS 엑사원 5.0 32B -> 엑사원 4.0 32B'],
    absent: ['SUCCEEDS 엑사원 5.0 2.4B -> 엑사원 4.0 32B'],
  },
  // two sizes released together, the second with a count and a description of its own: both take the day
  {
    cat: 'size-release.co-objects-described',
    text: "한솔AI는 지난 2일 한솔-M 4를 200억 개 매개변수의 '한솔-M 4 20B'와 20억 개 규모의 경량 모델 '한솔-M 4 2B' 두 가지로 공개했다고 4일 밝혔다.",
    publishedAt: '2026-03-04',
    props: ['한솔-M 4 20B=releasedOn:2026-03-02', '한솔-M 4 2B=releasedOn:2026-03-02'],
  },
];

describe('generalise: size references', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
