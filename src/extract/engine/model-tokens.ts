/**
 * Hyphenated Latin tokens as model names: a token that contains a known model names one model of its
 * own ("DeepSeek-R1-Distill-Qwen-14B", "LexA-Gemma 12B"), and a capitalised hyphenated token no
 * gazetteer knows ("Nimbus-Ko-Chat"), or a lower-case model id ("nimbus-chat-2.1"), is a model where the sentence releases,
 * owns or describes it as one.
 */
import { normalizeName } from '../../graph/index.js';
import { isParticleTail, parseMagnitude } from '../korean.js';
import type { Mention } from '../types.js';
import { discoveredMention, ENGLISH_HEADLINE_WORD, isTaken, VERSION_TAG, type DiscoveryLexicon } from './discover-common.js';

const LATIN_TOKEN = /[A-Za-z0-9][A-Za-z0-9.\-_]*[A-Za-z0-9]/g;
/** A short prefix glued to a known model ("Ko-Llama 3") is read by the prefix rule, which keeps the family. */
const SHORT_PREFIX = /^[A-Z][A-Za-z]{0,2}-$/;

function sizeOf(name: string): Mention['properties'] | undefined {
  const sizes = [...name.matchAll(/(?<![A-Za-z])(\d+(?:\.\d+)?)[Bb](?![A-Za-z0-9])/g)];
  return sizes.length === 1 ? { parameters: parseMagnitude(sizes[0]![1]!, 'B') } : undefined;
}

/**
 * "LexA-Gemma 12B": a known model that starts after a hyphen inside a longer Latin token and runs past it (a size or
 * version after the token) is the end of one name from the token's start; no family (another company's fine-tune).
 */
function extendAcrossToken(text: string, ms: Mention[], start: number, end: number): boolean {
  const crossing = ms.filter((m) => m.start < end && m.end > end);
  const m = crossing[0];
  if (crossing.length !== 1 || m!.type !== 'Model' || m!.start <= start || text[m!.start - 1] !== '-' || SHORT_PREFIX.test(text.slice(start, m!.start))) return false;
  if (ms.some((x) => x.start < start && x.end > start) || ms.some((x) => x !== m && x.start >= start && x.end <= end && x.type !== 'Model')) return false;
  for (const x of ms.filter((x) => x.start >= start && x.end <= m!.end)) ms.splice(ms.indexOf(x), 1);
  const name = text.slice(start, m!.end);
  const token: Mention = { type: 'Model', key: `model:~${normalizeName(name)}`, surface: name, aliases: [], start, end: m!.end, via: 'discovered' };
  const size = sizeOf(name);
  if (size) token.properties = size;
  ms.push(token);
  return true;
}

/** "a Llama-style architecture", "GPT-4-class results": a likeness suffix makes the token an adjective, no model's name; so does a basis suffix ("a Llama-based upstart", "Qwen-powered agents", "Gemma-derived models"). */
export const LIKENESS_SUFFIX = /-(?:style|like|esque|inspired|class|level|grade|based|powered|derived|driven)$/;

/** "DeepSeek-R1-Distill-Qwen-14B": one model named by the whole hyphenated token, not the names inside it. */
export function extendModelTokens(text: string, ms: Mention[]): void {
  if (!text.includes('-')) return; // only hyphenated tokens are read
  LATIN_TOKEN.lastIndex = 0;
  for (let t = LATIN_TOKEN.exec(text); t; t = LATIN_TOKEN.exec(text)) {
    const start = t.index;
    const end = start + t[0].length;
    if (!t[0].includes('-') || LIKENESS_SUFFIX.test(t[0])) continue;
    if (extendAcrossToken(text, ms, start, end)) continue;
    const inside = ms.filter((m) => m.start >= start && m.end <= end);
    if (!inside.some((m) => m.type === 'Model') || (inside.length === 1 && inside[0]!.start === start && inside[0]!.end >= end - 1)) continue;
    if (ms.some((m) => (m.start < start && m.end > start) || (m.start < end && m.end > end))) continue;
    if (inside.some((m) => m.type !== 'Model')) continue;
    for (const m of inside) ms.splice(ms.indexOf(m), 1);
    const token: Mention = { type: 'Model', key: `model:~${normalizeName(t[0])}`, surface: t[0], aliases: [], start, end, via: 'discovered' };
    // the family the token starts with is its family ("DeepSeek-R1-Distill-Qwen-14B" → DeepSeek, developer 딥시크)
    const head = inside.find((m) => m.start === start && m.type === 'Model' && (m.family || m.via === 'gazetteer'));
    if (head) {
      token.family = head.family ?? head.key;
      token.developer = head.developer;
    }
    const size = sizeOf(t[0]);
    if (size) token.properties = size;
    ms.push(token);
  }
}

/** Between a teacher's and a student's names in a distilled model's Hangul spelling ("X-R1 디스틸 Y 14B" for "X-R1-Distill-Y-14B"). */
const DISTILL_JOIN = /^[\s-](?:디스틸|디스틸드|Distill)[\s-]$/;

/**
 * "딥시크-R1 디스틸 큐웬 14B": two known models joined by "디스틸" name one model of their own, the distilled one (as the
 * Latin token "DeepSeek-R1-Distill-Qwen-14B" does); its family is the first's, as in extendModelTokens.
 */
export function joinDistilledNames(text: string, ms: Mention[]): void {
  if (!text.includes('디스틸') && !text.includes('Distill')) return;
  for (const a of [...ms]) {
    if (a.type !== 'Model' || !ms.includes(a)) continue;
    const b = ms.find((x) => x.type === 'Model' && x.start > a.end && DISTILL_JOIN.test(text.slice(a.end, x.start)));
    if (!b || ms.some((x) => x !== a && x !== b && x.start < b.end && x.end > a.start)) continue;
    const name = text.slice(a.start, b.end);
    const token: Mention = { type: 'Model', key: `model:~${normalizeName(name)}`, surface: name, aliases: [], start: a.start, end: b.end, via: 'discovered' };
    if (a.family || a.via === 'gazetteer') {
      token.family = a.family ?? a.key;
      token.developer = a.developer;
    }
    const size = sizeOf(name);
    if (size) token.properties = size;
    ms.splice(ms.indexOf(a), 1);
    ms.splice(ms.indexOf(b), 1);
    ms.push(token);
  }
}

/** "Nimbus-Ko-Chat", "Orca-Law": capitalised words joined by hyphens, with a lower-case letter somewhere (no acronym pair "HAE-RAE"). */
const HYPHENATED_NAME = /(?<![A-Za-z0-9.\-_/@#])([A-Z][A-Za-z0-9]{1,14}(?:-[A-Z0-9][A-Za-z0-9]{0,14}){1,3})(?![A-Za-z0-9_/\-]|\.[A-Za-z0-9])/g;
/** A company's possessive right before the name ("X의 Nimbus-Ko-Chat"). */
const POSSESSIVE_BEFORE = /의\s$/;
/** A topic or subject particle after the name, in a sentence about training or basing a model. */
const TOPIC_AFTER = /^(?:은|는|이|가)\s/;
/** "X는 Y가 직접 개발했고", "X는 Y가 만들었다": a company as the subject of a making verb right after the name's topic. */
const MADE_BY_COMPANY = /^(?:이|가)\s(?:(?:직접|자체|독자적으로|자체적으로|단독으로)\s)?(?:(?:개발|설계|구축)(?:했|한|하였|해|하고|하며)|만들었|만든|만들어)/;
/** "X-2를 공개했다", "x-chat-3을 새로 출시했다": a versioned name as the object of a release verb. */
const RELEASED_AFTER = /^(?:을|를)\s(?:[가-힣]{1,6}\s)?(?:공개|출시|선보|선봬|내놓|내놨|배포)/;
const DERIVATION_SENTENCE = /기반|베이스|바탕|토대|파인튜닝|미세조정|튜닝|추가 학습|증류|학습(?:한|했|시킨)|얹은|모델(?:입니다|이다|로)/;

/**
 * "nuri-chat-3.2", "bge-m3": a model id in lower case (a developer API's or a hub's spelling), words joined by hyphens whose
 * last part carries a digit; not inside a path, a file name, an address or a code identifier.
 */
const LOWERCASE_ID = /(?<![A-Za-z0-9.\-_/@#:=])([a-z]{2,12}(?:-[a-z0-9]{1,10}){0,3}-(?=[a-z0-9.]*\d)[a-z0-9]{1,10}(?:\.\d{1,2})?)(?![A-Za-z0-9_/\-]|\.[A-Za-z0-9])/g;

/** "gureum-8b-v2", "solar-10.7b-chat": a parameter size as one of a lower-case id's parts (a hub checkpoint's spelling). */
const SIZE_PART = /-\d{1,3}(?:\.\d)?[bm](?=-|$)/;

/** "모아이-R1", "누리-32B", "아라-2": a Hangul name, a hyphen and a Latin or numeric part holding a digit (a Korean model's own spelling). */
const HANGUL_HYPHENATED = /(?<![가-힣A-Za-z0-9.\-_/@#])([가-힣]{2,6}-(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{1,10}(?:\.\d{1,2})?)(?![A-Za-z0-9_/\-]|\.[A-Za-z0-9])/g;
/** "노을-챗 v2", "다온-봇 V1.5": Hangul words joined by a hyphen, then a release tag ('v' and a version). */
const HANGUL_TAGGED = /(?<![가-힣A-Za-z0-9.\-_/@#])([가-힣]{1,6}-[가-힣]{1,6}\s[vV]\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9_/\-]|\.[A-Za-z0-9])/g;

/**
 * "모아-파이낸스를", "다온-로우는", "모아-봇을": Hangul words joined by a hyphen (the second may be one syllable), no digit in them (the particle after the name left off); a
 * model only right after a model noun, a release verb or a company's possessive (see cuedHyphenatedModel).
 */
const HANGUL_JOINED = /(?<![가-힣A-Za-z0-9.\-_/@#])([가-힣]{2,6}-[가-힣]{1,6}?)(?=(?:을|를|은|는|이|가|의|와|과|도|로|으로|에)?(?![가-힣A-Za-z0-9\-]))/g;

/** Capitalised hyphenated names (and lower-case model ids) a release verb, a company's possessive, a model noun or a derivation sentence makes a model. */
export function discoverHyphenatedModels(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  if (!text.includes('-')) return [];
  const out: Mention[] = [];
  for (const re of [HYPHENATED_NAME, LOWERCASE_ID, HANGUL_HYPHENATED, HANGUL_TAGGED, HANGUL_JOINED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(...cuedHyphenatedModel(text, m, re === HYPHENATED_NAME, ms, out, lx, re !== HYPHENATED_NAME && re !== LOWERCASE_ID, re === HANGUL_JOINED));
  }
  return out;
}

/** The model a hyphenated name found at `m` names, if a cue around it makes it one. */
/** (`wordsOnly`: Hangul words with no digit or letter, which only a model noun, a release verb or a possessive right before cues) */
function cuedHyphenatedModel(text: string, m: RegExpExecArray, capitalised: boolean, ms: Mention[], out: Mention[], lx: DiscoveryLexicon, hangul = false, wordsOnly = false): Mention[] {
  // "Nimbus-Fin v1": a release tag after the name is part of it
  const name = m[1]! + (capitalised ? (VERSION_TAG.exec(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 8))?.[0] ?? '') : '');
  const start = m.index;
  const end = start + name.length;
  if ((!hangul && !/[a-z]/.test(name)) || isTaken(ms, out, start, end) || lx.generic.has(normalizeName(name)) || ENGLISH_HEADLINE_WORD.test(name)) return [];
  // ("utf-8", "covid-19", "sha-256": one lower-case word and a bare number name a code or a standard)
  if (!capitalised && /^[a-z]+-\d+$/.test(name)) return [];
  if (/[가-힣]/.test(text[end] ?? '') && !isParticleTail(text, end)) return [];
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  const owned = ms.some((c) => c.type === 'Company' && c.via !== 'blocked' && POSSESSIVE_BEFORE.test(text.slice(c.end, start)));
  const madeBy = /^(?:은|는)\s/.test(after) && ms.some((c) => c.type === 'Company' && c.via !== 'blocked' && c.start === end + 2 && MADE_BY_COMPANY.test(text.slice(c.end, c.end + 24)));
  // (a size part cues an id in running text, a particle or a closing parenthesis after it: not a field's value, "model_name: x-8b-v2")
  if (wordsOnly) return (lx.releaseBefore.test(before) || lx.modelBefore.test(before) || owned) && !lx.notModelAfter.test(after) ? [discoveredMention('Model', name, start, end)] : [];
  const cued = (!capitalised && !hangul && SIZE_PART.test(name) && /^(?:\)|[가-힣])/.test(after)) || lx.releaseBefore.test(before) || lx.modelBefore.test(before) || lx.modelAfter.test(after) || owned || madeBy || (/\d/.test(name) && RELEASED_AFTER.test(after)) || (TOPIC_AFTER.test(after) && DERIVATION_SENTENCE.test(text));
  if (!cued || lx.notModelAfter.test(after)) return [];
  return [discoveredMention('Model', name, start, end)];
}

/** The namespace of a repository id right before '/' ("Qwen/", "meta-llama/"). */
const NAMESPACE_BEFORE = /[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** "Qwen/Qwen3-30B-A3B", "meta-llama/Llama-3.1-8B": a model hub's repository id names one model; its namespace (the owner) names none. */
export function dropRepoNamespaces(text: string, ms: Mention[]): void {
  if (!text.includes('/')) return;
  for (const m of [...ms]) {
    if (m.type !== 'Model' || text[m.start - 1] !== '/') continue;
    const ns = NAMESPACE_BEFORE.exec(text.slice(0, m.start - 1));
    if (!ns) continue;
    for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.type === 'Model' && ms[i]!.start >= ns.index && ms[i]!.end <= m.start - 1) ms.splice(i, 1);
  }
}
