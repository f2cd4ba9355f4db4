/**
 * "잔솔 2 8B … 잔솔 2 32B": the sizes a text writes right after a line's bare name. A bare name the article writes with
 * two sizes or more is the line (the family of its sizes), not its one sized member — even where only one size was read
 * as a mention on the first pass (a spec line, a table row).
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when the sentences write the discovered bare name `key` stands for followed by two different sizes or more ("X 8B", "X-32B", "X 8B·32B"). */
export function writesSeveralSizes(sentences: readonly Sentence[], all: readonly Mention[][], key: string): boolean {
  const name = all.flat().find((m) => m.key === key && m.via === 'discovered')?.surface ?? '';
  if (name.length < 2 || name.length > 40) return false;
  const re = new RegExp(`(?<![가-힣A-Za-z0-9])${escapeRe(name)}[\\s-](\\d{1,4}(?:\\.\\d{1,2})?[BM])((?:[·/,]\\s?\\d{1,4}(?:\\.\\d{1,2})?[BM]){0,4})(?![A-Za-z0-9])`, 'g');
  const sizes = new Set<string>();
  for (const s of sentences) {
    if (!s.text.includes(name)) continue;
    for (const m of s.text.matchAll(re)) {
      sizes.add(m[1]!);
      for (const more of m[2]!.split(/[·/,]\s?/)) if (more) sizes.add(more);
    }
    if (sizes.size > 1) return true;
  }
  return false;
}
