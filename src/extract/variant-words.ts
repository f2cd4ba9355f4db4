/**
 * Variant words ("미니", "라이트", "Pro"): the one place that says which words name a variant of a
 * model line (lexicon.jsonl's `variantWord` list) and which model of an article such a word, alone,
 * names. Read by the article's known names (article-names.ts), the bare words of a sentence
 * (versions.ts) and "<word> 모델" (references.ts).
 */
import { escapeRegex, perRuleSet } from './engine/compile.js';
import { referenceAt, referenceTo } from './references.js';
import type { Mention, RuleSet } from './types.js';

interface Compiled {
  /** "<stem> <word>": a name ending in a variant word. */
  tail: RegExp;
  /** An optional variant word after a version ("오름 LM 2 미니"), as regex source. */
  after: string;
  /** "미니는", "본모델은": a variant word alone, or the main model, as a sentence's topic or object. */
  bare: RegExp;
  /** "나노 모델은", "'라이트' 모델은", "The Mini model": a variant word (maybe quoted) and 모델 (or "model" after "the"). */
  withNoun: RegExp;
  /**
   * " 라이트입니다" right after a known model's name: a variant word, then a particle or a copula (or a closing quote and a spoken
   * copula: " 라이트'요."); not " 베이스 위에" nor " 베이스에 SFT", the base something is built on top of, nor " 베이스 고쳤습니다",
   * " 베이스를 바꿨다", the model's base corrected or swapped.
   */
  afterName: RegExp;
}

/** After 베이스: a verb that corrects or swaps it (" 고쳤습니다", "를 바꿨다"), the model's base changed, no base variant of it. */
export const BASE_CHANGED_AFTER = '(?:를|을)?\\s(?:고쳤|고친|고치|고쳐|수정|바꿨|바꾼|바꾸|바꿔|변경|교체)';
const BASE_CHANGED = `베이스${BASE_CHANGED_AFTER}`;

/**
 * "베타 서비스", "Preview 기간": a trial word before a service or trial noun names the trial, no beta or preview model; nor does one
 * released or opened ("X 베타를 열었다", "X 베타 공개", "X 프리뷰로 출시"): that is X put out as a beta. A beta told of as a
 * model of its own ("이전 버전인 X 베타는 …점이었다") is one.
 */
const TRIAL_SERVICE = '(?:베타|Beta|BETA|프리뷰|Preview)(?:\\s(?:서비스|테스트|테스터|기간|신청|운영|프로그램|공개|출시|오픈)|(?:를|을|로|으로)\\s)';

const compiled = perRuleSet((rules: RuleSet): Compiled => {
  const alt = rules.lexicon.variantWords.map(escapeRegex).join('|');
  return {
    tail: new RegExp(`^(.*\\S)\\s(${alt})$`),
    after: `(?:\\s(?!${BASE_CHANGED})(?:${alt}))?`,
    bare: new RegExp(`(?<![가-힣A-Za-z0-9\\-.])(${alt}|본\\s?모델)(?=은|는|이|가|도|의|을|를)`, 'g'),
    withNoun: new RegExp(`(?<![가-힣A-Za-z])['‘"“]?(${alt})['’"”]?\\s?모델(?=은|는|이|가|을|를|의|도)|(?<=\\b[Tt]he\\s)(${alt})\\smodel(?=['’]s\\s|\\s|,)`),
    afterName: new RegExp(`^\\s(?!베이스\\s위(?:에|에서|로)?\\s|베이스(?:에|에다)\\s|${BASE_CHANGED}|${TRIAL_SERVICE})(?:${alt})(?=(?:['’"”](?=(?:요|예요|이에요)?[.!]))?(?:은|는|이|가|의|을|를|와|과|도|에서|에|로|으로|입니다|이다|다|요|예요|이에요)?(?:[\\s,.:]|\\((?=\\d+(?:\\.\\d+)?[BM]\\)|[A-Za-z][A-Za-z0-9.\\- ]{1,30}\\))|$))`),
  };
});

/** "엑사원 4.0 미니" → stem "엑사원 4.0", word "미니"; undefined for a name not ending in a variant word. */
export function splitVariant(name: string, rules: RuleSet): { stem: string; word: string } | undefined {
  const v = compiled(rules).tail.exec(name);
  return v ? { stem: v[1]!, word: v[2]! } : undefined;
}

/** " 라이트입니다", " Pro는": a variant word right after a model's name (the text after the name, from its start). */
export function variantAfterName(rules: RuleSet): RegExp {
  return compiled(rules).afterName;
}

/** Regex source of an optional variant word after a version ("오름 LM 2 미니"). */
export function variantAfterSource(rules: RuleSet): string {
  return compiled(rules).after;
}

/** What an article calls the larger model beside its variant ("320억 개의 본 모델과 … 미니"). */
export const MAIN_MODEL = ['본 모델', '본모델'];

/** Variant words that name a smaller edition of the model they vary (a "Pro" or "Max" may be larger, so says nothing). */
const SMALLER_WORD = /^(?:미니|나노|라이트|mini|Mini|Lite|Nano)$/;
const COMPARATIVE_NAMES = { larger: ['the larger model', 'The larger model', 'the bigger model', 'The bigger model'], smaller: ['the smaller model', 'The smaller model'] };

/**
 * "X 3 … X 3 Mini … the larger model scored": where the article's only variant is a smaller edition ("Mini", "Lite") of the
 * one stem it names, "the larger model" is that stem and "the smaller model" the variant; with any other variant, neither.
 */
export function comparativeReferences(all: Mention[][], rules: RuleSet): { name: string; type: 'Model'; key: string; reference: true }[] {
  const { byWord, main, ambiguous } = variantNamesOf(all, rules);
  const only = byWord.size === 1 && !ambiguous.size ? [...byWord][0]! : undefined;
  if (!main || !only || !SMALLER_WORD.test(only[0]) || only[1].model.key === main.key) return [];
  return [
    ...COMPARATIVE_NAMES.larger.map((name) => ({ name, type: 'Model' as const, key: main.key, reference: true as const })),
    ...COMPARATIVE_NAMES.smaller.map((name) => ({ name, type: 'Model' as const, key: only[1].model.key, reference: true as const })),
  ];
}

export interface VariantNames {
  /** A variant word → the one model of the article whose name ends in it, and whether the article names its stem too: what "<word> 모델" names. */
  byWord: Map<string, { model: Mention; stemNamed: boolean }>;
  /**
   * What the word alone ("미니는") names: its model where the word is distinctive (lexicon.jsonl's variantWordAlone)
   * or the article names the stem too ("자준 1.5 프로" beside an article's "X 3.5 프로" is no reference to X).
   */
  alone: Map<string, Mention>;
  /** The model the variants vary, where the article's variant names share one stem and the article names it. */
  main?: Mention;
  /** Variant words two of the article's models end in: they name neither. */
  ambiguous: Set<string>;
  /** A hyphenated edition tag ("R" of "X-13B-R") → the one model ending in it whose stem the article names too: what "R 모델" names. */
  tags: Map<string, Mention>;
}

/** "X-13B-R": a name whose last hyphenated part is a short capital tag, and its stem. */
const EDITION_TAG = /^(.+)-([A-Z]{1,2})$/;
/** "R 모델은", "R 모델 역시": an edition tag alone and 모델, as a sentence's topic or object. */
const TAG_WITH_NOUN = /(?<![가-힣A-Za-z0-9\-.])([A-Z]{1,2})\s모델(?=은|는|이|가|을|를|의|도|\s역시\s|\s또한\s)/;

/** Edition tags of the article's models whose stems it names too, each naming the one model that ends in it. */
function editionTags(models: Mention[], named: Map<string, Mention>): Map<string, Mention> {
  const owners = new Map<string, Map<string, Mention>>();
  for (const m of models) {
    const t = EDITION_TAG.exec(m.surface);
    if (!t || !named.has(t[1]!)) continue;
    owners.set(t[2]!, (owners.get(t[2]!) ?? new Map<string, Mention>()).set(m.key, m));
  }
  return new Map([...owners].filter(([, list]) => list.size === 1).map(([tag, list]) => [tag, [...list.values()][0]!]));
}

/**
 * "'X 3.0 미니'를 함께 공개했다 … 미니는 본 모델을 교사로 삼아": over an article's models (not references
 * or anonymous ones), a variant word names the one model whose name ends in it (two make it ambiguous),
 * and "본 모델" the stem they share.
 */
export function variantNamesOf(all: Mention[][], rules: RuleSet): VariantNames {
  const named = new Map<string, Mention>();
  const models: Mention[] = [];
  for (const ms of all)
    for (const m of ms) {
      if (m.type !== 'Model' || m.via === 'reference' || m.via === 'anonymous') continue;
      if (!named.has(m.surface)) models.push(m);
      for (const name of [m.surface, ...m.aliases]) if (!named.has(name)) named.set(name, m);
    }
  const owners = new Map<string, Map<string, { model: Mention; stemNamed: boolean }>>();
  const stems = new Set<string>();
  for (const m of models) {
    const v = splitVariant(m.surface, rules);
    if (!v) continue;
    stems.add(v.stem);
    const list = owners.get(v.word) ?? new Map<string, { model: Mention; stemNamed: boolean }>();
    if (!list.get(m.key)?.stemNamed) list.set(m.key, { model: m, stemNamed: named.has(v.stem) });
    owners.set(v.word, list);
  }
  const byWord = new Map<string, { model: Mention; stemNamed: boolean }>();
  const ambiguous = new Set<string>();
  for (const [word, list] of owners) if (list.size === 1) byWord.set(word, [...list.values()][0]!);
  else ambiguous.add(word);
  const distinctive = new Set(rules.lexicon.variantWordsAlone);
  const alone = new Map([...byWord].filter(([word, v]) => v.stemNamed || distinctive.has(word)).map(([word, v]) => [word, v.model]));
  const main = stems.size === 1 ? named.get([...stems][0]!) : undefined;
  return { byWord, alone, main, ambiguous, tags: editionTags(models, named) };
}

/**
 * "… the nine-billion-parameter X Mini … The Mini model scored": a variant's name read only once the article's names
 * are known (a variant word after a known name) joins the words "<word> model" can name, unless another model ends in it.
 */
export function noteVariantModels(variants: VariantNames, ms: Mention[], rules: RuleSet): void {
  for (const m of ms) {
    if (m.type !== 'Model' || m.via === 'reference' || m.via === 'anonymous') continue;
    const v = splitVariant(m.surface, rules);
    if (!v || variants.ambiguous.has(v.word)) continue;
    const had = variants.byWord.get(v.word);
    if (!had) variants.byWord.set(v.word, { model: m, stemNamed: false });
    else if (had.model.key !== m.key) {
      variants.byWord.delete(v.word);
      variants.ambiguous.add(v.word);
    }
  }
}

/** A model's name right before `at` ("X 1.5 본 모델"). */
function rightAfterModel(text: string, ms: Mention[], at: number): boolean {
  return ms.some((m) => m.type === 'Model' && m.via !== 'reference' && m.end <= at && /^['"’”]?\s?$/.test(text.slice(m.end, at)));
}

/** "14B 모델을", "32B 모델의": a size and the word 모델 as an object or an owner, no model's name before it. */
const SIZE_MODEL_OBJECT = /(?<![\w.가-힣\-·'"’”])\d{1,3}(?:\.\d{1,2})?B\s?모델(?=을|를|의|에서|로부터)/g;

/**
 * "X 미니는 14B 모델을 교사로 삼아 …": after a smaller variant of the article's one main model (its name the main's and a
 * variant word), a size with 모델 as the object names that main model, as "본 모델" does (the article states its size
 * beside its name, not in it). True where it added one.
 */
function addMainBySize(text: string, ms: Mention[], variants: VariantNames, rules: RuleSet): boolean {
  const main = variants.main;
  if (!main || !/\dB\s?모델/.test(text)) return false;
  const variant = ms.find((m) => m.type === 'Model' && m.via !== 'reference' && isSmallerVariantOf(m.surface, main.surface, rules));
  if (!variant) return false;
  let added = false;
  for (const b of text.matchAll(SIZE_MODEL_OBJECT)) {
    const start = b.index;
    const end = start + b[0].length;
    if (start < variant.end || ms.some((m) => m.start < end && start < m.end)) continue;
    ms.push(referenceTo(main, start, end));
    added = true;
  }
  return added;
}

/** Whether `name` is `main` and a word naming a smaller edition ("X 3 미니" of "X 3"). */
function isSmallerVariantOf(name: string, main: string, rules: RuleSet): boolean {
  const v = splitVariant(name, rules);
  return !!v && v.stem === main && SMALLER_WORD.test(v.word);
}

/** Adds a reference for each bare variant word ("미니는") and "본모델" of a sentence (edits `ms` in place). */
export function addBareVariants(text: string, ms: Mention[], variants: VariantNames, rules: RuleSet, focus?: Mention): void {
  // the model in focus, when its name ends in the word ("‘X 3 미니’입니다 … 미니도 52.3점"), beats another model the word names
  const focusWord = focus?.type === 'Model' ? splitVariant(focus.surface, rules)?.word : undefined;
  // ("X 1.5 본 모델(70.2점)": right after a model's name, "본 모델" says that model is the main one, and points to no other)
  for (let k = ms.length - 1; k >= 0; k--) if (ms[k]!.via === 'reference' && MAIN_MODEL.includes(ms[k]!.surface) && rightAfterModel(text, ms, ms[k]!.start)) ms.splice(k, 1);
  // ("'X'와 경량판 'X 라이트'를 공개했다. 라이트는 …": with the model itself in focus, its own variant named beside it)
  const ownVariant = (word: string): Mention | undefined => {
    const v = variants.byWord.get(word)?.model;
    return focus?.type === 'Model' && v && v.surface.startsWith(`${focus.surface} `) ? v : undefined;
  };
  if (!variants.alone.size && !variants.main && !focusWord && !(focus?.type === 'Model' && variants.byWord.size)) return;
  const re = compiled(rules).bare;
  let added = addMainBySize(text, ms, variants, rules);
  for (const b of text.matchAll(re)) {
    const word = b[1]!.replace(/\s/g, '');
    const to = word === '본모델' ? variants.main : word === focusWord ? focus : (variants.alone.get(word) ?? ownVariant(word));
    const start = b.index;
    const end = start + b[0].length;
    // a known short form read for the word alone ("미니" → another article model) yields to the model in focus
    const known = to && to === focus ? ms.findIndex((m) => m.via === 'reference' && m.start === start && m.end === end && m.key !== to.key) : -1;
    if (known >= 0) {
      ms[known] = referenceTo(to!, start, end);
      continue;
    }
    if (!to || ms.some((m) => m.start < end && start < m.end)) continue;
    if (word === '본모델' && rightAfterModel(text, ms, start)) continue;
    ms.push(referenceTo(to, start, end));
    added = true;
  }
  if (added) ms.sort((a, b) => a.start - b.start);
}

/**
 * "나노 모델은", "비전 모델도", "The Mini model": a variant word and 모델 stand for the one model of the article whose name ends in
 * that word; "R 모델 역시": so does an edition tag beside a stem the article names ("X-13B" and "X-13B-R").
 */
export function addVariantReference(text: string, ms: Mention[], variants: VariantNames, rules: RuleSet): void {
  const word = compiled(rules).withNoun.exec(text);
  const tag = word || !variants.tags.size ? null : TAG_WITH_NOUN.exec(text);
  const r = word ?? tag;
  if (!r || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  // ("the mini model" for an article's "X Mini": an English word in lower case names the same variant)
  const to = tag ? variants.tags.get(tag[1]!) : (variants.byWord.get(r[1] ?? r[2]!) ?? (r[2] ? [...variants.byWord].find(([k]) => k.toLowerCase() === r[2]!.toLowerCase())?.[1] : undefined))?.model;
  if (!to) return;
  ms.push(referenceAt(to, r));
  ms.sort((a, b) => a.start - b.start);
}
