/**
 * Generalisation rows for the forms first met in held-out set 129: an English subject's count after a relative clause
 * naming another model, and a deal an English subject "said it had signed" after an appositive,
 * "it logged N" on a benchmark named first, and a
 * model "called Y, with N parameters, was released as open weights" after a contrast, and a base
 * "C의 공개 모델 'Y'를 바탕으로 … 더 학습시켜 만든 모델" after its maker's possessive,
 * and "the mini model" for an article's "X Mini".
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X, which succeeds Y …, has N parameters": the count is the subject's
  {
    cat: 'parameters.en-relative-clause-subject',
    text: 'Gaon Labs, a Korean AI startup, on Monday unveiled Gaon 3. Gaon 3, which succeeds Gaon 2 released last spring, has 26 billion parameters.',
    props: ['Gaon 3=parameters:26000000000'],
  },
  // the count inside the relative clause is the clause's model
  {
    cat: 'parameters.en-relative-clause-subject',
    text: 'Gaon Labs, a Korean AI startup, on Monday unveiled Gaon 3. It succeeds Gaon 2, which has 9 billion parameters.',
    props: ['Gaon 2=parameters:9000000000'],
  },
  // "X, a …, on Tuesday unveiled …, and said it had signed a deal with Tokyo-based Y": X partners Y
  {
    cat: 'partners.en-subject-and-signed',
    text: 'Gaon Labs, a Korean AI startup, on Tuesday unveiled Gaon 3, its largest model yet, and said it had signed a deal with Osaka-based Daon Soft to build a Japanese edition.',
    expect: ['PARTNERS_WITH Gaon Labs -> Daon Soft'],
  },
  // a deal another company signed is no partnership of the subject
  {
    cat: 'partners.en-subject-and-signed',
    text: 'Gaon Labs, a Korean AI startup, on Tuesday unveiled Gaon 3, and said a rival had signed a deal with Osaka-based Daon Soft.',
    absent: ['PARTNERS_WITH Gaon Labs -> Daon Soft'],
  },
  // "On the English-language B, it logged N": the model in focus scored N on B
  {
    cat: 'scored.en-focus-on-bench-it',
    text: 'Gaon Labs unveiled Gaon 3 on Monday. Gaon 3 scored 70.2 on KMMLU. On the English-language HellaSwag, it notched 81.5.',
    expect: ['SCORED Gaon 3 -> HellaSwag'],
    edgeProps: ['SCORED Gaon 3 -> HellaSwag score=81.5'],
  },
  // a count logged that is no score ("it logged 3 million downloads") gives none
  {
    cat: 'scored.en-focus-on-bench-it',
    text: 'Gaon Labs unveiled Gaon 3 on Monday. On Hugging Face, it logged 3 million downloads.',
    absent: ['SCORED Gaon 3 -> Hugging Face'],
  },
  // "Unlike its flagship, a lighter sibling called Y, with N parameters, was released as open weights": Y is open
  {
    cat: 'property.en-released-open-list',
    text: 'Gaon Labs unveiled Gaon 3 on Monday. Unlike the main model, a smaller sibling called Gaon 3 Lite, with 3 billion parameters, was released as open weights on Hugging Face.',
    props: ['Gaon 3 Lite=openSource:true'],
  },
  // the same shape released without open weights is not open
  {
    cat: 'property.en-released-open-list',
    text: 'Gaon Labs unveiled Gaon 3 on Monday. Unlike the main model, a smaller sibling called Gaon 3 Lite, with 3 billion parameters, was released to paying customers only.',
    props: ['Gaon 3 Lite=openSource:undefined'],
  },
  // "C의 공개 모델 'Y'를 바탕으로, … 토큰을 더 학습시켜 만든 모델입니다" after a release: the released model is built on Y
  {
    cat: 'based-on.focus-giban-trained-copula',
    text: "누리메드는 지난 20일 의료 상담 모델 '누리케어 3B'를 공개했습니다. 알리바바의 공개 모델 'Qwen2.5-3B'를 바탕으로, 상담 기록 약 5억 토큰을 더 학습시켜 만든 모델입니다.",
    expect: ['BASED_ON 누리케어 3B -> Qwen2.5-3B'],
  },
  // a model it is only compared with gives no base
  {
    cat: 'based-on.focus-giban-trained-copula',
    text: "누리메드는 지난 20일 의료 상담 모델 '누리케어 3B'를 공개했습니다. 알리바바의 공개 모델 'Qwen2.5-3B'와 비교해, 상담 기록 약 5억 토큰을 더 학습시켜 만든 모델입니다.",
    absent: ['BASED_ON 누리케어 3B -> Qwen2.5-3B'],
  },
  // "the mini model" for the article's "X Mini": the variant, in lower case
  {
    cat: 'variant.en-lower-case-word-model',
    text: 'Gaon Labs unveiled Gaon 3 on Monday. A lighter sibling, Gaon 3 Mini, has 3 billion parameters. Gaon Labs said the mini model was distilled from Gaon 3.',
    expect: ['BASED_ON Gaon 3 Mini -> Gaon 3'],
  },
  // no model of the article ends in the word: nothing is named
  {
    cat: 'variant.en-lower-case-word-model',
    text: 'Gaon Labs unveiled Gaon 3 and Gaon 3 Lite on Monday. Gaon Labs said the mini model was distilled from Gaon 3.',
    absent: ['BASED_ON Gaon 3 Lite -> Gaon 3'],
  },
];

describe('set 129 generalisation', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
