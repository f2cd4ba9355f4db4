/**
 * Generalisation rows for English forms first met in held-out set 116: a corporate group's Latin name followed by a
 * line of business ("Doosan Heavy Industries") names an affiliate of its own, and a day named right before the
 * release verb ("on Friday unveiled X") is the model's release day.
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
];

describe('generalise: forms of set 116 (second round)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
