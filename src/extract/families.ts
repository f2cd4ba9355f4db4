/**
 * Bare family words ("젬마", "큐웬", "바르코") in one article: the article's one or main version of the
 * family, unless the clause talks about the family as such or relates two of its versions.
 */
import { plannedOnly } from './planned-versions.js';
import { escapeRegex } from './engine/compile.js';
import { occurrencesOf } from '../parse/text.js';
import { quotationAt } from './korean.js';
import type { Mention, RuleSet } from './types.js';
import { namesFamilyAsSuch } from './family-as-such.js';

/** The family keys a model mention belongs to ("솔라 오픈 100B" → solar-open, solar). */
export function familiesOf(m: Mention, rules: RuleSet): string[] {
  const out: string[] = [];
  for (let k = m.family, guard = 0; k && guard < 3; guard++) {
    out.push(k);
    const fam = rules.byKey.get(k)?.family;
    k = fam ? `model:${fam}` : undefined;
  }
  return out;
}

/** Words about a family as a whole or its history: then the family word is the family. ("계열사" is an affiliate company; "처음부터 끝까지" from start to end, "처음부터 (직접) 학습한" trained from scratch and "처음부터 만드는 것보다" than building one from scratch: no talk of the family; a bare "처음부터 만들었다" is the history of a model.) */
const FAMILY_TALK = /후속|업그레이드|(?<!에)이전|전작|전 버전|계승|잇는|이은|다음(?!\s?(?:달|주(?!력|자)|날|해|분기|학기|시즌|회차))|뒤를|차기|기존|원본|파생|경량|계열(?!사)|시리즈|라인업|제품군|패밀리|처음(?!부터\s?(?:끝까지|(?:직접\s|자체\s?|스스로\s)?학습|만드는\s?(?:것|게)|만들기))|최초|첫|successor|upgrade|predecessor|previous|family|series/i;

/** Words that relate two models of one family (a successor, a base, a comparison): then the family word is its own node. ("이전" never inside "에이전트".) */
export const MODEL_RELATION_CUE = /병합|merged?|merging|후속|업그레이드|(?<!에)이전|전작|전 버전|기반|바탕|토대|계승|잇는|이은|다음(?!\s?(?:달|주(?!력|자)|날|해|분기|학기|시즌|회차))|뒤를|차기|개선|고도화|기존|원본|파생|증류|경량|튜닝|미세|추가 학습|대비|보다|비해|비교|계열(?!사)|시리즈|라인업|제품군|패밀리|처음|최초|successor|upgrade|predecessor|previous|based on|built on|fine-tuned|distilled|derived|version of|compared|than|family|series/i;

/** Right after a family word, its next version named by no name of its own ("카나나 후속 버전", "솔라의 차기 모델", "젬마 다음 버전"); not a model the sentence says is that next version ("X의 후속 모델로,", "X의 후속 모델이다"). */
const UNNAMED_NEXT_AFTER = /^['"’”]?(?:의)?\s?(?:후속|차기|다음)\s?(?:버전|모델|작)(?!\s?(?:으로|로)(?:[,\s]|$)|\s?(?:이다|이며|이자|이고|인\s|이기도|입니다|이에요|예요|이었|였))/;

/** Right after a family word, what makes it the base a model is built on ("라마 위에", "젬마로 기반을", "큐웬을 바탕으로"; or is said not to be: "라마 기반 아냐", "라마 기반이라는 얘기"). */
const BASE_AFTER = /^['"’”]?(?:\s위에|(?:으로|로)\s기반을|(?:을|를)\s(?:기반|바탕|토대)으로|\s기반(?:이|이라|\s(?:아냐|아님|아니|모델이\s아니|[가-힣]+\s?모델)))/;

/** Right before a family word, an English verb of building on a base ("does not sit on Llama", "was built on top of Gemma"). */
const BASE_BEFORE_EN = /\b(?:sits?|sat|runs?|ran|built|based|fine-tuned)\s(?:on|upon|from)\s(?:top\sof\s)?$/;

/** A kind of model, then an opening quote, right before a family word: "초거대 AI '…'", "언어모델 '…'"; or a maker's own kind of model unquoted: "카카오 자체 언어모델 …" (the line named as a model of its own). */
const KIND_QUOTED_BEFORE = /(?:AI|모델|LLM|언어모델|인공지능)\s?['‘"“]$|(?:자체|독자)\s(?:[가-힣]{1,6}\s)?(?:언어\s?모델|모델|LLM|AI\s모델)\s$/;

/** A kind of model as a word of its own, then an opening quote ("범용 모델 '", "추론 LLM '"). */
const KIND_WORD_QUOTED_BEFORE = /(?:^|\s)(?:모델|LLM|언어\s?모델|AI\s모델)\s?['‘"“]$/;

/** A family word quoted whole right after a kind of model ("범용 모델 '커맨드 A'를", "언어모델 '솔라'의"). */
function kindQuotedWhole(text: string, m: Mention): boolean {
  // (a kind word of its own, not the end of a maker's name: "오픈AI 'gpt-oss'" is the maker, then the family word)
  return KIND_WORD_QUOTED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && /^['’"”]/.test(text.slice(m.end, m.end + 1));
}

/** A family word in quotes of its own, right after its maker's possessive ("업스테이지의 '솔라 프로'", "X의 '엑사원(EXAONE)'"). */
function quotedWhole(text: string, m: Mention): boolean {
  return /의\s['‘"“]$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^(?:\s?\([^()]{1,30}\))?['’"”]/.test(text.slice(m.end, m.end + 34));
}

/** " 원본" right after a family word: the original model, not the family. */
const ORIGINAL_AFTER = /^\s?원본/;
/** "원본 " right before it ("원본 카나나보다 3점 높다"): the same. */
const ORIGINAL_BEFORE = /(?:^|[\s(])원본\s?$/;

/** Where one clause of a joined sentence ends ("…시연했고, 트웰브랩스는 …"; a contrast needs no comma: "…높았다고 했지만 젬마의 점수는"). */
const CLAUSE_END = /[가-힣](?:(?:고|며|지만|는데|으나|면서),\s|지만\s)/g;

/** The clause of `text` around position `at`. */
function clauseAt(text: string, at: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const c of text.matchAll(CLAUSE_END)) {
    const end = c.index + c[0].length;
    if (end <= at) from = end;
    else {
      to = c.index + 2;
      break;
    }
  }
  return [from, to];
}

/** The clause a family word is read in: a quoted remark is a clause of its own (the narration's relation words are not the speaker's). */
function readingClauseAt(text: string, at: number): [number, number] {
  return quotationAt(text, at) ?? clauseAt(text, at);
}

/** Another model of the clause whose name holds the family word whole ("A사 전용 X" beside "X"). */
function namedAfter(here: Mention[], m: Mention): boolean {
  return here.some((x) => x !== m && x.type === 'Model' && (x.end <= m.start || x.start >= m.end) && x.surface.length > m.surface.length && holdsWord(x.surface, m.surface));
}

/** A bare family word this pass already read as `version` (its surface is the version's now). */
function isFoldedInto(x: Mention, version: Mention | undefined): boolean {
  return version !== undefined && x.via === 'reference' && x.key === version.key;
}

/** `word` in `text` between spaces or the ends ("KT 전용 X" holds "X" whole, "X2" does not). */
function holdsWord(text: string, word: string): boolean {
  return occurrencesOf(text, word).some((at) => {
    const end = at + word.length;
    return (at === 0 || /\s/.test(text[at - 1]!)) && (end === text.length || /\s/.test(text[end]!));
  });
}

/** The subject of a derivation from a model of another family, in no talk of the family's early history ("솔라 오픈이 Z에서 파생됐다는 주장"). */
const DERIVED_SUBJECT_AFTER = /^['"’”]?(?:이|가|은|는)\s/;
const DERIVED_FROM = /파생|기반|바탕|토대|베[꼈끼]|가져다/;
const EARLY_HISTORY = /처음|최초|첫|초기|초창기|세대|원조/;

/** A bare family word as the subject of a derivation from another family's model, in an article naming one version of its family: that version. */
function derivedFromOther(text: string, clause: string, m: Mention, here: Mention[], rules: RuleSet, versions: FamilyMembers): boolean {
  if (!versions.only.has(m.key) || !DERIVED_SUBJECT_AFTER.test(text.slice(m.end, m.end + 3)) || !DERIVED_FROM.test(clause) || EARLY_HISTORY.test(clause)) return false;
  return here.some((x) => x.type === 'Model' && x.start > m.end && x.key !== m.key && !familiesOf(x, rules).includes(m.key));
}

/** A bare family word ("라마", "엑사원"): a gazetteer model named without a version tail, or such a word folded into a version. */
export function isFamilyWord(m: Mention): boolean {
  return m.type === 'Model' && (m.via === 'reference' || (m.via === 'gazetteer' && !m.family));
}

const titleAfterCache = new WeakMap<RuleSet, RegExp>();

/** Up to two words, then a job title: "젬마 프로덕트 매니저" (after the family word). */
function titleAfter(rules: RuleSet): RegExp {
  let re = titleAfterCache.get(rules);
  if (!re) {
    const titles = rules.lexicon.titles.map(escapeRegex).join('|');
    titleAfterCache.set(rules, (re = new RegExp(`^(?:\\s[가-힣A-Za-z]+){0,2}\\s(?:${titles})`)));
  }
  return re;
}

/** "(Solar Pro, 2024)", "(2023.12)": a gloss in brackets that dates the name before it. */
const DATED_GLOSS_AFTER = /^\s?\((?:[^()]{1,30},\s?)?(?:19|20)\d{2}(?:[.\-/]\d{1,2})?\)/;

/**
 * A bare family word ("솔라는", "바르코의") next to one versioned model of that family in the same
 * clause — or, without one, right after a sentence about such a model — stands for that model.
 * A family word in a job title ("구글 젬마 프로덕트 매니저") is the article's model too.
 */
export function foldBareFamilies(text: string, ms: Mention[], rules: RuleSet, focus: Mention | undefined, versions: FamilyMembers, at?: number): void {
  foldEntryHeadForms(text, ms);
  for (const m of ms) {
    if (m.type !== 'Model' || m.via !== 'gazetteer') continue;
    // ("- 솔라 프로(Solar Pro, 2024): …": a family word glossed with its own year is that first model, not the article's later version)
    if (DATED_GLOSS_AFTER.test(text.slice(m.end, m.end + 40)) || (text[m.start - 1] === '(' && /^,\s?(?:19|20)\d{2}(?:[.\-/]\d{1,2})?\)/.test(text.slice(m.end, m.end + 12)))) continue;
    const [from, to0] = readingClauseAt(text, m.start);
    const clause = text.slice(from, to0);
    const here = ms.filter((x) => x.start >= from && x.end <= to0);
    const inTitle = titleAfter(rules).test(text.slice(m.end, m.end + 24));
    const relation = !inTitle && MODEL_RELATION_CUE.test(clause);
    // "큐웬 원본보다 낫다", "원본 큐웬보다": the family's original is the one version of it the article names (the base of its model)
    const original = ORIGINAL_AFTER.test(text.slice(m.end, m.end + 4)) || ORIGINAL_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) ? versions.only.get(m.key) : undefined;
    if (namesFamilyAsSuch(text, m)) continue;
    if (original) {
      Object.assign(m, { key: original.key, family: original.family, surface: original.surface, via: 'reference' });
      continue;
    }
    // ("첫 모델을 메타의 라마 위에 올렸던": a family word a model is built on is a model, whatever the clause says of the builder's history)
    // (so too in English: "the successor …: it does not sit on Llama")
    // ("카나나 후속 버전 소식은 없나요?" in an article naming one version of it, no model after it in the sentence: the next version of the article's model)
    const only = versions.only.get(m.key);
    if (only && UNNAMED_NEXT_AFTER.test(text.slice(m.end, m.end + 10)) && !versions.predecessors?.has(m.key) && !ms.some((x) => x.type === 'Model' && x.start >= m.end)) {
      Object.assign(m, { key: only.key, family: only.family, surface: only.surface, via: 'reference' });
      continue;
    }
    if (relation && FAMILY_TALK.test(clause) && !BASE_AFTER.test(text.slice(m.end, m.end + 12)) && !BASE_BEFORE_EN.test(text.slice(Math.max(0, m.start - 24), m.start)) && !derivedFromOther(text, clause, m, here, rules, versions)) continue;
    const members = here.filter((x) => x.end <= m.start && x.type === 'Model' && x.via === 'version' && familiesOf(x, rules).includes(m.key));
    const keys = new Set(members.map((x) => x.key));
    let to: Mention | undefined;
    const sameFamilyHere = here.some((x) => x.type === 'Model' && x.via === 'version' && familiesOf(x, rules).includes(m.key));
    if (inTitle) to = versions.main.get(m.key);
    // ("업스테이지의 '솔라 프로'와 … 병합": a family word quoted whole as a name, beside a relation, is that model, not the article's version)
    // ("X에 … 추가 학습한 'A사 전용 X'": a model named after the bare word is built on the family it names, not on the article's version)
    // (a bare word of the clause already read as that version is no other name: "메드X는 비교 상대일 뿐, …가 메드X를 쓴 건 아니다")
    // ("Z는 … 라마 3.1 8B와 거의 같아 업계에서는 라마 기반 모델로 추정": a bare word said to be a base, after the clause's one version of it, is that version)
    else if (relation && sameFamilyHere) to = keys.size === 1 && (BASE_AFTER.test(text.slice(m.end, m.end + 12)) || /^\s기반\s?모델/.test(text.slice(m.end, m.end + 8))) ? members[0] : undefined;
    // ("코히어의 범용 모델 '커맨드 A'를 토대로": a kind of model introducing the family word quoted whole names that model, the base)
    // ("A.X 4.0이 알리바바 큐웬(Qwen)을 바탕으로 …" in a story naming "Qwen2.5-VL" only paragraphs later: the family)
    else if (relation) to = quotedWhole(text, m) || kindQuotedWhole(text, m) || namedAfter(here.filter((x) => !isFoldedInto(x, versions.only.get(m.key))), m) || namedOnlyLater(versions, text, m, at, here, rules) ? undefined : versions.only.get(m.key);
    else if (keys.size === 1) to = members[0];
    else if (!keys.size && focus && focus.via === 'version' && !here.some((x) => x.type === 'Model' && x.via === 'version') && familiesOf(focus, rules).includes(m.key)) to = focus;
    // the article names one version of the family only: "바르코" anywhere is that model (not where a kind of model introduces the
    // family word in quotes as a model of its own: "네이버의 초거대 AI '하이퍼클로바X' 개발을 이끈", h96_04; nor where its maker's
    // possessive does: "X의 '엑사원'과 Y의 '믿:음'은 …", the families compared)
    else if (!keys.size && !sameFamilyHere && !KIND_QUOTED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && !quotedWhole(text, m)) to = versions.main.get(m.key);
    // (a bare word the article names as its version's predecessor is that earlier model wherever it stands)
    if (!to || (!inTitle && versions.predecessors?.has(m.key))) continue;
    m.key = to.key;
    m.family = to.family;
    if (!inTitle) m.surface = to.surface;
    m.via = 'reference';
  }
}

/** The family's one version first named after body sentence `at`, the word said to be the base of a model the clause names (not "라마, 큐웬, 젬마를 병합해"). */
function namedOnlyLater(versions: FamilyMembers, text: string, m: Mention, at: number | undefined, here: Mention[], rules: RuleSet): boolean {
  const first = versions.firstAt?.get(m.key);
  if (at === undefined || first === undefined || first <= at) return false;
  const base = BASE_AFTER.test(text.slice(m.end, m.end + 40).replace(/^\s?\([^()]{1,30}\)/, '')) || BASE_BEFORE_EN.test(text.slice(Math.max(0, m.start - 24), m.start));
  return base && here.some((x) => x.type === 'Model' && x.key !== m.key && !isFamilyWord(x) && !familiesOf(x, rules).includes(m.key));
}

/**
 * "누리-라마 13B" (a name the article gives elsewhere): the family version the first reading found in
 * it ("라마 13B") is part of another model's name, no version of the family.
 */
function insideLongerName(text: string, m: Mention, longer: readonly string[]): boolean {
  for (const name of longer) {
    if (name.length <= m.end - m.start || !name.includes(m.surface)) continue;
    if (occurrencesOf(text, name).some((at) => at <= m.start && at + name.length >= m.end)) return true;
  }
  return false;
}

/**
 * Family key → the versioned model its bare word stands for. `only`: the one version the article
 * names (sized variants count as their version: "젬마 3 27B" is a size of "젬마 3"). `main`: that,
 * or the version the article is about — named first and in at least twice as many sentences as the
 * family's other versions together (an article on "젬마 3" that mentions the next "젬마 4" once);
 * not used beside relation words, where the family word may be the other version.
 */
export interface FamilyMembers {
  only: Map<string, Mention>;
  main: Map<string, Mention>;
  /** The families the article names any version of. */
  named: Set<string>;
  /** Family key → the sentence where the article first names a version of it. */
  firstAt?: Map<string, number>;
  /** Bare family words the article names as a version's predecessor ("X의 후속 모델인 'X 2'"): a model of their own throughout. */
  predecessors?: Set<string>;
}

/** Right after a model's name, the word for a line of models ("X 시드 시리즈", "Y 3 제품군", "Z 2 family"). */
const SERIES_AFTER = /^['"’”]?\s?(?:시리즈|제품군|패밀리|라인업|series|family)(?![A-Za-z])/;

/** Right after a bare family word, what makes it a later version's predecessor ("의 후속 모델인", "의 차기작", "을 잇는"). */
const PREDECESSOR_AFTER = /^['"’”]?(?:의\s?(?:후속|차기|뒤를\s?잇)|(?:을|를)\s(?:잇는|이은|계승한))/;

export function familyVersionsOf(all: Mention[][], rules: RuleSet, shortForms: Map<string, string>, texts: readonly string[] = [], longer: readonly string[] = []): FamilyMembers {
  const members = new Map<string, Map<string, { m: Mention; sentences: number }>>();
  const firstAt = new Map<string, number>();
  const planned = plannedOnly(all, texts);
  for (const [i, ms] of all.entries()) {
    const seen = new Set<string>();
    for (const m of ms) {
      if (m.type !== 'Model' || m.via !== 'version' || planned.has(m.key)) continue;
      if (texts[i] !== undefined && insideLongerName(texts[i]!, m, longer)) continue;
      // ("X 시드 시리즈를 … 이끌었다": a version named as a series is a line of models itself, no one version the bare word can stand for)
      if (texts[i] !== undefined && SERIES_AFTER.test(texts[i]!.slice(m.end, m.end + 8))) continue;
      const key = shortForms.get(m.key) ?? m.key;
      const version = m.bareKey && !shortForms.has(m.bareKey) ? m.bareKey : key;
      for (const fam of familiesOf(m, rules)) {
        const byVersion = members.get(fam) ?? new Map<string, { m: Mention; sentences: number }>();
        const v = byVersion.get(version) ?? { m: { ...m, key }, sentences: 0 };
        // the version itself represents its sizes once the article names it
        if (key === version && v.m.key !== version) v.m = { ...m, key };
        if (!seen.has(`${fam}|${version}`)) v.sentences++;
        if (!firstAt.has(fam)) firstAt.set(fam, i);
        seen.add(`${fam}|${version}`);
        byVersion.set(version, v);
        members.set(fam, byVersion);
      }
    }
  }
  const predecessors = new Set<string>();
  for (const [i, ms] of all.entries())
    for (const m of ms) if (m.type === 'Model' && m.via === 'gazetteer' && texts[i] !== undefined && PREDECESSOR_AFTER.test(texts[i]!.slice(m.end, m.end + 8)) && ms.some((x) => x.start > m.end && x.via === 'version' && familiesOf(x, rules).includes(m.key))) predecessors.add(m.key);
  const out: FamilyMembers = { only: new Map(), main: new Map(), named: new Set(members.keys()), predecessors, firstAt };
  for (const [fam, byVersion] of members) {
    const [main, ...others] = [...byVersion.values()];
    const rest = others.reduce((n, o) => n + o.sentences, 0);
    if (main && !others.length) out.only.set(fam, main.m);
    if (main && main.sentences >= 2 * rest) out.main.set(fam, main.m);
  }
  return out;
}

/** A list mark right before or after a headline word ("바다·누리…", "A, B 격돌"). */
const LIST_BEFORE = /[·ㆍ,]\s?['‘"“]?$/;
const LIST_AFTER = /^['’"”]?\s?(?:[·ㆍ,]|…)/;

/**
 * "A·B·C…국산 LLM 성적표": a bare family word in a headline's list of short names, where the article names versions
 * of that family, is shorthand for them and no model of its own (the body names the family if it means it).
 */
export function dropHeadlineFamilies(text: string, ms: Mention[], versions: FamilyMembers): void {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type !== 'Model' || m.via !== 'gazetteer' || m.family || !versions.named.has(m.key)) continue;
    if (!LIST_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start)) && !LIST_AFTER.test(text.slice(m.end, m.end + 3))) continue;
    ms.splice(i, 1);
  }
}

/** A variant word a review entry's heading may carry after the version its text calls the model by ("… 2.0 Base", "… 3 Instruct"). */
const HEAD_VARIANT = /^(?:base|instruct|chat|it|베이스|인스트럭트)$/;
const nameForm = (name: string): string => name.replace(/[\s:·\-_]/g, '').toLowerCase();

/**
 * "X 2.0 Base — KT X 2.0은 …": in an entry headed by a model's name and a dash, the same name without the heading's variant
 * word is the heading's model (a version, not the bare family).
 */
function foldEntryHeadForms(text: string, ms: Mention[]): void {
  const head = ms[0];
  if (!head || head.type !== 'Model' || head.start > 2 || !/^\s?[—–]\s/.test(text.slice(head.end, head.end + 3))) return;
  const full = nameForm(head.surface);
  for (const m of ms.slice(1)) {
    if (m.type !== 'Model' || m.key === head.key || m.via === 'reference') continue;
    const short = nameForm(m.surface);
    if (/\d/.test(short) && full.startsWith(short) && HEAD_VARIANT.test(full.slice(short.length))) Object.assign(m, { key: head.key, family: head.family });
  }
}
