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
  const lines = [...known.filter((k) => k.type === 'Model' && !k.reference && !k.aliasOf && BARE_LINE.test(k.name)), ...taggedLines(known)];
  if (!lines.length || !sentences.some((s) => /\s[vV]\d/.test(s.text))) return [];
  const taken = new Set(known.map((k) => k.name));
  const keyOf = new Map(known.map((k) => [k.name, k.key]));
  const out = new Map<string, KnownName>();
  const byTag = new Map<string, Set<string>>();
  for (const line of lines) {
    const re = new RegExp(`(?<![가-힣A-Za-z0-9])${escapeRegex(line.name)}\\s([vV]\\d{1,2}(?:\\.\\d{1,2})?(?:-[a-z]{2,8})?)${TAG_END}`, 'g');
    for (const s of sentences)
      for (const m of s.text.matchAll(re)) {
        const name = `${line.name} ${m[1]!}`;
        const key = keyOf.get(name) ?? `model:~${normalizeName(name)}`;
        if (!taken.has(name)) out.set(name, { name, type: 'Model', key });
        byTag.set(m[1]!, (byTag.get(m[1]!) ?? new Set()).add(key));
      }
  }
  for (const [tag, keys] of byTag) if (keys.size === 1 && !taken.has(tag)) out.set(tag, { name: tag, type: 'Model', key: [...keys][0]!, reference: true });
  return [...out.values()];
}

/** A model's name that is a bare line and its release tag ("X v2"). */
const TAGGED_NAME = /^(?:[가-힣]{2,8}|[A-Z][A-Za-z]{2,15})(?=\s[vV]\d{1,2}(?:\.\d{1,2})?$)/;

/** The lines of the models the article names only with their tags ("X v2", "X v1" and no bare "X"): their tags alone point back to them as well. */
function taggedLines(known: readonly KnownName[]): { name: string }[] {
  const names = new Set(known.map((k) => k.name));
  const lines = new Set(known.flatMap((k) => (k.type === 'Model' && !k.reference && !k.aliasOf ? (TAGGED_NAME.exec(k.name)?.[0] ?? []) : [])));
  return [...lines].filter((l) => !names.has(l)).map((name) => ({ name }));
}

/** A release tag glued to the end of a model's name by a hyphen ("X-믹스-12B-v0.3"). */
const GLUED_TAG = /^.{2,}?-([vV]\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)$/;

/**
 * "X-믹스-12B-v0.3 올렸습니다 … KoBEST: v0.3 71.8 / v0.2 69.5": the tag a model's name ends with, written alone, points back to
 * that model where one model of the article carries it (another tag beside it is the line's other release, read on its own).
 */
export function gluedTagReferences(sentences: readonly Sentence[], known: readonly KnownName[]): KnownName[] {
  const taken = new Set(known.map((k) => k.name));
  const byTag = new Map<string, Set<string>>();
  for (const k of known) {
    const tag = k.type === 'Model' && !k.reference ? GLUED_TAG.exec(k.name)?.[1] : undefined;
    if (tag) byTag.set(tag, (byTag.get(tag) ?? new Set()).add(k.key));
  }
  const out: KnownName[] = [];
  for (const [tag, keys] of byTag) {
    const alone = new RegExp(`(?<![가-힣A-Za-z0-9.\\-])${escapeRegex(tag)}${TAG_END}`);
    if (keys.size === 1 && !taken.has(tag) && sentences.some((s) => alone.test(s.text))) out.push({ name: tag, type: 'Model', key: [...keys][0]!, reference: true });
  }
  // (where one model carries such a tag, another tag of that form written alone is the line's other release: a model of its own)
  // (not where the article names the tagged model's line without a tag, "X-24B" beside "X-24B-v1.1": a lone tag is that one)
  const stem = byTag.size === 1 ? known.find((k) => GLUED_TAG.test(k.name) && k.type === 'Model' && !k.reference)!.name.replace(/-[vV][\d.]+$/, '') : '';
  if (byTag.size !== 1 || known.some((k) => k.type === 'Model' && k.name === stem)) return out;
  const others = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(LONE_TAG)) if (!byTag.has(m[1]!) && !taken.has(m[1]!)) others.add(m[1]!);
  for (const tag of others) out.push({ name: tag, type: 'Model', key: `model:~${normalizeName(tag)}` });
  return out;
}

/** A dotted release tag written alone ("v0.2는", "v0.2 69.5"; not in brackets after a name, "X 24B (v1.0)": that name's own tag). */
const LONE_TAG = new RegExp(String.raw`(?<![가-힣A-Za-z0-9.\-])(?<!\(\s?)([vV]\d{1,2}\.\d{1,2})${TAG_END}`, 'g');
