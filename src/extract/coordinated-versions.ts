/** Coordinated versions: "세리프 1과 2는", "엑사원 3.5와 4.0을" — a bare version joined to a versioned model is that family's version. */
import type { Mention, RuleSet } from './types.js';
import { escapeRegex } from './engine/compile.js';
import { modelNamed } from './versions.js';

/** "세리프 1과 2는", "엑사원 3.5와 4.0을": a versioned model, 과/와/및, then a bare version before a particle or a space. */
const COORDINATED_VERSION = /^(?:과|와|및|,)\s?v?(\d{1,2}(?:\.\d{1,2})?)(?=(?:은|는|이|가|의|을|를|도|에|로|으로|에서)?(?:\s|$|[,.]))/;
/** "… 67.3 for Y", "… 61 on B", "… 88 points": an English preposition or unit after a number (a score, not a version). */
const SCORE_PREPOSITION_AFTER = /^\s(?:for|on|in|from|by|points?|percent)\b/;
/** A model name ending in a version number (integer or dotted): its head, the separator and the version. */
const NUMBERED_NAME = /^(.*?[^\s\-])([\s-]?)v?(\d{1,2}(?:\.\d{1,2})?)$/;

/**
 * A version joined to a versioned model by 과/와 ("세리프 1과 2는 모두 오픈소스로 공개돼") is that family's version:
 * "<head><sep><version>" (edits `ms` in place).
 */
export function addCoordinatedVersions(text: string, ms: Mention[], rules: RuleSet): void {
  if (!/\d\s?(?:과|와|및|,)\s?\d/.test(text)) return;
  let added = false;
  for (const m of [...ms]) {
    if (m.type !== 'Model') continue;
    const v = NUMBERED_NAME.exec(m.surface);
    if (!v || !/[A-Za-z가-힣]/.test(v[1]!)) continue;
    const c = COORDINATED_VERSION.exec(text.slice(m.end, m.end + 12));
    if (!c || c[1] === v[3]) continue;
    const start = m.end + c[0].length - c[1]!.length;
    const end = m.end + c[0].length;
    // ("57.9 for X-2, 67.3 for Y": a number a preposition follows is a score in a list, not a version)
    if (SCORE_PREPOSITION_AFTER.test(text.slice(end, end + 12))) continue;
    if (ms.some((x) => x.start < end && start < x.end)) continue;
    ms.push(modelNamed(`${v[1]}${v[2]}${c[1]}`, start, end, rules));
    added = true;
  }
  if (added) ms.sort((a, b) => a.start - b.start);
}

/** A list's joint between two variant words ("와", "과", ", ", "·", " 및 "). */
const LIST_JOINT = /^\s?(?:와|과|,|·|및)\s?/;
/** A variant word's note in parentheses right after it ("(115억 파라미터)", "(8B)"). */
const WORD_NOTE = /^\s?\([^()]{1,30}\)/;
/** What closes the list: how many editions it counts, or the verb they come in ("두 가지", "2종", "로 나뉜다", "으로 나왔다"). */
const LIST_CLOSE = /^(?:\s?(?:두|세|네|[2-4])\s?(?:가지|종류|종|개|버전|모델|라인업)|(?:으로|로)\s(?:나뉘|나뉜|나눠|구성|나왔|나온|출시|공개))/;

const variantAlternations = new WeakMap<RuleSet, RegExp>();
/** A variant word of the lexicon at the start of the text, not the start of a longer word (a list's particle may follow it). */
function variantWordAt(rules: RuleSet): RegExp {
  let re = variantAlternations.get(rules);
  if (!re) variantAlternations.set(rules, (re = new RegExp(`^(?:${[...rules.lexicon.variantWords].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})(?=(?:와|과|로|으로)?(?![가-힣A-Za-z0-9]))`)));
  return re;
}

/**
 * "X은 Base(115억 파라미터)와 Mini(23억 파라미터) 두 가지입니다", "X는 라이트와 프로로 나뉜다": variant words listed right after
 * a model named as the topic, closed by their count or the verb they come in, are that model's editions, each "X <word>"
 * (edits `ms` in place: a reference a bare word was read as gives way).
 */
export function addListedVariants(text: string, ms: Mention[], rules: RuleSet): void {
  if (!/(?:와|과|,|·|및)/.test(text)) return;
  let added = false;
  for (const m of [...ms]) {
    if (m.type !== 'Model' || m.via === 'reference' || m.via === 'anonymous') continue;
    const topic = /^['"’”]?(?:은|는|이|가)\s/.exec(text.slice(m.end, m.end + 4));
    if (!topic) continue;
    const words: { start: number; end: number; word: string }[] = [];
    let at = m.end + topic[0].length;
    for (;;) {
      const w = variantWordAt(rules).exec(text.slice(at, at + 20));
      if (!w) break;
      words.push({ start: at, end: at + w[0].length, word: w[0] });
      at += w[0].length + (WORD_NOTE.exec(text.slice(at + w[0].length, at + w[0].length + 34))?.[0].length ?? 0);
      const joint = LIST_JOINT.exec(text.slice(at, at + 4));
      if (!joint || words.length >= 4) break;
      at += joint[0].length;
    }
    if (words.length < 2 || !LIST_CLOSE.test(text.slice(at, at + 12))) continue;
    for (const w of words) {
      const k = ms.findIndex((x) => x.start < w.end && w.start < x.end);
      if (k >= 0 && ms[k]!.via !== 'reference') continue;
      if (k >= 0) ms.splice(k, 1);
      ms.push(modelNamed(`${m.surface} ${w.word}`, w.start, w.end, rules));
      added = true;
    }
  }
  if (added) ms.sort((a, b) => a.start - b.start);
}

/** After a quoted model's name: one more word, the closing quote, then a naming frame ("… 콜'이라고 부르고", "… 뱅킹'이라는 이름"). */
const NAMED_EDITION_AFTER = /^\s([가-힣]{1,4}|[A-Z][A-Za-z]{1,10})['"’”](?:이)?(?:라고\s(?:부르|불러|부를|이름\s?붙|명명)|라는\s(?:이름|명칭))/;

/**
 * "'X 콜'이라고 부르고 있는데", "'X 뱅킹'이라는 이름으로": a quoted name that is a model's name and one word more, which the
 * sentence says a model is called, is that model's own edition "X 콜", not X (edits `ms` in place).
 */
export function addNamedEditions(text: string, ms: Mention[], rules: RuleSet): void {
  if (!text.includes('라고 ') && !text.includes('라는 ')) return;
  for (const m of [...ms]) {
    if (m.type !== 'Model' || m.via === 'anonymous' || !/['"‘“]/.test(text[m.start - 1] ?? '')) continue;
    const e = NAMED_EDITION_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!e) continue;
    ms.splice(ms.indexOf(m), 1, modelNamed(`${m.surface} ${e[1]!}`, m.start, m.end + 1 + e[1]!.length, rules));
  }
}
