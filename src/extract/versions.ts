/**
 * Bare versions in succession statements: "한결-L 2.0은 1.5의 후속 모델이다", "2.0은 1.5의 업그레이드
 * 버전이다". A dotted version number alone stands for "<family> <version>" when the family is clear:
 * the first model of the sentence with a dotted version, else the model the article is about (focus).
 */
import { isSubjectsOwnSize } from './stated-sizes.js';
import { normalizeName } from '../graph/index.js';
import { findMentions } from './engine/mentions.js';
import { parseMagnitude } from './korean.js';
import type { Mention, RuleSet } from './types.js';
import { sameModelInTwoScripts } from './transliterate.js';
import { sameStemSound } from './stem-sounds.js';
import { addVariantVersion, hasVariantVersion } from './version-variants.js';
import { addTaggedVersions, sizedSiblingOf, versionedStem } from './versioned-stems.js';

/** Words of succession: only there is a bare number read as a version. */
const SUCCESSION = /후속|업그레이드|전작|이전\s?(?:모델|버전)|차기|계승|뒤를\s?잇/;
/** "2.0의 체크포인트에서", "1.5의 가중치를": a bare version whose weights a model starts from is a model of the family too. */
const WEIGHTS_OF_VERSION = /(?<![\w.가-힣\-·])v?\d{1,2}\.\d{1,2}(?:\s?버전)?의\s(?:체크포인트|가중치|웨이트)(?:에서|를|을|로부터)\s/;
/** "1.5의", "2.0은", "1.5 버전의", "1.0(44.8점)": a dotted number, then a particle, 버전 or its score in parentheses (not 점, %, 배, 억 …; nor a table row's whole cell, "| 74.90 |", a score). */
const BARE_VERSION = /(?<![\w.가-힣\-·])(?<!\|\s?)v?(\d{1,2}\.\d{1,2})(?=(?:\s?버전)?(?:은|는|이|가|의|을|를|와|과|도|보다|에서|으로|로)?(?:\s|$|[,.])|\s?\(\d{1,3}(?:\.\d{1,2})?\s?점\))/g;
/** "2.1을 증류해 만든", "2.1을 기반으로": a bare version as what a model was distilled or derived from (read as the article's full name). */
const DERIVED_FROM = /^(?:\s?버전)?(?:을|를)\s(?:증류|지식\s?증류|압축|경량화|양자화|미세조정|파인튜닝|기반으로|바탕으로|토대로)/;
/** "1.0은 …", "참고로 1.0은 …": a bare dotted version as the topic or subject that opens the sentence (after one adverb at most). */
const TOPIC_VERSION = /^(?:[※*]\s?)?(?:[가-힣]{2,4}(?:로|히|만|도)?,?\s)?(v?\d{1,2}\.\d{1,2})(?=(?:은|는|이|가)\s)/;
/** ("1.0과 동일하게 Y 위에서 학습": or as what the sentence's model shares its making with) */
const SHARED_VERSION = /^(v?\d{1,2}\.\d{1,2})(?=(?:과|와)\s(?:동일하게|마찬가지로|똑같이)\s)/;
/** The mention of "<head><sep><version>": the gazetteer's model when it knows the name, else a discovered one. */
export function modelNamed(name: string, start: number, end: number, rules: RuleSet): Mention {
  const known = findMentions(name, rules).find((m) => m.type === 'Model' && m.start === 0 && m.end === name.length && m.via !== 'discovered');
  if (known) return { ...known, aliases: [], start, end, surface: name };
  return { type: 'Model', key: `model:~${normalizeName(name)}`, surface: name, aliases: [], start, end, via: 'discovered' };
}

/** A mention at [start, end) that stands for the article's model `name` by reference (the name's own mention, no properties). */
export function referenceNamed(name: string, start: number, end: number, rules: RuleSet): Mention {
  return { ...modelNamed(name, start, end, rules), via: 'reference', properties: undefined };
}

/** The names among `names` whose size is `size` ("X 32B", "Y-32B" for "32B"). */
function namesOfSize(names: readonly string[], size: string): string[] {
  return names.filter((n) => SIZED_NAME.exec(n)?.[3] === size);
}

/**
 * Adds a model mention for each bare version of a succession sentence (edits `ms` in place); in any sentence, for a
 * version said with the word 버전 ("1.0 버전은 …") whose full name "<family> <version>" the article names (`articleModels`).
 */
export function addBareVersions(text: string, ms: Mention[], rules: RuleSet, focus: Mention | undefined, articleModels: readonly string[] = []): void {
  const succession = SUCCESSION.test(text) || WEIGHTS_OF_VERSION.test(text);
  if (succession && /[vV]\d/.test(text)) addTaggedVersions(text, ms, (name, start, end) => modelNamed(name, start, end, rules)); // ("X v3는 v2의 후속")
  const topical = TOPIC_VERSION.exec(text) ?? SHARED_VERSION.exec(text);
  const derived = /\d(?:을|를)\s/.test(text);
  if (!/\d\.\d/.test(text) || (!succession && !hasVariantVersion(text) && !/\d\s?버전/.test(text) && !topical && !derived)) return;
  // (a sized name of the sentence, "Y 3.1 70B" in "2.0은 Y 3.1 70B 기반", anchors a bare version only failing the focus's line)
  const own = ms.find((m) => versionedStem(m) !== undefined && !versionedStem(m)!.sized);
  const anchor = own ?? (versionedStem(focus) ? focus : ms.find((m) => versionedStem(m) !== undefined));
  const stem = versionedStem(anchor);
  if (!anchor || !stem) return;
  let added = false;
  for (const b of text.matchAll(BARE_VERSION)) {
    const start = b.index;
    // ("2.5 버전이": the word 버전 is the reference's own, so the particle after it is the mention's)
    const worded = /^\s?버전/.exec(text.slice(start + b[0].length))?.[0].length ?? 0;
    const end = start + b[0].length + worded;
    if (ms.some((m) => m.start < end && start < m.end)) continue;
    const version = b[1]!;
    if (!stem.version.includes('.') && !(Number(version) < Number(stem.version) && /^(?:\s?버전)?의\s(?:후속|업그레이드|차기|가중치|체크포인트|웨이트)/.test(text.slice(start + b[0].length)))) continue; // (after "X 3", only an earlier version it follows or starts from: "2.5의 후속", "1.5의 가중치")
    if (!succession && !worded && addVariantVersion(text, ms, start, start + b[0].length, `${stem.head}${stem.sep}${version}`, rules)) continue;
    // ("참고로 1.0은 Y를 바탕으로 …", "1.0과 동일하게 Y 위에서": a bare version opening the sentence, of a model the article names in full)
    const opening = topical !== null && start === topical.index + topical[0].length - topical[1]!.length;
    const from = derived && DERIVED_FROM.test(text.slice(start + b[0].length));
    if (!succession && !((worded || opening || from) && articleModels.includes(`${stem.head}${stem.sep}${version}`))) continue;
    // ("X (v1.0 후속 패치)": a version in brackets right after the family's unversioned name is that model's own, no sibling)
    const glossed = ms.find((m) => m.type === 'Model' && m.surface === stem.head && /^\s?\(\s?$/.test(text.slice(m.end, start)));
    const same = version === stem.version ? anchor : glossed;
    // ("X 코어 2.0은 X 1.5의 후속": the brand word alone before the version names the line's older model "X 1.5", not "X 코어 1.5")
    // (one the article names in full with the line word, "X 코어 2.0" beside a rename "X 2.0 → X 코어 2.0", is that model)
    const brand = same || articleModels.includes(`${stem.head}${stem.sep}${version}`) ? undefined : BRAND_BEFORE.exec(text.slice(Math.max(0, start - 14), start))?.[1];
    if (brand && stem.head.startsWith(`${brand} `) && !ms.some((m) => m.start < start && start - brand.length - 1 < m.end)) {
      ms.push(modelNamed(`${brand} ${version}`, start - brand.length - 1, end, rules));
      added = true;
      continue;
    }
    // ("3.2는 3.1의 후속" of "X-3.2-12B" and "X-3.1-8B": the sized model of that version the article names, else none)
    const sibling = stem.sized && !same ? sizedSiblingOf(`${stem.head}${stem.sep}${version}`, articleModels) : undefined;
    if (stem.sized && !same && !sibling) continue;
    // (one opening a sentence that names no succession is the writer's shorthand for another model of the line: a reference to it)
    const mention = same ? { ...same, aliases: [], start, end, via: 'reference', properties: undefined } : sibling ? referenceNamed(sibling, start, end, rules) : opening && !succession ? referenceNamed(`${stem.head}${stem.sep}${version}`, start, end, rules) : modelNamed(`${stem.head}${stem.sep}${version}`, start, end, rules);
    ms.push(mention);
    added = true;
  }
  if (added) ms.sort((a, b) => a.start - b.start);
}

/** "32B를", "7B와 1.5B는", "32B 모델을", "14B에서": a size alone (maybe then 모델), before a particle (not "70B급", not inside a name). */
const BARE_SIZE = /(?<![\w.가-힣\-·])(\d{1,3}(?:\.\d{1,2})?[BM])(?=(?:\s?모델)?(?:은|는|이|가|의|을|를|와|과|도|로|으로|만|에서)(?:\s|$|[,.]))/g;
/** The word just before a bare size ("하람 14B"): a brand, when a sized model of the sentence starts with it. */
const BRAND_BEFORE = /(?<![\w가-힣\-·])([가-힣A-Za-z][가-힣A-Za-z0-9]{1,11}) $/;
/** A model name ending in a size (maybe then a variant word: "X-2 3B 미니"): its stem and the separator before the size. */
const SIZED_NAME = /^(.*?[^\s\-])([\s-])(\d{1,3}(?:\.\d{1,2})?[BM])(?:[\s-](?:미니|라이트|프로|인스트럭트|Mini|Lite|Pro|Instruct|Chat|Base))?$/;

/**
 * Bare sizes next to a sized model of the family: "Nuri-Ko 2 1.5B: 32B를 teacher로 …". A size alone stands
 * for "<stem> <size>" of the sentence's sized model (edits `ms` in place). Not the model in focus: a sentence
 * of bare sizes only keeps its property reading by focus.
 */
export function addBareSizes(text: string, ms: Mention[], rules: RuleSet, articleModels: readonly string[] = [], focus?: Mention, sizedNames: readonly string[] = [], modelKeys: ReadonlySet<string> = new Set()): void {
  if (!/\d[BM]/.test(text)) return;
  const sized = (m: Mention | undefined) => (m?.type === 'Model' ? SIZED_NAME.exec(m.surface) : null);
  const anchor = ms.find((m) => sized(m));
  const stem = sized(anchor);
  if (!anchor) {
    if (EN_SIZED_MODEL.test(text)) addEnglishArticleSizes(text, ms, rules, sizedNames, focus);
    // (failing the discovered ones, the gazetteer's sized models the article names: "X 5.0 236B" … "236B가 61.2점")
    // (two sizes or more of one line: one size alone, "27B 모델을 학습시켰다", may be any model of that size)
    if (!addArticleSizes(text, ms, rules, articleModels)) addArticleSizes(text, ms, rules, withSized(articleModels, sizedNames), 2);
    return;
  }
  if (!stem || !/[A-Za-z가-힣]/.test(stem[1]!)) return;
  let added = false;
  for (const b of text.matchAll(BARE_SIZE)) {
    let start = b.index;
    // ("32B 모델을": the word 모델 is the reference's own, so the particle after it is the mention's; only a size the
    // article names in full, "<stem> 32B" — a flagship named without its size is not a sibling "<stem> 32B")
    const word = /^\s?모델/.exec(text.slice(start + b[1]!.length))?.[0].length ?? 0;
    const end = start + b[1]!.length + word;
    if (ms.some((m) => m.start < end && start < m.end)) continue;
    const size = b[1]!;
    if (isSubjectsOwnSize(text, start, size)) continue; // ("파라미터 수도 7.6B로 Y-7B와 동일합니다")
    // ("3B 모델은 메타의 'Y 3B'를 뼈대로 삼고": a size with 모델 before the sentence's own model of that size is another of the
    // article's models — the one other it names with that size — not that model itself)
    if (word && size === stem[3] && end <= anchor.start) {
      // (failing a discovered one, a gazetteer's model of the sentence's model's family: "32B 모델은 기존 'X 4.0 32B'의 후속" → "X 5.0 32B")
      const other = otherOfSize(size, articleModels, ms, rules) ?? otherOfSize(size, withSized(articleModels, sizedNames).filter((n) => n.split(' ')[0] === stem[1]!.split(' ')[0]), ms, rules);
      if (other) ms.push(referenceNamed(other, start, end, rules));
      added ||= other !== undefined;
      continue;
    }
    if (word && !articleModels.includes(`${stem[1]}${stem[2]}${size}`)) {
      // ("'Y 1.2B'는 32B 모델을 증류해 만들었다" where the article names the line's flagship only as "Y": the flagship, of the other size)
      const flagship = size !== stem[3] ? referenceNamed(stem[1]!, start, end, rules) : undefined;
      if (flagship && flagship.key !== anchor.key && modelKeys.has(flagship.key)) {
        ms.push(flagship);
        added = true;
      }
      continue;
    }
    // "하람 14B의 후속" beside "하람-R 32B": the brand word alone before the size names an older line of the maker's, not "<stem> 14B"
    const brand = BRAND_BEFORE.exec(text.slice(Math.max(0, start - 14), start))?.[1];
    if (brand && stem[1]!.startsWith(brand) && /^[\s\-]/.test(stem[1]!.slice(brand.length))) {
      start -= brand.length + 1;
      if (ms.some((m) => m.start < end && start < m.end)) continue;
      const named = modelNamed(`${brand} ${size}`, start, end, rules);
      ms.push(named.via === 'discovered' ? { ...named, properties: { parameters: parseMagnitude(size.slice(0, -1), size.at(-1)!) } } : named);
    } else if (size === stem[3]) ms.push({ ...anchor, aliases: [], start, end, via: 'reference', properties: undefined });
    else ms.push(otherLineSize(size, `${stem[1]}${stem[2]}${size}`, sizedNames, focus, start, end, rules) ?? modelNamed(`${stem[1]}${stem[2]}${size}`, start, end, rules));
    added = true;
  }
  if (added) ms.sort((a, b) => a.start - b.start);
}

/** The article's discovered model names and the sized names it gives (the gazetteer's among them: "X 5.0 236B"), each once. */
function withSized(articleModels: readonly string[], sizedNames: readonly string[]): readonly string[] {
  return sizedNames.length ? [...new Set([...articleModels, ...sizedNames])] : articleModels;
}

/**
 * "Y-8B로 초기화한 뒤 32B를 교사 모델로 삼아" beside the article's "X 32B": a size the sentence's sized model's line never names
 * in the article, where the article names one model of that size, is that model, no sibling "<Y> 32B" of the sentence's.
 */
function otherLineSize(size: string, sibling: string, articleModels: readonly string[], focus: Mention | undefined, start: number, end: number, rules: RuleSet): Mention | undefined {
  if (articleModels.includes(sibling)) return undefined;
  const named = ofFocusLine(namesOfSize(articleModels, size), focus);
  return named.length === 1 ? referenceNamed(named[0]!, start, end, rules) : undefined;
}

/**
 * The one model of the article with this size that the sentence does not name ("3B" beside the sentence's own "Y 3B");
 * one model spelt in both scripts, "하람 3B" and "Haram-3B", is one model.
 */
function otherOfSize(size: string, articleModels: readonly string[], ms: readonly Mention[], rules: RuleSet): string | undefined {
  const named = new Set(ms.flatMap((m) => (m.type === 'Model' ? [m.surface, ...m.aliases] : [])));
  const others = [...new Set(namesOfSize(articleModels, size).filter((n) => !named.has(n)))];
  const first = others.find((n) => /[가-힣]/.test(n)) ?? others[0];
  return first !== undefined && others.every((n) => n === first || sameModelInTwoScripts(n, first, rules) || sameStemSound(n, first, SIZED_NAME)) ? first : undefined;
}

/** The mentions addArticleSizes made: a size named in passing, which leaves the article's focus where it was. */
const PASSING_SIZES = new WeakSet<Mention>();

/** Whether the mention is a size named in passing ("3B 모델은 …" for the article's "<stem> 3B"; see addArticleSizes). */
export function isPassingSize(m: Mention | undefined): boolean {
  return m !== undefined && PASSING_SIZES.has(m);
}

/** A bare size, maybe with its count in parentheses and the word 모델 ("8B(80억 개)는", "32B 모델을"), before a particle. */
const NOTED_SIZE = /(?<![\w.가-힣\-·])(\d{1,3}(?:\.\d{1,2})?[BM])(?:\s?\([^()]{1,15}\))?(\s?모델)?(?=(?:은|는|이|가|의|을|를|와|과|도|로|으로|만|에서|(?<=모델)에)(?:\s|$|[,.]))/g;

/**
 * Bare sizes in a sentence that names no sized model, as the article's own models of those sizes (edits `ms` in place):
 * "3B 모델은 14B 모델을 교사로 삼아 …", a size with the word 모델 where one model of the article has that size; and
 * "중간 크기인 8B(80억 개)는 32B 모델을 …", a size alone in a sentence that names no model, where the article's sized models
 * are a line-up (two or more sizes under one stem; one sized model alone is none: "본 모델인 32B" beside a base "Y 32B").
 * Every size read must name one model, all of one stem ("7B 모델" with no such model, or sizes of two lines, stay words).
 * True where it read the sizes (`minSizes`: how many it must read at least).
 */
function addArticleSizes(text: string, ms: Mention[], rules: RuleSet, articleModels: readonly string[], minSizes = 1): boolean {
  if (!articleModels.length) return false;
  const bySize = new Map<string, Set<string>>();
  const stemOf = new Map<string, string>();
  const sizesOfStem = new Map<string, Set<string>>();
  for (const n of articleModels) {
    const s = SIZED_NAME.exec(n);
    if (!s || !/[A-Za-z가-힣]/.test(s[1]!)) continue;
    bySize.set(s[3]!, (bySize.get(s[3]!) ?? new Set()).add(n));
    stemOf.set(n, s[1]!);
    sizesOfStem.set(s[1]!, (sizesOfStem.get(s[1]!) ?? new Set()).add(s[3]!));
  }
  const named = ms.filter((m) => m.type === 'Model' && m.via !== 'reference');
  const unnamed = !named.length;
  const lineup = bySize.size >= 2 && new Set(stemOf.values()).size === 1 && unnamed;
  // "X-V는 3B 모델에 …, X-씽크는 14B를 기반으로": where the sentence names only unsized variants of one line ("<stem>-<tag>"), a size
  // alone is that line's model of the size (not "X-씽크 14B", a variant's own size)
  const ofVariants = (n: string): boolean => !unnamed && named.every((m) => !SIZED_NAME.test(m.surface) && m.surface.startsWith(`${stemOf.get(n)!}-`));
  const found: { start: number; end: number; names: string[] }[] = [];
  for (const b of text.matchAll(NOTED_SIZE)) {
    const end = b.index + b[0].length;
    // (a size alone, no 모델, where the article has two lines: a size of a line named in two sizes or more — "236B가 61.2점,
    // 2.4B가 38.5점" beside the older line's one "X 4.0 32B")
    const variants = [...(bySize.get(b[1]!) ?? [])].filter(ofVariants);
    const ofLineup = variants.length === 1 ? variants : b[2] || lineup ? undefined : unnamed ? [...(bySize.get(b[1]!) ?? [])].filter((n) => sizesOfStem.get(stemOf.get(n)!)!.size >= 2) : [];
    if (ofLineup?.length === 0 || ms.some((m) => m.start < end && b.index < m.end)) continue;
    const names = ofLineup ?? [...(bySize.get(b[1]!) ?? [])];
    if (!names.length) return false;
    found.push({ start: b.index, end, names });
  }
  // a size two lines have ("3B" of "X 3B" and "Y 3B"), in a list of the sizes' scores ("13B 모델이 57.9점, 3B 모델이 44.3점"), is the
  // one of the line the list's other sizes name (elsewhere, "1B 모델은 8B 모델을 교사로", it names no one model)
  const scored = found.length >= 2 && found.every((f) => SCORE_RIGHT_AFTER.test(text.slice(f.end, f.end + 12)));
  const stems = new Set(found.filter((f) => f.names.length === 1).map((f) => stemOf.get(f.names[0]!)!));
  const picked = found.map((f) => ({ ...f, name: f.names.length === 1 ? f.names[0]! : scored ? onlyOf(f.names.filter((n) => stems.has(stemOf.get(n)!))) : undefined }));
  if (picked.length < minSizes || !picked.length || picked.some((f) => f.name === undefined) || new Set(picked.map((f) => stemOf.get(f.name!))).size !== 1) return false;
  for (const f of picked) {
    const m: Mention = referenceNamed(f.name!, f.start, f.end, rules);
    PASSING_SIZES.add(m);
    ms.push(m);
  }
  ms.sort((a, b) => a.start - b.start);
  return true;
}

/** A score right after a size's particle ("3B 모델이 44.3점", "236B가 61.2%"). */
const SCORE_RIGHT_AFTER = /^(?:은|는|이|가)?\s?\d{1,3}(?:\.\d{1,2})?\s?(?:점|%)/;

/** The one name of a list, else none. */
function onlyOf(names: string[]): string | undefined {
  return names.length === 1 ? names[0] : undefined;
}

/** "the 32B model", "the 2.4-billion… version": an English size with a model noun after it (a size the article named in full). */
// ("distilled from the 14B,", "The 14B is the successor": the size alone before a clause's end or its verb is the model too)
const EN_SIZED_MODEL = /\b(?:[Tt]he|[Ii]ts)\s(\d{1,3}(?:\.\d{1,2})?[BM])(?:(?:-parameter)?\s(?:model|version|variant)\b|(?=[,.;:)]|\s(?:is|was|gets|got|scores|scored|beats|beat|outperforms|outscores)\b))/;

/**
 * "On X, …, the 32B model recorded 81.5": in a sentence that names no sized model, "the 32B model" is the article's one model
 * of that size; among several (its own "X 32B" beside a rival's "Y-32B"), the one of the model in focus's line.
 */
function addEnglishArticleSizes(text: string, ms: Mention[], rules: RuleSet, articleModels: readonly string[], focus: Mention | undefined): void {
  const r = EN_SIZED_MODEL.exec(text)!;
  const start = r.index + r[0].indexOf(r[1]!);
  const end = r.index + r[0].length;
  if (ms.some((m) => m.start < end && start < m.end)) return;
  const sized = namesOfSize(articleModels, r[1]!);
  const own = ofFocusLine(sized, focus);
  if (own.length !== 1) return;
  ms.push(referenceNamed(own[0]!, start, end, rules));
  ms.sort((a, b) => a.start - b.start);
}

/** The article's sized models, one name each (its first sized surface): what a bare size may stand for. */
/** The keys of the models the article names (not by reference). */
export function articleModelKeys(first: readonly Mention[][]): Set<string> {
  return new Set(first.flat().flatMap((m) => (m.type === 'Model' && m.via !== 'blocked' && m.via !== 'reference' ? [m.key] : [])));
}

export function sizedModelNames(first: readonly Mention[][]): string[] {
  const byKey = new Map<string, string>();
  for (const m of first.flat()) if (m.type === 'Model' && m.via !== 'blocked' && m.via !== 'reference' && !byKey.has(m.key) && SIZED_NAME.test(m.surface)) byKey.set(m.key, m.surface);
  return [...byKey.values()];
}

/** A variant word ending a model's name ("X 2 Lite", "X 3 미니"). */
const VARIANT_END = /[\s-](?:미니|라이트|프로|인스트럭트|Mini|Lite|Pro|Instruct|Chat|Base)$/;

/** Sized names of the article: the one alone, or among several those of the model in focus's line (its stem). */
function ofFocusLine(names: string[], focus: Mention | undefined): string[] {
  if (names.length < 2) return names;
  // ("Seoram 2 Lite" in focus: a variant word after the line's name is no part of it)
  const unsized = focus?.type === 'Model' ? focus.surface.replace(VARIANT_END, '') : undefined;
  const focusStem = unsized && (SIZED_NAME.exec(unsized)?.[1] ?? unsized);
  return names.filter((n) => SIZED_NAME.exec(n)![1] === focusStem);
}
