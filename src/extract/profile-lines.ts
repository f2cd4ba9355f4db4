/**
 * A social post's profile cards, read by the parse stage as lines "NAME — HEADLINE" (see
 * src/parse/profile-cards.ts): the headline names the person's current employer ("리서치 엔지니어 @
 * 네이버클라우드", "Product Lead at Upstage", "카카오 AI Safety 팀장", "Software Engineer, 퓨리오사AI"), while a
 * part marked as past ("ex-Upstage", "전 카카오", "前 네이버") names one they left. Only companies the
 * gazetteer knows or the article itself names are read: a headline's other words ("AI Research Engineer",
 * "프리랜서") are no company. The lines are kept out of the sentence rules, which would read a role's
 * words as names ("Solar LLM 팀 리드").
 */
import type { Block, ParsedArticle, Sentence } from '../parse/types.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import type { KnownName } from './engine/known-names.js';
import { findMentions } from './engine/mentions.js';
import type { Mention, RuleSet } from './types.js';

const PROFILE_LINE = /^((?:[가-힣]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})) — (.+)$/;
/** A headline's part about a past post: "ex-Upstage", "전 카카오", "前 네이버", "former …", "previously …". */
const PAST_PART = /^(?:ex[-\s]|former\s|formerly\s|previously\s|전\s|前\s?|전직\s)/i;
/** Right before a company inside a part: a past marker ("… | Research @ ex-X"). */
const PAST_BEFORE = /(?:ex-|ex\s|former\s|전\s|前\s?)$/i;

/** The blocks that are profile lines (empty when the page printed no profile cards). */
export function profileBlocks(parsed: ParsedArticle): Block[] {
  if (!parsed.profiles?.length) return [];
  const lines = new Set(parsed.profiles);
  return parsed.blocks.filter((b) => b.kind === 'body' && lines.has(b.text));
}

/** True when the sentence lies in one of the profile blocks. */
export function inProfileBlock(s: Sentence, blocks: readonly Block[]): boolean {
  return blocks.some((b) => s.start >= b.start && s.end <= b.end);
}

/** The company a headline names as the current employer: the first outside a past part. */
function readEmployer(headline: string, offset: number, mentions: Mention[], acc: Acc): Mention | undefined {
  let at = 0;
  for (const part of headline.split(' | ')) {
    const start = offset + at;
    at += part.length + 3;
    if (PAST_PART.test(part.trim())) continue;
    const company = mentions.find(
      (m) => m.type === 'Company' && m.via !== 'blocked' && m.start >= start && m.end <= start + part.length &&
        (m.via === 'gazetteer' || acc.entities.has(m.key)) && !PAST_BEFORE.test(headline.slice(0, m.start - offset)),
    );
    if (company) return company;
  }
  return undefined;
}

/** Adds each profile card's person, and the employer their headline names (WORKS_FOR, rule works-for.profile-headline). */
export function addProfileEmployers(acc: Acc, rules: RuleSet, articleId: string, blocks: readonly Block[], known: KnownName[]): void {
  for (const b of blocks) {
    const m = PROFILE_LINE.exec(b.text);
    if (!m) continue;
    const offset = m[1]!.length + 3;
    const mentions = findMentions(b.text, rules, known);
    const company = readEmployer(m[2]!, offset, mentions, acc);
    const s: Sentence = { index: -1, text: b.text, start: b.start, end: b.end, block: 'body' };
    const person = discoveredMention('Person', m[1]!, 0, m[1]!.length);
    // (the card names a person even where the headline names no company: "공공기관 책임연구원")
    addEntity(acc, person, rules, evidenceOf(articleId, s, 'mention', 1));
    if (!company) continue;
    const ev = evidenceOf(articleId, s, 'works-for.profile-headline', 0.7);
    addEntity(acc, company, rules, ev);
    addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: company.key, properties: {} }, ev);
  }
}
