/**
 * A line that lists several models each with its score after a benchmark ("KorMedMCQA 정확도: A 78.6%, B 69.15%") compares
 * them; the model it lists first is the one the page is about, what a later score line naming no model ("MedQA 81.2점") is of.
 */
import type { Mention } from './types.js';

/** A score right after a listed model's name, then the list's comma or slash, or the line's end. */
const LISTED_SCORE = /^['"’”]?\s?\(?\d{1,3}(?:\.\d{1,2})?\s?(?:%|점)?\)?\s*(?:[,/·]|$)/;

/** The first model of a benchmark's score list naming two models or more, each with its score; else undefined. */
export function scoreListHead(text: string, mentions: Mention[]): Mention | undefined {
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'reference');
  if (models.length < 2 || new Set(models.map((m) => m.key)).size !== models.length) return undefined;
  if (!mentions.some((m) => m.type === 'Benchmark' && m.end <= models[0]!.start)) return undefined;
  return models.every((m) => LISTED_SCORE.test(text.slice(m.end, m.end + 14))) ? models[0] : undefined;
}
