/**
 * Properties stated for several models at once. readProperties attaches a cue to one model; this
 * spreads it where the sentence speaks of more than one:
 * - coordinated subjects: "A와 B는 … 오픈소스로 풀렸다" → both;
 * - a group named before: "텍스트 모델 3종은 모두 프롬 스크래치로 개발됐다" (no model named) → every
 *   model of the last sentence that listed several;
 * - "같은 날 공개": the release day is the one the article gave last.
 */
import type { Mention, RuleSet } from '../types.js';
import { escapeRegex, perRuleSet } from './compile.js';
import { hasReleaseVerb } from './property-cues.js';
import type { PropertyResult } from './properties.js';
import { COUNT_WORDS } from '../count-words.js';
import type { PropertyFact } from './properties.js';
import { likewiseFromScratch, type FromScratchStatement } from './likewise-properties.js';
import { datedTitleRelease } from './dated-titles.js';

const GROUP_WORD = /(?:[2-9]|두|세|네|다섯)\s?(?:종|개\s?모델|가지\s?모델|개\s?버전|가지)(?:은|는|이|가)?\s?(?:모두|전부|다)|(?:은|는)\s모두\s/;
/** "세 모델 모두", "두 모델은 모두": the group counted, to be matched with the models last listed. */
const GROUP_COUNTED = /(두|세|네|다섯)\s?(?:모델|버전)(?:은|는|이|가)?\s?(?:모두|전부)\s/;
function groupCount(text: string): number | undefined {
  const g = GROUP_COUNTED.exec(text);
  return g ? COUNT_WORDS[g[1]!] : undefined;
}
const SAME_DAY = /같은 날|같은 날짜|동시에 공개|당일/;
/** Released together with another model: "함께 공개된", "같이 올린", "동시에 출시", "두 가지 크기로 나왔다" (the verbs: lexicon.jsonl's releaseVerb and releasedForm). */
const releasedTogether = perRuleSet((rules: RuleSet): RegExp => {
  const verbs = [...(rules.lexicon.cues.get('releaseVerb') ?? []), ...(rules.lexicon.cues.get('releasedForm') ?? [])].map(escapeRegex).join('|');
  return new RegExp(`(?:(?:함께|같이|동시에)\\s?|(?:[2-9]|두|세|네|다섯)\\s?(?:(?:종|가지)(?:\\s?(?:크기|버전|모델|사이즈))?|모델|버전|크기|사이즈)(?:으로|로)\\s?)(?:${verbs})(?![가-힣]{0,3}(?:겠|기로|려고|지\\s?않|지\\s?못|예정|계획))`);
});
/** A model the sentence places as released before ("지난해 선보인 X", "X의 후속작으로"): not one of those released together. */
const OLDER_BEFORE = /(?:선보인|공개한|공개된|내놓은|내놨던|출시한|출시된|나온|발표한)\s['"‘“]?$/;
/** "함께 공개된 'X'", "동시에 선보인 X", "함께 나온 X": the release verb before the model is the one it shares, no older release. */
const TOGETHER_BEFORE = /(?:함께|같이|동시에)\s?[가-힣]{2,4}\s['"‘“]?$/;
const OLDER_AFTER = /^['"’”]?(?:의\s?(?:후속|업그레이드|뒤를)|대비|보다)/;
/** What a variant's name adds to its model's: one word or a size ("X 라이트", "X-3B"), not another version ("X 2"). */
const VARIANT_REST = /^[-\s](?:\d+(?:\.\d+)?[BbMm]|[가-힣A-Za-z]+)$/;
/** "(X)과 마찬가지로", "(X)와 같이", "(X)처럼": the model before it is said to be alike. */
const LIKE_AFTER = /^['"’”]?\s?(?:(?:과|와)\s(?:마찬가지로|똑같이)|처럼)\s/;
/** Properties a group statement may share (not parameters: each size has its own). */
const SHARED = new Set(['fromScratch', 'openSource', 'releasedOn']);

export interface SpreadState {
  /** Models of the last sentence that named two or more. */
  group: Mention[];
  /** The last stated release day. */
  lastRelease?: string;
  /** The distinct models the body named, the latest first. */
  recent?: Mention[];
  /** A sentence naming no model said the release came in several sizes ("두 모델로 나왔다"): the next sentence names them. */
  sizesNext?: boolean;
  /** The full release day stated for each model so far (by key, with the name it was stated under). */
  released?: Map<string, { key: string; surface: string; day: string }>;
  /** The models the last body sentences were about, distinct, the latest last. */
  topics?: Mention[];
  /** The last body sentence that called a model built from scratch ("Y 역시 자체 구축 모델" refers to it). */
  fromScratch?: FromScratchStatement;
}

/** "양사 모두", "두 회사 모두": a statement about the two companies whose models the last two sentences were about. */
const BOTH_COMPANIES = /(?:양사|두\s?(?:회사|기업|업체))\s?(?:는\s|가\s)?(?:모두|다)\s/;

/** "A와 이를 경량화한 'B'": the second model derived from the first, joined to it. */
const DERIVED_JOIN = /^['"’”]?\s?(?:와|과)\s이를\s[가-힣]{1,8}(?:한|된)\s(?:[가-힣]{1,6}\s)?['"‘“]?$/;
/** "A와 스마트폰에서 돌아가는 'B'는": the second model with a clause of its own before it (a verb's adnominal form). */
const MODIFIED_JOIN = /^['"’”]?\s?(?:와|과)\s[^,.'"‘“’”()]{2,30}?[가-힣](?:는|은|인|한|된|운|른|진|린|킨|친|든|간|난|단)\s['"‘“]$/;
/** Models joined by 와/과 and ending in a subject or topic particle ("A와 B는"); the objects of one release verb are readProperties' `coReleased`. */
function coordinated(text: string, models: Mention[]): Mention[][] {
  const out: Mention[][] = [];
  let run: Mention[] = [];
  for (const m of models) {
    const prev = run.at(-1);
    const between = text.slice(prev?.end ?? 0, m.start);
    if (prev && (/^['"’”]?\s?(?:와|과|,|및|랑|이랑|하고|·)\s?['"‘“]?$/.test(between) || DERIVED_JOIN.test(between) || MODIFIED_JOIN.test(between) && !/함께|같이|비교|견줘|대비|보다|달리|협력|손잡|기반|바탕|토대|증류|이어|뒤를/.test(between))) run.push(m);
    else run = [m];
    // (a list in brackets after the kind word it names: "세 곳의 모델(A, B, C)은 모두")
    // (a headline's list joined by '·' right before what it says of them: "A·B 프롬 스크래치 확인")
    const headline = run.length >= 2 && text.slice(run[0]!.end, m.start).includes('·') && /^['"’”]?\s(?:모두\s|둘\s다\s)?(?:프롬\s?스크래치|오픈\s?소스|오픈\s?웨이트)/.test(text.slice(m.end, m.end + 16));
    if (headline || run.length >= 2 && /^['"’”]?\)?\s?(?:은|는|이|가|도)\s/.test(text.slice(m.end, m.end + 5)) && (text[m.end] !== ')' || text.lastIndexOf('(', run[0]!.start) >= text.lastIndexOf(')', run[0]!.start))) out.push([...run]);
  }
  return out;
}

/** "플래그십과 에센스 모델은", "미니, 나노 두 모델도": variant words of a series as a sentence's subject. */
const VARIANT_SUBJECT = /(?<![가-힣A-Za-z0-9])((?:[가-힣A-Za-z]{2,6}(?:과|와|,)\s?){1,3}[가-힣A-Za-z]{2,6})\s(?:(?:두|세|네)\s)?(?:모델|버전)(?:은|는|이|가|도)\s/;
/** A word for the series' main model, which bears the series' name alone. */
const MAIN_WORD = /^(?:플래그십|기본|주력|대표|베이스)$/;

/** The recent models the variant words name, when each word names one; else undefined. */
function variantSubjects(text: string, recent: Mention[]): Mention[] | undefined {
  const v = VARIANT_SUBJECT.exec(text);
  if (!v) return undefined;
  const words = v[1]!.split(/,\s?|\s/).map((w) => w.replace(/(?:과|와)$/, '')).filter(Boolean);
  const out: Mention[] = [];
  for (const w of words) {
    const m = MAIN_WORD.test(w) ? recent.find((x) => recent.some((y) => isSeriesMember(y.surface, x.surface))) : recent.find((x) => x.surface.endsWith(w) && /[-\s]$/.test(x.surface.slice(0, -w.length)));
    if (!m) return undefined;
    if (!out.includes(m)) out.push(m);
  }
  return out.length >= 2 ? out : undefined;
}

/** Extra facts for the other models a sentence's property speaks of; updates the state. */
export function spreadProperties(text: string, mentions: Mention[], result: PropertyResult, state: SpreadState, body: boolean, rules: RuleSet): PropertyFact[] {
  const facts = result.facts;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous');
  const extra: PropertyFact[] = [];
  const add = (key: string, f: PropertyFact) => {
    if (![...facts, ...extra].some((x) => x.key === key && x.property === f.property)) extra.push({ ...f, key, rule: `${f.rule}.shared` });
  };
  distributeRespectively(text, models, facts, state);
  // "2026.06.17 · X 2", "X v3 (2026년 10월 20일)": a timeline's or a version history's dated title line
  const dated = facts.some((f) => f.property === 'releasedOn') ? undefined : datedTitleRelease(text, mentions);
  if (dated) extra.push(dated);
  // an open-source statement about a group ("두 모델 모두 오픈소스다") holds only for the group last listed, when it is that group
  const groupFact = facts.findIndex((f) => f.rule === 'property.open-source-state-group');
  if (groupFact >= 0 && !(state.group.length >= 2 && (GROUP_WORD.test(text) || groupCount(text) === state.group.length))) facts.splice(groupFact, 1);
  const groups = [...coordinated(text, models), ...(result.coReleased ?? [])];
  // "K1과 마찬가지로 … 프롬 스크래치 모델이다", "X처럼 오픈소스로 풀었다": the model compared as alike shares the property
  const alike = models.filter((m) => LIKE_AFTER.test(text.slice(m.end, m.end + 10)));
  // "X가 낸 A는 …. Y가 낸 B는 …. 양사 모두 프롬 스크래치 방식이다": both sentences' models, when the sentence names none
  const pair = !models.length && BOTH_COMPANIES.test(text) && state.topics && state.topics.length >= 2 ? state.topics.slice(-2) : [];
  for (const f of facts) {
    if (!SHARED.has(f.property)) continue;
    if (f.property !== 'releasedOn') for (const m of alike) if (m.key !== f.key) add(m.key, f);
    if (f.property !== 'releasedOn' && pair.some((m) => m.key === f.key)) for (const m of pair) add(m.key, f);
    for (const g of groups) if (g.some((m) => m.key === f.key)) for (const m of g) add(m.key, f);
    // "A와 함께 B, C도 공개했으며, 세 모델 모두 …": the models the sentence itself names, when the count agrees
    const named = [...new Map(models.map((m) => [m.key, m])).values()];
    if (named.length >= 2 && groupCount(text) === named.length && named.some((m) => m.key === f.key)) for (const m of named) add(m.key, f);
    // (not a group listed before the models named last, one of them the fact's: "A의 X, B의 Y 등 …" paragraphs earlier)
    // "플래그십과 에센스 모델은 …": variant words of a series, as the subject of a sentence naming no model, name its models
    // (words that name a model alone, "에센스 모델은", are read as references to it: the sentence still names no model of its own)
    const variants = models.every((m) => m.via === 'reference') && state.recent ? variantSubjects(text, state.recent) : undefined;
    if (variants) {
      if (!variants.some((m) => m.key === f.key)) f.key = variants[0]!.key;
      for (const m of variants) add(m.key, f);
      continue;
    }
    const count = groupCount(text) ?? 0;
    const recentHasIt = count > 0 && !state.group.some((m) => m.key === f.key) && (state.recent?.slice(0, count).some((m) => m.key === f.key) ?? false);
    if (!models.length && state.group.length >= 2 && (GROUP_WORD.test(text) || groupCount(text) === state.group.length) && !recentHasIt) {
      // the group is what the sentence speaks of, not an older model still in focus
      if (!state.group.some((m) => m.key === f.key)) f.key = state.group[0]!.key;
      for (const m of state.group) add(m.key, f);
    } else if (!models.length && groupCount(text) && state.recent) {
      // "두 모델 모두 …" when no sentence listed both: the models named last, one of them the fact's
      const last = state.recent.slice(0, groupCount(text));
      if (last.length === groupCount(text) && last.some((m) => m.key === f.key)) for (const m of last) add(m.key, f);
    }
  }
  // "A와 B는 같은 날 … 공개": the release day given last
  if (state.lastRelease && SAME_DAY.test(text) && hasReleaseVerb(text, rules)) {
    const subjects = groups.flat().length ? groups.flat() : models.filter((m) => /^['"’”]?\s?(?:은|는|이|가)\s/.test(text.slice(m.end, m.end + 4)));
    // a day read from the sentence's context otherwise (the last day named, maybe an announcement day) yields to the last release day
    for (const f of facts) if (f.property === 'releasedOn' && subjects.some((m) => m.key === f.key)) f.value = state.lastRelease;
    for (const m of subjects) add(m.key, { key: m.key, property: 'releasedOn', value: state.lastRelease, rule: 'property.released-same-day' });
  }
  // "함께 공개된 경량 모델 'X 미니'", "Y도 같이 올렸다": released with the model whose day the article gave last
  // (the day stated for a model the sentence names, or for the one a named variant's name extends: "X" for "X 라이트")
  // the longest such name: "가람 LM 2 미니" extends "가람 LM 2" (named here, its day unknown) before the older "가람 LM"
  const day = (m: Mention) => {
    const own = state.released?.get(m.key);
    if (own) return own.day;
    const stems = [...(state.released?.values() ?? []), ...models.map((x) => ({ surface: x.surface, day: state.released?.get(x.key)?.day }))].filter((r) => isSeriesMember(m.surface, r.surface) && VARIANT_REST.test(m.surface.slice(r.surface.length)));
    return stems.sort((a, b) => b.surface.length - a.surface.length)[0]?.day;
  };
  const sizesNext = state.sizesNext;
  // (or names only the model already released: "X는 3가지 크기로 나왔다")
  state.sizesNext = body && !!state.released && models.every((m) => state.released!.has(m.key)) && releasedTogether(rules).test(text);
  const together = body && state.released && (sizesNext || releasedTogether(rules).test(text)) ? models.map(day).find(Boolean) : undefined;
  if (together)
    for (const m of models) {
      const before = text.slice(Math.max(0, m.start - 16), m.start);
      if ((OLDER_BEFORE.test(before) && !TOGETHER_BEFORE.test(before)) || OLDER_AFTER.test(text.slice(m.end, m.end + 8))) continue;
      const own = [...facts, ...extra].find((f) => f.key === m.key && f.property === 'releasedOn');
      if (own?.weak && own.rule === 'property.released-on-article-date') own.value = together;
      else if (!own) extra.push({ key: m.key, property: 'releasedOn', value: together, rule: 'property.released-together', weak: true });
    }
  if (body) {
    const likewise = likewiseFromScratch(text, models, facts, state.fromScratch);
    for (const f of likewise.facts) add(f.key, f);
    state.fromScratch = likewise.last;
    const distinct = [...new Map(models.map((m) => [m.key, m])).values()];
    if (distinct.length >= 2) state.group = distinct;
    if (distinct.length) state.recent = [...[...distinct].reverse(), ...(state.recent ?? []).filter((m) => !distinct.some((d) => d.key === m.key))].slice(0, 6);
    if (result.focus && state.topics?.at(-1)?.key !== result.focus.key) state.topics = [...(state.topics ?? []).filter((m) => m.key !== result.focus!.key), result.focus].slice(-3);
    const stated = [...facts, ...extra].filter((f) => f.property === 'releasedOn' && !f.weak).at(-1);
    // a full day only: a month ("지난 6월 선보인 X") is no day for "같은 날" or "동시에 공개"
    if (stated && typeof stated.value === 'string' && stated.value.length === 10) state.lastRelease = stated.value;
    for (const f of facts) {
      const m = models.find((x) => x.key === f.key);
      if (m && f.property === 'releasedOn' && !f.weak && typeof f.value === 'string' && f.value.length === 10) (state.released ??= new Map()).set(f.key, { key: f.key, surface: m.surface, day: f.value });
    }
  }
  return extra;
}

const RESPECTIVELY = /각각|순서대로|차례로|respectively/i;

/**
 * "A, B, C … 매개변수는 각각 12억 개, 80억 개, 325억 개": counts stated in a row go to the models
 * named in the sentence, or else to those the last sentence listed, in order, when the two numbers match.
 */
function distributeRespectively(text: string, models: Mention[], facts: PropertyFact[], state: SpreadState): void {
  if (!RESPECTIVELY.test(text)) return;
  const counts = facts.filter((f) => f.rule === 'property.parameters');
  const named = [...new Map(models.map((m) => [m.key, m])).values()];
  const targets = named.length >= 2 ? named : named.length === 0 ? state.group : [];
  if (counts.length < 2 || counts.length !== targets.length) return;
  counts.forEach((f, i) => {
    f.key = targets[i]!.key;
    f.rule = 'property.parameters-respectively';
  });
}

/** A release or licence stated for a series ("'X' 시리즈 3종을 공개", "'X' 제품군을 오픈소스로"). */
export interface SeriesFact {
  series: string;
  property: string;
  value: PropertyFact['value'];
  /** The sizes the sentence names ("1.5B", "14B"): only the members with one of them after the series' name. */
  sizes?: string[];
}

/** "'X'를 1.5B, 14B 두 가지 크기로 공개": a family released in the sizes it lists; its release properties are theirs. */
const SIZES_AFTER = /^['"’”]?(?:\([^()]{1,30}\))?['"’”]?\s?(?:을|를|은|는|이|가)?\s((?:\d+(?:\.\d+)?\s?[BMT])(?:\s?(?:,|와|과|및|·|그리고)\s?\d+(?:\.\d+)?\s?[BMT])+)\s(?:(?:[2-9]|두|세|네|다섯)\s?(?:가지|종|개)\s?)?(?:크기|사이즈|버전|모델)(?:으로|로)\s/;

/** (or a count of its kinds: "'X' 3종을 공개") */
const SERIES_AFTER = /^['"’”]?\s?(?:시리즈|제품군|패밀리|라인업|(?:[2-9]|두|세|네|다섯)\s?종(?=[을를이가은는의도과와,\s]|$))/;

/** "X 2.0 32B, 8B, 1.7B 등 세 가지 모델을": the other sizes listed bare after one size's full name, then counted. */
const COUNTED_SIZES_AFTER = /^((?:\s?,\s?\d+(?:\.\d+)?[BMT]){1,6})\s(?:등\s)?(?:[두세네]|다섯|[2-9])\s?(?:가지|개|종)\s(?:모델|버전)/;

/** The series a sized name opens a counted list of sizes for (its name without the size) and every size listed. */
function countedSizes(text: string, m: Mention): { series: string; sizes: string[] } | undefined {
  const own = /\s(\d+(?:\.\d+)?[BMT])$/.exec(m.surface);
  const listed = own ? COUNTED_SIZES_AFTER.exec(text.slice(m.end, m.end + 60)) : null;
  if (!own || !listed) return undefined;
  return { series: m.surface.slice(0, own.index), sizes: [own[1]!, ...listed[1]!.match(/\d+(?:\.\d+)?[BMT]/g)!] };
}

/** The sentence's release day and licence when their model is a series named as such. */
export function seriesFactsOf(text: string, mentions: Mention[], facts: PropertyFact[]): SeriesFact[] {
  const out: SeriesFact[] = [];
  for (const f of facts) {
    if (f.property !== 'releasedOn' && f.property !== 'openSource') continue;
    const m = mentions.find((x) => x.key === f.key && x.type === 'Model' && SERIES_AFTER.test(text.slice(x.end, x.end + 8)));
    if (m) out.push({ series: m.surface, property: f.property, value: f.value });
    if (m) continue;
    for (const x of mentions) {
      const counted = x.key === f.key && x.type === 'Model' ? countedSizes(text, x) : undefined;
      if (counted) {
        out.push({ series: counted.series, property: f.property, value: f.value, sizes: counted.sizes });
        break;
      }
      const listed = x.key === f.key && x.type === 'Model' ? SIZES_AFTER.exec(text.slice(x.end, x.end + 60)) : null;
      if (!listed) continue;
      out.push({ series: x.surface, property: f.property, value: f.value, sizes: listed[1]!.match(/\d+(?:\.\d+)?\s?[BMT]/g)!.map((z) => z.replace(/\s/g, '')) });
      break;
    }
  }
  return out;
}

/** "물결-3-7B", "물결-3 라이트": a model whose name is the series' name and more ("-…", " …") is one of its members. */
export function isSeriesMember(name: string, series: string): boolean {
  return name.length > series.length + 1 && name.startsWith(series) && /^[-\s]/.test(name.slice(series.length));
}
