/**
 * "미스트랄 계열을 떠나", "젬마 계열은 크기마다": a bare family name written with the family word after it. The phrase is a
 * name the family goes by in the article ("X 계열" is how analysts name a family node), so the node keeps it as an alias;
 * "X 계열 모델" ("A.X 계열 모델을 토대로", "솔라 계열 모델들") is the same name with the model noun and is kept as well.
 */
import type { EntityDraft, Mention } from './types.js';

/** The family word right after the name (not 계열사, an affiliate). */
const FAMILY_WORD_AFTER = /^\s?계열(?!사)/;
/** The family word and the model noun after it ("계열 모델", "계열 모델들"). */
const FAMILY_MODEL_AFTER = /^\s?계열\s?모델/;

/** Adds "X 계열" to the aliases of the family entity a bare family mention (no version digit) names with the family word. */
export function addFamilyWordAlias(e: EntityDraft | undefined, m: Mention, sentence: string): void {
  if (!e || m.type !== 'Model' || /\d/.test(m.surface) || /\d/.test(m.key)) return;
  if (sentence.slice(m.start, m.end) !== m.surface || !FAMILY_WORD_AFTER.test(sentence.slice(m.end, m.end + 4))) return;
  const after = sentence.slice(m.end, m.end + 8);
  const aliases = FAMILY_MODEL_AFTER.test(after) ? [`${m.surface} 계열`, `${m.surface} 계열 모델`] : [`${m.surface} 계열`];
  for (const alias of aliases) if (!e.aliases.includes(alias)) e.aliases.push(alias);
}
