/** The extract stage: rules as data (gazetteers, lexicon, patterns) and the engine that applies them. */
export { loadRules, DEFAULT_RULES_DIR, entryKey } from './rules.js';
export { extractFacts } from './article.js';
export { findMentions } from './engine/mentions.js';
export { matchPatterns, type RawFact } from './engine/match.js';
export { encodeSentence } from './engine/encode.js';
export { readProperties } from './engine/properties.js';
export * from './korean.js';
export * from './korean-dates.js';
export { romanize, INITIAL as HANGUL_INITIALS } from './transliterate.js';
export { jamoOf, type Jamo } from './hangul.js';
export type { ArticleFacts, EntityDraft, RelationDraft, FactEvidence, Mention, RuleSet, CompiledPattern, GazetteerEntry } from './types.js';
