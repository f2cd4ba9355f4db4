/**
 * Generalisation rows for forms left over from held-out sets 113 and 116: a score read where the text says it
 * evaluated "it" on a benchmark "where it reaches N", and "회사의 TITLE인 NAME" opening a sentence about the company
 * just named. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "We also evaluated it on B, where it reaches N": the article's model scored N on B
  {
    cat: 'scored.en-focus-evaluated-on-where',
    text: 'Sorim Labs released Sorim-3B. We also evaluated it on KoBEST, where it reaches 70.4.',
    expect: ['SCORED Sorim-3B -> KoBEST'],
    edgeProps: ['SCORED Sorim-3B -> KoBEST score=70.4'],
  },
  {
    cat: 'scored.en-focus-evaluated-on-where',
    text: 'Sorim Labs released Sorim-3B. The team tested the model on the HAE-RAE benchmark, on which it scored 51.2 points.',
    expect: ['SCORED Sorim-3B -> HAE-RAE'],
  },
  // not evaluated, or another model's score in the where-clause
  {
    cat: 'scored.en-focus-evaluated-on-where',
    text: 'Sorim Labs released Sorim-3B. We have not evaluated it on KoBEST, where it might reach 70.4.',
    absent: ['SCORED Sorim-3B -> KoBEST'],
  },
  {
    cat: 'scored.en-focus-evaluated-on-where',
    text: 'Sorim Labs released Sorim-3B. We evaluated it on KoBEST, where the rival Kanana 2 reaches 70.4.',
    absent: ['SCORED Sorim-3B -> KoBEST'],
  },
  // "회사의 최고기술책임자(CTO)인 NAME": a sentence opening on the company just named
  {
    cat: 'company-ref.company-possessive-title',
    text: '소림랩스가 새 모델 소림-3B를 공개했다. 회사의 최고기술책임자(CTO)인 문가온은 블로그에 개발 과정을 적었다.',
    expect: ['WORKS_FOR 문가온 -> 소림랩스'],
  },
  // "회사의" inside a sentence (another firm's officer) is no reference to the company named before
  {
    cat: 'company-ref.company-possessive-title',
    text: '소림랩스가 새 모델 소림-3B를 공개했다. 고객사인 한 보험 회사의 최고기술책임자(CTO)인 문가온은 도입을 검토하고 있다.',
    absent: ['WORKS_FOR 문가온 -> 소림랩스'],
  },
];

describe('generalisation rows for sets 113 and 116 (second round)', () => {
  it.each(rows.map((r) => [r.cat, r.text.slice(0, 60), r] as const))('%s: %s', (_cat, _t, row) => {
    checkFactRow(row);
  });
});
