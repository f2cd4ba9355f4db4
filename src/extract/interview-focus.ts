/**
 * What an interview is about (article-setup.ts): the model its lead names before the first question, else the one its
 * body names most often; and the company its headline names the interviewee at.
 */
import type { Sentence } from '../parse/types.js';
import { occurrencesOf } from '../parse/text.js';
import { alternation, perRuleSet } from './engine/compile.js';
import { isFamilyWord } from './families.js';
import { quotationAt } from './korean.js';
import { SIZE_WORD } from './line-short-forms.js';
import { isNumberedQuestion } from './confirmed-questions.js';
import { isQuestionTurn, isSpoken } from './quoted.js';
import type { Mention, RuleSet } from './types.js';

/**
 * The model an interview is about: the one model its lead names before the first question, else the one named in the most
 * body sentences (the first named of those that tie), but not a model the gazetteer says another company than the one
 * that speaks (`speaker`) makes.
 * An interviewer's question that names no model ("Q. 성능은 어느 정도인가.") asks about it, not about the model the
 * last answer happened to name.
 */
export function mostNamedModel(sentences: readonly Sentence[], mentions: readonly Mention[][], speaker?: Mention): Mention | undefined {
  // the one model the lead names before the first question ("…가 지난달 'Y'를 공개했다. 다음은 일문일답."): what the questions ask about
  const firstQuestion = sentences.findIndex(isQuestionTurn);
  const lead = new Map<string, Mention>();
  for (let i = 0; i < firstQuestion; i++)
    if (sentences[i]!.block === 'body' && !isSpoken(sentences[i]!))
      // (not a model named in someone's words the lead quotes: "…"스톤-2 같은 모델이 …"고 축사했다")
      for (const m of mentions[i]!) if (m.type === 'Model' && m.via !== 'anonymous' && m.via !== 'blocked' && m.via !== 'reference' && !isFamilyWord(m) && !quotationAt(sentences[i]!.text, m.start)) lead.set(m.key, m);
  if (lead.size === 1) return [...lead.values()][0];
  const count = new Map<string, { m: Mention; n: number }>();
  const named: string[][] = [];
  for (const [i, s] of sentences.entries()) {
    if (s.block !== 'body' && s.block !== 'heading') continue;
    // (not a bare family word, "라마 가중치는 …": the family an answer contrasts the model with, no model the questions ask about)
    const keys = new Set(mentions[i]!.filter((m) => m.type === 'Model' && m.via !== 'anonymous' && m.via !== 'blocked' && !isBareFamily(m)).map((m) => m.key));
    named[i] = [...keys];
    for (const key of keys) if (!count.has(key)) count.set(key, { m: mentions[i]!.find((m) => m.key === key)!, n: 0 });
  }
  // a sentence names a model where the first reading found it there or where its name stands whole in the text (the first
  // reading finds a coined name only where a cue introduces it: "하늘 LM 2를 …" in a later answer counts all the same)
  const surfaces = [...count.values()].map((c) => c.m.surface);
  for (const [i, s] of sentences.entries()) {
    if (s.block !== 'body' && s.block !== 'heading') continue;
    for (const [key, c] of count) if (named[i]!.includes(key) || standsWhole(s.text, c.m.surface, surfaces)) c.n++;
  }
  // (a line's short form, "오르빗-K" beside the one "오르빗-K 8B" the article names in full with its size, counts for that
  // model; not for a variant: "X 미니" is a model of its own)
  for (const [key, c] of count) {
    const longer = [...count.values()].filter((o) => o !== c && o.m.surface.startsWith(`${c.m.surface} `) && SIZE_WORD.test(o.m.surface.slice(c.m.surface.length + 1)));
    if (longer.length !== 1) continue;
    longer[0]!.n += c.n;
    count.delete(key);
  }
  let best: { m: Mention; n: number } | undefined;
  // (not a model the gazetteer gives another maker than the company that speaks: the base or a rival its answers name)
  const others = (m: Mention) => speaker !== undefined && m.developer !== undefined && `company:${m.developer}` !== speaker.key && m.developer !== speaker.key;
  for (const c of count.values()) if (!others(c.m) && (!best || c.n > best.n)) best = c;
  return best && best.n >= 2 ? best.m : undefined;
}

/** After a name, a version, size or more of a Latin word: the name goes on ("X 14B", "X 2", "X-Pro"). */
const NAME_GOES_ON = /^(?:[\s-]?\d|[A-Za-z0-9])/;

/** `name` in `text` where no longer one of `names` holds it there ("X 3" not inside "X 3 미니") and no version or size follows it. */
function standsWhole(text: string, name: string, names: readonly string[]): boolean {
  for (const at of occurrencesOf(text, name)) {
    if (NAME_GOES_ON.test(text.slice(at + name.length, at + name.length + 2))) continue;
    const inside = names.some((n) => {
      if (n.length <= name.length || !n.includes(name)) return false;
      const from = at - n.indexOf(name);
      return from >= 0 && text.startsWith(n, from);
    });
    if (!inside) return true;
  }
  return false;
}

/** A gazetteer family named without a version ("라마", "큐웬"), not folded into one of the article's versions. */
function isBareFamily(m: Mention): boolean {
  return m.via === 'gazetteer' && !m.family;
}

/** A company post right after a name: " 대표", " CTO" (not "대표이사" cut short: the title ends the word). */
const postAfter = perRuleSet((rules: RuleSet) => new RegExp(`^\\s(?:${alternation(rules.lexicon.titles)})(?![가-힣])`));

/**
 * The company an interview's headline names its interviewee at ("[인터뷰] NAME X 대표 "…"", "X NAME CTO"): whose company
 * the answers speak for, where the lead names it only as an owner ("X의 회의실") and the questions name others first.
 */
export function headlineInterviewee(sentences: readonly Sentence[], mentions: readonly Mention[][], rules: RuleSet): Mention | undefined {
  const post = postAfter(rules);
  for (const [i, s] of sentences.entries()) {
    if (s.block !== 'title') continue;
    const ms = mentions[i]!.filter((m) => m.via !== 'blocked');
    for (const c of ms) {
      if (c.type !== 'Company') continue;
      const named = ms.some((p) => p.type === 'Person' && ((p.end <= c.start && /^\s$/.test(s.text.slice(p.end, c.start)) && post.test(s.text.slice(c.end))) || (p.start >= c.end && /^\s$/.test(s.text.slice(c.end, p.start)) && post.test(s.text.slice(p.end)))));
      if (named) return c;
    }
  }
  return undefined;
}

/**
 * What a reader-question column is about: the one model its headline names, where the body asks numbered questions
 * ("Q1. …", "Q2. …"). A question that names no model ("Q3. 성능은 어느 정도인가요?") asks about that model, not about the
 * model the last answer named in passing (its predecessor, a rumoured teacher).
 */
export function columnModel(sentences: readonly Sentence[], mentionsAt: (i: number) => Mention[]): Mention | undefined {
  if (sentences.filter(isNumberedQuestion).length < 2) return undefined;
  const keys = new Map<string, Mention>();
  for (const [i, s] of sentences.entries()) if (s.block === 'title') for (const m of mentionsAt(i)) if (m.type === 'Model' && m.via !== 'anonymous' && m.via !== 'blocked' && m.via !== 'reference' && !isFamilyWord(m)) keys.set(m.key, m);
  return keys.size === 1 ? [...keys.values()][0] : undefined;
}
