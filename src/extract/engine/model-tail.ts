/**
 * What follows a model family's name in the text: a parenthesised gloss of the family ("A.X(에이닷 엑스)"), a
 * product-line word, a version ("4.0", "R1", "ENT-11"), variant words ("라이트", "Instruct") and a size ("72B").
 */
import { isParticleTail, parseMagnitude } from '../korean.js';
import type { GazetteerEntry, RuleSet } from '../types.js';
import { PRODUCT_START, SIZE_START, variantMayStart, VERSION_START } from './char-gates.js';
import type { GazetteerMatcher } from './gazetteer.js';
import { foldName } from './trie.js';
import { BASE_CHANGED_AFTER } from '../variant-words.js';

/** After a lower-case "base" following a size: the phrase closes (punctuation, the end) or a relative clause opens on a pronoun. */
const BASE_CLOSED = /^(?:[,.;:!?)]|$|\s(?:it|that|which|we|they|this)\b)/;
const LATIN_DIGIT = /[A-Za-z0-9]/;
const HANGUL = /[가-힣]/;
/** (a lower-case b or m after the digits is a size, 'gpt-oss-120b', never a version letter) */
/** (a lone capital letter after a Hangul family name is its edition, "믿:음 K", "카나나 K"; not a token the article may use alone) */
const VERSION =
  /[ \-_]?(?:(?:[vV](?=\d))?(\d{1,3}(?:\.\d{1,2}){0,2})([ac-ln-z](?![A-Za-z]))?(?![\d.]*\s?(?:일|월|년|개(?!발|선|편|방)|억|조|만(?!에)|%|위(?!에|해|한)|배|점(?!수)|명|시(?!리즈)|분|초|[BbMm](?![A-Za-z])))|([VRvr]\d+(?:\.\d+)?)(?![A-Za-z\d])|(?<=[^\s]) ([A-Z]{1,5}-?\d{1,3}(?:\.\d+)?)(?![A-Za-z\d])|(?<=[가-힣]) ([A-Z])(?=[가-힣'’"”),.]|\s|$))/y;
/** The version after an edition letter ("믿:음 K 2.5"), no count or date ("K 3종", "K 2년"). */
const EDITION_VERSION = / (\d{1,2}(?:\.\d{1,2})?)(?![\d.]*\s?(?:일|월|년|개|억|조|만|%|위|배|점|명|시|분|초|종|차|회|번|세대|[BbMm](?![A-Za-z])))(?=[^\d.A-Za-z]|$)/y;
/** A product-line word between a family and its version ("바르코 LLM 2.0" is 바르코 2.0). */
const PRODUCT_WORD = /[ ]?(?:LLM|sLM|SLM)(?=[ \-]?(?:[vV]?\d{1,3}(?:\.\d{1,2})?(?![\d.]*\s?(?:[BbMm](?![A-Za-z])|년|월|일|억|조|개|%|점))))/y;
const SIZE = /[ \-_]?(\d+(?:\.\d+)?)([BbMm])(?:[- ]([Aa]\d+[Bb]))?(?![A-Za-z])|[ \-_]?(\d+)x(\d+)B(?![A-Za-z])/y;

export interface ModelTail {
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

/** After a Hangul 베이스: a copula, a quotation or 로, as in "-based" ("베이스라고", "베이스예요", "베이스인 모델", "베이스로 만든"). */
const BASED_COPULA = /^(?:라고|라는|라며|이라|예요|에요|이에요|입니다|이다|다(?![가-힣])|임(?![가-힣])|인\s|로\s|으로\s)/;

/** After a Hangul 베이스: the locative of what is put on it ("베이스에 SFT", "베이스에다 학습"). */
const BASE_PUT_ON = /^(?:에|에다)\s/;
/** After a Hangul 베이스: a verb that corrects or swaps it ("Y 2.0 베이스 고쳤습니다", "Y 베이스를 바꿨다"): Y's base, no base variant. */
const BASE_CHANGED = new RegExp(`^${BASE_CHANGED_AFTER}`);

/** A model's component after a variant word ("비전 인코더", "vision tower"). */
const COMPONENT_AFTER = /^\s?(?:인코더|디코더|타워|어댑터|모듈|encoder|decoder|tower|adapter|module)/i;

/** "their EXAONE 4.0 reasoning model", "its A.X 4.0 large language model": an English variant word in lower case before "(language) model" describes the model, it names no variant. */
function isDescriptiveWord(form: string, text: string, after: number): boolean {
  // ("X 8B 베이스 모델(41.2%)": the Hangul noun phrase "base model" says what kind of model X is, as "base model" does)
  if (form === '베이스') return /^\s모델(?![가-힣A-Za-z0-9])/.test(text.slice(after, after + 4));
  // ("X 오픈 웨이트 생태계", "X open weights": an open-weights phrase says how X is released, no "Open" variant of X)
  if (form === '오픈' || form.toLowerCase() === 'open') return /^\s?(?:웨이트|소스|weights?\b|source\b)/i.test(text.slice(after, after + 8));
  return /^[a-z]+$/.test(form) && /^\s(?:(?:language|reasoning|vision|multimodal|foundation|AI)\s)?(?:model|models)\b/.test(text.slice(after, after + 24));
}

/** True when the family word and its tail so far are written as a hub id: lower case, the parts joined by hyphens ("qwen2.5-7b"). */
function isHubIdTail(text: string, end: number, pos: number): boolean {
  const written = text.slice(end, pos);
  // (the family name lower-cased too, as a hub writes it: "Phi-4 mini" is no id)
  return written.includes('-') && /^[a-z0-9.\-]+$/.test(written) && /[a-z]/.test(text[end - 1] ?? '') && !/[A-Z]/.test(/[A-Za-z0-9.]*$/.exec(text.slice(Math.max(0, end - 24), end))![0]);
}

/** Reads "(에이닷 엑스)", a version, variants and a size after a family name. */
export function readModelTail(text: string, end: number, entry: GazetteerEntry, rules: RuleSet, m: GazetteerMatcher): ModelTail {
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
    // "하이퍼클로바X 시드(HyperCLOVA X SEED) 8B": the name so far, variants and all, in another script, then its size
    if (tail.variants.length && !tail.aliasCut && !tail.size && text[pos] === '(' && glossesTail(text, pos, tail, entry, rules, m)) {
      const close = text.indexOf(')', pos);
      tail.familyAlias = text.slice(pos + 1, close);
      tail.aliasCut = [pos, close + 1];
      pos = close + 1;
      continue;
    }
    const next = text.charCodeAt(pos);
    if (!tail.version && VERSION_START.has(next)) {
      VERSION.lastIndex = pos;
      const v = VERSION.exec(text);
      if (v) {
        tail.version = (v[1] ? v[1] + (v[2] ?? '') : (v[3] ?? v[4] ?? v[5])!).toLowerCase().replace(/-/g, '.');
        if (v[4]) tail.versionToken = v[4];
        pos = VERSION.lastIndex;
        // "믿:음 K 2.5": an edition letter's own version after it
        EDITION_VERSION.lastIndex = pos;
        const ev = v[5] ? EDITION_VERSION.exec(text) : null;
        if (ev) [tail.version, pos] = [`${tail.version} ${ev[1]}`, EDITION_VERSION.lastIndex];
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
      // ("큐웬 베이스 아니에요": a Hangul 베이스 right after a bare family word is "-based", no base variant; "큐웬3 베이스" is one)
      // (nor, in English prose, a lower-case "base" after a bare family word: "the Y base it was built on" is Y's base model)
      // (and a Hangul 베이스 after a version, told as what the model is or is built on: "Y 3 베이스라고", "Y 2 베이스예요", "Y 2 베이스로 만든")
      // (and a lower-case "base" written apart after a size, closing the phrase: "no Y, just the X 7B base, as we said" is X 7B as the base;
      // or before a relative clause's pronoun: "the X 8B base it starts from", "the X 8B base that we tuned")
      // (and a Hangul 베이스 that something is put on, whatever the size: "Y-7B 베이스에 SFT", "Y 7B 베이스에다 학습" is Y-7B as the base;
      // or one corrected or swapped: "Y 2.0 베이스 고쳤습니다" is Y 2.0's base)
      const basedOn = key === 'base' && ((HANGUL.test(form) && (BASE_PUT_ON.test(text.slice(after, after + 4)) || BASE_CHANGED.test(text.slice(after, after + 6)))) || (!tail.size && (((HANGUL.test(form) || form === 'base') && !tail.version) || (HANGUL.test(form) && BASED_COPULA.test(text.slice(after, after + 5))))) || (form === 'base' && tail.size !== undefined && /^\s/.test(vm[0]) && BASE_CLOSED.test(text.slice(after, after + 7))));
      // (a form read only after a size is so in any case: "the Y base it was built on" has the pronoun "it", no "-it" checkpoint)
      const afterSizeOnly = rules.lexicon.variantsAfterSize.some((f) => f.toLowerCase() === form.toLowerCase());
      const placed = (tail.size !== undefined || !afterSizeOnly) && !isDescriptiveWord(form, text, after) && !basedOn;
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

/** The parenthesis at pos spells the family's name with the same version and variants the tail has read so far, and nothing else. */
function glossesTail(text: string, pos: number, tail: ModelTail, entry: GazetteerEntry, rules: RuleSet, m: GazetteerMatcher): boolean {
  const close = text.indexOf(')', pos);
  const inner = close > pos ? text.slice(pos + 1, close) : '';
  if (!inner || inner.length > 30) return false;
  const name = entry.names.find((n) => inner.toLowerCase().startsWith(n.toLowerCase()));
  if (!name) return false;
  const gloss = readModelTail(inner, name.length, entry, rules, m);
  return gloss.end === inner.length && !gloss.size && gloss.version === tail.version && gloss.variants.join() === tail.variants.join();
}
