/**
 * Generalisation rows for forms left over from held-out sets 113 and 116: a score read where the text says it
 * evaluated "it" on a benchmark "where it reaches N", "회사의 TITLE인 NAME" opening a sentence about the company
 * just named, "X is an upgrade of Y … and was distilled from Z", a size inside "The N-parameter model", a model
 * "made available on Hugging Face", a model the sentence opens on that "will be opened",
 * and sentence-opening English forms after the omitted speaker of a quoted passage. Every row is a short article written for these tests; none comes from a test page.
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
  // "The model is an upgrade of Y, which …, and was distilled from Z": the coordinated verb is the subject's, not Y's
  {
    cat: 'based-on.en-upgrade-and-derived',
    text: 'Sorim Labs released Sorim-3 Pro on Monday. The model is an upgrade of Sorim-2 Pro, which the lab opened in May, and was pruned and distilled from the larger Sorim-70B model.',
    expect: ['BASED_ON Sorim-3 Pro -> Sorim-70B'],
    absent: ['BASED_ON Sorim-2 Pro -> Sorim-70B'],
  },
  {
    cat: 'based-on.en-upgrade-and-derived',
    text: 'Sorim Labs released Sorim-3 Pro on Monday. Sorim-3 Pro is a successor to Sorim-2 Pro and was fine-tuned from Qwen3-14B.',
    expect: ['BASED_ON Sorim-3 Pro -> Qwen3-14B'],
    absent: ['BASED_ON Sorim-2 Pro -> Qwen3-14B'],
  },
  // a relative clause with its own passive keeps the fact for the model it follows
  {
    cat: 'based-on.en-upgrade-and-derived',
    text: 'Sorim Labs released Sorim-3 Pro on Monday. The model is an upgrade of Sorim-2 Pro, which was distilled from Sorim-70B.',
    expect: ['BASED_ON Sorim-2 Pro -> Sorim-70B'],
    absent: ['BASED_ON Sorim-3 Pro -> Sorim-70B'],
  },
  // "The 14-billion-parameter model is …": the count in the reference is the focus model's size (a count in a name is that name's)
  {
    cat: 'property.parameters-in-reference',
    text: 'Sorim Labs released Sorim-3 Pro on Monday. The 14-billion-parameter model is fast enough for a single GPU.',
    props: ['Sorim-3 Pro=parameters:14000000000'],
  },
  {
    cat: 'property.parameters-in-reference',
    text: 'Sorim Labs released Sorim-3 Pro on Monday. The lab built the model on Qwen3-14B.',
    props: ['Sorim-3 Pro=parameters:undefined'],
  },
  // "made X available on Hugging Face": the weights are out, an open release
  {
    cat: 'property.en-released-open',
    text: 'Kakao on Monday made Kanana 3 available on Hugging Face under a license that permits commercial use.',
    props: ['Kanana 3=openSource:true'],
  },
  {
    cat: 'property.en-released-open',
    text: 'Kakao made Kanana 3 freely available via GitHub.',
    props: ['Kanana 3=openSource:true'],
  },
  // made available through a paid API, or made the default of an app, is no open release
  {
    cat: 'property.en-released-open',
    text: 'Kakao made Kanana 3 available through its paid API on Monday.',
    props: ['Kanana 3=openSource:undefined'],
  },
  {
    cat: 'property.en-released-open',
    text: 'Kakao made Kanana 3 the default model of its chat app and posted a demo on Hugging Face.',
    props: ['Kanana 3=openSource:undefined'],
  },
  // "A smaller sibling, X, …, was distilled from Y and will be opened at the same time": the subject is (to be) opened
  {
    cat: 'property.en-subject-opened',
    text: 'Kakao released Kanana 3. A smaller sibling, Kanana 3 Mini, with 2 billion parameters, was distilled from Kanana 3 and will be opened at the same time, the company said.',
    props: ['Kanana 3 Mini=openSource:true'],
  },
  {
    cat: 'property.en-subject-opened',
    text: 'Kakao released Kanana 3. Kanana 3 Mini will also be open-sourced next month.',
    props: ['Kanana 3 Mini=openSource:true'],
  },
  // another clause's model, a negation, or a relative clause's "opened" leave the subject as it is
  {
    cat: 'property.en-subject-opened',
    text: 'Kakao released Kanana 3. Kanana 3 Mini stays closed, but Kanana 3 Nano will be opened.',
    props: ['Kanana 3 Mini=openSource:undefined'],
  },
  {
    cat: 'property.en-subject-opened',
    text: 'Kakao released Kanana 3. Kanana 3 Mini runs in a data centre that was opened in May.',
    props: ['Kanana 3 Mini=openSource:undefined'],
  },
  // a company's quoted blog passage "On B, …, X scores N, versus M for the original Y": the omitted speaker put before
  // the sentence does not keep the rival's score from being read
  {
    cat: 'scored.en-on-bench-against-for',
    text: '소림랩스가 소림(Sorim)-3B를 공개했다.\n\n"On KoBEST, a reading suite, Sorim-3B scores 64.0, versus 58.5 for the original Qwen3-4B. We have also evaluated it on KMMLU, where it reaches 51.0."',
    expect: ['SCORED Qwen3-4B -> KoBEST', 'SCORED Sorim-3B -> KMMLU'],
  },
  {
    cat: 'scored.en-on-bench-against-for',
    text: '소림랩스가 소림(Sorim)-3B를 공개했다.\n\n"On KoBEST, a reading suite, Sorim-3B scores 64.0, well ahead of the original Qwen3-4B."',
    absent: ['SCORED Qwen3-4B -> KoBEST'],
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
