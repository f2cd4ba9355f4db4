/**
 * Generalisation rows for the readings sets 154 and 83 called for in their forty-ninth-session round: English pages (a forum
 * thread, a wire) whose sentences keep no subject company, where a bare chief's title ('CEO NAME wrote on LinkedIn that …'),
 * a chief's title owned by 'their' ('Interview with their CTO, NAME') and 'they applied to P' are the company the English
 * headline opens on ('X released Y …'). Every sentence here is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a bare chief's title and a verb of writing: the company the story is about
  {
    cat: 'works-for.en-omitted-subject-bare-title',
    text: 'Tidewell Labs released Tallow-3 on Monday. CEO Oh Ye-rin wrote on LinkedIn that the team will keep shipping.',
    expect: ['WORKS_FOR Oh Ye-rin -> Tidewell Labs'],
  },
  {
    cat: 'works-for.en-omitted-subject-bare-title',
    text: 'Tidewell Labs released Tallow-3 on Monday. Former CEO Oh Ye-rin wrote on LinkedIn that he misses the team.',
    absent: ['WORKS_FOR Oh Ye-rin -> Tidewell Labs'],
  },
  // 'they applied' hedged, or another company's title: nothing
  {
    cat: 'participates.en-omitted-subject-they-applied',
    text: "Tidewell Labs released Tallow-3 on Monday. CEO Oh Ye-rin wrote that they may have applied to the government's Independent AI Foundation Model Project.",
    absent: ['PARTICIPATES_IN Tidewell Labs -> Independent AI Foundation Model Project'],
  },
  {
    cat: 'works-for.en-omitted-subject-own-title',
    text: 'Tidewell Labs released Tallow-3 on Monday. Brightloom Inc. said its CTO, Baek Si-woo, would review it.',
    absent: ['WORKS_FOR Baek Si-woo -> Tidewell Labs'],
  },
];

describe('generalise: sets 154 and 83', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});

/** A thread page's own headline over its body: the English headline is the page's title, not a body line. */
const threads: { cat: string; title: string; body: string; expect?: string[]; absent?: string[] }[] = [
  // a forum thread: the subject is the company its English headline opens on, after the board's label
  {
    cat: 'works-for.en-headline-subject',
    title: 'r/LocalModels - Tidewell Labs released Tallow-3 (14B, MIT)',
    body: "The weights are up. Lots of people are testing it.\n\nCEO Oh Ye-rin wrote on her blog that they applied to the government's Independent AI Foundation Model Project last year but were not picked.\n\nInterview with their CTO, Baek Si-woo (백시우), from a trade weekly.",
    expect: ['WORKS_FOR Oh Ye-rin -> Tidewell Labs', 'WORKS_FOR Baek Si-woo -> Tidewell Labs', 'PARTICIPATES_IN Tidewell Labs -> Independent AI Foundation Model Project'],
  },
  // a headline that does not open on a company as a verb's subject: no story company for a bare title
  {
    cat: 'works-for.en-headline-subject',
    title: 'r/LocalModels - New 14B model from Tidewell Labs is out',
    body: 'The weights are up. Lots of people are testing it.\n\nInterview with their CTO, Baek Si-woo (백시우), from a trade weekly.',
    absent: ['WORKS_FOR Baek Si-woo -> Tidewell Labs'],
  },
];

describe('generalise: sets 154 and 83, thread headlines', () => {
  for (const row of threads)
    it(`${row.cat}: ${row.title}`, () => {
      const g = extractArticle(parseText(`${row.title}\n\n${row.body}`, { source: 'test.txt', publishedAt: '2026-02-24' }));
      for (const f of row.expect ?? []) expect(hasFact(g, f), f).toBe(true);
      for (const f of row.absent ?? []) expect(hasFact(g, f), `unexpected ${f}`).toBe(false);
    });
});
