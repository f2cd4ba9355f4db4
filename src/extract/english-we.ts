/**
 * A maker's comment in English ("Hi all, NAME here, CTO at X.", "I'm NAME, co-founder and CEO of X."): in the rest of that
 * paragraph "we" is X, so "We're co-developing the pipeline with Y" and "the eval set was co-developed with Y … with us" make
 * X and Y partners, and "We're also a P-backed team" or "we were selected for P" puts X in the programme P.
 */
import type { Block, Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** Before the company: the writer introducing themselves with a role at it ("I'm NAME, co-founder and CEO of ", "NAME here, CTO at "). */
const SELF_INTRODUCED = /(?:\bI['’]m|\bI\sam|\bhere,)\s[^.!?]{0,60}?\b(?:CEO|CTO|COO|CPO|CSO|founder|co-founder|cofounder|head|lead|engineer|researcher|director|chief|VP|president|manager|scientist)\b[^.!?]{0,30}?\s(?:of|at|@)\s$/i;
/** Before the partner: "we" co-developing or working with it ("We're co-developing the call pipeline with "). */
const WE_WITH = /\b[Ww]e(?:['’]re|\sare|\shave\sbeen|['’]ve\sbeen|\swere)?\s(?:also\s|currently\s|now\s|jointly\s)?(?:co-developing|co-developed|co-building|co-built|partnering|partnered|collaborating|collaborated|teaming\sup|teamed\sup)\b[^.;!?]{0,60}?\bwith\s(?:the\s)?$/;
/** Before the partner: a thing of the writer's made with it ("The eval set itself was co-developed with "). */
const MADE_WITH = /\b(?:was|were|is|are|been|being)\s(?:co-developed|co-built|jointly\sdeveloped|jointly\sbuilt|built\sjointly)\swith\s(?:the\s)?$/;
/** Right after the partner, the clause going on: "with us" somewhere in the sentence says the writer's company took part. */
const WITH_US = /\bwith\sus\b/;
/** Before a programme: "We're also a " (then "P-backed"), "we were selected for ". */
const WE_IN_PROGRAMME = /\b[Ww]e(?:['’]re|\sare|\swere|\shave\sbeen|['’]ve\sbeen)\s(?:also\s|now\s|proudly\s)?(?:(?:an?\s)|(?:selected|chosen|accepted)\s(?:for|into|by|in)\s(?:the\s)?)$/;
/** Right after a programme after "We're a ": the word that says the programme backs the team. */
const PROGRAMME_BACKED = /^-(?:backed|funded|selected|supported)\b/;
/** A denial anywhere in the clause ("not a partnership", "never co-developed"). */
const DENIED = /\b(?:not|never|no)\b|n['’]t\b/;

/** The company a sentence's writer introduces themselves as working for, if any. */
function introducedCompany(s: Sentence, ms: readonly Mention[]): Mention | undefined {
  const companies = ms.filter((m) => m.type === 'Company' && m.via !== 'blocked' && SELF_INTRODUCED.test(s.text.slice(Math.max(0, m.start - 110), m.start)));
  return companies.length === 1 ? companies[0] : undefined;
}

/** PARTNERS_WITH and PARTICIPATES_IN facts that a maker's English comment states of "we". */
export function addEnglishWeFacts(acc: Acc, articleId: string, sentences: Sentence[], mentions: Mention[][], blocks: readonly Block[]): void {
  for (const [i, s] of sentences.entries()) {
    if (!s.text.includes(' at ') && !s.text.includes(' of ') && !s.text.includes('@')) continue;
    const self = introducedCompany(s, mentions[i] ?? []);
    if (!self) continue;
    const block = blocks.find((b) => b.start <= s.start && s.start < b.end);
    if (!block) continue;
    for (let j = i; j < sentences.length && sentences[j]!.start < block.end; j++) {
      const t = sentences[j]!;
      const ms = mentions[j] ?? [];
      for (const m of ms) {
        const before = t.text.slice(Math.max(0, m.start - 110), m.start);
        if (m.type === 'Company' && m.key !== self.key && m.via !== 'blocked') {
          const we = WE_WITH.exec(before);
          const made = we ? null : MADE_WITH.exec(before);
          if ((we && !DENIED.test(we[0])) || (made && !DENIED.test(made[0]) && WITH_US.test(t.text.slice(m.end)))) addRelation(acc, { relation: 'PARTNERS_WITH', source: self.key, target: m.key, properties: {} }, evidenceOf(articleId, t, 'partners.en-maker-we', 0.65));
        }
        if (m.type === 'Policy' && m.via !== 'blocked') {
          const joined = WE_IN_PROGRAMME.exec(before);
          if (joined && !DENIED.test(joined[0]) && (/(?:selected|chosen|accepted)\s/.test(joined[0]) || PROGRAMME_BACKED.test(t.text.slice(m.end)))) addRelation(acc, { relation: 'PARTICIPATES_IN', source: self.key, target: m.key, properties: {} }, evidenceOf(articleId, t, 'participates.en-maker-we', 0.65));
        }
      }
    }
  }
}
