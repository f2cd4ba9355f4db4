/** The article-level steps after the sentences: anonymous models kept where a relation needs them, consortium members in their lead's programmes, family and sibling developers, properties. */
import type { RuleSet } from './types.js';
import { isParticleTail, parseMagnitude } from './korean.js';
import { addEntity, addRelation, type Acc } from './article-acc.js';
import { childrenOf } from './article-names.js';
import type { Consortium } from './article-tables.js';

/** Anonymous models count only where a relation other than DEVELOPED uses them. */
export function keepAnonymous(acc: Acc, rules: RuleSet): void {
  const usedOutsideDeveloped = new Set<string>();
  for (const r of acc.relations.values()) if (r.type !== 'DEVELOPED') usedOutsideDeveloped.add(r.source).add(r.target);
  for (const [key, uses] of acc.anonymous) {
    const used = usedOutsideDeveloped.has(key);
    if (!used) {
      if (!acc.entities.has(key)) for (const [k, r] of acc.relations) if (r.source === key || r.target === key) acc.relations.delete(k);
      continue;
    }
    for (const { mention, ev } of uses) {
      addEntity(acc, mention, rules, ev);
      const e = acc.entities.get(key)!;
      const fam = rules.byKey.get(key);
      if (fam) for (const n of fam.names.slice(0, 1)) if (!e.aliases.includes(n)) e.aliases.push(n);
      addRelation(acc, { relation: 'DEVELOPED', source: mention.anonymousOf!, target: key, properties: {} }, { ...ev, rule: 'developed.anonymous', confidence: 0.8 });
    }
  }
}


/** "A.X 4.0 라이트" in an article that names SK텔레콤: DEVELOPED from the family's developer. */
/** Each model's developers so far (DEVELOPED sources by target). */
function developersOf(acc: Acc): Map<string, string[]> {
  const developers = new Map<string, string[]>();
  for (const r of acc.relations.values()) if (r.type === 'DEVELOPED') developers.set(r.target, [...(developers.get(r.target) ?? []), r.source]);
  return developers;
}

/** True when `company` develops, in this article, a model of the family `familyKey` (or the family itself). */
function developsFamily(acc: Acc, developers: Map<string, string[]>, company: string, familyKey: string): boolean {
  for (const [model, devs] of developers) {
    if (!devs.includes(company)) continue;
    const m = acc.entities.get(model);
    if (m && (model === familyKey || m.properties.family === familyKey)) return true;
  }
  return false;
}

export function addFamilyDevelopers(acc: Acc, rules: RuleSet): void {
  const developers = developersOf(acc);
  for (const e of acc.entities.values()) {
    if (e.type !== 'Model') continue;
    const familyKey = typeof e.properties.family === 'string' ? e.properties.family : e.key;
    const fam = rules.byKey.get(familyKey) ?? rules.byKey.get(e.key);
    if (!fam?.developer) continue;
    // a subsidiary develops the family when the family is its own (네이버클라우드 → 하이퍼클로바X) or it is the group's lab,
    // not because it is in the group (LG유플러스 does not develop 엑사원)
    const own = (id: string) => {
      const c = rules.byKey.get(`company:${id}`);
      return c?.kind === 'lab' || (!!c?.mainFamily && (c.mainFamily === fam.id || c.mainFamily === fam.family));
    };
    const candidates = [fam.developer, ...(childrenOf(rules).get(fam.developer) ?? []).filter(own)];
    // of the group's companies the article names, the one it says developed another model of the family
    // ("네이버클라우드가 공개한 씽크 2" … "시드 2 3B" beside "네이버 검색") comes first
    const keys = candidates.map((c) => `company:${c}`).filter((c) => acc.entities.has(c));
    const dev = keys.find((c) => developsFamily(acc, developers, c, familyKey)) ?? keys[0];
    if (!dev) continue;
    if ((developers.get(e.key) ?? []).some((s) => s !== dev)) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: dev, target: e.key, properties: {} }, { ...acc.firstSeen.get(e.key)!, rule: 'developed.family-gazetteer', confidence: 0.7 });
  }
}

/** "다온-Ko 2.0" → "다온-Ko", "Nuvo-Ko-72B" → "Nuvo-Ko", "해솔-E" → "해솔": a discovered name up to its first token with a digit (or a final one- or two-letter variant tag). */
function stemOf(name: string): string | undefined {
  const m = /^(.*?[^\s-])[\s-]+(?:v?\d|[A-Za-z]*\d|[A-Z]{1,2}$)/.exec(name);
  // (a line's one-letter tag before the version is no part of the brand: "프리즘-K 2.0", "프리즘-V 1.0" → "프리즘")
  const stem = m?.[1]?.replace(/(?<=[가-힣]{2})-[A-Z]$/, '');
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
  const developers = developersOf(acc);
  const claim = rules.lexicon.cues.get('claim') ?? [];
  const stems = new Map<string, string>();
  // (a family's name gives its developer to its versions, never takes one from them)
  const families = new Set<string>();
  for (const e of acc.entities.values()) {
    const name = Object.keys(e.names)[0] ?? '';
    // a family named without a version ("한결", beside "한결 1.0" and "한결 2.0") is its own stem
    const stem = e.type === 'Model' && e.key.startsWith('model:~') ? (stemOf(name) ?? familyStemOf(name)) : undefined;
    if (stem) stems.set(e.key, stem);
    if (stem && !stemOf(name)) families.add(e.key);
  }
  // (the companies common to every developed model of the stem: a partner that co-developed one of them is no developer of the rest)
  const byStem = new Map<string, Set<string>>();
  for (const [key, stem] of stems) {
    const devs = developers.get(key);
    if (!devs?.length) continue;
    const common = byStem.get(stem);
    byStem.set(stem, common ? new Set([...common].filter((d) => devs.includes(d))) : new Set(devs));
  }
  for (const [key, stem] of stems) {
    const devs = byStem.get(stem);
    if (developers.has(key) || families.has(key) || devs?.size !== 1 || onlyInClaim(acc, key, claim)) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: [...devs][0]!, target: key, properties: {} }, { ...acc.firstSeen.get(key)!, rule: 'developed.family-sibling', confidence: 0.6 });
  }
}

/** A model name's brand: its leading word ("새온" in "새온-M 3", "Orbis" in "Orbis-M3"). */
const BRAND = /^([가-힣]{2,}|[A-Za-z]{3,})(?=[\s-]|\d)/;
/** A company's name that is a brand by itself ("딥노드", "Orbis"). */
const BARE_BRAND = /^(?:[가-힣]{2,}|[A-Za-z]{3,})$/;
/** A company's name is its brand and a corporate word ("새온AI", "오르비스에이아이", "모아랩스"). */
const CORPORATE = /^(.+?)\s?(?:AI|에이아이|랩스|랩|Labs?|소프트|테크|브레인|데이터|로보틱스|Intelligence|인텔리전스|Inc\.?|Corp\.?)$/;

/**
 * A model no gazetteer knows and no sentence gave a developer, whose name carries the brand of a company the
 * article names ("새온AI" … "의료 상담 모델 '새온-M 3'"): that company's, when exactly one company has the brand.
 */
export function addNamesakeDevelopers(acc: Acc): void {
  const developers = developersOf(acc);
  const brands = new Map<string, Set<string>>();
  for (const e of acc.entities.values()) {
    if (e.type !== 'Company') continue;
    for (const name of [...Object.keys(e.names), ...e.aliases]) {
      // ("딥노드" … "딥노드-KO 14B": a company the article discovered is a brand by its bare name too)
      const base = CORPORATE.exec(name)?.[1] ?? (e.key.startsWith('company:~') && BARE_BRAND.test(name) ? name : undefined);
      if (base) brands.set(base.toLowerCase(), (brands.get(base.toLowerCase()) ?? new Set()).add(e.key));
    }
  }
  for (const e of acc.entities.values()) {
    if (e.type !== 'Model' || !e.key.startsWith('model:~') || developers.has(e.key)) continue;
    const brand = BRAND.exec(Object.keys(e.names)[0] ?? '')?.[1]?.toLowerCase();
    const owners = brand ? (brands.get(brand) ?? brandPrefixed(acc, brand)) : undefined;
    if (owners?.size !== 1) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: [...owners][0]!, target: e.key, properties: {} }, { ...acc.firstSeen.get(e.key)!, rule: 'developed.namesake', confidence: 0.6 });
  }
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

/** "다솜-4 30B", "Foo-72B": the size a model's name ends on (not an active size "A3B", an expert count "8x7B", nor a size a variant word follows: "X-70B-lite" may be pruned). */
const NAME_SIZE = /[\s-](\d{1,4}(?:\.\d{1,2})?)\s?([BM])$/i;

function sizeInName(name: string): number | undefined {
  const m = NAME_SIZE.exec(name);
  return m ? parseMagnitude(m[1]!, m[2]!.toUpperCase()) : undefined;
}

/** Body evidence first, then the earliest sentence; parameters keep the first value that agrees with a size in the name. */
export function applyProperties(acc: Acc): void {
  for (const [key, list] of acc.props) {
    const e = acc.entities.get(key);
    if (!e || e.type !== 'Model') continue;
    list.sort((a, b) => Number(b.body) - Number(a.body) || a.order - b.order);
    const named = sizeInName(Object.keys(e.names)[0] ?? '');
    for (const p of list) {
      // "‘X 32B’ … 8B·나노 포함": a count far from the size the model's own name ends on was read for another model (a rounded "1B" for 1.2B stays)
      if (p.property === 'parameters' && named && typeof p.value === 'number' && (p.value > named * 1.5 || p.value * 1.5 < named)) continue;
      if (e.properties[p.property] === undefined) e.properties[p.property] = p.value;
    }
    // a day stated for the model beats a month read for it first ("지난 9월에 낸 X" … "X는 9월 30일에 공개한")
    const month = e.properties.releasedOn;
    const day = typeof month === 'string' && month.length === 7 ? list.find((p) => p.property === 'releasedOn' && p.order < 1e6 && typeof p.value === 'string' && p.value.length === 10 && p.value.startsWith(month)) : undefined;
    if (day) e.properties.releasedOn = day.value;
  }
}

/** Title appositions ("A사 홍길동 부사장", "홍길동 A사 부사장"): they place a person without saying when. */
const APPOSITION_RULES = new Set(['works-for.company-name-title', 'works-for.name-company-title']);

/**
 * A person the article says moved to a company ("B로 자리를 옮겼다") no longer works where only a title
 * apposition placed them: in "A사 홍길동 부사장은 B로 옮겼다" the title is the post left behind.
 */
export function dropLeftEmployers(acc: Acc): void {
  const movedTo = new Map<string, Set<string>>();
  for (const r of acc.relations.values()) {
    if (r.type === 'WORKS_FOR' && r.evidence.some((e) => e.rule === 'works-for.moved-to' || e.rule === 'works-for.moved-from-to')) movedTo.set(r.source, (movedTo.get(r.source) ?? new Set()).add(r.target));
  }
  if (!movedTo.size) return;
  for (const [k, r] of acc.relations) {
    const moved = r.type === 'WORKS_FOR' ? movedTo.get(r.source) : undefined;
    if (moved && !moved.has(r.target) && r.evidence.every((e) => APPOSITION_RULES.has(e.rule))) acc.relations.delete(k);
  }
}

/**
 * An employer read only from the context ("한승우 본부장님이 …": the interview's company, the sentence naming none)
 * gives way where the article names the person's company ("한승우 한빛은행 디지털전략본부장").
 */
export function dropGuessedEmployers(acc: Acc): void {
  const named = new Set<string>();
  for (const r of acc.relations.values()) if (r.type === 'WORKS_FOR' && r.evidence.some((e) => e.rule !== 'works-for.omitted-subject')) named.add(r.source);
  for (const [k, r] of acc.relations) {
    if (r.type === 'WORKS_FOR' && named.has(r.source) && r.evidence.every((e) => e.rule === 'works-for.omitted-subject')) acc.relations.delete(k);
  }
}

/**
 * "조 대표는 "… 정부의 'X' 기조에도 부합하도록 하겠다"고 밝혔다": a company's officer who speaks of the
 * government's policy, called the government's ("정부의 X"), aligns the company with it; he does not lead it.
 */
const GOVERNMENTS_OWN = /정부(?:의|가\s추진하는|가\s내세운)\s?['"‘“]?$/;
export function dropOfficerAlignments(acc: Acc): void {
  const employed = new Set([...acc.relations.values()].filter((r) => r.type === 'WORKS_FOR' && acc.entities.get(r.target)?.type === 'Company').map((r) => r.source));
  for (const [k, r] of acc.relations) {
    if (r.type !== 'PROMOTES' || !employed.has(r.source)) continue;
    const names = Object.keys(acc.entities.get(r.target)?.names ?? {});
    if (r.evidence.every((e) => names.some((n) => e.sentence.includes(n) && GOVERNMENTS_OWN.test(e.sentence.slice(0, e.sentence.indexOf(n)))))) acc.relations.delete(k);
  }
}

/**
 * A prose score read against the wrong benchmark ("X는 71.8점으로 4위" right after a table whose last
 * column is B): when a table gives the model that very number under another benchmark and a different
 * one under B, the table's reading stands and the prose fact goes (the table adds its own).
 */
export function dropTableContradictions(acc: Acc, table: { model: { key: string }; benchmark: { key: string }; score: number }[]): void {
  for (const t of table) {
    const key = `SCORED|${t.model.key}|${t.benchmark.key}`;
    const prose = acc.relations.get(key)?.properties.score;
    if (prose === undefined || prose === t.score) continue;
    // the prose number is the table's cell of another benchmark for this model, or of another model on this benchmark
    if (table.some((u) => u.score === prose && (u.model.key === t.model.key) !== (u.benchmark.key === t.benchmark.key))) acc.relations.delete(key);
  }
}

/**
 * A word the headline quotes after "모델" ("국산 AI 모델 '족보' 따져보니") is a catchword, not a model, when
 * nothing is said of it: a discovered Model named by one plain Hangul word (no digit, no Latin, no space),
 * first seen in the headline and in no relation of the article, is dropped.
 */
export function dropHeadlineWords(acc: Acc): void {
  for (const [key, e] of acc.entities) {
    if (e.type !== 'Model' || !e.discovered || acc.firstSeen.get(key)?.block !== 'title') continue;
    const names = Object.keys(e.names);
    if (!names.every((n) => /^[가-힣]+$/.test(n))) continue;
    if ([...acc.relations.values()].some((r) => r.source === key || r.target === key)) continue;
    acc.entities.delete(key);
    acc.props.delete(key);
  }
}

/**
 * "허깅페이스에 오픈 웨이트로 공개했다": a model hub (a gazetteer company of kind 'hub') named only as the place
 * where weights are published is no party to the story; it stays a node only when it is in a relation.
 */
export function dropIdleHubs(acc: Acc, rules: RuleSet): void {
  for (const [key, e] of acc.entities) {
    if (e.type !== 'Company' || rules.byKey.get(key)?.kind !== 'hub') continue;
    if ([...acc.relations.values()].some((r) => r.source === key || r.target === key)) continue;
    acc.entities.delete(key);
    acc.props.delete(key);
  }
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
    for (let k = ev.sentence.indexOf(c, at); k >= 0; k = ev.sentence.indexOf(c, k + 1)) if (isParticleTail(ev.sentence, k + c.length)) return true;
    return false;
  });
}

/** Members of a consortium take part in every programme its lead takes part in (in this article; those stated up to the consortium's sentence, if any), or only in the one their table's title names. */
export function addConsortiumMembers(acc: Acc, consortia: Consortium[]): void {
  const joined = [...acc.relations.values()].filter((r) => r.type === 'PARTICIPATES_IN');
  // a team whose table names its programme joins that one only, wherever else the pair is read
  const pairProgramme = new Map(consortia.filter((c) => c.programme).map((c) => [`${c.lead}|${c.member}`, c.programme]));
  for (const c of consortia) {
    // a member already read taking part in one of its lead's programmes is in that team: the lead's others are not its
    // ("A가 주관하는 X 사업 컨소시엄에는 B가 참여한다. A는 Y 프로젝트에도 참여하고 있다": B is in X only)
    const ofLead = joined.filter((r) => r.source === c.lead);
    const own = joined.find((r) => r.source === c.member && ofLead.some((l) => l.target === r.target))?.target;
    const only = pairProgramme.get(`${c.lead}|${c.member}`) ?? own;
    // (where the lead's programme is stated by the consortium's own sentence or before it, the team joins that one,
    // not one the lead is named a team of only later: "A는 B와 컨소시엄을 꾸려 …. 이 프로젝트의 정예팀인 A, C가")
    const leads = ofLead.filter((r) => c.member !== c.lead && (!only || r.target === only));
    const stated = leads.filter((r) => r.evidence.some((e) => e.start <= c.ev.end));
    for (const r of stated.length ? stated : leads) addRelation(acc, { relation: 'PARTICIPATES_IN', source: c.member, target: r.target, properties: {} }, c.ev);
  }
}
