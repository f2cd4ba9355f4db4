/**
 * A company's event page lists its talks as a timetable ("시간 | 세션 | 연사"), laid out one block per cell, each speaker
 * cell a name and a post in either order ("NAME 대표", "파운데이션팀 리드 NAME", "Latin (Hangul), 평가팀 Lead"). A speaker
 * whose cell names no company works for the company the page speaks for; one whose cell names a company (a guest: "NAME
 * X 리드 엔지니어") works there.
 */
import type { Sentence } from '../parse/types.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { findMentions } from './engine/mentions.js';
import { personIn } from './roster-rows.js';
import type { Mention, RuleSet } from './types.js';

/** The speaker column's title. */
const SPEAKER_COLUMN = /^(?:연사|발표자|강연자|발제자|Speakers?)$/i;
/** Another column's title beside it ("시간", "세션", "주제"): a short word, no digit. */
const COLUMN_TITLE = /^[가-힣A-Za-z]{1,6}(?:\s[가-힣A-Za-z]{1,6})?$/;
/** A row's first cell: the talk's time ("19:00", "10:30~11:00"). */
const TIME_CELL = /^\d{1,2}:\d{2}(?:\s?[~–-]\s?\d{1,2}:\d{2})?$/;
const MAX_CELL = 60;
/** A name's Latin spelling in brackets right after it ("(Michael Jung)"). */
const LATIN_GLOSS = /^\s?\([A-Z][A-Za-z.'\- ]{1,30}\)/;
/** A post's English abbreviation in brackets glued to the post ("최고기술책임자(CTO)"). */
const POST_ABBREVIATION = /(?<=[가-힣])\((?:C[A-Z]{1,3}O|VP|SVP|EVP)\)/g;

/** The post a speaker cell gives beside the name (and a company), its gloss and commas taken off. */
function postOf(cell: string, person: Mention, company: Mention | undefined): string {
  const cut = (t: string, m: Mention | undefined) => (m ? t.slice(0, m.start) + ' '.repeat(m.end - m.start) + t.slice(m.end) : t);
  return cut(cut(cell, person), company).replace(/^\s*\([^()]{1,20}\)/, '').replace(/\s?\([^()]{1,20}\)(?=\s*,|\s*$)/, '').replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
}

/** Adds WORKS_FOR for each speaker of the article's timetables: the page's company, or the one the cell names. */
export function addSpeakerColumns(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], host: Mention | undefined): void {
  if (host?.type !== 'Company') return;
  for (let i = 0; i < sentences.length; i++) {
    if (!SPEAKER_COLUMN.test(sentences[i]!.text.trim())) continue;
    let start = i;
    while (start > 0 && i - start < 4 && sentences[start - 1]!.block === sentences[i]!.block && COLUMN_TITLE.test(sentences[start - 1]!.text.trim()) && !SPEAKER_COLUMN.test(sentences[start - 1]!.text.trim())) start--;
    const at = i - start;
    const width = at + 1;
    // (a timetable: the row under the header opens on a time)
    if (width < 2 || !TIME_CELL.test(sentences[i + 1]?.text.trim() ?? '')) continue;
    for (let r = i + 1; r + width <= sentences.length; r += width) {
      const row = sentences.slice(r, r + width);
      if (!TIME_CELL.test(row[0]!.text.trim()) || row.some((c) => c.block !== 'body' || c.text.length > MAX_CELL)) break;
      const cell = row[at]!;
      const ms = findMentions(cell.text, rules);
      // ("파운데이션팀 리드 NAME": a name closing the cell after its post)
      const last = /(?<=\s)([가-힣]{3,4})$/.exec(cell.text.trim());
      const closing = last && !ms.some((m) => m.type === 'Person') ? personIn(last[1]!, cell, rules) : undefined;
      if (closing) ms.push({ ...closing, start: last!.index, end: last!.index + last![1]!.length });
      const people = ms.filter((m) => m.type === 'Person');
      const companies = ms.filter((m) => m.type === 'Company' && m.via !== 'blocked');
      if (people.length !== 1 || companies.length > 1) continue;
      const company = companies[0];
      // (an affiliation in brackets the reader does not know as a company, "NAME 정책관 (X부)": someone else's, no host's)
      // (not the name's own Latin spelling glued to it, "마이클 정(Michael Jung)", nor a post's abbreviation glued to the post, "최고기술책임자(CTO)")
      if (!company && /[(（]/.test(cell.text.slice(0, people[0]!.start) + cell.text.slice(people[0]!.end).replace(LATIN_GLOSS, '').replace(POST_ABBREVIATION, ''))) continue;
      const post = postOf(cell.text, people[0]!, company);
      if (!post || post.length > 24) continue;
      const ev = evidenceOf(articleId, cell, 'works-for.speaker-column', 0.7);
      const person = { ...people[0]!, start: cell.start + people[0]!.start, end: cell.start + people[0]!.end };
      addEntity(acc, person, rules, ev);
      if (company && !acc.entities.has(company.key)) addEntity(acc, company, rules, ev);
      addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: (company ?? host).key, properties: { title: post } }, ev);
    }
  }
}
