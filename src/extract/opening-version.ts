/**
 * A bare dotted version opening a sentence as its subject or topic ("4.0이 Z를 기반으로 했던 것과는 …", "2.0은 Z보다 …"), maybe
 * after a word for this release ("이번 2.0은 …"): it stands for the one model of the article whose name ends in that version
 * ("X 4.0"), whatever the sentence's other models. Where it opens the sentence, an earlier version the sentence points back to
 * ("그 1.0의 후속", "전작 1.0보다") stands for the article's one model ending in that version too.
 */
import type { Mention, RuleSet } from './types.js';
import { referenceNamed } from './versions.js';

/** "4.0이 ", "2.0은 ": a dotted version alone at the sentence's start, then a subject or topic particle. */
const OPENING_VERSION = /^(?:(?:이번|새|새로운|신형)\s)?(\d{1,2}\.\d{1,2})(?:은|는|이|가)\s/;
/** "그 1.0의", "전작 1.0보다": a bare earlier version the sentence points back to. */
const POINTED_VERSION = /(?<![가-힣A-Za-z0-9.])(?:그|전작|이전|기존|옛)\s(\d{1,2}\.\d{1,2})(?=의|은|는|을|를|이|가|보다|과|와|에\s|\s)/;

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

/** "3.2 12B는", "2.5 32B를": a bare dotted version and a size, then a particle (not inside a longer name). */
const VERSION_SIZE = /(?<![\w.가-힣\-·/])(\d{1,2}\.\d{1,2})\s(\d{1,3}(?:\.\d{1,2})?B)(?=(?:\s?모델)?(?:은|는|이|가|의|을|를|와|과|도|로|으로|보다|에서)(?:\s|$|[,.]))/g;

/**
 * "3.2 12B는 …", "2B는 3.2 12B를 교사로 삼아": a version and a size alone stand for the one model of the article whose name ends
 * in that version and size ("X-3.2-12B", "X 3.2 12B"), as a size alone does for a sized name (edits `ms` in place).
 */
export function addVersionSizes(text: string, ms: Mention[], rules: RuleSet, first: readonly (readonly Mention[])[]): void {
  if (!/\d\.\d{1,2}\s\d/.test(text)) return;
  for (const v of text.matchAll(VERSION_SIZE)) {
    const end = v.index + v[0].length;
    if (ms.some((m) => m.start < end && v.index < m.end)) continue;
    const tail = `${v[1]!} ${v[2]!}`;
    const names = [...new Set(modelNamesOf(first).filter((n) => n.length > tail.length + 1 && n.replace(/-/g, ' ').endsWith(` ${tail}`) && /[A-Za-z가-힣]/.test(n.slice(0, -tail.length))))];
    if (names.length === 1) ms.push(referenceNamed(names[0]!, v.index, end, rules));
  }
  ms.sort((a, b) => a.start - b.start);
}

/** Adds a reference mention for a bare version opening the sentence, when exactly one article model ends in it (edits `ms` in place). */
/** (`first`: the article's mentions, sentence by sentence, whose model names the version may stand for) */
export function addOpeningVersion(text: string, ms: Mention[], rules: RuleSet, first: readonly (readonly Mention[])[]): void {
  const v = OPENING_VERSION.exec(text);
  // (only where the sentence names another model the version is said to relate to: "1.5가 가벼웠다면, 2는 …" compares in passing)
  const end = v ? v[0].indexOf(v[1]!) + v[1]!.length : 0;
  const back = v ? POINTED_VERSION.exec(text) : null;
  if (!v || ms.some((m) => m.start < end) || (!ms.some((m) => m.type === 'Model') && !back)) return;
  const names = namesEndingIn(modelNamesOf(first), v[1]!);
  if (names.length !== 1) return;
  const earlier = back && back[1] !== v[1] ? namesEndingIn(modelNamesOf(first), back[1]!) : [];
  const at = back ? back.index + back[0].length - back[1]!.length : 0;
  if (earlier.length === 1 && !ms.some((m) => m.start < at + back![1]!.length && at < m.end)) ms.push(referenceNamed(earlier[0]!, at, at + back![1]!.length, rules));
  ms.unshift(referenceNamed(names[0]!, end - v[1]!.length, end, rules));
  ms.sort((a, b) => a.start - b.start);
}
