/**
 * A letter's writer (a farewell mail, a post signed off by its author) announcing where they go next: "다음 주 월요일부터는
 * X에서 ML 리드로 일하게 됩니다", "저는 1월부터 X에서 연구원으로 근무하게 됐습니다". The sentence leaves the writer out
 * as its subject (or says 저는); the writer is the one the letter's greeting ("안녕하세요, NLP팀 NAME입니다") or sign-off
 * ("NAME 드림", "NAME 올림") names, and now works for X in that post.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { RuleSet } from './types.js';
import { MOVE_CLOSING, MOVE_OPENING } from './engine/writer-move-words.js';
import { FULL_NAME } from './engine/full-name.js';

/** The greeting that introduces the writer: "안녕하세요, (X) NLP팀 NAME입니다" (the writer's handle may follow the name: "NAME(gdhong)입니다"). */
const GREETING_NAME = new RegExp(String.raw`^안녕하세요[,.!~]?\s(?:[^.!?]{0,40}\s)?(${FULL_NAME})(?:\([A-Za-z][\w.\-]{1,20}\))?(?:입니다|이에요|예요)`);
/** The sign-off line: "NAME 드림", "NAME 올림". */
const SIGN_OFF = /^([가-힣]{2,4})\s?(?:드림|올림)\.?$/;
/** Before the company: the move's opening, and no subject of another. */
const MOVE_BEFORE = new RegExp(`${MOVE_OPENING}$`);
/** A subject or topic of someone else before it ("팀장님은 1월부터 …"): not the writer's move (저는, 제가, "부터는" and an adverbial "낮에는" are no such). */
const OTHER_SUBJECT = /(?<![저제]|부터|에|[0-9)])(?:은|는|이|가)\s/;
/** After the company: 에서, the post with 으로/로, a verb of coming to work there. */
const MOVE_AFTER = new RegExp(`^${MOVE_CLOSING}`);

/** WORKS_FOR from a letter's writer to the company a subject-less sentence says they go to work for. */
export function addWriterMove(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[]): void {
  const name = writerName(sentences);
  const writer = name ? [...acc.entities.values()].find((e) => e.type === 'Person' && name in e.names) : undefined;
  if (!writer) return;
  for (const s of sentences) {
    if (s.block !== 'body' || !s.text.includes('에서 ')) continue;
    const ms = findMentions(s.text, rules, known);
    for (const c of ms) {
      if (c.type !== 'Company' || c.via === 'blocked' || c.via === 'reference') continue;
      const post = MOVE_AFTER.exec(s.text.slice(c.end));
      if (!post || !MOVE_BEFORE.test(s.text.slice(0, c.start)) || OTHER_SUBJECT.test(s.text.slice(0, c.start)) || ms.some((m) => (m.type === 'Person' || m.type === 'Company') && m.end <= c.start)) continue;
      addRelation(acc, { relation: 'WORKS_FOR', source: writer.key, target: c.key, properties: { title: post[1]! } }, evidenceOf(articleId, s, 'works-for.writer-move', 0.7));
    }
  }
}

/** The writer a letter names: the greeting's self-introduction, else the sign-off (the first of either). */
function writerName(sentences: Sentence[]): string | undefined {
  for (const s of sentences) {
    const m = GREETING_NAME.exec(s.text) ?? SIGN_OFF.exec(s.text.trim());
    if (m) return m[1];
  }
  return undefined;
}
