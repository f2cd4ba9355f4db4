/**
 * "X 4.0은 무거움. 노트북엔 3.1 라이트가 낫다" (X a family): a bare dotted version with a variant word after it, in a sentence about a
 * family's model, is that family's model so named, where the gazetteer knows the full name ("X 3.1 라이트"); the node
 * keeps the short form the text writes. A name the gazetteer does not know gives none (see versions.ts, addBareVersions).
 */
import { findMentions } from './engine/mentions.js';
import type { Mention, RuleSet } from './types.js';

const VARIANT_WORD = String.raw`\s(?:라이트|미니|프로|Lite|Mini|Pro)(?=(?:은|는|이|가|의|을|를|와|과|도|로|으로)?(?:\s|$|[,.]))`;
/** A bare dotted version then a variant word ("3.1 라이트는"). */
const VARIANT_VERSION = new RegExp(String.raw`(?<![\w.가-힣\-·])\d{1,2}\.\d{1,2}${VARIANT_WORD}`);
/** The variant word after a bare version, with its space. */
const VARIANT_AFTER_VERSION = new RegExp(`^${VARIANT_WORD}`);

/** True when the sentence has a bare version with a variant word. */
export function hasVariantVersion(text: string): boolean {
  return VARIANT_VERSION.test(text);
}

/**
 * Adds the model a bare version at [start, at) with a variant word after it stands for, `prefix` the family's head and the
 * version ("X 3.1"): the gazetteer's model of the full name, under the text's own short form (edits and sorts `ms`); true
 * when it did.
 */
export function addVariantVersion(text: string, ms: Mention[], start: number, at: number, prefix: string, rules: RuleSet): boolean {
  const variant = VARIANT_AFTER_VERSION.exec(text.slice(at))?.[0];
  if (!variant) return false;
  const name = `${prefix}${variant}`;
  const end = at + variant.length;
  const known = findMentions(name, rules).find((m) => m.type === 'Model' && m.start === 0 && m.end === name.length && m.via !== 'discovered');
  if (!known || ms.some((m) => m.start < end && start < m.end)) return false;
  ms.push({ ...known, aliases: [], start, end, surface: text.slice(start, end), properties: undefined });
  ms.sort((a, b) => a.start - b.start);
  return true;
}
