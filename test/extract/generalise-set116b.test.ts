/**
 * Generalisation rows for English forms first met in held-out set 116: a corporate group's Latin name followed by a
 * line of business ("Doosan Heavy Industries") names an affiliate of its own; a day named right before the release
 * verb ("on Friday unveiled X") is the model's release day; a head's title after a clause naming the company
 * ("Asked about X, CEO NAME"); weights to be released under an open licence; "open-source X"; a programme "which" an
 * official "oversees"; a report's claim called "not true"; "X succeeds that model".
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a group's name and a line of business after it: the affiliate, not the group
  {
    cat: 'company.group-affiliate',
    text: 'Brightwave Labs said on Monday it had signed an agreement with Hanwha Life Insurance to co-develop a claims model.',
    expect: ['PARTNERS_WITH Brightwave Labs -> Hanwha Life Insurance'],
    absent: ['PARTNERS_WITH Brightwave Labs -> Hanwha'],
    props: ['Hanwha Life Insurance=country:KR'],
  },
  {
    cat: 'company.group-affiliate',
    text: 'Brightwave Labs has partnered with Doosan Heavy Industries to build a maintenance assistant.',
    expect: ['PARTNERS_WITH Brightwave Labs -> Doosan Heavy Industries'],
    noNodes: ['Company:Doosan'],
  },
  // the group's name alone, or before a word that is no line of business, stays the group
  {
    cat: 'company.group-affiliate',
    text: 'Brightwave Labs has partnered with Hanwha to build a maintenance assistant.',
    expect: ['PARTNERS_WITH Brightwave Labs -> Hanwha'],
  },
  {
    cat: 'company.group-affiliate',
    text: 'Brightwave Labs has partnered with Doosan Robotics researchers to build a maintenance assistant.',
    noNodes: ['Company:Doosan Robotics researchers'],
  },
  // a day right before the release verb dates the model after it
  {
    cat: 'property.en-day-before-verb',
    publishedAt: '2026-03-12',
    text: 'Brightwave Labs on Tuesday released Aster 3, a 20-billion-parameter language model.',
    expect: ['DEVELOPED Brightwave Labs -> Aster 3'],
    props: ['Aster 3=releasedOn:2026-03-10'],
  },
  {
    cat: 'property.en-day-before-verb',
    publishedAt: '2026-03-12',
    text: 'Brightwave Labs today unveiled Aster 3, a 20-billion-parameter language model.',
    props: ['Aster 3=releasedOn:2026-03-12'],
  },
  // a day before another verb, or a release still to come, gives no day
  {
    cat: 'property.en-day-before-verb',
    publishedAt: '2026-03-12',
    text: 'Brightwave Labs on Tuesday said it would release Aster 3, a 20-billion-parameter language model, next year.',
    props: ['Aster 3=releasedOn:undefined'],
  },
  // a company's head by title after a clause that names the company ("Asked about X, CEO NAME …")
  {
    cat: 'works-for.en-clause-company-title-name',
    text: 'Asked whether Brightwave Labs will list its shares, CEO Park Min-jun declined to comment.',
    expect: ['WORKS_FOR Park Min-jun -> Brightwave Labs'],
    edgeProps: ['WORKS_FOR Park Min-jun -> Brightwave Labs title=CEO'],
  },
  {
    cat: 'works-for.en-clause-company-title-name',
    text: 'Asked about Kakao, CEO Park Min-jun of Brightwave Labs said the two were not rivals.',
    absent: ['WORKS_FOR Park Min-jun -> Kakao'],
  },
  // the weights of the model in focus (or of a named one) to be put out under an open licence
  {
    cat: 'property.en-weights-open',
    text: 'Brightwave Labs released Aster 3 on Monday. The weights of the new model will be released under an open license.',
    props: ['Aster 3=openSource:true'],
  },
  {
    cat: 'property.en-weights-open',
    text: 'Brightwave Labs released Aster 3 on Monday. The weights of the new model will not be released under an open license.',
    props: ['Aster 3=openSource:undefined'],
  },
  // "open-source X" right before a model's name
  {
    cat: 'property.open-source-apposition',
    text: "Brightwave Labs said its assistant runs on Meta's open-source Llama 2.",
    props: ['Llama 2=openSource:true'],
  },
  // a programme, then "which" and the official who oversees it
  {
    cat: 'promotes.en-which-official-oversees',
    text: 'Brightwave Labs applied to the Green Data Commons project, which Environment Minister Han Seo-yeon oversees.',
    expect: ['PROMOTES Han Seo-yeon -> Green Data Commons project'],
  },
  {
    cat: 'promotes.en-which-official-oversees',
    text: 'Brightwave Labs applied to the Green Data Commons project, which Environment Minister Han Seo-yeon does not oversee.',
    absent: ['PROMOTES Han Seo-yeon -> Green Data Commons project'],
  },
  // "on Monday made X available": the day of a release that makes the model available
  {
    cat: 'property.en-day-before-verb',
    publishedAt: '2026-03-12',
    text: 'Brightwave Labs built the language model Aster 3. Brightwave Labs on Monday made Aster 3 available to developers.',
    props: ['Aster 3=releasedOn:2026-03-09'],
  },
  // a report's "that" clause the sentence goes on to call untrue states no base
  {
    cat: 'based-on.claim-called-untrue',
    text: 'Brightwave Labs released Aster 3 on Monday. A report last month that Aster 3 was built on Qwen3 was "not true," a Brightwave Labs official said.',
    absent: ['BASED_ON Aster 3 -> Qwen3'],
  },
  {
    cat: 'based-on.claim-called-untrue',
    text: 'Brightwave Labs released Aster 3 on Monday. A report last month said that Aster 3 was built on Qwen3, and the company confirmed it.',
    expect: ['BASED_ON Aster 3 -> Qwen3'],
  },
  // "that model" after a verb of succession: the model the previous sentence named last; "and was …" is the subject's
  {
    cat: 'reference.en-that-model',
    text: 'LG AI Research released EXAONE 4.0 on Monday. It scored 71.2 on KMMLU, against 65.0 for its predecessor, EXAONE 3.5. EXAONE 4.0 succeeds that model, LG said, and was trained entirely from scratch.',
    expect: ['SUCCEEDS EXAONE 4.0 -> EXAONE 3.5'],
    props: ['EXAONE 4.0=fromScratch:true'],
  },
  {
    cat: 'reference.en-that-model',
    text: 'LG AI Research released EXAONE 4.0 on Monday. It scored 71.2 on KMMLU, against 65.0 for EXAONE 3.5. Analysts praised that model too.',
    absent: ['SUCCEEDS EXAONE 4.0 -> EXAONE 3.5'],
  },
];

describe('generalise: forms of set 116 (second round)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
