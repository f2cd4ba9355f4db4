/**
 * A bare dotted version opening a sentence as its subject or topic ("4.0이 Z를 기반으로 했던 것과는 …", "2.0은 Z보다 …"): it
 * stands for the one model of the article whose name ends in that version ("X 4.0"), whatever the sentence's other models.
 */
import type { Mention, RuleSet } from './types.js';
import { referenceNamed } from './versions.js';

/** "4.0이 ", "2.0은 ": a dotted version alone at the sentence's start, then a subject or topic particle. */
const OPENING_VERSION = /^(\d{1,2}\.\d{1,2})(?:은|는|이|가)\s/;

/** The article's model names ending in `version` after a space or a hyphen ("X 4.0", "X-4.0"). */
function namesEndingIn(names: readonly string[], version: string): string[] {
  return [...new Set(names.filter((n) => n.length > version.length + 1 && n.endsWith(version) && /[\s-]$/.test(n.slice(0, -version.length)) && /[A-Za-z가-힣]/.test(n.slice(0, -version.length))))];
}

/** The article's model names, read once per article (a page of many such sentences walks its mentions once). */
const modelNames = new WeakMap<readonly (readonly Mention[])[], string[]>();
function modelNamesOf(first: readonly (readonly Mention[])[]): string[] {
  let names = modelNames.get(first);
  if (!names) modelNames.set(first, (names = first.flatMap((ss) => ss.filter((m) => m.type === 'Model' && m.via !== 'reference').map((m) => m.surface))));
  return names;
}

/** Adds a reference mention for a bare version opening the sentence, when exactly one article model ends in it (edits `ms` in place). */
/** (`first`: the article's mentions, sentence by sentence, whose model names the version may stand for) */
export function addOpeningVersion(text: string, ms: Mention[], rules: RuleSet, first: readonly (readonly Mention[])[]): void {
  const v = OPENING_VERSION.exec(text);
  // (only where the sentence names another model the version is said to relate to: "1.5가 가벼웠다면, 2는 …" compares in passing)
  if (!v || ms.some((m) => m.start < v[1]!.length) || !ms.some((m) => m.type === 'Model')) return;
  const names = namesEndingIn(modelNamesOf(first), v[1]!);
  if (names.length !== 1) return;
  ms.unshift(referenceNamed(names[0]!, 0, v[1]!.length, rules));
}
