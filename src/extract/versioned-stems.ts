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
