/** Names read across a whole article: short forms of sized and tailed names, headline parents, the names discovered anywhere. */
import { sizeListedLines } from './size-listed-lines.js';
import { quotedProgrammeFields } from './programme-aliases.js';
import { glossedVersionTags } from './glossed-tags.js';
import type { Sentence } from '../parse/types.js';
import { perRuleSet } from './engine/compile.js';
import { linkGluedShortForms, type KnownName } from './engine/known-names.js';
import { fullNameAliases } from './formal-names.js';
import { addDefinedShortNames, addDefiningNames, mayDefineShort } from './defined-short.js';
import { findMentions } from './engine/mentions.js';
import { discoveredMention, sizedBareKey } from './engine/discover-common.js';
import type { Mention, RuleSet } from './types.js';
import { normalizeName } from '../graph/index.js';
import { predecessorStems } from './predecessor-stems.js';
import { comparativeReferences, MAIN_MODEL, variantAfterName, variantNamesOf } from './variant-words.js';
import { siblingNames } from './sibling-names.js';
import { readCompanyHeadedShortForms } from './company-headed.js';
import { readModelLineHeads } from './model-line-heads.js';
import { instituteShortName } from './institute-short.js';
import { addProgrammeAliases, citiesNamed } from './programme-aliases.js';
import { deckLines } from './deck-lines.js';
import { writesSeveralSizes } from './line-sizes.js';

/**
 * "엑사원 4.0 32B" … "엑사원 4.0", "Qwen3-32B" … "Qwen3": where an article names exactly one sized
 * variant of a version, the version without the size is a short form of it (key → sized key).
 */
export function sizedShortForms(all: Mention[][], sentences: Sentence[], rules?: RuleSet): Map<string, string> {
  // ("X 프로의 학습에는 X 14B의 …": the head of a variant's name beside the size is no short form named beside it)
  const variantAfter = rules ? variantAfterName(rules) : undefined;
  const sized = new Map<string, Set<string>>();
  const firstAt = new Map<string, number>();
  /** Where in its first sentence a name is first written: of two names first written in one sentence, the earlier was named first. */
  const firstStart = new Map<string, number>();
  const together = new Set<string>();
  /** Names no gazetteer lists (a new model's own line): its one sized name is the model, whichever the article names first. */
  const discovered = new Set<string>();
  /** Boards and test sets named with an edition: the article's one edition is what its bare name means, whichever comes first. */
  const editioned = new Set<string>();
  /** The sizes a bare version was given by the words right after it ("'X 4.0' 32B 모델을"): that one size of it, named. */
  const sizedBare = new Map<string, Set<number>>();
  const sizeOf = new Map<string, number>();
  const deck = deckLines(sentences);
  /** Bare names the article calls a family ("X(X')는 … 언어모델 패밀리입니다", "X 제품군"): a line of models, not its one sized member. */
  const families = new Set<string>();
  all.forEach((ms, i) => {
    const text = sentences[i]!.text;
    for (const m of ms) if (m.type === 'Model' && !m.bareKey && FAMILY_AFTER.test(text.slice(m.end, m.end + 120))) families.add(m.key);
    // "X 4.0 32B (X 4.0, 320억 파라미터)": the version glossed in parentheses right after the sized name is that name, not a sibling beside it
    const glossed = new Set(ms.filter((x) => ms.some((m) => m.bareKey === x.key && /^\s?\($/.test(text.slice(m.end, x.start)))));
    for (const m of ms) {
      // headlines, summaries and photo captions shorten names: order is read from the body
      // (so does a headline-style line a text page leaves in its body: "X, Y와 'Z' 기반 모델 'W' 공개")
      // (and a deck's dashed lines before the story's first sentence: "- Y 기반 미세조정 모델 'W' 3위로 선전")
      if (!firstAt.has(m.key) && sentences[i]!.block === 'body' && !glossed.has(m) && !HEADLINE_LINE.test(text) && !deck.has(i)) firstAt.set(m.key, i);
      if (firstAt.get(m.key) === i && m.start < (firstStart.get(m.key) ?? Infinity)) firstStart.set(m.key, m.start);
      if (m.type === 'Model' && m.via === 'discovered') discovered.add(m.key);
      const size = m.type === 'Model' ? m.properties?.parameters : undefined;
      if (typeof size === 'number') (m.bareKey ? sizeOf.set(m.key, size) : sizedBare.set(m.key, (sizedBare.get(m.key) ?? new Set()).add(size)));
      const bare = m.bareKey ?? (m.type === 'Model' && m.via === 'discovered' ? sizedBareKey(m.surface) : undefined);
      if (!bare) continue;
      if (m.type === 'Benchmark') editioned.add(bare);
      sized.set(bare, (sized.get(bare) ?? new Set()).add(m.key));
      // (not where a clause ends between them: "'X 13B'를 공개한 바 있으며, Y는 X와 별도로 …" names the one model again)
      // (nor where the bare name comes later in the sentence, not listed beside it: "X-8B 파인튜닝이라 사실상 X 점수랑 비교" names the one model again)
      if (ms.some((x) => x.key === bare && !glossed.has(x) && !variantAfter?.test(text.slice(x.end)) && !CLAUSE_END_BETWEEN.test(text.slice(Math.min(x.end, m.end), Math.max(x.start, m.start))) && (x.start < m.start || LISTED_BETWEEN.test(text.slice(m.end, x.start))))) together.add(bare);
    }
  });
  const out = new Map<string, string>();
  // not when the short form is introduced first or named beside the sized one: then it is the main model and the size a sibling
  // (a new model no gazetteer lists, "'바다-3'를 내놨다 … '바다-3 14B'를 공개했다", is released in its one size: the same model;
  // a board named bare, then its season, "X 리더보드에서 … 'X 리더보드3' 평가에서", is that season's board: the one the body
  // names first where it names several, "X 리더보드 4 결과 … 내년 'X 리더보드 5'로")
  for (const bare of sizeListedLines(all, sentences)) families.add(bare); // ("X 2(13B·32B)": the line, not its one size named in full)
  for (const [bare, keys] of sized) {
    if (together.has(bare) || families.has(bare) || writesSeveralSizes(sentences, all, bare)) continue;
    if (editioned.has(bare)) {
      out.set(bare, [...keys].reduce((a, b) => ((firstAt.get(b) ?? Infinity) < (firstAt.get(a) ?? Infinity) ? b : a)));
      continue;
    }
    const key = [...keys][0]!;
    // ("X3였다. 그중에서도 X3-8B를 골랐다": a size picked out of the version named just before is what the bare version meant)
    // ("'엑사원 4.0' 32B 모델을 … 엑사원 4.0 32B에": a bare version first written with the one size the article names is that size)
    const sizedFirst = sizeOf.has(key) && (sizedBare.get(bare)?.has(sizeOf.get(key)!) ?? false);
    // ("구글 X 3 12B랑 비슷한데 X 3 파인튜닝인가요?": in one sentence, the sized name written first is named first)
    const namedAfter = (firstAt.get(bare) ?? Infinity) > (firstAt.get(key) ?? Infinity) || (firstAt.get(bare) !== undefined && firstAt.get(bare) === firstAt.get(key) && firstStart.get(bare)! > firstStart.get(key)!);
    if (keys.size === 1 && (namedAfter || discovered.has(bare) || sizedFirst || pickedOutOf(sentences, firstAt.get(key), firstAt.get(bare)))) out.set(bare, key);
  }
  return out;
}

/** After a model's name: the word for a family of models, right after it or as what its topic is ("는 … 언어모델 패밀리입니다"). */
const FAMILY_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:\s?(?:패밀리|제품군)(?![가-힣])|(?:은|는)\s[^.?!]{0,80}?(?:패밀리|제품군)(?:이다|입니다|이며|이고|로|으로)(?:[.,\s]|$))/;

/** Between a sized name and a bare one after it, what lists them side by side ("X 8B와 X", "X 8B, X", "X 8B vs X"). */
export const LISTED_BETWEEN = /^['"’”)]?\s?(?:와|과|및|,|·|ㆍ|\/|vs\.?|and|or|or the|대비|보다)?\s?(?:및\s)?['"‘“(]?$/;

/** A connective ending and its comma: one clause ends, the next begins ("…있으며, ", "…했고, "). */
const CLAUSE_END_BETWEEN = /(?:으며|이며|하며|했으며|했고|하고|지만|는데|으나),\s/;

/** "X, Y와 'Z' 기반 모델 'W' 공개": a line that opens on a name and a comma and ends on a release noun, with no verb ending. */
const HEADLINE_LINE = /^[가-힣A-Za-z0-9]{2,15},\s.{4,120}?\s(?:공개|출시|발표|선봬|선보여|내놔|개발)$/;

/** "그중에서도 …", "이 가운데 …": a sentence that picks one out of what the one before named. */
const PICKED_OUT = /^(?:그중|그 중|이 중|이중|그 가운데|이 가운데)(?:에서)?(?:도|에선)?\s/;

/** The sized name's first sentence picks it out of the bare version the sentence right before named first. */
function pickedOutOf(sentences: Sentence[], sizedAt: number | undefined, bareAt: number | undefined): boolean {
  return sizedAt !== undefined && bareAt !== undefined && sizedAt === bareAt + 1 && PICKED_OUT.test(sentences[sizedAt]!.text);
}

/**
 * "HyperCLOVA X SEED 14B Think" then "SEED 14B Think": a later model name that is the tail (two or
 * more words, one with a digit; or one word with a digit after the maker's name, "딥시크 R1" then "R1") of
 * a longer one the article named first is that model; so is that tail without the size of the one sized name it heads.
 */
export function tailShortForms(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const out = new Map<string, string>();
  const models: Mention[] = [];
  const sentenceOf = new Map<Mention, number>();
  // headlines shorten names ("'Y 1.5' 공개" over a body that opens on "X Y 1.5"): the order is the body's, then the rest's
  const inBody = (i: number) => sentences[i]?.block === 'body' || sentences[i]?.block === 'caption';
  for (const body of [true, false])
    for (const [i, ms] of all.entries()) if (inBody(i) === body) for (const m of ms) if (m.type === 'Model' && m.via !== 'reference' && !models.some((x) => x.key === m.key)) models.push(m), sentenceOf.set(m, i);
  const companies = new Set(all.flatMap((ms) => ms.filter((m) => m.type === 'Company' && m.via !== 'reference').map((m) => m.surface)));
  for (const [i, short] of models.entries()) {
    if (short.via !== 'discovered' || !/\d/.test(short.surface)) continue;
    // "딥시크 R1" … "R1": a one-word short form only where the long name's head is its maker, named as a company
    // ("세피라 아틀라스 2(Sephyra Atlas 2)" … "Atlas 2": the long name may be the gloss)
    const isTail = (n: string): boolean => n.length > short.surface.length + 1 && n.endsWith(` ${short.surface}`) && (/[ -]/.test(short.surface) || companies.has(n.slice(0, -short.surface.length - 1)));
    const long = models.slice(0, i).find((l) => isTail(l.surface) || l.aliases.some(isTail));
    // ("X 노을 3 8B" … "노을 3": the tail without its size, where the article gives that version in one size only)
    const sized = long ? [] : models.filter((l) => l.key !== short.key && /[ -]/.test(short.surface) && [l.surface, ...l.aliases].some((n) => n.includes(` ${short.surface} `) && isTail(n.replace(/ \d+(?:\.\d+)?[BM]$/, ''))));
    if (long || sized.length === 1) out.set(short.key, (long ?? sized[0]!).key);
    // ("X 시드 32B 씽크" … "시드 32B 씽크": read as "시드 32B" and the variant word the text goes on with, which the
    // second reading joins to it as a sibling's name, findKnownNames: that sibling is the longer name's tail, so that model;
    // where the short form is itself the tail of a longer name, "X VL 3" … "VL 3 미니는", any of its places may go on with it)
    const places = long ? all.flatMap((ms, j) => ms.filter((m) => m.key === short.key).map((m) => sentences[j]?.text.slice(m.end, m.end + 16) ?? '')) : [sentences[sentenceOf.get(short)!]?.text.slice(short.end, short.end + 16) ?? ''];
    for (const l of long ? models : models.slice(0, i)) {
      const word = l.surface.slice(l.surface.lastIndexOf(' ') + 1);
      if (!l.surface.endsWith(` ${short.surface} ${word}`) || !places.some((after) => after.startsWith(` ${word}`)) || !isTail(l.surface.slice(0, -word.length - 1))) continue;
      out.set(discoveredMention('Model', `${short.surface} ${word}`, 0, 0).key, l.key);
      break;
    }
  }
  return out;
}

/** Names discovered anywhere in the article (and their aliases), longest first. */
const SIZED_NAME = /^([가-힣]{2,8}(?:-[가-힣]{2,8})?[A-Za-z]{0,3}|[A-Z][A-Za-z]{2,15})[- ]\d+(?:\.\d+)?[BM]$/;
/** "루시드-R1 14B", "바람-K2": a Hangul name with a hyphenated code of a letter and a number (a size after it). */
const HANGUL_CODE_NAME = /^([가-힣]{2,8}-([A-Z]\d{1,2}))(?:\s\d+(?:\.\d+)?[BM])?$/;
/** "NOVA K2", "Ardent M3": a brand word in capitals or a capitalised one and a code of a capital and a number, the code alone later ("K2를 증류한"). */
const BRAND_CODE_NAME = /^((?:[A-Z]{2,12}|[A-Z][a-z]{2,12})\s([A-Z]\d{1,2}))$/;
/** "DeepSeek-R1", "Kimi-K2", "딥시크 R1" (a family or brand word, a hyphen or a space, a code): a model whose code alone names it later ("671B 규모의 R1을"). */
const FAMILY_CODE_VERSION = /^((?:[A-Z]{2,12}|[A-Z][a-z]{1,11}(?:[A-Z][a-z]{1,11})?)-([A-Z]\d{1,2})|[가-힣]{2,8}\s([A-Z]\d{1,2}))$/;

/** "Gaon-Chat 3 14B": a Latin brand, a hyphen, then a variant word, a version and a size (the part after the hyphen). */
const BRANDED_VARIANT = /^[A-Z][A-Za-z]{2,15}-([A-Z][a-z]{2,12}\s\d{1,2}(?:\.\d{1,2})?\s\d{1,3}(?:\.\d)?B)$/;

/** A company's name of two words whose second is a kind of company ('시스템즈', 'Labs'): the first word is its short name. */
const KIND_WORD_COMPANY = /^([가-힣]{2,8}|[A-Z][A-Za-z]{2,15})\s(?:시스템즈|시스템스|테크놀로지스|테크놀로지|테크|랩스|로보틱스|소프트웨어|인더스트리즈|코퍼레이션|홀딩스|Systems|Technologies|Labs|Robotics|Software|Industries|Corporation|Holdings|Intelligence)$/;

/** A lab named with 'Research' after an AI company's name ('Dasan AI Research'): the name before it is the same lab ('Dasan AI'). */
const RESEARCH_ARM = /^([A-Z][A-Za-z]{2,15}(?:\s[A-Z][A-Za-z]{1,15})?\sAI)\sResearch$/;
/** "Corelight AI": a capitalised Latin word before AI (no acronym: "NC AI" is no "NC"). */
const LATIN_AI_COMPANY = /^([A-Z][a-z]{3,15})\sAI$/;

/** A company's Hangul name glued to a kind word ('글샘데이터', '파랑소프트', '마루AI'): the head is its short name. */
const GLUED_KIND_COMPANY = /^([가-힣]{2,6})(?:데이터|소프트|테크놀로지스|테크놀로지|테크|랩스|시스템즈|로보틱스|에이아이|AI|솔루션즈|솔루션|네트웍스|인텔리전스|웍스)$/;

/** The family and developer a discovered model's mention carries, for the known name that reads it again. */
function familyOf(m: Mention): Pick<KnownName, 'family' | 'developer'> {
  return m.type === 'Model' ? { ...(m.family ? { family: m.family } : {}), ...(m.developer ? { developer: m.developer } : {}) } : {};
}

export function knownNamesOf(all: Mention[][], sentences: Sentence[], rules: RuleSet, listed: string[] = []): KnownName[] {
  const out = new Map<string, KnownName>();
  const heads = new Map<string, Set<string>>();
  /** A code → the Hangul names that carry it → the longest mention of each (sized or bare). */
  const codes = new Map<string, Map<string, Mention>>();
  const cities = citiesNamed(sentences);
  for (const ms of all)
    for (const m of ms) {
      if (m.versionToken && m.versionToken.length >= 4 && !out.has(m.versionToken)) out.set(m.versionToken, { name: m.versionToken, type: 'Model', key: m.key });
      // "Motif Technologies" (a gazetteer's name) … "Motif's chief executive": a kind word's company is its first word alone too
      const listedBare = m.via === 'gazetteer' && m.type === 'Company' ? KIND_WORD_COMPANY.exec(m.surface)?.[1] : undefined;
      if (listedBare && /^[A-Z]/.test(listedBare) && !out.has(listedBare)) out.set(listedBare, { name: listedBare, type: 'Company', key: m.key, aliasOf: m.surface });
      addProgrammeAliases(out, m, cities);
      const versionCode = m.type === 'Model' && (m.via === 'version' || m.via === 'discovered') ? FAMILY_CODE_VERSION.exec(m.surface) : null;
      const codeAlone = versionCode?.[2] ?? versionCode?.[3];
      if (versionCode && codeAlone) {
        const named = codes.get(codeAlone) ?? new Map<string, Mention>();
        if (!named.has(versionCode[1]!)) codes.set(codeAlone, named.set(versionCode[1]!, m));
      }
      if (m.via !== 'discovered') continue;
      // a name read as a company anywhere ("스타트업 X의") is that company where it also looked like a person ("X 대표는")
      for (const name of [m.surface, ...m.aliases]) if (name.length >= 2 && (!out.has(name) || (m.type === 'Company' && out.get(name)!.type === 'Person'))) out.set(name, { name, type: m.type, key: m.key, properties: name === m.surface && m.type === 'Model' ? m.properties : undefined, ...(name !== m.surface ? { aliasOf: m.surface } : {}), ...familyOf(m) });
      // "Gaon-Chat 3 14B" … "Chat 3 14B": a brand-hyphened name's variant word, version and size alone later name it
      const tail = m.type === 'Model' ? BRANDED_VARIANT.exec(m.surface)?.[1] : undefined;
      if (tail && !out.has(tail)) out.set(tail, { name: tail, type: 'Model', key: m.key, aliasOf: m.surface, ...familyOf(m) });
      const head = m.type === 'Model' ? SIZED_NAME.exec(m.surface)?.[1] : undefined;
      if (head) heads.set(head, (heads.get(head) ?? new Set()).add(m.key));
      const code = m.type === 'Model' ? HANGUL_CODE_NAME.exec(m.surface) ?? BRAND_CODE_NAME.exec(m.surface) : null;
      // (its sized and bare names are one model: "루시드-R1 14B", "루시드-R1")
      const named = code ? (codes.get(code[2]!) ?? new Map<string, Mention>()) : undefined;
      if (code && named && (named.get(code[1]!)?.surface.length ?? 0) < m.surface.length) codes.set(code[2]!, named.set(code[1]!, m));
      // "아크웰 시스템즈" … "아크웰 CEO": a company named with a kind word after its name is that name alone later
      // ("Corelight AI" … "Corelight signed": a discovered Latin name before 'AI' is its first word alone later too)
      const bare = m.type === 'Company' ? (KIND_WORD_COMPANY.exec(m.surface) ?? RESEARCH_ARM.exec(m.surface) ?? LATIN_AI_COMPANY.exec(m.surface))?.[1] : undefined;
      if (bare && !out.has(bare)) out.set(bare, { name: bare, type: 'Company', key: m.key });
      // "글샘데이터" … "글샘의 NAME 팀장": a Hangul name glued to a kind word is its head alone later (before a particle),
      // unless the head names something else here too (a model family the company is named after: "미르온AI" … "미르온 2")
      const gluedHead = m.type === 'Company' ? GLUED_KIND_COMPANY.exec(m.surface)?.[1] : undefined;
      if (gluedHead && !out.has(gluedHead) && !gazetteerNames(rules).has(gluedHead) && !all.some((ms2) => ms2.some((x) => x.type !== 'Company' && x.surface.startsWith(gluedHead)))) out.set(gluedHead, { name: gluedHead, type: 'Company', key: m.key, aliasOf: m.surface, particleOnly: true });
    }
  for (const k of quotedProgrammeFields(all, sentences)) if (!out.has(k.name)) out.set(k.name, k);
  for (const k of fullNameAliases(all, sentences)) out.set(k.name, k);
  linkGluedShortForms(out, all);
  // "루미마인드 14B" … "루미마인드를": a head read as a company by its kind suffix alone is the line's first sized model
  readModelLineHeads(out, heads, all, sentences);
  // "미르온-8B" … "미르온": the bare head of the one sized name an article gives is the same model
  for (const [head, keys] of heads) if (keys.size === 1 && !out.has(head)) out.set(head, { name: head, type: 'Model', key: [...keys][0]! });
  // "루시드-R1 14B" … "R1을 R0의 후속작이라고": the code of the one Hangul-named model that carries it is that model (or brand-named: "NOVA K2" … "K2를")
  for (const [code, named] of codes) if (named.size === 1 && !out.has(code)) out.set(code, { name: code, type: 'Model', key: [...named.values()][0]!.key, particleOnly: true });
  for (const name of [...siblingNames(all, sentences, rules), ...predecessorStems(all, sentences)]) if (!out.has(name)) out.set(name, { name, type: 'Model', key: `model:~${normalizeName(name)}` });
  for (const k of [...glossedVersionTags(all, sentences), ...variantReferences(all, rules)]) if (!out.has(k.name)) out.set(k.name, k);
  const institute = instituteShortName(all);
  if (institute && !out.has(institute.name)) out.set(institute.name, institute);
  for (const k of readCompanyHeadedShortForms(all)) if (!out.has(k.name) || (out.get(k.name)!.type === 'Company' && out.get(k.name)!.key.startsWith('company:~'))) out.set(k.name, k);
  // "큐브랩(458920)": a name the page printed with a stock code is a listed company wherever the article names it
  // (and so is one a roster's affiliation column names: "코드노바" in "NAME | 코드노바 | 대표")
  for (const name of listed) if (!out.has(name) && !all.some((ms) => ms.some((m) => m.surface === name || m.aliases.includes(name)))) out.set(name, { name, type: 'Company', key: `company:~${normalizeName(name)}` });
  const sorted = [...out.values()].sort((a, b) => b.name.length - a.name.length);
  // "한빛소프트웨어(이하 한빛)": the defining sentence read again with the names known so far, for the name before the parentheses
  addDefiningNames(out, sentences);
  if (!addDefinedShortNames(out, sentences.map((s, i) => (mayDefineShort(s.text) ? findMentions(s.text, rules, sorted) : all[i]!)), sentences) && out.size === sorted.length) return sorted;
  return [...out.values()].sort((a, b) => b.name.length - a.name.length);
}

/** A version tag a model's name ends with ("누리-Ko-8B v2"): the tag alone names it ("v2를 교사로"). */
const VERSION_TAG = /[\s-]([vV]\d{1,2}(?:\.\d{1,2})?)$/;
/** A version number a model's name ends with ("누리-Q 1.5"): "1.5 버전" names it where no other model has that number. */
const VERSION_NUMBER = /\s(\d{1,2}\.\d{1,2})$/;

/**
 * The words that point back to a model named in full (see variant-words.ts): a variant word ("미니는",
 * "나노 버전"), a version tag ("v2를"), and "본 모델" for the model the variants vary.
 */
function variantReferences(all: Mention[][], rules: RuleSet): KnownName[] {
  const { alone, main } = variantNamesOf(all, rules);
  const out: KnownName[] = [...alone].map(([word, model]) => ({ name: word, type: 'Model', key: model.key, reference: true }));
  const byTag = new Map<string, Set<string>>();
  for (const ms of all)
    for (const m of ms) {
      const tag = m.type === 'Model' && m.via !== 'reference' && m.via !== 'anonymous' ? VERSION_TAG.exec(m.surface)?.[1] : undefined;
      if (tag) byTag.set(tag, (byTag.get(tag) ?? new Set()).add(m.key));
      const version = m.type === 'Model' && m.via !== 'reference' && m.via !== 'anonymous' ? VERSION_NUMBER.exec(m.surface)?.[1] : undefined;
      if (version) byTag.set(`${version} 버전`, (byTag.get(`${version} 버전`) ?? new Set()).add(m.key));
    }
  for (const [tag, keys] of byTag) if (keys.size === 1) out.push({ name: tag, type: 'Model', key: [...keys][0]!, reference: true });
  if (main) for (const name of MAIN_MODEL) out.push({ name, type: 'Model', key: main.key, reference: true });
  out.push(...comparativeReferences(all, rules));
  return out;
}

/** Every name the gazetteer lists (any type, as written). */
const gazetteerNames = perRuleSet((rules: RuleSet) => new Set(rules.entries.flatMap((e) => e.names)));

const childrenCache = new WeakMap<RuleSet, Map<string, string[]>>();

/**
 * Company id → ids of its subsidiaries and labs; not a foreign firm's local branch ("구글코리아"):
 * that sells, it does not develop the parent's models, nor is it what a headline's parent means.
 */
export function childrenOf(rules: RuleSet): Map<string, string[]> {
  let c = childrenCache.get(rules);
  if (!c) {
    c = new Map();
    for (const e of rules.entries) if (e.type === 'Company' && e.parent && e.kind !== 'branch') c.set(e.parent, [...(c.get(e.parent) ?? []), e.id]);
    childrenCache.set(rules, c);
  }
  return c;
}
