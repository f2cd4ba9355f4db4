/**
 * Gazetteer matching in one sentence: longest, then earliest match of any listed name, with
 * word boundaries that let particles follow ("KT가", "엑사원을"), footnote digits glued to a
 * name dropped ("KMMLU2)"), model versions and variants read after a family name
 * ("A.X 4.0 라이트", "Qwen2.5-72B", "GPT-4o", "A.X(에이닷 엑스) 4.0"), parenthesised aliases
 * ("마이크로소프트(MS)", "믿:음 2.0(믿음 2.0)") and stock codes ("(017670)") consumed.
 */
import { entryKey } from '../rules.js';
import type { GazetteerEntry, Mention, RuleSet } from '../types.js';
import { escapeRegex } from './compile.js';
import { foldText, matchAt, type TrieHit, type TrieNode } from './trie.js';
import { readModelTail, type ModelTail } from './model-tail.js';
import { isUnitsAi } from './spaced-ai.js';
import { readPossessiveVersion } from './possessive-version.js';
import { exactMatch, isAfterApostrophe, isWordCode } from './hit-text.js';
import { endsCleanly, footnoteEnd, glossedByOwnName, isEditionPrefixed, keyEdition, ownedFamilyModel, readEdition } from './name-ends.js';

export interface GazetteerMatcher {
  trie: TrieNode;
  variantRe: RegExp;
}

export function buildVariantRegex(forms: string[]): RegExp {
  const alt = [...forms].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  return new RegExp(`[ \\-_]?(${alt})`, 'iy');
}

const TYPE_RANK: Record<string, number> = { None: 0, Company: 1, Policy: 2, Benchmark: 3, Person: 4, Model: 5 };

/** A gazetteer match turned into a mention (or a blocked span for non-entities). */
export interface GazetteerMatch {
  mention?: Mention;
  /** a non-entity's list ("org", "press", "generic") */
  group?: string;
  /** a second mention right after this one ("DeepSeek" then its model "R1" in "DeepSeek's R1") */
  then?: GazetteerMatch;
  start: number;
  end: number;
}

function modelKey(entry: GazetteerEntry, tail: ModelTail): string {
  const parts = [entry.id];
  if (tail.version) parts.push(...tail.version.split('.'));
  parts.push(...tail.variants);
  if (tail.size) parts.push(tail.size);
  return `model:${parts.join('-')}`;
}

/** "Ms. Kang", "Mr. Choi": an English honorific before a name, though it folds like a company's short name ("MS"). */
const HONORIFIC = /^(?:Mr|Ms|Mrs|Dr)\.\s[A-Z]/;
/** "M.S. 학생", "M.S. 편서진": an academic degree written with dots, though it folds like a company's short name ("MS"). */
const DOTTED_DEGREE = /^(?:M\.S|B\.S|M\.A|B\.A)\.(?![A-Za-z])/;

const NAME_CHAR = /[A-Za-z0-9]/;

/** "llama.cpp", "whisper.cpp", "transformers.js": a name glued to a source file's suffix is a software port, no model. */
const SOURCE_SUFFIX = /^\.(?:cpp|js|py|rs|go)(?![A-Za-z0-9])/;

/** Whether text[start, end) stands between hyphens inside one Latin name ("X-MoE-16B"). */
/** A hyphen, then a parameter size and no more of a word ("-13B", "-2.4B"). */
const SIZE_AFTER_HYPHEN = /^-\d{1,3}(?:\.\d{1,2})?[BM](?![A-Za-z0-9])/;

function hyphenGlued(text: string, start: number, end: number): boolean {
  return text[start - 1] === '-' && NAME_CHAR.test(text[start - 2] ?? '') && text[end] === '-' && NAME_CHAR.test(text[end + 1] ?? '');
}

function tryHit(text: string, hit: TrieHit, rules: RuleSet, m: GazetteerMatcher): GazetteerMatch | undefined {
  if (hit.end - hit.start <= 3 && text.charCodeAt(hit.end) === 46 && HONORIFIC.test(text.slice(hit.start, hit.end + 3))) return undefined;
  if (hit.end - hit.start === 3 && text.charCodeAt(hit.start + 1) === 46 && DOTTED_DEGREE.test(text.slice(hit.start, hit.end + 2))) return undefined;
  if (text.charCodeAt(hit.end) === 46 && SOURCE_SUFFIX.test(text.slice(hit.end, hit.end + 5))) return undefined;
  let cands: { entry: GazetteerEntry; name: string; tail: ModelTail | undefined; versioned: boolean; exact: boolean }[] = [];
  let bareWord: GazetteerEntry | undefined;
  // an entry's names that fold alike ("믿:음", "믿음") end at the same place: its tail is read once
  let tailOf: GazetteerEntry | undefined;
  let lastTail: ModelTail | undefined;
  let possessive: GazetteerMatch | undefined;
  const glued = hyphenGlued(text, hit.start, hit.end);
  const rightGlued = text[hit.end] === '-' && /[A-Za-z]/.test(text[hit.end + 1] ?? '');
  // ("버디-13B": a word the gazetteer keeps out, an app's, hyphened to a parameter size is a model's name, no app)
  const sizeGlued = text[hit.end] === '-' && SIZE_AFTER_HYPHEN.test(text.slice(hit.end, hit.end + 9));
  for (const { entry, name } of hit.entries) {
    // ("누리-MoE-16B-A2B": a generic word hyphened into a name on both sides is a piece of that name)
    const exact = exactMatch(text, hit, name);
    if (entry.type === 'None' && (glued || sizeGlued || (!exact && rightGlued))) continue; // ("Atom-Sol 2": no chip "ATOM", in another case and hyphened to more name)
    if (entry.strict && !exact) continue;
    if (entry.type === 'Benchmark' && isEditionPrefixed(text, hit.start)) continue;
    if (entry.type === 'Model' && tailOf !== entry) {
      tailOf = entry;
      lastTail = readModelTail(text, hit.end, entry, rules, m);
    }
    const tail = entry.type === 'Model' ? lastTail : undefined;
    // ("파이(Phi) 계열": a bare name glossed in parentheses by another of its own names is the family, unmistakably; so is "X의 GLM 모델")
    const pv = entry.versionOnly?.includes(name) && !(tail?.version || tail?.size) ? readPossessiveVersion(text, hit.end) : undefined;
    if (pv) possessive = finish(text, pv.start, pv.end, entry, { end: pv.end, version: pv.label.toLowerCase().replace(/^v(?=\d)/, ''), versionToken: pv.label, variants: [], bridged: text.slice(hit.start, hit.end) }, pv.end, false);
    if (entry.versionOnly?.includes(name) && !(tail?.version || tail?.size) && !glossedByOwnName(text, hit.end, entry) && !ownedFamilyModel(text, hit.start, hit.end)) {
      // (the word as written is the bare name read only with a version: "믿음을" is no "믿:음" either)
      if (exact) bareWord = entry;
      continue;
    }
    cands.push({ entry, name, tail, versioned: Boolean(tail && (tail.version || tail.size || tail.variants.length)), exact });
  }
  if (bareWord) cands = cands.filter((c) => c.entry !== bareWord || c.exact || c.versioned);
  if (!cands.length) return undefined;
  if (cands.length > 1) cands.sort((a, b) => Number(b.versioned) - Number(a.versioned) || Number(b.exact) - Number(a.exact) || TYPE_RANK[a.entry.type]! - TYPE_RANK[b.entry.type]!);
  for (const c of cands) {
    let end = c.versioned ? c.tail!.end : hit.end;
    let edition: string | undefined;
    if (c.entry.type === 'Benchmark') {
      const e = readEdition(text, end);
      end += e.length;
      edition = e.edition;
    }
    if (!endsCleanly(text, end)) {
      const fe = footnoteEnd(text, end);
      if (fe === end || (c.entry.type === 'Model' && !c.versioned)) continue;
      if (!endsCleanly(text, fe)) continue;
      end = fe;
      return keyEdition(finish(text, hit.start, end, c.entry, c.versioned ? c.tail : undefined, hit.end, true), edition);
    }
    const fe = footnoteEnd(text, end);
    const found = keyEdition(finish(text, hit.start, fe !== end && endsCleanly(text, fe) ? fe : end, c.entry, c.versioned ? c.tail : undefined, end, false), edition);
    if (possessive && c.entry.type === 'Company') found.then = possessive;
    return found;
  }
  return undefined;
}

/** An English legal suffix after a company's name ("Corp.", "Co.", "Inc.", "Co., Ltd."). */
const LEGAL_SUFFIX = /^ (?:Corp\.|Co\.(?:,? Ltd\.)?|Inc\.|Ltd\.|Corporation)(?![A-Za-z])/;

function finish(text: string, start: number, end: number, entry: GazetteerEntry, tail: ModelTail | undefined, nameEnd: number, _fn: boolean): GazetteerMatch {
  if (entry.type === 'None') return { start, end, group: entry.id };
  let surface = text.slice(start, Math.min(end, tail ? tail.end : nameEnd));
  const aliases: string[] = [];
  if (tail?.aliasCut) {
    const [a, b] = tail.aliasCut;
    const rest = text.slice(b, tail.end);
    surface = (text.slice(start, a) + rest).replace(/\s+/g, ' ').trim();
    aliases.push(`${tail.familyAlias}${rest}`.replace(/\s+/g, ' ').trim());
    // "라마(Llama) 3.1": the family's gloss inside the name, as the article spells it, is one more form of it
    // (not a versioned name's, "라마 3.1(Llama 3.1) 70B": annotators name those apart from the model the rest names)
    if (tail.glossedFamily && rest.trim()) aliases.push(text.slice(start, tail.end).replace(/\s+/g, ' ').trim());
  }
  if (tail?.bridged) aliases.push(`${tail.bridged} ${surface}`);
  surface = surface.trim();
  // "KT Corp. has been working with …": the company's name with the legal suffix the page prints is one more form of it
  if (entry.type === 'Company' && text.charCodeAt(end) === 32) {
    const suffix = LEGAL_SUFFIX.exec(text.slice(end, end + 16));
    if (suffix) aliases.push(`${surface}${suffix[0]}`);
  }
  const mention: Mention = {
    type: entry.type,
    key: tail ? modelKey(entry, tail) : entryKey(entry),
    surface,
    aliases,
    start,
    end,
    via: tail ? 'version' : 'gazetteer',
  };
  if (entry.type === 'Model') {
    if (entry.developer) mention.developer = `company:${entry.developer}`;
    if (tail) mention.family = entryKey(entry);
    else if (entry.family) mention.family = `model:${entry.family}`;
    if (tail?.params) mention.properties = { parameters: tail.params };
    if (tail?.versionToken) mention.versionToken = tail.versionToken;
    // "엑사원 4.0 32B": the article may call it "엑사원 4.0" too (see article.ts, sized short forms)
    // (and "하이퍼클로바X 시드 3B" "하이퍼클로바X 시드": a variant named with one size, no version)
    if (tail?.size && (tail.version || tail.variants.length)) mention.bareKey = modelKey(entry, { ...tail, size: undefined });
  }
  return { mention, start, end };
}

/** foldText's buffer, reused from sentence to sentence (scanGazetteer does not call itself while scanning). */
let scratch: Int32Array = new Int32Array(256);

/** Scans a sentence for gazetteer names; returns mentions and blocked (non-entity) spans. */
export function scanGazetteer(text: string, rules: RuleSet, m: GazetteerMatcher): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  if (scratch.length < text.length) scratch = new Int32Array(text.length * 2);
  const folded = foldText(text, scratch);
  scratch = new Int32Array(0); // taken: a nested scan (none today) would get its own
  try {
    scanWith(text, folded, rules, m, out);
  } finally {
    scratch = folded;
  }
  return out;
}

function scanWith(text: string, folded: Int32Array, rules: RuleSet, m: GazetteerMatcher, out: GazetteerMatch[]): void {
  for (let i = 0; i < text.length; ) {
    // ("mail.google.com", "s=google;": a lower-case word glued after a dot, an equals sign or an at sign is part of a host, a key or an address, no name)
    if (i > 0 && (isWordCode(text.charCodeAt(i - 1)) || isAfterApostrophe(text, i) || (/[.=@]/.test(text[i - 1]!) && /[a-z]/.test(text[i]!)))) {
      i++;
      continue;
    }
    const hits = matchAt(m.trie, text, i, folded);
    let found: GazetteerMatch | undefined;
    for (let k = 0; k < hits.length; k++) {
      if (isUnitsAi(text, hits, k)) continue;
      found = tryHit(text, hits[k]!, rules, m);
      if (found) break;
    }
    if (found) {
      out.push(found);
      if (found.then) out.push((found = found.then));
      i = Math.max(found.end, i + 1);
    } else i++;
  }
}

