/**
 * A government plan's cover ("X 전략(안)" … "보고자 : 부총리 겸 과학기술정보통신부 장관 NAME"): the official its reporter
 * line names, with an official's title, presents the one policy the cover's lines before it name, and so promotes it.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { alternation, perRuleSet } from './engine/compile.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { RuleSet } from './types.js';

/** How many of a page's first sentences a cover spans. */
const COVER_SENTENCES = 8;
/** "보고자 : (부총리 겸) 과학기술정보통신부 장관 ": the label, then the reporter's posts, each ending on an official's title. */
const reporterLabel = perRuleSet((rules: RuleSet) => new RegExp(`(?:^|\\s)(?:보\\s?고\\s?자|발\\s?표\\s?자)\\s?[:：]\\s?(?:[가-힣·]{1,20}\\s)?(?:(?:${alternation(rules.lexicon.officialTitles)})\\s겸\\s)?[가-힣·]{1,20}\\s?(?:${alternation(rules.lexicon.officialTitles)})\\s$`));

/** PROMOTES from the official a cover's reporter line names to the one policy its earlier lines (or the line itself) name. */
export function addReporterLine(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[]): void {
  const policies = new Set<string>();
  for (const s of sentences.slice(0, COVER_SENTENCES)) {
    const ms = findMentions(s.text, rules, known);
    const person = ms.find((m) => m.type === 'Person' && reporterLabel(rules).test(s.text.slice(Math.max(0, m.start - 60), m.start)));
    for (const m of ms) if (m.type === 'Policy' && (!person || m.start < person.start)) policies.add(m.key);
    if (!person) continue;
    if (policies.size === 1) addRelation(acc, { relation: 'PROMOTES', source: person.key, target: [...policies][0]!, properties: {} }, evidenceOf(articleId, s, 'promotes.reporter-line', 0.6));
    return;
  }
}
