/**
 * All mentions in one sentence: gazetteer names (longest, then earliest), then names discovered
 * from context in the spans left over. Parenthesised aliases after a mention are folded into it.
 */
import { discoverBuilders } from './discover-builders.js';
import { absorbSizeVersions } from './size-versions.js';
import { normalizeName } from '../../graph/index.js';
import { findQuoted, isParticleTail, type QuotedSpan } from '../korean.js';
import type { Mention, RuleSet } from '../types.js';
import {
  buildDiscoveryLexicon,
  countryAround,
  countryBefore,
  discoverAnonymous,
  discoverBenchmarks,
  discoverPolicies,
  discoverCompanies,
  discoverLatinModels,
  discoverPersons,
  discoverEnglishPersons,
  discoverQuoted,
  discoveredMention,
  type DiscoveryLexicon,
} from './discover.js';
import { buildVariantRegex, scanGazetteer, type GazetteerMatcher } from './gazetteer.js';
import { foldLocalSubsidiaries } from './subsidiaries.js';
import { discoverHyphenatedModels, dropRepoNamespaces, extendModelTokens } from './model-tokens.js';
import type { TrieNode } from './trie.js';
import { variantAfterName } from '../variant-words.js';
import { consonantSkeleton, romanize, sameModelInTwoScripts } from '../transliterate.js';
import { AUTHOR_LABEL, discoverAuthors } from './discover-authors.js';

export interface Matchers {
  gazetteer: GazetteerMatcher;
  discovery: DiscoveryLexicon;
}

const matcherCache = new WeakMap<RuleSet, Matchers>();

export function getMatchers(rules: RuleSet): Matchers {
  let m = matcherCache.get(rules);
  if (!m) {
    const trie = (rules.compiled as { trie: TrieNode }).trie;
    m = {
      gazetteer: { trie, variantRe: buildVariantRegex(rules.lexicon.variantForms) },
      discovery: buildDiscoveryLexicon(rules),
    };
    matcherCache.set(rules, m);
  }
  return m;
}

const DEVELOPER_NAME = /^[가-힣A-Za-z][가-힣A-Za-z0-9&. ]{0,19}$/;
const NOT_DEVELOPER = /^(?:커뮤니티|개인|개인 개발자|미상|비공식|원본|기존|이전|베이스|기반|기본|비교|평균|추론|비추론|씽킹|사고|영어|한국어|국문|영문|전체|종합|최고|최저|자체|오픈|공개|비공개|미공개|참고|제로샷|퓨샷|신규|최신|경량|대형|소형|[A-Za-z]{1,3}$)/;
/** A version number in the parentheses ("론제 2.5 플래시"): the model's other spelling, no developer. */
const VERSION_IN = /\d\.\d|\s\d{1,2}(?:\s|$)/;
const SCORE_AFTER = /^\s?(?:[–—-]\s)?\d+(?:\.\d+)?\s?(?:점|%)/;
const LONGER_PROGRAMME = /^((?:\s[가-힣A-Za-z0-9·\-]+){1,4}?)\s?(?:지원\s?사업|사업|프로젝트|프로그램)(?=(?:을|를|에|의|은|는|이|가|으로|로|에서|에도|에는)?[\s,.]|$)/;
const PARTICLE_END = /(?:은|는|을|를|의|에|로|와|과|도)$/;
const ALIAS_TEXT = /^[A-Za-z][A-Za-z0-9 .&+:'\-]{0,29}$/;

/** "마이크로소프트(MS)", "믿:음 2.0(믿음 2.0)", "익시젠(ixi-GEN)", "SK텔레콤(017670)": folds the parentheses in. */
function foldParenAlias(text: string, m: Mention, all: Mention[], rules: RuleSet, mt: Matchers): void {
  const open = text[m.end] === '(' ? m.end : text[m.end] === ' ' && text[m.end + 1] === '(' ? m.end + 1 : -1;
  if (open < 0) return;
  const close = text.indexOf(')', open);
  if (close < 0 || close - open > 32) return;
  const inner = text.slice(open + 1, close).trim();
  if (!inner) return;
  if (/^\d{6}(?:\.K[SQ])?$/.test(inner) || /^(?:KRX|코스피|코스닥|KOSPI|KOSDAQ)\s?:?\s?\d{6}$/.test(inner)) {
    m.end = close + 1;
    return;
  }
  const inside = scanGazetteer(inner, rules, mt.gazetteer).filter((g) => g.mention);
  if (inside.length === 1 && inside[0]!.mention!.key === m.key && inside[0]!.start === 0 && inside[0]!.end === inner.length) {
    m.aliases.push(inside[0]!.mention!.surface);
    m.end = close + 1;
    return;
  }
  // "큐원(Qwen2.5)", "라마(Llama 3.1)": a family word whose parentheses name one version of it stands for that version
  const version = inside.length === 1 && inside[0]!.start === 0 && inside[0]!.end === inner.length ? inside[0]!.mention! : undefined;
  if (version && m.type === 'Model' && version.type === 'Model' && version.family === m.key && !m.family) {
    const surface = m.surface;
    Object.assign(m, { key: version.key, surface: version.surface, family: version.family, developer: version.developer ?? m.developer, via: version.via });
    m.aliases.push(surface);
    m.end = close + 1;
    return;
  }
  // "Dalbit-R 7B(달빛-R 7B)": the same model spelled in the other script, discovered on its own, is this mention's alias
  // (the inner mention, now covered, gives way when overlaps are resolved)
  const spelled = m.type === 'Model' ? all.find((x) => x !== m && x.type === 'Model' && x.via === 'discovered' && x.start === open + 1 && x.end === close) : undefined;
  if (spelled && !inside.length && sameModelInTwoScripts(m.surface, spelled.surface, rules)) {
    m.aliases.push(spelled.surface);
    m.end = close + 1;
    return;
  }
  if (inside.length) return;
  // "Qwen3-32B (base)", "(Instruct)": a variant word in parentheses says which checkpoint, it is no other name
  const generic = mt.discovery.generic.has(normalizeName(inner)) || rules.lexicon.variants.has(inner.toLowerCase());
  // "▲1위 Foo-32B(노바라인) 78.2점": in a score list the parentheses hold the developer, not an alias
  // and "Nimbus-Ko-Chat (하늘소프트)" alone on its line (a section heading): a Hangul name that is no spelling of the model's is its developer
  const headingNote = m.type === 'Model' && text.slice(0, m.start).trim() === '' && text.slice(close + 1).trim() === '' && /^[가-힣]/.test(inner) && namesAnother(m.surface, inner);
  if (m.type === 'Model' && !generic && DEVELOPER_NAME.test(inner) && !NOT_DEVELOPER.test(inner) && !VERSION_IN.test(inner) && (headingNote || SCORE_AFTER.test(text.slice(close + 1, close + 12)))) {
    if (all.some((x) => x !== m && x.start > open && x.start < close)) return;
    const at = text.indexOf(inner, open);
    all.push(discoveredMention('Company', inner, at, at + inner.length));
    return;
  }
  const latinAlias = ALIAS_TEXT.test(inner) && !/^\d/.test(inner) && !generic;
  const hangulAlias = m.via === 'discovered' && /^[가-힣][가-힣 ]{0,15}(?: \d{1,2}(?:\.\d{1,2})?(?: [가-힣]{1,4})?)?$/.test(inner) && !generic && /[A-Za-z]/.test(m.surface) && !namesAnother(m.surface, inner);
  if ((latinAlias && (m.type !== 'Person')) || hangulAlias) {
    if (all.some((x) => x !== m && x.start > open && x.start < close)) return;
    m.aliases.push(inner);
    m.end = close + 1;
  }
}

/**
 * "Nimbus-Ko-Chat (하늘소프트)": Hangul in parentheses after a hyphenated Latin name that sounds like none of it
 * (a heading's developer note) is another name, not the model's alias; "Orca-7B (오르카)" still is one.
 */
function namesAnother(latin: string, hangul: string): boolean {
  if (!/[A-Za-z]-[A-Za-z]/.test(latin)) return false;
  const words = latin.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w));
  const sound = consonantSkeleton(romanize(hangul.replace(/\s/g, '')));
  return consonantSkeleton(words.join('')) !== sound;
}

/** A name discovered elsewhere in the same article, looked for again in every sentence. */
export interface KnownName {
  name: string;
  type: Mention['type'];
  key: string;
  /** What the name itself shows (a size in "누리온-8B"). */
  properties?: Mention['properties'];
  /** A word that points back to a model named in full ("미니는"): read as a reference, never the entity's name. */
  reference?: boolean;
}

const WORD = /[A-Za-z0-9가-힣]/;
/** "-V", "-Ko": a hyphenated tail glued to a known model's name, before a particle or a break. */
const HYPHEN_TAIL = /^-[A-Za-z0-9]{1,8}(?![A-Za-z0-9.\-])/;
function hyphenTail(text: string, end: number): RegExpExecArray | null {
  const t = text[end] === '-' ? HYPHEN_TAIL.exec(text.slice(end, end + 10)) : null;
  return t && isParticleTail(text, end + t[0].length) ? t : null;
}

function findKnownNames(text: string, known: KnownName[], taken: Mention[], rules: RuleSet): Mention[] {
  const variantAfter = variantAfterName(rules); // " 라이트입니다": a variant word after a model's name
  const out: Mention[] = [];
  let quotes: QuotedSpan[] | undefined; // read on first need
  for (const k of known) {
    for (let at = text.indexOf(k.name); at >= 0; at = text.indexOf(k.name, at + 1)) {
      const end = at + k.name.length;
      if (at > 0 && WORD.test(text[at - 1]!)) continue;
      const next = text[end] ?? ' ';
      if (/[A-Za-z0-9]/.test(next) || (/[가-힣]/.test(next) && !isParticleTail(text, end))) continue;
      // a family word inside the known name ("믿:음" in "믿:음 K 2.0") gives way to it, and so does a company
      // whose product is named after it ("X 네모" once the article has named the model 'X 네모')
      if (taken.some((m) => m.start < end && at < m.end && !((m.type === k.type || (m.type === 'Company' && k.type !== 'Person')) && m.start >= at && m.end <= end && m.end - m.start < end - at)) || out.some((m) => m.start < end && at < m.end)) continue;
      quotes ??= findQuoted(text).filter((q) => q.text.length <= 30 && (q.text.match(/\s/g) ?? []).length <= 3);
      if (quotes.some((q) => q.start <= at && end <= q.end && q.text.trim() !== k.name && !q.text.trim().startsWith(`${k.name}(`))) continue;
      // "X 2 라이트입니다": a variant word after a known model's name makes a sibling model, and so does a hyphenated tail ("X-3-V")
      const variant = k.type === 'Model' ? (variantAfter.exec(text.slice(end, end + 12)) ?? hyphenTail(text, end)) : null;
      if (variant) {
        out.push(discoveredMention('Model', `${k.name}${variant[0]}`, at, end + variant[0].length));
        continue;
      }
      out.push({ type: k.type, key: k.key, surface: k.name, aliases: [], start: at, end, via: k.reference ? 'reference' : 'discovered', ...(k.properties ? { properties: { ...k.properties } } : {}) });
    }
  }
  // "하늬-R 14B(Hanui-R 14B)": a known name with its alias in parentheses is one mention
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    const gap = text.slice(a.end, b.start);
    if (a.key === b.key && /^\s?\($/.test(gap) && text[b.end] === ')') {
      a.aliases.push(b.surface);
      a.end = b.end + 1;
      out.splice(i + 1, 1);
    }
  }
  return out;
}

/** Gazetteer mentions and blocked spans of a sentence, before known names and discovery: the same whatever names are known. */
interface GazetteerStage {
  ms: Mention[];
  blocked: Mention[];
}

/** Per article: a sentence's gazetteer stage, kept so a second reading with known names does not scan again. */
export type MentionCache = Map<string, GazetteerStage>;

function cloneMention(m: Mention): Mention {
  const c: Mention = { ...m, aliases: [...m.aliases] };
  if (m.properties) c.properties = { ...m.properties };
  return c;
}

const cloneStage = (s: GazetteerStage): GazetteerStage => ({ ms: s.ms.map(cloneMention), blocked: s.blocked.map(cloneMention) });

function gazetteerStage(text: string, rules: RuleSet, mt: Matchers): GazetteerStage {
  const scanned = scanGazetteer(text, rules, mt.gazetteer);
  const blocked: Mention[] = [];
  const ms: Mention[] = [];
  const orgAfter = mt.discovery.organisationAfter;
  for (const g of scanned) {
    // "K-AI 얼라이언스": an organisation named after the programme, not the programme
    if (g.mention?.type === 'Policy' && orgAfter?.test(text.slice(g.end, g.end + 8))) g.mention = undefined;
    // "K-AI 컴퓨팅 인프라 사업": a short programme name opening a longer one names another programme
    if (g.mention?.type === 'Policy' && g.end - g.start <= 6) {
      const longer = LONGER_PROGRAMME.exec(text.slice(g.end, g.end + 40));
      if (longer && !longer[1]!.trim().split(' ').some((w) => PARTICLE_END.test(w))) {
        const name = text.slice(g.start, g.end + longer[0].length);
        g.mention = discoveredMention('Policy', name, g.start, g.end + longer[0].length);
      }
    }
    if (g.mention) ms.push(g.mention);
    else blocked.push({ type: 'Company', key: '', surface: '', aliases: [], start: g.start, end: g.end, via: 'blocked' });
  }
  foldLocalSubsidiaries(text, ms, rules);
  for (const m of ms) foldParenAlias(text, m, ms, rules, mt);
  extendModelTokens(text, ms);
  dropRepoNamespaces(text, ms);
  return { ms, blocked };
}

/** "X 시범 버전은", "X 베타판이": a release stage after a model's name is still that model (the particle follows). */
const STAGE_VERSION = /^['"’”]?\s(?:시범|베타|정식|프리뷰|초기|체험|테스트|데모|미리보기)\s?(?:버전|판)(?=은|는|이|가|도|의|을|를|에서|으로|로)/;

/** A short Latin prefix and a hyphen right before a known model ("K-엑사원 2", "Ko-Llama 3"). */
const MODEL_PREFIX = /(?<![A-Za-z0-9가-힣.\-])([A-Z][A-Za-z]{0,2})-$/;

/** "K-엑사원 2": a known model with a prefix glued to it names a model of its own, of the same family and developer. */
function prefixModels(text: string, ms: Mention[]): void {
  for (const [i, m] of ms.entries()) {
    if (m.type !== 'Model' || m.via === 'discovered') continue;
    const p = MODEL_PREFIX.exec(text.slice(Math.max(0, m.start - 4), m.start));
    if (!p || ms.some((x) => x !== m && x.end > m.start - p[0].length && x.start < m.start)) continue;
    const start = m.start - p[0].length;
    const mention = discoveredMention('Model', text.slice(start, m.end), start, m.end);
    mention.family = m.family ?? m.key;
    ms[i] = mention;
  }
}

/**
 * Finds every mention in a sentence, sorted by start, without overlaps. `cache` (one per article)
 * keeps each sentence's gazetteer stage for a later call with known names.
 */
const TEAM_TITLE_WORD = /리더|팀장|랩장|실장|본부장|센터장|그룹장|부문장|센터|사업부|사업단|추진단|태스크포스|TF/;
// "A.X 센터의 센터장", "카나나 사업부를 신설": a bare line name before an organisation's unit names the unit, not a model
const TEAM_TITLE_AFTER = /^['"’”]?\s(?:[가-힣A-Za-z]{0,6}(?:리더|팀장|랩장|실장|본부장|센터장|그룹장|부문장)(?=은|는|이|가|의|도|,|\s|$)|(?:센터|사업부|사업단|추진단|태스크포스|TF)(?=은|는|이|가|의|도|를|을|에|로|으로|장|,|\s|$))/;

/**
 * "에이닷 엑스 케이원, A.X K1은": a family's name spelled out in Hangul (with the version read aloud, "케이원"), then a comma and a
 * version of that family: the spelled-out words are the version's alias, not a model of their own.
 */
function foldSpelledApposition(text: string, ms: Mention[]): void {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type !== 'Model') continue;
    const gap = SPELLED_GAP.exec(text.slice(m.end, m.end + 12));
    if (!gap) continue;
    const next = ms.find((x) => x.type === 'Model' && x.start === m.end + gap[0].length);
    if (!next || next.family !== m.key || !/^['"’”]?(?:은|는|이|가|을|를|의|도)\s/.test(text.slice(next.end, next.end + 3))) continue;
    next.aliases.push(text.slice(m.start, m.end + gap[1]!.length).trim());
    ms.splice(i, 1);
  }
}
/** The rest of the spelled-out name (a version read aloud: "케이원", "포", "투 프로") and the comma before the version's own name. */
const SPELLED_GAP = /^((?:\s[가-힣]{1,4}){0,2}),\s/;

const LICENCE_WORD = /라이선스|라이센스|[Ll]icen[cs]e/;
const LICENCE_AFTER = /^['"’”]?\s?(?:(?:커뮤니티|오픈|모델|AI 모델|상업용|비상업용?|연구용|Community|Open|Model)\s?)?(?:라이선스|라이센스|[Ll]icen[cs]e)/;

export function findMentions(text: string, rules: RuleSet, known: KnownName[] = [], cache?: MentionCache): Mention[] {
  const mt = getMatchers(rules);
  const kept = cache?.get(text);
  const stage = kept ? cloneStage(kept) : gazetteerStage(text, rules, mt);
  if (cache && !kept) cache.set(text, cloneStage(stage));
  const { ms, blocked } = stage;
  if (known.length) {
    const again = findKnownNames(text, known, ms, rules);
    ms.push(...again);
    for (let i = blocked.length - 1; i >= 0; i--) if (again.some((m) => m.start < blocked[i]!.end && blocked[i]!.start < m.end)) blocked.splice(i, 1);
  }
  prefixModels(text, ms);
  const found: Mention[] = [];
  // the discoverers only read what is taken: one copy serves the three that see the same mentions
  const taken = [...ms, ...blocked];
  found.push(...discoverQuoted(text, taken, mt.discovery));
  found.push(...discoverBenchmarks(text, taken, mt.discovery));
  found.push(...discoverPolicies(text, taken, mt.discovery));
  ms.push(...found.splice(0));
  found.push(...discoverCompanies(text, [...ms, ...blocked], mt.discovery));
  ms.push(...found.splice(0));
  found.push(...discoverBuilders(text, [...ms, ...blocked], mt.discovery));
  ms.push(...found.splice(0));
  found.push(...discoverLatinModels(text, [...ms, ...blocked], mt.discovery));
  ms.push(...found.splice(0));
  found.push(...discoverHyphenatedModels(text, [...ms, ...blocked], mt.discovery));
  ms.push(...found.splice(0));
  found.push(...discoverPersons(text, [...ms, ...blocked], mt.discovery));
  found.push(...discoverEnglishPersons(text, [...[...ms, ...blocked], ...found]));
  if (AUTHOR_LABEL.test(text)) found.push(...discoverAuthors(text, [...[...ms, ...blocked], ...found]));
  found.push(...discoverAnonymous(text, ms, rules, mt.discovery));
  ms.push(...found);
  for (const m of ms) {
    if (m.via === 'discovered' && m.type !== 'Person') foldParenAlias(text, m, ms, rules, mt);
    if (m.via === 'discovered' && m.type === 'Company' && !m.properties?.country) {
      const c = countryBefore(text, m.start, mt.discovery) ?? countryAround(text, m.start, m.end, mt.discovery);
      if (c) m.properties = { ...m.properties, country: c };
    }
  }
  if (text.includes('버전') || text.includes('판')) for (const m of ms) if (m.type === 'Model') m.end += STAGE_VERSION.exec(text.slice(m.end, m.end + 12))?.[0].length ?? 0;
  if (/\d\s?(?:억|조|[BM])/.test(text) && /(?:버전|모델)/.test(text)) absorbSizeVersions(text, ms);
  // "카나나 성과리더", "믿:음 개발팀장": a bare line name (no version) that starts a team title names the team, not a model
  if (TEAM_TITLE_WORD.test(text)) for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.type === 'Model' && !/\d/.test(ms[i]!.surface) && TEAM_TITLE_AFTER.test(text.slice(ms[i]!.end, ms[i]!.end + 14))) ms.splice(i, 1);
  // "HyperCLOVA X SEED 라이선스", "라마 3 커뮤니티 라이선스": a name before a licence word names the licence, not a model
  if (LICENCE_WORD.test(text)) for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.type === 'Model' && LICENCE_AFTER.test(text.slice(ms[i]!.end, ms[i]!.end + 16))) ms.splice(i, 1);
  if (text.includes(', ')) foldSpelledApposition(text, ms);
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of ms) if (!out.length || out[out.length - 1]!.end <= m.start) out.push(m);
  return out;
}
