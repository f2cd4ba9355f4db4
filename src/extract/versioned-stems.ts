/**
 * The stem of a versioned model's name ("X 2.0": head "X", separator " ", version "2.0"; "X-3.2-12B": "X", "-", "3.2", sized),
 * what a bare version in a succession sentence ("2.0은 1.5의 후속") is read against (see versions.ts, addBareVersions).
 */
import type { Mention } from './types.js';

/** A model name ending in a dotted version (or a whole one, "X 3" before "2.5의 후속"): its head and the separator before the version. */
const VERSIONED_NAME = /^(.*?[^\s\-\d.])([\s-]?)v?(\d{1,2}(?:\.\d{1,2})?)$/;

/**
 * The head, separator and version of a versioned model's name; of a sized one ("X-3.2-12B") its name without the size,
 * marked `sized`: its siblings are named with their own sizes ("X-3.1-8B").
 */
export function versionedStem(m: Mention | undefined): { head: string; sep: string; version: string; sized?: boolean } | undefined {
  if (!m || m.type !== 'Model') return undefined;
  const v = VERSIONED_NAME.exec(m.surface);
  if (v) return /[A-Za-z가-힣]/.test(v[1]!) ? { head: v[1]!, sep: v[2]!, version: v[3]! } : undefined;
  const sized = SIZE_TAIL.exec(m.surface);
  const w = sized ? VERSIONED_NAME.exec(m.surface.slice(0, sized.index)) : null;
  return w && w[3]!.includes('.') && /[A-Za-z가-힣]/.test(w[1]!) ? { head: w[1]!, sep: w[2]!, version: w[3]!, sized: true } : undefined;
}

/** "-12B", " 8B": the size that ends a model's name. */
const SIZE_TAIL = /[\s-]\d{1,3}(?:\.\d{1,2})?[BM]$/;

/**
 * The article's model "<name><size>" ("X-3.1-8B" for "X-3.1"), a bare version's model in a line whose names carry sizes:
 * of several sizes, the first the article names (the version's flagship, "X-3.2-12B" before its light "X-3.2-2B").
 */
export function sizedSiblingOf(name: string, articleModels: readonly string[]): string | undefined {
  return articleModels.find((n) => n.startsWith(name) && SIZE_TAIL.exec(n)?.index === name.length);
}

/** A model name closed by a tagged version ("X-챗 v3", "Y V2.1"): its head and the tag letter. */
const TAGGED_NAME = /^(.*?[^\s\-])\s([vV])(\d{1,2}(?:\.\d{1,2})?)$/;
/** A tagged version alone ("v2의", "v2는"), before a particle or the clause's end (not inside a longer name). */
const TAGGED_BARE = /(?<![\w.가-힣\-·'‘"“])[vV](\d{1,2}(?:\.\d{1,2})?)(?=(?:은|는|이|가|의|을|를|와|과|도|보다)?(?:\s|$|[,.]))/g;

/**
 * "X-챗 v3는 작년 공개한 v2의 후속 모델로": in a succession sentence, a tagged version alone stands for the same line's
 * model with that tag ("X-챗 v2"), as a dotted bare version does for a dotted name (edits `ms` in place).
 */
export function addTaggedVersions(text: string, ms: Mention[], named: (name: string, start: number, end: number) => Mention): void {
  const anchor = ms.map((m) => (m.type === 'Model' ? TAGGED_NAME.exec(m.surface) : null)).find(Boolean);
  if (!anchor) return;
  let added = false;
  for (const b of text.matchAll(TAGGED_BARE)) {
    const end = b.index + b[0].length;
    // (not one in brackets after a name, "X (v1.0 후속 패치)": a note on that model's own version)
    if (b[1] === anchor[3] || ms.some((m) => m.start < end && b.index < m.end) || /\(\s?$/.test(text.slice(0, b.index))) continue;
    ms.push(named(`${anchor[1]} ${anchor[2]}${b[1]}`, b.index, end));
    added = true;
  }
  if (added) ms.sort((a, b) => a.start - b.start);
}
