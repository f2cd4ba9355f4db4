/**
 * Gazetteer matching in one sentence: longest, then earliest match of any listed name, with
 * word boundaries that let particles follow ("KT가", "엑사원을"), footnote digits glued to a
 * name dropped ("KMMLU2)"), model versions and variants read after a family name
 * ("A.X 4.0 라이트", "Qwen2.5-72B", "GPT-4o", "A.X(에이닷 엑스) 4.0"), parenthesised aliases
 * ("마이크로소프트(MS)", "믿:음 2.0(믿음 2.0)") and stock codes ("(017670)") consumed.
 */
import { isParticleTail, parseMagnitude } from '../korean.js';
import { entryKey } from '../rules.js';
import type { GazetteerEntry, Mention, RuleSet } from '../types.js';
import { escapeRegex } from './compile.js';
import { PRODUCT_START, SIZE_START, variantMayStart, VERSION_START } from './char-gates.js';
import { foldName, foldText, matchAt, type TrieHit, type TrieNode } from './trie.js';
import { isUnitsAi } from './spaced-ai.js';
import { readPossessiveVersion } from './possessive-version.js';
import { exactMatch, isAfterApostrophe, isWordCode } from './hit-text.js';
import { endsCleanly, footnoteEnd, glossedByOwnName, isEditionPrefixed, keyEdition, readEdition } from './name-ends.js';

const LATIN_DIGIT = /[A-Za-z0-9]/;
const HANGUL = /[가-힣]/;
/** (a lower-case b or m after the digits is a size, 'gpt-oss-120b', never a version letter) */
/** (a lone capital letter after a Hangul family name is its edition, "믿:음 K", "카나나 K"; not a token the article may use alone) */
const VERSION =
  /[ \-_]?(?:(?:[vV](?=\d))?(\d{1,3}(?:\.\d{1,2}){0,2})([ac-ln-z](?![A-Za-z]))?(?![\d.]*\s?(?:일|월|년|개(?!발|선|편|방)|억|조|만(?!에)|%|위(?!에|해|한)|배|점(?!수)|명|시(?!리즈)|분|초|[BbMm](?![A-Za-z])))|([VRvr]\d+(?:\.\d+)?)(?![A-Za-z\d])|(?<=[^\s]) ([A-Z]{1,5}-?\d{1,3}(?:\.\d+)?)(?![A-Za-z\d])|(?<=[가-힣]) ([A-Z])(?=[가-힣'’"”),.]|\s|$))/y;
/** A product-line word between a family and its version ("바르코 LLM 2.0" is 바르코 2.0). */
const PRODUCT_WORD = /[ ]?(?:LLM|sLM|SLM)(?=[ \-]?(?:[vV]?\d{1,3}(?:\.\d{1,2})?(?![\d.]*\s?(?:[BbMm](?![A-Za-z])|년|월|일|억|조|개|%|점))))/y;
const SIZE = /[ \-_]?(\d+(?:\.\d+)?)([BbMm])(?:[- ]([Aa]\d+[Bb]))?(?![A-Za-z])|[ \-_]?(\d+)x(\d+)B(?![A-Za-z])/y;

export interface GazetteerMatcher {
  trie: TrieNode;
  variantRe: RegExp;
}

export function buildVariantRegex(forms: string[]): RegExp {
  const alt = [...forms].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  return new RegExp(`[ \\-_]?(${alt})`, 'iy');
}

interface ModelTail {
  end: number;
  version?: string;
  variants: string[];
  size?: string;
  params?: number;
  familyAlias?: string;
  /** An alphanumeric version ("ENT-11") that the article may later use alone. */
  versionToken?: string;
  aliasCut?: [number, number];
  /** The gloss in the parentheses is the family word's alone ("라마(Llama) 3.1"), not the versioned name's ("큐원3(Qwen3) 32B"). */
  glossedFamily?: boolean;
  /** "DeepSeek's R1": the label alone, after its maker's possessive (the maker's name as written, for the alias "DeepSeek R1"). */
  bridged?: string;
}

/** Reads "(에이닷 엑스)", a version, variants and a size after a family name. */
/** A model's component after a variant word ("비전 인코더", "vision tower"). */
const COMPONENT_AFTER = /^\s?(?:인코더|디코더|타워|어댑터|모듈|encoder|decoder|tower|adapter|module)/i;

/** "their EXAONE 4.0 reasoning model": an English variant word in lower case before "model" describes the model, it names no variant. */
function isDescriptiveWord(form: string, text: string, after: number): boolean {
  return /^[a-z]+$/.test(form) && /^\s(?:model|models)\b/.test(text.slice(after, after + 8));
}

/** True when the family word and its tail so far are written as a hub id: lower case, the parts joined by hyphens ("qwen2.5-7b"). */
function isHubIdTail(text: string, end: number, pos: number): boolean {
  const written = text.slice(end, pos);
  return written.includes('-') && /^[a-z0-9.\-]+$/.test(written) && /[a-z]/.test(text[end - 1] ?? '');
}

function readModelTail(text: string, end: number, entry: GazetteerEntry, rules: RuleSet, m: GazetteerMatcher): ModelTail {
  const tail: ModelTail = { end, variants: [] };
  let pos = end;
  if (text[pos] === '(') {
    const close = text.indexOf(')', pos);
    const inner = close > pos ? text.slice(pos + 1, close) : '';
    if (inner && inner.length <= 20 && entry.names.some((n) => foldName(n) === foldName(inner))) {
      tail.familyAlias = inner;
      tail.aliasCut = [pos, close + 1];
      tail.glossedFamily = true;
      pos = close + 1;
    }
  }
  // each sticky regex below is run only where its first character can match
  if (PRODUCT_START.has(text.charCodeAt(pos))) {
    PRODUCT_WORD.lastIndex = pos;
    if (PRODUCT_WORD.exec(text)) pos = PRODUCT_WORD.lastIndex;
  }
  for (let guard = 0; guard < 6; guard++) {
    // "큐웬3(Qwen3) 32B": the versioned name in another script, then the rest of the name
    if (tail.version && !tail.aliasCut && text[pos] === '(') {
      const close = text.indexOf(')', pos);
      const inner = close > pos ? text.slice(pos + 1, close) : '';
      const version = tail.version;
      if (inner && inner.length <= 24 && entry.names.some((n) => [`${n}${version}`, `${n} ${version}`].some((f) => foldName(f) === foldName(inner)))) {
        tail.familyAlias = inner;
        tail.aliasCut = [pos, close + 1];
        pos = close + 1;
        continue;
      }
    }
    const next = text.charCodeAt(pos);
    if (!tail.version && VERSION_START.has(next)) {
      VERSION.lastIndex = pos;
      const v = VERSION.exec(text);
      if (v) {
        tail.version = (v[1] ? v[1] + (v[2] ?? '') : (v[3] ?? v[4] ?? v[5])!).toLowerCase().replace(/-/g, '.');
        if (v[4]) tail.versionToken = v[4];
        pos = VERSION.lastIndex;
        continue;
      }
    }
    const vm = variantMayStart(m.variantRe, next) ? ((m.variantRe.lastIndex = pos), m.variantRe.exec(text)) : null;
    if (vm) {
      const after = m.variantRe.lastIndex;
      const form = vm[1]!;
      // (a sign written apart is no variant: "A-14B + B-7B" joins two names, "A-14B+" is one)
      // (nor is a word written apart after a hub id's lower-case, hyphen-joined spelling: "qwen2.5-7b base" is qwen2.5-7b, the
      // base model; the hub would write "qwen2.5-7b-base")
      const apart = /^\s/.test(vm[0]) && (!/[\p{L}\p{N}]/u.test(form) || isHubIdTail(text, end, pos));
      const okEnd = apart ? false : HANGUL.test(form.at(-1)!) ? isParticleTail(text, after) || /^\s/.test(text.slice(after, after + 1)) : !LATIN_DIGIT.test(text[after] ?? ' ');
      const key = rules.lexicon.variants.get(form.toLowerCase());
      // ("X 비전 인코더", "X vision encoder": a variant word before a component's noun names the part, not a variant of X)
      // ("12B IT": some forms are a variant only right after a size)
      const placed = (tail.size !== undefined || !rules.lexicon.variantsAfterSize.includes(form)) && !isDescriptiveWord(form, text, after);
      if (okEnd && key && placed && !tail.variants.includes(key) && !COMPONENT_AFTER.test(text.slice(after, after + 10))) {
        tail.variants.push(key);
        pos = after;
        continue;
      }
    }
    const sm = SIZE_START.has(next) ? ((SIZE.lastIndex = pos), SIZE.exec(text)) : null;
    if (sm && !tail.size) {
      tail.size = sm[1] ? `${sm[1]}${sm[2]!.toLowerCase()}${sm[3] ? `-${sm[3].toLowerCase()}` : ''}` : `${sm[4]}x${sm[5]}b`;
      if (sm[1]) tail.params = parseMagnitude(sm[1], sm[2]!.toUpperCase());
      pos = SIZE.lastIndex;
      continue;
    }
    break;
  }
  // a version right after the variants ("솔라 프로 2" is read by the sub-family; "Gemini Pro 2" is rare)
  tail.end = pos;
  return tail;
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

function tryHit(text: string, hit: TrieHit, rules: RuleSet, m: GazetteerMatcher): GazetteerMatch | undefined {
  if (hit.end - hit.start <= 3 && text.charCodeAt(hit.end) === 46 && HONORIFIC.test(text.slice(hit.start, hit.end + 3))) return undefined;
  let cands: { entry: GazetteerEntry; name: string; tail: ModelTail | undefined; versioned: boolean; exact: boolean }[] = [];
  let bareWord: GazetteerEntry | undefined;
  // an entry's names that fold alike ("믿:음", "믿음") end at the same place: its tail is read once
  let tailOf: GazetteerEntry | undefined;
  let lastTail: ModelTail | undefined;
  let possessive: GazetteerMatch | undefined;
  for (const { entry, name } of hit.entries) {
    const exact = exactMatch(text, hit, name);
    if (entry.strict && !exact) continue;
    if (entry.type === 'Benchmark' && isEditionPrefixed(text, hit.start)) continue;
    if (entry.type === 'Model' && tailOf !== entry) {
      tailOf = entry;
      lastTail = readModelTail(text, hit.end, entry, rules, m);
    }
    const tail = entry.type === 'Model' ? lastTail : undefined;
    // ("파이(Phi) 계열": a bare name glossed in parentheses by another of its own names is the family, unmistakably)
    const pv = entry.versionOnly?.includes(name) && !(tail?.version || tail?.size) ? readPossessiveVersion(text, hit.end) : undefined;
    if (pv) possessive = finish(text, pv.start, pv.end, entry, { end: pv.end, version: pv.label.toLowerCase().replace(/^v(?=\d)/, ''), versionToken: pv.label, variants: [], bridged: text.slice(hit.start, hit.end) }, pv.end, false);
    if (entry.versionOnly?.includes(name) && !(tail?.version || tail?.size) && !glossedByOwnName(text, hit.end, entry)) {
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
    if (tail?.size && tail.version) mention.bareKey = modelKey(entry, { ...tail, size: undefined });
  }
  return { mention, start, end };
}

/** Scans a sentence for gazetteer names; returns mentions and blocked (non-entity) spans. */
/** foldText's buffer, reused from sentence to sentence (scanGazetteer does not call itself while scanning). */
let scratch: Int32Array = new Int32Array(256);

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
    if (i > 0 && (isWordCode(text.charCodeAt(i - 1)) || isAfterApostrophe(text, i))) {
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

