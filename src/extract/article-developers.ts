/** Developers an article implies for models it names: a family's developer for its versions, a sibling's, a namesake company's. */
import { addRelation, relationOf, type Acc } from './article-acc.js';
import { childrenOf } from './article-names.js';
import { cueFormMatcher } from './engine/compile.js';
import { isParticleTail } from './korean.js';
import { authorsOwn, markedUnofficial, PARTNER_RULE } from './predecessor-developers.js';
import { romanize } from './transliterate.js';
import type { EntityDraft, RelationDraft, RuleSet } from './types.js';

/** Each model's developers so far (DEVELOPED sources by target; `counts` says which relations count). */
export function developersOf(acc: Acc, counts: (r: RelationDraft) => boolean = () => true): Map<string, string[]> {
  const developers = new Map<string, string[]>();
  for (const r of acc.relations.values()) if (r.type === 'DEVELOPED' && counts(r)) developers.set(r.target, [...(developers.get(r.target) ?? []), r.source]);
  return developers;
}


/** Each model's makers: its developers but a partner read only as co-developing it ("A는 B와 M을 공동 개발"). */
export function makersOf(acc: Acc): Map<string, string[]> {
  const makers = new Map<string, string[]>();
  for (const r of acc.relations.values()) if (r.type === 'DEVELOPED' && !r.evidence.every((e) => PARTNER_RULE.test(e.rule))) makers.set(r.target, [...(makers.get(r.target) ?? []), r.source]);
  return makers;
}

/**
 * True when `company` develops, in this article, a model of the family `familyKey` (or the family itself); with `stated`, by a
 * reading that is more than a bare possessive ("네이버클라우드가 공개한 시드", not only "네이버의 하이퍼클로바X").
 */
function developsFamily(acc: Acc, developers: Map<string, string[]>, company: string, familyKey: string, stated = false): boolean {
  for (const [model, devs] of developers) {
    if (!devs.includes(company)) continue;
    const m = acc.entities.get(model);
    if (m && (model === familyKey || m.properties.family === familyKey) && (!stated || !possessiveOnly(acc, company, model))) return true;
  }
  return false;
}

/** Readings that leave room for another developer: a bare possessive ("X의 Y"), a partner it was made with ("Y는 X와 함께 만든 모델"). */
const SHARED_DEVELOPER_RULES = new Set(['developed.possessive', 'developed.model-made-with-company']);

/** True when every reading of DEVELOPED source → target is a bare possessive or names a co-developer. */
function possessiveOnly(acc: Acc, source: string, target: string): boolean {
  return !relationOf(acc, 'DEVELOPED', source, target)?.evidence.some((ev) => !SHARED_DEVELOPER_RULES.has(ev.rule));
}

/** True when the model is named once, in a sentence a writer gives as hearsay ("제가 알기로는 … Y를 베이스로 …", "…다고 들었어요"). */
function namedOnlyInHearsay(acc: Acc, e: EntityDraft, hearsay: readonly string[]): boolean {
  if (Object.values(e.names).reduce((a, b) => a + b, 0) !== 1) return false;
  const sentence = acc.firstSeen.get(e.key)?.sentence ?? '';
  return hearsay.some((h) => sentence.includes(h));
}

/** "A.X 4.0 라이트" in an article that names SK텔레콤: DEVELOPED from the family's developer. */
export function addFamilyDevelopers(acc: Acc, rules: RuleSet): void {
  const developers = developersOf(acc);
  const hearsay = rules.lexicon.cues.get('hearsay') ?? [];
  for (const e of acc.entities.values()) {
    if (e.type !== 'Model') continue;
    // (a model named only in what the writer heard is no family version the article states: its developer is not read)
    if (!developers.has(e.key) && namedOnlyInHearsay(acc, e, hearsay)) continue;
    const familyKey = typeof e.properties.family === 'string' ? e.properties.family : e.key;
    const fam = rules.byKey.get(familyKey) ?? rules.byKey.get(e.key);
    // ("KT 전용 GPT-4o": a company's own edition of the family's model is that company's, as addNamesakeDevelopers reads it)
    if (!fam?.developer || isCompanyEdition(acc, e)) continue;
    // a subsidiary develops the family when the family is its own (네이버클라우드 → 하이퍼클로바X) or it is the group's lab,
    // not because it is in the group (LG유플러스 does not develop 엑사원)
    const own = (id: string) => {
      const c = rules.byKey.get(`company:${id}`);
      return c?.kind === 'lab' || (!!c?.mainFamily && (c.mainFamily === fam.id || c.mainFamily === fam.family));
    };
    const candidates = [fam.developer, ...(childrenOf(rules).get(fam.developer) ?? []).filter(own)];
    // of the group's companies the article names, the one it says developed another model of the family
    // ("네이버클라우드가 공개한 씽크 2" … "시드 2 3B" beside "네이버 검색") comes first, and one that made it by a stated reading
    // before one given it by a bare possessive ("네이버의 하이퍼클로바X" … "네이버클라우드가 공개한 시드": the subsidiary's)
    const keys = candidates.map((c) => `company:${c}`).filter((c) => acc.entities.has(c));
    const dev = keys.find((c) => developsFamily(acc, developers, c, familyKey, true)) ?? keys.find((c) => developsFamily(acc, developers, c, familyKey)) ?? keys[0];
    if (!dev) continue;
    // (another developer the article gives only by a possessive, "MS의 GPT-4o" of a company that serves it, leaves the
    // family's own maker in, when the article names that maker too)
    if ((developers.get(e.key) ?? []).some((s) => s !== dev && !possessiveOnly(acc, s, e.key))) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: dev, target: e.key, properties: {} }, { ...acc.firstSeen.get(e.key)!, rule: 'developed.family-gazetteer', confidence: 0.7 });
  }
}

/** "다온-Ko 2.0" → "다온-Ko", "Nuvo-Ko-72B" → "Nuvo-Ko", "해솔-E" → "해솔": a discovered name up to its first token with a digit (or a final one- or two-letter variant tag). */
function stemOf(name: string): string | undefined {
  // ("새벽 III 라이트" → "새벽": a Roman generation numeral is a version too; "누리봇3-V" → "누리봇": so is a number glued to a Hangul stem)
  // ("Vela-Tutor Mini" → "Vela-Tutor": so is a Latin variant word after a Latin name of no number)
  const m = /^(.*?[^\s-])[\s-]+(?:v?\d|[A-Za-z]*\d|[A-Z]{1,2}$|(?:I{1,3}|IV|VI{0,3}|IX|X|[Ⅰ-Ⅹ])(?=\s|$))/.exec(name) ?? /^([가-힣]{2,})\d{1,2}(?:-[가-힣A-Za-z]{1,8})?$/.exec(name) ?? /^([A-Z][A-Za-z]+-[A-Z][A-Za-z]+)\s(?:Mini|Lite|Nano)$/.exec(name);
  // (a line's one-letter tag before the version is no part of the brand: "프리즘-K 2.0", "프리즘-V 1.0" → "프리즘")
  const stem = m?.[1]?.replace(/(?<=[가-힣]{2})-[A-Z]$/, '').replace(/^([가-힣]{2,})\d{1,2}(?:-.*)?$/, '$1');
  return stem && /[A-Za-z가-힣]{2}/.test(stem) ? stem.toLowerCase() : undefined;
}

/** "한결", "Nuvo": a discovered name of one word with no digit may be a family's own name. */
function familyStemOf(name: string): string | undefined {
  return /^(?:[가-힣]{2,6}|[A-Za-z]{3,12})$/.test(name) ? name.toLowerCase() : undefined;
}

/**
 * Models no gazetteer knows that share a stem with a model the article says a company developed
 * ("다온-Ko 1.5", "다온-Ko 3.0" beside "다온에이아이가 공개한 '다온-Ko 2.0'") are that company's too,
 * when one company developed every such model (a partner co-developing one of them aside) and the model has none.
 */
export function addSiblingDevelopers(acc: Acc, rules: RuleSet): void {
  const makers = makersOf(acc);
  const claim = rules.lexicon.cues.get('claim') ?? [];
  const stems = new Map<string, Set<string>>();
  // (a family's name gives its developer to its versions, never takes one from them)
  const families = new Set<string>();
  for (const e of acc.entities.values()) {
    const [name = '', ...others] = Object.keys(e.names);
    // a family named without a version ("한결", beside "한결 1.0" and "한결 2.0") is its own stem
    const stem = e.type === 'Model' && e.key.startsWith('model:~') ? (stemOf(name) ?? familyStemOf(name)) : undefined;
    if (!stem) continue;
    // (a model also written with its maker's short name before it, "Y 1.5" and "X Y 1.5", has the stem of each)
    stems.set(e.key, new Set([stem, ...others.map(stemOf).filter((x): x is string => !!x)]));
    if (!stemOf(name)) families.add(e.key);
  }
  // (the companies common to every developed model of the stem: a partner that co-developed one of them is no developer of the rest)
  const byStem = new Map<string, Set<string>>();
  const versionDeveloped = new Set<string>(); // stems of which a version (not only the family word) has developers
  for (const [key, set] of stems) {
    const devs = makers.get(key);
    if (!devs?.length) continue;
    for (const stem of set) {
      if (!families.has(key)) versionDeveloped.add(stem);
      const common = byStem.get(stem);
      byStem.set(stem, common ? new Set([...common].filter((d) => devs.includes(d))) : new Set(devs));
    }
  }
  for (const [key, set] of stems) {
    const found = [...set].map((stem) => byStem.get(stem)).filter((d): d is Set<string> => !!d);
    const devs = new Set(found.flatMap((d) => [...d]));
    // (a family co-developed by several companies gives them all to its sizes and versions, where no version has a maker of its own)
    const coFamily = devs.size > 1 && devs.size <= 4 && [...set].every((stem) => !versionDeveloped.has(stem));
    // (a model only a partner is read co-developing, "'M'이라고 부르는데, B와 공동 개발하고", still takes its family's maker)
    if (makers.has(key) || families.has(key) || !found.length || (!coFamily && (found.some((d) => d.size !== 1) || devs.size !== 1)) || onlyInClaim(acc, key, claim) || authorsOwn(acc, key) || markedUnofficial(acc, key)) continue;
    for (const dev of devs) addRelation(acc, { relation: 'DEVELOPED', source: dev, target: key, properties: {} }, { ...acc.firstSeen.get(key)!, rule: 'developed.family-sibling', confidence: 0.6 });
  }
}

/** A model name's brand: its leading word ("새온" in "새온-M 3", "Orbis" in "Orbis-M3"), a Hangul one glued to a Latin code too ("새온" in "새온LM 2"). */
const BRAND = /^([가-힣]{2,}(?=[\s-]|\d|[A-Z])|[A-Za-z]{3,}(?=[\s-]|\d))/;
/** "KT 전용 GPT-4o": a company's name and "전용" opening a model's name (the company's own edition). */
const EDITION = /^(\S{2,12})\s전용\s/;
/** "DasolChat-", "NuriCoder ": a capitalised brand and a capitalised product word glued on (group 1: the brand). */
const CAMEL_HEAD = /^([A-Z][a-z]{2,9})(?=(?:Chat|Bot|Coder|Code|GPT|LM|Med|Law|Fin|Vision|Mind)(?:[\s-]|\d|$))/;
/** A company's name that is a brand by itself ("딥노드", "Orbis"). */
const BARE_BRAND = /^(?:[가-힣]{2,}|[A-Za-z]{3,})$/;
/** A company's name is its brand and a corporate word ("새온AI", "오르비스에이아이", "모아랩스"). */
const CORPORATE = /^(.+?)\s?(?:AI|에이아이|랩스|랩|Labs?|소프트|테크|브레인|데이터|로보틱스|Intelligence|인텔리전스|지능|Inc\.?|Corp\.?)$/;

/** "딥누리", "DeepNuri": the word "Deep" opening a company's name before its brand. */
const DEEP_PREFIX = /^(?:딥|Deep)([가-힣]{2,}|[A-Z][A-Za-z]{2,})$/;

/**
 * A model no gazetteer knows and no sentence gave a developer, whose name carries the brand of a company the
 * article names ("새온AI" … "의료 상담 모델 '새온-M 3'"): that company's, when exactly one company has the brand.
 */
export function addNamesakeDevelopers(acc: Acc): void {
  // (a developer read only from the known family whose code the name carries leaves the brand's maker to find: "'로아 HCX-L 1.0'")
  // (and one read only as a partner co-developing it leaves the maker to find too: "X와 공동 개발했다")
  const developers = developersOf(acc, (r) => !r.evidence.every((e) => e.rule === 'developed.family-gazetteer' || PARTNER_RULE.test(e.rule)));
  const brands = new Map<string, Set<string>>();
  for (const e of acc.entities.values()) {
    if (e.type !== 'Company') continue;
    for (const name of [...Object.keys(e.names), ...e.aliases]) {
      // ("딥노드" … "딥노드-KO 14B": a company's bare name is a brand too, a discovered one's or a listed one's: "루닛" … "루닛 리포트 2")
      const base = CORPORATE.exec(name)?.[1] ?? (BARE_BRAND.test(name) ? name : undefined);
      // ("딥누리" … "누리-R 2": a brand behind the word "딥"/"Deep" that opens the company's name is its brand too)
      const deep = base ? DEEP_PREFIX.exec(base)?.[1] : undefined;
      // ("누리지능" … "Nuri-8B": a Hangul brand's romanisation, three letters or more, is the brand in Latin letters)
      const latin = base && /^[가-힣]+$/.test(base) ? romanize(base) : undefined;
      for (const b of [base, deep, latin && latin.length >= 3 ? latin : undefined]) if (b) brands.set(b.toLowerCase(), (brands.get(b.toLowerCase()) ?? new Set()).add(e.key));
    }
  }
  addGlossedBrands(acc, brands);
  const named = new Map<string, Set<string>>();
  for (const e of acc.entities.values()) if (e.type === 'Company') for (const name of [...Object.keys(e.names), ...e.aliases]) named.set(name, (named.get(name) ?? new Set()).add(e.key));
  for (const e of acc.entities.values()) {
    if (e.type !== 'Model' || !e.key.startsWith('model:~') || developers.has(e.key)) continue;
    // ("KT 전용 GPT-4o": a company's own edition of a model, the company's full name before "전용")
    const edition = EDITION.exec(Object.keys(e.names)[0] ?? '')?.[1];
    // ("3.0-S" with its line's full name "X-Law 3.0-S" as an alias: a table row's bare version carries the brand in its other names)
    // (a first name's brand no company carries gives way to another name's that one does: "Kairos-X 2" glossed "카이로스-X 2")
    const first = BRAND.exec(Object.keys(e.names)[0] ?? '')?.[1]?.toLowerCase();
    // (and a first name without the brand gives way to another that opens on a company's name: "NPC-X 1" … "누리 NPC-X 1", 누리게임즈)
    const nameBrands = [...Object.keys(e.names), ...e.aliases].map((n) => BRAND.exec(n)?.[1]?.toLowerCase()).filter((b): b is string => b !== undefined);
    const brand = (first && brands.has(first) ? first : undefined) ?? nameBrands.find((b) => brands.has(b)) ?? (first && brandPrefixed(acc, first) ? first : nameBrands.find((b) => brandPrefixed(acc, b))) ?? first;
    // ("다솔랩스" … "DasolChat-2.1-9B": a Latin brand with a product word glued on in camel case, the brand its head)
    const camel = Object.keys(e.names).map((n) => CAMEL_HEAD.exec(n)?.[1]?.toLowerCase()).find((h) => h !== undefined && brands.has(h));
    const candidates = edition && named.has(edition) ? named.get(edition) : brand ? (brands.get(brand) ?? brandPrefixed(acc, brand) ?? (camel ? brands.get(camel) : undefined)) : undefined;
    // ("로아코드" and "로아컴퍼니" both open on "로아": the one that made another model of the brand, "'로아 1'")
    const owners = candidates && candidates.size > 1 && brand ? siblingMakers(acc, developers, brand, e.key, candidates) : candidates;
    if (owners?.size !== 1 || isRivalsModel(acc, e) || markedUnofficial(acc, e.key)) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: [...owners][0]!, target: e.key, properties: {} }, { ...acc.firstSeen.get(e.key)!, rule: 'developed.namesake', confidence: 0.6 });
  }
}

/**
 * "카이로스-X 2(Kairos-X 2)": a model named in both scripts spells its brand in Latin letters as the page writes it, so a
 * company's Hangul brand is that Latin brand too ("Kairos-Y 1.5" named alone is the same company's).
 */
function addGlossedBrands(acc: Acc, brands: Map<string, Set<string>>): void {
  for (const e of acc.entities.values()) {
    if (e.type !== 'Model') continue;
    const found = [...Object.keys(e.names), ...e.aliases].map((n) => BRAND.exec(n)?.[1]?.toLowerCase()).filter((b): b is string => b !== undefined);
    const hangul = found.find((b) => /^[가-힣]/.test(b) && brands.has(b));
    const latin = found.find((b) => /^[a-z]/.test(b));
    if (hangul && latin && !brands.has(latin)) brands.set(latin, brands.get(hangul)!);
  }
}

/** "경쟁사 모델 'Y'": a model first named as a rival's is no namesake's own. */
const RIVALS_BEFORE = /(?:경쟁사|타사|경쟁\s?업체|라이벌)(?:의)?\s(?:[가-힣]{1,6}\s)?모델\s?['"‘“]?$/;
function isRivalsModel(acc: Acc, e: EntityDraft): boolean {
  const ev = acc.firstSeen.get(e.key);
  const at = ev ? ev.sentence.indexOf(Object.keys(e.names)[0] ?? '\u0000') : -1;
  return at > 0 && RIVALS_BEFORE.test(ev!.sentence.slice(Math.max(0, at - 24), at));
}

/** Of `candidates`, the companies that developed another model whose name opens on the same brand. */
function siblingMakers(acc: Acc, developers: Map<string, string[]>, brand: string, key: string, candidates: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const m of acc.entities.values()) {
    if (m.type !== 'Model' || m.key === key || BRAND.exec(Object.keys(m.names)[0] ?? '')?.[1]?.toLowerCase() !== brand) continue;
    for (const d of developers.get(m.key) ?? []) if (candidates.has(d)) out.add(d);
  }
  return out;
}

/** True when the model's name opens with the name of a company of the article and "전용" ("KT 전용 GPT-4o"). */
function isCompanyEdition(acc: Acc, e: EntityDraft): boolean {
  const edition = EDITION.exec(Object.keys(e.names)[0] ?? '')?.[1];
  return !!edition && [...acc.entities.values()].some((c) => c.type === 'Company' && (edition in c.names || c.aliases.includes(edition)));
}

/** A business-line word after a name ("가온은행", "가온증권"): a group's other business, not a model maker's name. */
const INDUSTRY_WORD = /^\s?(?:은행|증권|카드|생명|화재|보험|금융|금융지주|캐피탈|그룹|전자|텔레콤|통신|건설|화학|제약|에너지|중공업|자동차|항공|유통|백화점|리테일|푸드|벤처스|파트너스|인베스트먼트|재단|학교|병원)$/;
/**
 * Companies whose name (or its romanised gloss: "라온시그널(RaonSignal)") is the brand and one more word of its own
 * ("루멘" in "루멘로직", "Orbis" in "OrbisWorks").
 */
function brandPrefixed(acc: Acc, brand: string): Set<string> | undefined {
  const owners = new Set<string>();
  for (const e of acc.entities.values())
    if (e.type === 'Company' && [...Object.keys(e.names), ...e.aliases].some((n) => n.toLowerCase().startsWith(brand) && /^\s?(?:[가-힣]{2,4}|[A-Z][a-z]{2,9})$/.test(n.slice(brand.length)) && !INDUSTRY_WORD.test(n.slice(brand.length)))) owners.add(e.key);
  return owners.size ? owners : undefined;
}

/**
 * "업계에서는 X가 'Y 2'를 준비하고 있다는 이야기도 나온다": a model named once, inside a reported claim or rumour,
 * is no sibling the family's developer is known to have made.
 */
function onlyInClaim(acc: Acc, key: string, claim: readonly string[]): boolean {
  const e = acc.entities.get(key);
  const ev = acc.firstSeen.get(key);
  if (!e || !ev || Object.values(e.names).reduce((a, b) => a + b, 0) !== 1) return false;
  const at = ev.sentence.indexOf(Object.keys(e.names)[0]!);
  if (at < 0) return false;
  // the cue as a whole word ("다는 설이", not "다는 설명이다")
  return claim.some((c) => {
    const re = cueFormMatcher(c);
    re.lastIndex = at;
    for (let m = re.exec(ev.sentence); m; re.lastIndex = m.index + 1, m = re.exec(ev.sentence)) if (isParticleTail(ev.sentence, m.index + m[0].length)) return true;
    return false;
  });
}
