/**
 * All mentions in one sentence: gazetteer names (longest, then earliest), then names discovered
 * from context in the spans left over. Parenthesised aliases after a mention are folded into it
 * (paren-aliases.ts); names the article discovered before are looked for again (known-names.ts).
 */
import { dropCodeValues, dropEntryCodes, dropLanguagePairs, SIZED_AFTER } from './mention-filters.js';
import { absorbLegalForms, absorbSizeWords } from './name-tails.js';
import { dropProductNamedModels } from './product-named.js';
import { discoverSizedVariants } from './discover-sized-variants.js';
import { extendBenchmark, extendBenchmarkEditions, nameProgrammeBenchmarks } from './benchmark-names.js';
import { discoverBuilders } from './discover-builders.js';
import { discoverFounded, discoverFounderNames } from './discover-founders.js';
import { discoverWorkplaces } from './discover-workplaces.js';
import { dropGivenNameModels } from './given-name-models.js';
import { discoverIntroduced, discoverModelMakers } from './discover-introduced.js';
import { discoverRankedMakers } from './discover-ranked-makers.js';
import { discoverTitledHeads } from './discover-titled-heads.js';
import { discoverListTail } from './discover-list-tail.js';
import { discoverBuiltOnModels } from './discover-built-on.js';
import { absorbSizeVersions } from './size-versions.js';
import { longerEnglishProgramme } from './english-programme-names.js';
import type { Mention, RuleSet } from '../types.js';
import {
  countryAround, countryBefore, discoverAnonymous, discoverBenchmarks, discoverPolicies, discoverVersionedPolicies, discoverQuotedBoards, discoverCompanies,
  discoverGenerationNames, discoverLatinModels, discoverPersons, discoverEnglishPersons, discoverQuoted, discoveredMention,
} from './discover.js';
import { discoverEnglishCompanies } from './discover-english-companies.js';
import { discoverInitialledAuthors } from './discover-initialled-authors.js';
import { discoverApposedGlossed } from './discover-apposed-gloss.js';
import { foldCardTitleGloss } from './card-title-gloss.js';
import { foldSpelledApposition } from './spelled-apposition.js';
import { scanGazetteer } from './gazetteer.js';
import { foldLocalSubsidiaries } from './subsidiaries.js';
import { foldGroupAffiliates } from './group-affiliates.js';
import { discoverHyphenatedModels, dropRepoNamespaces, extendModelTokens, joinDistilledNames } from './model-tokens.js';
import { AUTHOR_LABEL, discoverAuthors, discoverSignatures } from './discover-authors.js';
import { discoverMarkedAuthors, dropNumberedAuthorModels, MARKED_AUTHORS_OPENING } from './discover-marked-authors.js';
import { discoverAffiliationCompanies } from './discover-affiliation-orgs.js';
import { discoverAuthorCells } from './discover-author-cells.js';
import { dropMarkedAuthorModels, mayCloseWithAuthors } from './author-tails.js';
import { discoverBoothCompanies } from './discover-booths.js';
import { getMatchers, type Matchers } from './matchers.js';
import { INSTITUTION_AFTER } from './company-words.js';
import { foldParenAlias } from './paren-aliases.js';
import { foldCalledProgrammes } from './called-programmes.js';
import { foldHangulGlosses } from './hangul-glosses.js';
import { foldHangulBenchmarkSpellings } from './bench-spellings.js';
import { joinGlossedSizes } from './glossed-sizes.js';
import { joinFamilyProducts, markQuantisedCopies, prefixKnownNames } from './known-name-extensions.js';
import { discoverCareerNames } from './discover-career-names.js';
import { discoverConsortiumLeads } from './discover-consortium-leads.js';
import { discoverZoneProgrammes } from './discover-zones.js';
import { findKnownNames, type KnownName } from './known-names.js';
import { perRuleSet } from './compile.js'; import { discoverDocLines } from './discover-doc-lines.js';
import { discoverRunGlosses } from './discover-run-glosses.js';
import { normalizeName } from '../../graph/index.js'; import { dropHardwareNamedModels } from './hardware-named.js';
import { FAMILY_TEAM_AFTER, TEAM_TITLE_AFTER, TEAM_TITLE_WORD } from './team-title-cues.js';

/** Names of products that are no models (kind "product" among the non-entities: phones, apps, assistants). */
const productLines = perRuleSet((rules: RuleSet) => new Set(rules.entries.filter((e) => e.type === 'None' && e.kind === 'product').flatMap((e) => e.names.map(normalizeName))));
export type { KnownName } from './known-names.js';
const LONGER_PROGRAMME = /^((?:\s[가-힣A-Za-z0-9·\-]+){1,4}?)\s?(?:지원\s?사업|사업|프로젝트|프로그램)(?=(?:을|를|에|의|은|는|이|가|으로|로|에서|에도|에는)?[\s,.]|$)/;
const PARTICLE_END = /(?:은|는|을|를|의|에|로|와|과|도)$/;
/** "AX-Nova-1.5B", "LLM-Sora-7B": a blocked Latin word hyphened to a capitalised word and a version or size leads a model's name, it blocks nothing. */
const LATIN_HEAD_OF_NAME = /^[A-Z]{2,5}-[A-Z][a-z]{2,15}-\d{1,3}(?:\.\d{1,2})?[BM]?(?![A-Za-z0-9])/;

/** Gazetteer mentions and blocked spans of a sentence, before known names and discovery: the same whatever names are known. */
interface GazetteerStage {
  ms: Mention[];
  blocked: Mention[];
  /** The sentence's mentions with no known names, as first found (a copy): what a reading whose known names add nothing gives. */
  bare?: Mention[];
  /** The sentence's mentions as found with each list of known names that added some (copies). */
  byKnown?: Map<KnownName[], Mention[]>;
}

/**
 * Per article: a text's gazetteer stage, kept so a second reading with known names does not scan again,
 * and its mentions as found before (a text read twice with the same known names is read once).
 */
export type MentionCache = Map<string, GazetteerStage>;

/** The cache of the article being extracted: what a call that passes none uses (tables, cells, rosters read the article's texts again). */
let articleCache: MentionCache | undefined;

/** Runs `read` with `cache` as the cache of every findMentions call that passes none (one article's extraction; the texts' mentions depend on nothing else). */
export function withMentionCache<T>(cache: MentionCache, read: () => T): T {
  const before = articleCache;
  articleCache = cache;
  try {
    return read();
  } finally {
    articleCache = before;
  }
}

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
    // "Korea Medical AI Foundation Model Project": a known programme's English name inside a longer one names another programme
    const longer = g.mention?.type === 'Policy' && g.mention.via !== 'discovered' ? longerEnglishProgramme(text, g.start, g.end) : undefined;
    if (longer) g.mention = discoveredMention('Policy', text.slice(longer.start, longer.end), longer.start, longer.end);
    if (g.mention?.type === 'Company' && INSTITUTION_AFTER.test(text.slice(g.end, g.end + 60))) g.mention = undefined;
    if (g.mention) ms.push(g.mention);
    else if (!LATIN_HEAD_OF_NAME.test(text.slice(g.start, g.end + 24))) blocked.push({ type: 'Company', key: g.group ? `none:${g.group}` : '', surface: '', aliases: [], start: g.start, end: g.end, via: 'blocked' });
  }
  absorbLegalForms(text, ms);
  foldLocalSubsidiaries(text, ms, rules);
  foldGroupAffiliates(text, ms, rules);
  // (before the parenthesised aliases: "HumanEval+(코딩)" is the edition and a category note, as "KMMLU(지식)" is)
  extendBenchmarkEditions(text, ms);
  nameProgrammeBenchmarks(text, ms);
  for (const m of ms) foldParenAlias(text, m, ms, rules, mt);
  foldHangulBenchmarkSpellings(text, ms);
  extendModelTokens(text, ms);
  joinDistilledNames(text, ms);
  dropRepoNamespaces(text, ms);
  return { ms, blocked };
}

/** "X 시범 버전은", "X 베타판이", "X 시제품은": a release stage or a prototype after a model's name is still that model (the particle follows). */
const STAGE_VERSION = /^['"’”]?\s(?:(?:시범|베타|정식|프리뷰|초기|체험|테스트|데모|미리보기)\s?(?:버전|판)|시제품|프로토타입|시험판)(?=은|는|이|가|도|의|을|를|에서|으로|로)/;


const LICENCE_WORD = /라이선스|라이센스|[Ll]icen[cs]e/;
/** "삼성 계열사 업무 데이터", "SK 그룹사 임직원": a group named before 계열사/그룹사 only says whose affiliates a noun phrase is about ("SK 그룹|사": the scan may stop inside 그룹사). */
const AFFILIATES_OF = /^\s(?:그룹\s)?(?:계열사|그룹사|관계사)\s[가-힣A-Za-z]/;
function namesAffiliates(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 12);
  return AFFILIATES_OF.test(after) || (m.surface.endsWith('그룹') && /^사\s[가-힣A-Za-z]/.test(after));
}
const LICENCE_AFTER = /^['"’”]?\s?(?:(?:커뮤니티|오픈|모델|AI 모델|상업용|비상업용?|연구용|Community|Open|Model)\s?)?(?:라이선스|라이센스|[Ll]icen[cs]e)/;


/**
 * Finds every mention in a sentence, sorted by start, without overlaps. `cache` (one per article)
 * keeps each sentence's gazetteer stage for a later call with known names.
 */
export function findMentions(text: string, rules: RuleSet, known: KnownName[] = [], cache: MentionCache | undefined = articleCache): Mention[] {
  const mt = getMatchers(rules);
  const kept = cache?.get(text);
  const before = known.length ? kept?.byKnown?.get(known) : kept?.bare;
  if (before) return before.map(cloneMention);
  // (findKnownNames only reads what is taken: the kept stage serves it uncopied)
  let again = kept && known.length ? findKnownNames(text, known, kept.ms, rules) : undefined;
  // known names that add nothing leave every later step as it was with none: the first reading, copied
  if (kept?.bare && (!known.length || !again!.length)) return kept.bare.map(cloneMention);
  const stage = kept ? cloneStage(kept) : gazetteerStage(text, rules, mt);
  if (cache && !kept) cache.set(text, cloneStage(stage));
  const { ms, blocked } = stage;
  if (known.length) {
    again ??= findKnownNames(text, known, ms, rules);
    ms.push(...again);
    for (let i = blocked.length - 1; i >= 0; i--) if (again.some((m) => m.start < blocked[i]!.end && blocked[i]!.start < m.end)) blocked.splice(i, 1);
  }
  prefixKnownNames(text, ms);
  markQuantisedCopies(text, ms); // ("X GGUF": a known model's quantised copy)
  if (text.includes('=')) dropCodeValues(text, ms); // ('provider="x"': a setting's value in code names no company)
  dropGivenNameModels(text, ms); // (before the people are found: "Claude Lee · CEO @ X" is free for a person)
  const found: Mention[] = [];
  // the discoverers only read what is taken: one copy serves the three that see the same mentions
  if (text.includes('리더보드') || text.includes('아레나')) ms.push(...discoverQuotedBoards(text, ms));
  const taken = [...ms, ...blocked];
  found.push(...discoverQuoted(text, taken, mt.discovery));
  found.push(...discoverBenchmarks(text, taken, mt.discovery).filter((m) => !SIZED_AFTER.test(text.slice(m.end, m.end + 8)))); // ("X-FinQA 14B": a name with a size after it is a model's)
  found.push(...discoverPolicies(text, taken, mt.discovery), ...discoverZoneProgrammes(text, taken, mt.discovery), ...(/\d\.\d['’"”」』]/.test(text) ? discoverVersionedPolicies(text, taken) : []));
  // "'갤럭시 S27'": a name that opens on a product line the gazetteer lists as no model (a phone, an app) is that product's
  const notProduct = (m: Mention): boolean =>
    !(m.type === 'Model' && blocked.some((b) => b.start >= m.start && b.end <= m.end && m.surface.startsWith(text.slice(b.start, b.end)) && productLines(rules).has(normalizeName(text.slice(b.start, b.end)))));
  ms.push(...found.splice(0).filter(notProduct));
  // (a numbered affiliation's lab, before the readers of company words take a piece of its name)
  if (/^[1-9]|[가-힣A-Za-z][1-9]/.test(text)) ms.push(...discoverAffiliationCompanies(text, ms, blocked));
  found.push(...discoverCompanies(text, [...ms, ...blocked], mt.discovery));
  found.push(...discoverEnglishCompanies(text, [...ms, ...blocked, ...found]));
  found.push(...discoverApposedGlossed(text, [...ms, ...blocked, ...found], mt.discovery));
  found.push(...discoverConsortiumLeads(text, [...ms, ...blocked, ...found], mt.discovery));
  ms.push(...found.splice(0));
  found.push(...discoverFounded(text, [...ms, ...blocked], mt.discovery));
  found.push(...discoverFounderNames(text, [...ms, ...blocked]));
  found.push(...discoverWorkplaces(text, [...ms, ...blocked, ...found], mt.discovery), ...discoverTitledHeads(text, [...ms, ...blocked, ...found], mt.discovery));
  ms.push(...found.splice(0));
  found.push(...discoverBuilders(text, [...ms, ...blocked], mt.discovery));
  ms.push(...found.splice(0));
  found.push(...discoverIntroduced(text, [...ms, ...blocked], mt.discovery));
  ms.push(...found.splice(0));
  found.push(...discoverLatinModels(text, [...ms, ...blocked], mt.discovery), ...discoverGenerationNames(text, [...ms, ...blocked], mt.discovery));
  ms.push(...found.splice(0));
  found.push(...discoverHyphenatedModels(text, [...ms, ...blocked], mt.discovery), ...discoverSizedVariants(text, [...ms, ...blocked], mt.discovery), ...discoverDocLines(text, [...ms, ...blocked]));
  if (text.includes('=')) found.push(...discoverRunGlosses(text, [...ms, ...blocked, ...found])); // (a runs table's legend: 'run-id = X 8B v2 다시 잰 값')
  ms.push(...found.splice(0));
  ms.push(...discoverBuiltOnModels(text, [...ms, ...blocked], mt.discovery));
  found.push(...discoverModelMakers(text, [...ms, ...blocked], mt.discovery));
  if (text.includes('(')) found.push(...discoverRankedMakers(text, [...ms, ...blocked, ...found], mt.discovery)); // ("1위 M (X) 78.4": a ranking row's maker)
  ms.push(...found.splice(0));
  if (text.includes(' 등') || text.includes('곳') || text.includes('개')) ms.push(...discoverListTail(text, [...ms, ...blocked], mt.discovery));
  found.push(...discoverPersons(text, [...ms, ...blocked], mt.discovery));
  found.push(...discoverEnglishPersons(text, [...[...ms, ...blocked], ...found]));
  if (/[A-Z]\.\s[A-Z]/.test(text)) found.push(...discoverInitialledAuthors(text, [...ms, ...blocked, ...found])); // ("D. Moon: X", "W. Seo is CTO of X")
  found.push(...discoverCareerNames(text, [...[...ms, ...blocked], ...found]));
  if ((text.includes(':') || text.includes('：')) && AUTHOR_LABEL.test(text)) found.push(...discoverAuthors(text, [...[...ms, ...blocked], ...found]));
  if (/드림|올림/.test(text)) found.push(...discoverSignatures(text, [...[...ms, ...blocked], ...found]));
  if (MARKED_AUTHORS_OPENING.test(text)) {
    dropNumberedAuthorModels(text, ms);
    found.push(...discoverMarkedAuthors(text, [...[...ms, ...blocked], ...found]));
  }
  if (text.endsWith(')')) dropMarkedAuthorModels(text, ms);
  found.push(...(mayCloseWithAuthors(text) ? discoverAuthorCells(text, [...[...ms, ...blocked], ...found]) : []), ...(text.includes('부스') || text.includes('관') ? discoverBoothCompanies(text, [...[...ms, ...blocked], ...found], mt.discovery) : []));
  found.push(...discoverAnonymous(text, ms, rules, mt.discovery));
  ms.push(...found.filter(notProduct));
  if (text[0] === '[' || text[0] === '【') dropEntryCodes(text, ms);
  // "○○손해보험", "△△전자": a name the text masks (anonymised) names no one — two mask signs (one "○" opens a speaker's
  // turn in minutes: "○구민하 위원")
  if (/[○◯△□]{2}/.test(text)) for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.via === 'discovered' && /[○◯△□]{2}$/.test(text.slice(Math.max(0, ms[i]!.start - 2), ms[i]!.start))) ms.splice(i, 1);
  if (/[A-Z][A-Za-z]{1,9}\s\d/.test(text)) joinFamilyProducts(text, ms);
  if (/[0-9A-Za-z]\s(?:base|large|small|tiny|mini|medium|xx?l)/.test(text)) absorbSizeWords(text, ms);
  for (const m of ms) {
    // (a person only folds a Latin spelling of the name: "제임스 오(James Oh)")
    if (m.via === 'discovered' && (m.type !== 'Person' || text[m.end] === '(')) foldParenAlias(text, m, ms, rules, mt);
    if (m.via === 'discovered' && m.type === 'Company' && !m.properties?.country) {
      const c = countryBefore(text, m.start, mt.discovery) ?? countryAround(text, m.start, m.end, mt.discovery);
      if (c) m.properties = { ...m.properties, country: c };
    }
  }
  if (text.length <= 60 && / [A-Z]/.test(text)) foldCardTitleGloss(text, ms, mt.discovery);
  foldCalledProgrammes(text, ms); // ("'X 프로젝트'(…"Y"라고 부름)": a programme glossed by the name it is known by is that programme)
  foldHangulGlosses(text, ms); // ("소담챗 4.1(SodamChat-4.1-9B)은": the Hangul name is the model's, the particle after it too)
  if (/\d[BM]/.test(text)) joinGlossedSizes(text, ms); // ("바람-Ko 3(Baram-Ko 3) 14B", "누리-의료 7B-상담": the name goes on after a gloss or a size)
  if (/버전|판|시제품|프로토타입/.test(text)) for (const m of ms) if (m.type === 'Model') m.end += STAGE_VERSION.exec(text.slice(m.end, m.end + 12))?.[0].length ?? 0;
  // "BIRD dev에서", "X eval-clean 기준": a data split after a benchmark's name is still that benchmark; "X 1.1은": an edition of it
  for (const m of ms) if (m.type === 'Benchmark') extendBenchmark(text, m);
  if (/\d\s?(?:억|조|[BM])/.test(text) && /(?:버전|모델)|['"’”]\s?\d/.test(text)) absorbSizeVersions(text, ms);
  // "카나나 성과리더", "믿:음 개발팀장": a bare line name (no version) that starts a team title names the team, not a model
  if (TEAM_TITLE_WORD.test(text)) for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.type === 'Model' && !/\d/.test(ms[i]!.surface) && TEAM_TITLE_AFTER.test(text.slice(ms[i]!.end, ms[i]!.end + 14))) ms.splice(i, 1);
  // "알리바바 Qwen 팀의 모델 Qwen3-14B": a bare family word before 팀 in a sentence that names a member of the family is the team
  if (text.includes('팀')) for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.type === 'Model' && !/\d/.test(ms[i]!.surface) && FAMILY_TEAM_AFTER.test(text.slice(ms[i]!.end, ms[i]!.end + 4)) && ms.some((x) => x !== ms[i] && x.type === 'Model' && x.surface.length > ms[i]!.surface.length && x.surface.startsWith(ms[i]!.surface))) ms.splice(i, 1);
  // "HyperCLOVA X SEED 라이선스", "라마 3 커뮤니티 라이선스": a name before a licence word names the licence, not a model
  if (LICENCE_WORD.test(text)) for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.type === 'Model' && LICENCE_AFTER.test(text.slice(ms[i]!.end, ms[i]!.end + 16))) ms.splice(i, 1);
  dropGivenNameModels(text, ms);
  if (text.includes('어-') || text.includes('어·')) dropLanguagePairs(ms); // ("베트남어-한국어 모델": a language pair, no name)
  if (/(?:계열사|그룹사|관계사)\s/.test(text)) for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.type === 'Company' && namesAffiliates(text, ms[i]!)) ms.splice(i, 1);
  if (text.includes(', ')) foldSpelledApposition(text, ms);
  if (/플랫폼|솔루션|앱|애플리케이션|platform|app/i.test(text)) dropProductNamedModels(text, ms);
  if (/카드|칩|가속기|서버|보드|모듈|프로세서|어플라이언스|SDK|API|CUDA|ROCm|Runtime|Driver|Firmware|Compiler|드라이버|펌웨어|런타임|컴파일러|card|chip|accelerator|server|board/i.test(text)) dropHardwareNamedModels(text, ms);
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of ms) if (!out.length || out[out.length - 1]!.end <= m.start) out.push(m);
  if (cache) {
    const entry = cache.get(text)!;
    if (!known.length || !again!.length) entry.bare ??= out.map(cloneMention);
    else (entry.byKnown ??= new Map()).set(known, out.map(cloneMention));
  }
  return out;
}

