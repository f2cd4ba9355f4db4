/**
 * An interview where the lead names its team. The interviewer asks who is in the consortium ("컨소시엄에는 누가 들어와
 * 있나", "참여 기업은"), and the answer, spoken for the interviewee's company, names each member as the subject of its part
 * ("데이터는 A가, 장비는 B가 맡습니다"). Each such company partners with the company that speaks and, as a member,
 * joins the programmes its lead takes part in (article-finish.ts addConsortiumMembers).
 */
import type { Sentence } from '../parse/types.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Consortium } from './article-tables.js';
import { isQuestionTurn, isSpoken } from './quoted.js';
import type { Mention, RuleSet } from './types.js';

/** A question about the team's members: who is in the consortium, which companies take part, who the partners are. */
const ROSTER_QUESTION = /(?:컨소시엄|팀)(?:에는|에|은|는|의)?\s(?:누가|누구누구|어디가|어떤\s(?:기업|회사|곳))|(?:컨소시엄|팀)\s?구성(?:은|는|이)|참여\s?(?:기업|사|회사)(?:은|는|들은)|파트너(?:는|들은)\s|누구(?:와|랑)\s(?:함께|같이)/;
/** After a member: its subject, topic or additive particle, as an answer lists the parts ("A가 맡고, B도 함께합니다"). */
const SUBJECT_AFTER = /^['"’”]?(?:\s?\([^()]{1,20}\))?(?:이|가|은|는|도)(?=[\s,]|$)/;
/** An answer sentence that says a company is not (or not yet) in the team. */
const NOT_IN = /않|없(?:습니다|다|어요|고)|아니|무산|빠졌|빠지/;

/** Adds the members an interview's answer names after a question about the team, for the company that speaks. */
export function addInterviewMembers(acc: Acc, articleId: string, sentences: readonly Sentence[], first: readonly Mention[][], rules: RuleSet, speaker: Mention | undefined, consortia: Consortium[]): void {
  if (!speaker) return;
  let asked = false;
  for (const [i, s] of sentences.entries()) {
    if (isQuestionTurn(s)) asked = ROSTER_QUESTION.test(s.text);
    if (!asked || isQuestionTurn(s) || !isSpoken(s) || NOT_IN.test(s.text)) continue;
    for (const m of first[i] ?? []) {
      if (m.type !== 'Company' || m.via === 'blocked' || m.via === 'reference' || m.key === speaker.key || !SUBJECT_AFTER.test(s.text.slice(m.end, m.end + 24))) continue;
      const ev = evidenceOf(articleId, s, 'partners.interview-roster', 0.65);
      if (!acc.entities.has(m.key)) addEntity(acc, m, rules, ev);
      if (!acc.entities.has(speaker.key)) addEntity(acc, speaker, rules, ev);
      addRelation(acc, { relation: 'PARTNERS_WITH', source: speaker.key, target: m.key, properties: {} }, ev);
      consortia.push({ lead: speaker.key, member: m.key, ev: evidenceOf(articleId, s, 'participates.consortium-member', 0.65) });
    }
  }
}
