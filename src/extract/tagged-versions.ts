/**
 * Versions written as a release tag after a model line's bare name ("X v1", "X v3-mini", "X V3"): where the article names
 * the line itself ("자체 개발한 모델 'X'"), each such name is a model of its own, and the tag alone ("v1의 업그레이드
 * 버전", a table's "v2" cell) points back to it where one model of the article carries that tag.
 */
import { normalizeName } from '../graph/index.js';
import type { Sentence } from '../parse/types.js';
import { escapeRegex } from './engine/compile.js';
import type { KnownName } from './engine/known-names.js';

/** A line's bare name: no digit or size at its end (a versioned name's own tag is read by the discoverers). */
const BARE_LINE = /^(?:[가-힣]{2,8}|[A-Z][A-Za-z]{2,15})$/;
/** What may follow the tag: a particle, a space, a bracket, a stop or the line's end (no unit, no longer word). */
const TAG_END = String.raw`(?=(?:은|는|이|가|을|를|의|와|과|도|로|으로|에서|에)?(?:[\s,.)(:]|$))`;

/** The models named "<line> v<N>" and the tags that point back to them. */
export function taggedVersionNames(sentences: readonly Sentence[], known: readonly KnownName[]): KnownName[] {
  const lines = known.filter((k) => k.type === 'Model' && !k.reference && !k.aliasOf && BARE_LINE.test(k.name));
  if (!lines.length || !sentences.some((s) => /\s[vV]\d/.test(s.text))) return [];
  const taken = new Set(known.map((k) => k.name));
  const out = new Map<string, KnownName>();
  const byTag = new Map<string, Set<string>>();
  for (const line of lines) {
    const re = new RegExp(`(?<![가-힣A-Za-z0-9])${escapeRegex(line.name)}\\s([vV]\\d{1,2}(?:\\.\\d{1,2})?(?:-[a-z]{2,8})?)${TAG_END}`, 'g');
    for (const s of sentences)
      for (const m of s.text.matchAll(re)) {
        const name = `${line.name} ${m[1]!}`;
        const key = `model:~${normalizeName(name)}`;
        if (!taken.has(name)) out.set(name, { name, type: 'Model', key });
        byTag.set(m[1]!, (byTag.get(m[1]!) ?? new Set()).add(key));
      }
  }
  for (const [tag, keys] of byTag) if (keys.size === 1 && !taken.has(tag)) out.set(tag, { name: tag, type: 'Model', key: [...keys][0]!, reference: true });
  return [...out.values()];
}
