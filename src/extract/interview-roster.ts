/**
 * An interview where the lead names its team and its models. The interviewer asks who is in the consortium ("컨소시엄에는 누가 들어와
 * 있나", "참여 기업은"), and the answer, spoken for the interviewee's company, names each member as the subject of its part
 * ("데이터는 A가, 장비는 B가 맡습니다"). Each such company partners with the company that speaks and, as a member,
 * joins the programmes its lead takes part in (article-finish.ts addConsortiumMembers). Asked what model it makes ("어떤
 * 모델을 만드나"), the answer's models that no other company is said to make are the speaking company's, and so are the
 * later answers' models of the same name ("X-2" after "X-1").
 */
import type { Sentence } from '../parse/types.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Consortium } from './article-tables.js';
import { isQuestionTurn, isSpoken } from './quoted.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { Mention, RuleSet } from './types.js';

/** A question about the team's members: who is in the consortium, which companies take part, who the partners are. */
const ROSTER_QUESTION = /(?:컨소시엄|팀)(?:에는|에|은|는|의)?\s(?:누가|누구누구|어디가|어떤\s(?:기업|회사|곳))|(?:컨소시엄|팀)\s?구성(?:은|는|이)|참여\s?(?:기업|사|회사)(?:은|는|들은)|파트너(?:는|들은)\s|누구(?:와|랑)\s(?:함께|같이)/;
/** A question about the model the interviewee's company makes. */
const MODEL_QUESTION = /(?:어떤|무슨)\s(?:모델|AI|인공지능|LLM)(?:을|를)?\s(?:만드|개발하|내놓|선보이)|(?:모델|AI)(?:을|를)\s(?:만드|개발하)(?:나|는가|나요|는지)|(?:만드는|개발하는|개발\s중인)\s모델(?:은|는|이)\s/;
/** Before a model: another company's possessive ("X의 Y") or a word making it the base or a rival ("원래 모델인 Y"). */
const NOT_OWN_BEFORE = /(?:의|인)\s['"‘“]?$/;

/** The first word of a model's name, its family's ("UW-포지" of "UW-포지 14B"). */
function stemOf(name: string): string {
  return name.split(' ')[0]!.replace(/\(.*$/, '');
}

/**
 * Adds DEVELOPED for the models an interview's answers give as the speaking company's: those of an answer to a question
 * about the model it makes (unless another company makes them), then any answer's model of the same stem.
 */
export function addInterviewModels(acc: Acc, articleId: string, sentences: readonly Sentence[], rules: RuleSet, known: KnownName[], speaker: Mention | undefined): void {
  if (!speaker) return;
  const stems = new Set<string>();
  let asked = false;
  const others = new Set([...acc.relations.values()].filter((r) => r.type === 'DEVELOPED' && r.source !== speaker.key).map((r) => r.target));
  for (const s of sentences) {
    if (isQuestionTurn(s)) asked = MODEL_QUESTION.test(s.text);
    if (isQuestionTurn(s) || !isSpoken(s)) continue;
    for (const m of findMentions(s.text, rules, known)) {
      if (m.type !== 'Model' || m.via === 'blocked' || m.via === 'anonymous' || others.has(m.key) || (m.developer && `company:${m.developer}` !== speaker.key)) continue;
      const own = (asked && !NOT_OWN_BEFORE.test(s.text.slice(Math.max(0, m.start - 12), m.start))) || stems.has(stemOf(m.surface));
      if (!own || !acc.entities.has(m.key)) continue;
      stems.add(stemOf(m.surface));
      addRelation(acc, { relation: 'DEVELOPED', source: speaker.key, target: m.key, properties: {} }, evidenceOf(articleId, s, 'developed.interview-answer', 0.65));
    }
  }
}

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
