/**
 * "큐원3(Qwen3) 32B": a model written with its other spelling in parentheses inside its name, before the size. Readers
 * and annotators name the model as it is written, so the node keeps the written form (gloss and all) as an alias beside
 * the name without the gloss ("큐원3 32B") and the gloss's own spelling.
 */
import type { EntityDraft, Mention } from './types.js';

/** A name, one parenthesised gloss, then the size the name goes on with ("X(Y) 32B", "X(Y)-7B"). (A gloss that closes the name,
 * "X(Y)", is the other spelling alone, an alias already; kept whole it would be read as one longer name across the article.) */
const WRITTEN_GLOSS = /^([^()'"‘’“”]{1,40})(\([^()]{1,32}\))([\s-]?\d{1,3}(?:\.\d{1,2})?[BM])$/;

/** The written form of a model mention whose span holds a gloss the mention's name leaves out, or undefined. */
export function writtenGlossForm(m: Mention, sentence: string): string | undefined {
  if (m.type !== 'Model') return undefined;
  const written = sentence.slice(m.start, m.end);
  if (written === m.surface) return undefined;
  const parts = WRITTEN_GLOSS.exec(written);
  if (!parts) return undefined;
  const bare = `${parts[1]!}${parts[3]!}`;
  return bare === m.surface ? written : undefined;
}

/** Adds the written, glossed form of a model mention to its entity's aliases. */
export function addWrittenGlossAlias(e: EntityDraft | undefined, m: Mention, sentence: string): void {
  const written = e ? writtenGlossForm(m, sentence) : undefined;
  if (e && written && !e.aliases.includes(written)) e.aliases.push(written);
}
