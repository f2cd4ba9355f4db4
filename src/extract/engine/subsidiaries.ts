/**
 * A foreign company's Korean arm is its own company: "메타 코리아", "엔비디아코리아", "Google Korea",
 * "마이크로소프트 한국 지사". Read after the gazetteer scan: the parent's mention is widened to the
 * subsidiary's name, keyed by the gazetteer's entry for it where there is one (parent + name), else
 * as a discovered company. The parent's country is not carried over.
 */
import { normalizeName } from '../../graph/index.js';
import { isParticleTail } from '../korean.js';
import type { GazetteerEntry, Mention, RuleSet } from '../types.js';
import { discoveredMention } from './discover.js';

/** "코리아"/"Korea" right after the parent's name, with or without a space. */
const KOREA_AFTER = /^\s?(?:코리아|Korea|KOREA)(?![A-Za-z0-9])/;
/** "한국 지사", "한국법인", "국내 법인" after the parent's name (a space before). */
const OFFICE_AFTER = /^\s(?:한국|국내)\s?(?:지사|법인|지점|사무소)/;
/** "(W&B) 코리아" after the parent's name: its alias in parentheses, then 코리아. */
const PAREN_KOREA = /^\(([^()]{1,20})\)\s?(코리아|Korea|KOREA)(?![A-Za-z0-9])/;
/** A name glued to "코리아" that the gazetteer scan could not split ("엔비디아코리아가"). */
const GLUED_KOREA = /(?<![A-Za-z0-9가-힣])([가-힣]{2,10}|[A-Za-z][A-Za-z&]{1,14})코리아/g;

interface Lookup {
  /** Normalised company name → gazetteer entry (companies only). */
  byName: Map<string, GazetteerEntry>;
}

const cache = new WeakMap<RuleSet, Lookup>();

function lookupOf(rules: RuleSet): Lookup {
  let l = cache.get(rules);
  if (!l) {
    l = { byName: new Map() };
    for (const e of rules.entries) if (e.type === 'Company') for (const n of e.names) if (!l.byName.has(normalizeName(n))) l.byName.set(normalizeName(n), e);
    cache.set(rules, l);
  }
  return l;
}

/** The mention of the subsidiary named `surface` (parent: the entry of the company it belongs to). */
function subsidiaryMention(surface: string, start: number, lookup: Lookup): Mention {
  const known = lookup.byName.get(normalizeName(surface));
  if (known) return { type: 'Company', key: `company:${known.id}`, surface, aliases: [], start, end: start + surface.length, via: 'gazetteer' };
  return discoveredMention('Company', surface, start, start + surface.length);
}

function isForeign(e: GazetteerEntry | undefined): boolean {
  return !!e && e.country !== undefined && e.country !== 'KR';
}

/** Widens foreign parents' mentions to their Korean subsidiaries, and finds glued "X코리아" names. Edits `ms` in place. */
export function foldLocalSubsidiaries(text: string, ms: Mention[], rules: RuleSet): void {
  if (!/코리아|Korea|KOREA|지사|법인|지점|사무소/.test(text)) return;
  const lookup = lookupOf(rules);
  const glossed: { i: number; paren: RegExpExecArray }[] = [];
  for (const [i, m] of ms.entries()) {
    if (m.type !== 'Company' || m.via !== 'gazetteer') continue;
    const entry = rules.byKey.get(m.key);
    if (!isForeign(entry)) continue;
    const after = text.slice(m.end, m.end + 12);
    const tail = KOREA_AFTER.exec(after) ?? OFFICE_AFTER.exec(after);
    if (!tail) {
      const paren = PAREN_KOREA.exec(text.slice(m.end, m.end + 40));
      if (paren) glossed.push({ i, paren });
      continue;
    }
    const end = m.end + tail[0].length;
    if (end < text.length && /[가-힣]/.test(text[end]!) && !isParticleTail(text, end)) continue;
    ms[i] = subsidiaryMention(text.slice(m.start, end), m.start, lookup);
  }
  // ("X(Y) 코리아": the arm under both names, keyed by the shorter form the article may use alone; the parent's alias inside goes)
  for (const { i, paren } of glossed.reverse()) {
    const m = ms[i]!;
    const end = m.end + paren[0].length;
    if (end < text.length && /[가-힣]/.test(text[end]!) && !isParticleTail(text, end)) continue;
    const full = `${text.slice(m.start, m.end)} ${paren[2]}`;
    const short = `${paren[1]!.trim()} ${paren[2]}`;
    const known = lookup.byName.get(normalizeName(full)) ?? lookup.byName.get(normalizeName(short));
    const base = known ? subsidiaryMention(full, m.start, lookup) : discoveredMention('Company', short, m.start, end);
    ms[i] = { ...base, surface: full, aliases: [short], start: m.start, end };
    for (let j = ms.length - 1; j >= 0; j--) if (j !== i && ms[j]!.start >= m.start && ms[j]!.end <= end) ms.splice(j, 1);
  }
  for (const g of text.matchAll(GLUED_KOREA)) {
    const start = g.index;
    const end = start + g[0].length;
    if (ms.some((m) => m.start < end && start < m.end)) continue;
    if (end < text.length && /[가-힣]/.test(text[end]!) && !isParticleTail(text, end)) continue;
    if (!isForeign(lookup.byName.get(normalizeName(g[1]!)))) continue;
    ms.push(subsidiaryMention(g[0], start, lookup));
  }
}
