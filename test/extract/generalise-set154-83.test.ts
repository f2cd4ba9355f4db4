/**
 * Generalisation rows for the readings sets 154 and 83 called for in their forty-ninth-session round: English pages (a forum
 * thread, a wire) whose sentences keep no subject company, where a bare chief's title ('CEO NAME wrote on LinkedIn that …'),
 * a chief's title owned by 'their' ('Interview with their CTO, NAME') and 'they applied to P' are the company the English
 * headline opens on ('X released Y …'); a line version released only as a flagship variant and a smaller one ('프로(Pro) …와 미니(Mini) …
 * 두 종') is the flagship where named bare; a notice's '사업책임자: MINISTRY TITLE NAME' field promotes the project its '사업명:' field
 * names. Every sentence here is written for the tests.
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
  // a new line's version released as a flagship variant and a smaller one only: the bare version is the flagship
  {
    cat: 'models.variant-line-flagship',
    text: '가온텔레콤이 자체 LLM 누리 5.0(Nuri 5.0)을 공개했다. 프로(Pro) 320억 파라미터와 미니(Mini) 30억 두 종이다. 누리 5.0은 누리 4.0의 후속작이다. 누리 5.0 프로는 KMMLU 66.1점, 누리 5.0 미니는 KMMLU 50.2점을 받았다.',
    expect: ['SUCCEEDS 누리 5.0 프로 -> 누리 4.0', 'SCORED 누리 5.0 프로 -> KMMLU', 'SCORED 누리 5.0 미니 -> KMMLU'],
    absent: ['SUCCEEDS 누리 5.0 미니 -> 누리 4.0'],
  },
  // each variant named in full with its gloss: the version stays the release, a model of its own beside them
  {
    cat: 'models.variant-line-flagship',
    text: "가온텔레콤이 자체 LLM 누리 5.0을 공개했다. 누리 5.0은 320억 파라미터의 '누리 5.0 프로(Pro)'와 30억 파라미터의 '누리 5.0 미니(Mini)' 두 가지로 나왔다. 누리 5.0은 누리 4.0의 후속작이다.",
    absent: ['SUCCEEDS 누리 5.0 프로 -> 누리 4.0'],
  },
  // two flagship-like variants and no smaller one: the bare version stays a model of its own
  {
    cat: 'models.variant-line-flagship',
    text: '가온텔레콤이 자체 LLM 누리 5.0을 공개했다. 누리 5.0 프로와 누리 5.0 플러스가 함께 나왔다. 누리 5.0은 누리 4.0의 후속작이다.',
    absent: ['SUCCEEDS 누리 5.0 프로 -> 누리 4.0', 'SUCCEEDS 누리 5.0 플러스 -> 누리 4.0'],
  },
  // a notice's head field: ministry and title before the name; the project is the one its 사업명 field names, not the plan behind it
  {
    cat: 'promotes.programme-head-field',
    text: '공고명: 2026년 항만 물류 AI 플랫폼 구축 사업\n\n사업명: 2026년 항만 물류 AI 플랫폼 구축 사업\n\n사업책임자: 해양수산부 항만디지털과장 홍서준\n\n수요기관 담당자: 이다은 주무관 (항만디지털과)',
    expect: ['PROMOTES 홍서준 -> 2026년 항만 물류 AI 플랫폼 구축 사업'],
    absent: ['PROMOTES 이다은 -> 2026년 항만 물류 AI 플랫폼 구축 사업'],
  },
  {
    cat: 'promotes.programme-head-field',
    text: '공고명: 2026년 항만 물류 AI 플랫폼 구축 사업\n\n사업명: 2026년 항만 물류 AI 플랫폼 구축 사업\n\n계약 담당자: 조달청 용역계약과장 홍서준',
    absent: ['PROMOTES 홍서준 -> 2026년 항만 물류 AI 플랫폼 구축 사업'],
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
