/** What one article's extraction accumulates (entities, relations with evidence, properties), and how facts are added to it. */
import type { PropertyValue } from '../graph/index.js';
import type { Sentence } from '../parse/types.js';
import { quotedText } from './corrections.js';
import { discoveredMention } from './engine/discover-common.js';
import { type RawFact } from './engine/match.js';
import type { PropertyFact } from './engine/properties.js';
import type { SpecFact, SpecProperty } from './engine/spec-cards.js';
import { variantGloss } from './variant-gloss.js';
import { companyNameHeads } from './company-headed.js';
import { addFamilyWordAlias } from './family-word-names.js';
import { addWrittenGlossAlias } from './written-glosses.js';
import type { EntityDraft, FactEvidence, Mention, RelationDraft, RuleSet } from './types.js';


export interface Acc {
  entities: Map<string, EntityDraft>;
  relations: Map<string, RelationDraft>;
  firstSeen: Map<string, FactEvidence>;
  anonymous: Map<string, { mention: Mention; ev: FactEvidence }[]>;
  props: Map<string, { property: string; value: PropertyValue; body: boolean; order: number }[]>;
}

export function evidenceOf(articleId: string, s: Sentence, rule: string, confidence: number): FactEvidence {
  return { articleId, sentence: quotedText(s), start: s.start, end: s.end, rule, confidence, block: s.block };
}

function knownNames(m: Mention, rules: RuleSet): string[] {
  return rules.byKey.get(m.key)?.names ?? [];
}

/**
 * "네이버 출신" in a headline over a body naming 네이버클라우드: a parent's own name, read as the subsidiary the article means,
 * is kept among the node's names but never outweighs the subsidiary's (it names the node only when nothing else does).
 */
function isParentName(m: Mention, rules: RuleSet): boolean {
  const parent = m.type === 'Company' ? rules.byKey.get(m.key)?.parent : undefined;
  return parent !== undefined && (rules.byKey.get(`company:${parent}`)?.names.includes(m.surface) ?? false);
}

/** A sentence's mentions: each named one an entity (its name counted), each anonymous one ("한 스타트업") kept for closeArticle to name. */
export function addMentionEntities(acc: Acc, mentions: Mention[], rules: RuleSet, ev: FactEvidence): void {
  for (const m of mentions) {
    if (m.via === 'anonymous' || m.via === 'reference') continue;
    addEntity(acc, m, rules, ev);
    if (ev.sentence.includes('계열')) addFamilyWordAlias(acc.entities.get(m.key), m, ev.sentence);
    if (m.type === 'Model' && ev.sentence.includes('(')) addWrittenGlossAlias(acc.entities.get(m.key), m, ev.sentence);
  }
  for (const m of mentions) {
    if (m.via !== 'anonymous') continue;
    const list = acc.anonymous.get(m.key) ?? [];
    list.push({ mention: m, ev });
    acc.anonymous.set(m.key, list);
  }
}

/** A sentence's property facts, in reading order (a weak one after every stated one, a correction before them all). */
export function addPropertyFacts(acc: Acc, facts: PropertyFact[], body: boolean, nextOrder: () => number): void {
  for (const p of facts) {
    const list = acc.props.get(p.key) ?? [];
    list.push({ property: p.property, value: p.value, body, order: nextOrder() + (p.weak ? 1e6 : 0) - (p.corrects ? 1e7 : 0) });
    acc.props.set(p.key, list);
  }
}

export function addEntity(acc: Acc, m: Mention, rules: RuleSet, ev: FactEvidence): void {
  let e = acc.entities.get(m.key);
  if (!e) {
    e = { key: m.key, type: m.type, names: {}, aliases: [], properties: {}, knownNames: knownNames(m, rules), discovered: m.via === 'discovered' };
    const g = rules.byKey.get(m.key);
    if (g?.country) e.properties.country = g.country;
    acc.entities.set(m.key, e);
    acc.firstSeen.set(m.key, ev);
  }
  // (a model first read under a short form the article maps to it, "Y 2" for "X Y 2", takes its family from the full name when it comes)
  if (m.family && e.properties.family === undefined) e.properties.family = m.family;
  e.names[m.surface] = (e.names[m.surface] ?? 0) + (isParentName(m, rules) ? 0 : 1);
  // a discovered company with no country stated is guessed Korean from a Hangul name, whether or not it came first
  // ("Noeul AI (노을AI)": the Latin form in a page title, the Hangul one after it), or a Latin group name glued to a Hangul word ("iM뱅크")
  if (e.properties.country === undefined && m.type === 'Company' && m.via === 'discovered' && !m.properties?.country && /^(?:[A-Za-z]{1,4})?[가-힣]/.test(m.surface)) {
    e.properties.country = 'KR';
    guessedCountry.add(e);
  }
  for (const alias of m.aliases) {
    // ("A.X 4.0 라이트(Light)": a gloss of the last variant word stands for the whole name so spelt)
    const a = m.type === 'Model' ? (variantGloss(m.surface, alias, rules) ?? alias) : alias;
    if (!e.aliases.includes(a)) e.aliases.push(a);
  }
  // a country the text states ("미국 생성형 AI 개발사 X") beats the guess from a Hangul name in the headline
  const stated = m.properties?.country;
  if (stated !== undefined && (e.properties.country === undefined || guessedCountry.has(e))) {
    e.properties.country = stated;
    guessedCountry.delete(e);
  }
}

/** Companies whose country is only guessed from a Hangul name (KR), not stated. */
const guessedCountry = new WeakSet<EntityDraft>();

/** Evidence already listed per relation (article + sentence start), so adding one is O(1). */
const evidenceIndex = new WeakMap<RelationDraft, Map<string, FactEvidence>>();

function relKey(type: string, s: string, t: string): string {
  return type === 'PARTNERS_WITH' && s > t ? `${type}|${t}|${s}` : `${type}|${s}|${t}`;
}

/** Rules that read a fact for the model in focus, not one the sentence names. */
const FOCUS_RULE = /\.focus(?:$|-)/;

export function addRelation(acc: Acc, f: { relation: RawFact['relation']; source: string; target: string; properties: Record<string, PropertyValue> }, ev: FactEvidence): void {
  const [s, t] = f.relation === 'PARTNERS_WITH' && f.source > f.target ? [f.target, f.source] : [f.source, f.target];
  const k = relKey(f.relation, s, t);
  let r = acc.relations.get(k);
  if (!r) {
    r = { type: f.relation, source: s, target: t, properties: { ...f.properties }, evidence: [] };
    acc.relations.set(k, r);
  } else {
    for (const [pk, pv] of Object.entries(f.properties)) {
      // (a base stated anywhere is stated; one denied anywhere is disputed rather than only raised)
      if (pk === 'status' && (pv === 'stated' || (pv === 'disputed' && r.properties.status === 'raised'))) r.properties.status = pv;
      else if (r.properties[pk] === undefined) r.properties[pk] = pv;
    }
  }
  let seen = evidenceIndex.get(r);
  if (!seen) evidenceIndex.set(r, (seen = new Map()));
  // a score read for the model in focus gives way to another score a sentence that names the model states
  // ("K 88.7점" in a summary after two models are named, then "라이트의 K 점수는 84.1점이다")
  if (f.relation === 'SCORED' && f.properties.score !== undefined && r.properties.score !== f.properties.score && !FOCUS_RULE.test(ev.rule) && r.evidence.length > 0 && r.evidence.every((e) => FOCUS_RULE.test(e.rule))) {
    r.properties.score = f.properties.score;
    r.evidence = [];
    seen.clear();
  }
  const ek = `${ev.articleId}|${ev.start}`;
  const dup = seen.get(ek);
  if (!dup) {
    seen.set(ek, ev);
    r.evidence.push(ev);
  } else if (dup.confidence < ev.confidence) Object.assign(dup, ev);
}

/** A person the evidence names (`name` at `start`–`end` of the article) who works for `company` (WORKS_FOR with `properties`). */
export function addEmployee(acc: Acc, rules: RuleSet, ev: FactEvidence, name: string, start: number, end: number, company: string, properties: Record<string, PropertyValue>): void {
  const person = discoveredMention('Person', name, start, end);
  addEntity(acc, person, rules, ev);
  addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: company, properties }, ev);
}

/** Companies the evidence says take part in `programme` (an entity key): each added if new, with its PARTICIPATES_IN. */
export function addParticipants(acc: Acc, rules: RuleSet, ev: FactEvidence, companies: readonly Mention[], programme: string): void {
  for (const c of companies) {
    if (!acc.entities.has(c.key)) addEntity(acc, c, rules, ev);
    addRelation(acc, { relation: 'PARTICIPATES_IN', source: c.key, target: programme, properties: {} }, ev);
  }
}

/** Whether the article already has this relation (either direction for PARTNERS_WITH). */
export function hasRelation(acc: Acc, type: RawFact['relation'], source: string, target: string): boolean {
  return acc.relations.has(relKey(type, source, target));
}

/** The article's relation of this type between the two, if read (either direction for PARTNERS_WITH). */
export function relationOf(acc: Acc, type: RawFact['relation'], source: string, target: string): RelationDraft | undefined {
  return acc.relations.get(relKey(type, source, target));
}

/** The company, when it is recorded as the developer of the model (what a later subjectless release is by). */
export function makerOfFocus(acc: Acc, company: Mention | undefined, model: Mention | undefined): Mention | undefined {
  if (!company || !model || model.type !== 'Model') return undefined;
  return hasRelation(acc, 'DEVELOPED', company.key, model.key) ? company : undefined;
}

/** The company recorded as the model's developer ("같은 회사의 Y" right after a sentence about the model means it). */
export function developerOfModel(acc: Acc, model: Mention | undefined): Mention | undefined {
  if (model?.type !== 'Model') return undefined;
  for (const r of acc.relations.values()) {
    const e = r.type === 'DEVELOPED' && r.target === model.key ? acc.entities.get(r.source) : undefined;
    if (e) return companyReference(e);
  }
  return undefined;
}

/** The developer of a model, else of the article's model whose name opens its name ("X 2" of "X 2 Vision"), as a mention. */
export function lineDeveloperOf(acc: Acc, model: Mention | undefined): Mention | undefined {
  if (model?.type !== 'Model') return undefined;
  const own = developerOfModel(acc, model);
  if (own) return own;
  const heads = [...acc.entities].filter(([k, e]) => k !== model.key && e.type === 'Model' && Object.keys(e.names).some((n) => model.surface.startsWith(`${n} `)));
  const headed = heads.map(([key, e]) => developerOfModel(acc, { ...model, key, surface: Object.keys(e.names)[0]! })).find((d) => d !== undefined);
  if (headed) return headed;
  // (or the one company of the article the line is named after: "X랩" for "X 2 Vision")
  const word = model.surface.split(/\s|-(?=\d)/)[0]!;
  const namesakes = [...acc.entities.values()].filter((e) => e.type === 'Company' && Object.keys(e.names).some((n) => companyNameHeads(n).includes(word)));
  return namesakes.length === 1 ? companyReference(namesakes[0]!) : undefined;
}

/** A company of the article as a mention standing for it (no place of its own in a sentence). */
/** The names an entity goes by in the article: its names and its aliases. */
export function namesOf(e: EntityDraft): string[] {
  return [...Object.keys(e.names), ...e.aliases];
}

export function companyReference(e: EntityDraft): Mention {
  return { type: 'Company', key: e.key, surface: Object.keys(e.names)[0] ?? e.key, aliases: [], start: 0, end: 0, via: 'reference' };
}

/** Adds spec cards' facts and properties (engine/spec-cards.ts), their names under the article's short forms. */
export function addCardFacts(acc: Acc, articleId: string, card: { facts: SpecFact[]; props: SpecProperty[] }, rules: RuleSet, shortForms: Map<string, string>, nextOrder: () => number): void {
  for (const f of card.facts) {
    const ev = evidenceOf(articleId, f.sentence, f.rule, 0.75);
    for (const m of [f.source, f.target]) {
      m.key = shortForms.get(m.key) ?? m.key;
      if (!acc.entities.has(m.key)) addEntity(acc, m, rules, ev);
    }
    addRelation(acc, { relation: f.relation, source: f.source.key, target: f.target.key, properties: f.properties }, ev);
  }
  for (const p of card.props) acc.props.set(p.key, [...(acc.props.get(p.key) ?? []), { property: p.property, value: p.value, body: true, order: nextOrder() }]);
}

/**
 * "Z는 X가 지난봄 내놓은 모델로, B는 그 공개 가중치로 …": a sentence about another maker's model the model in focus
 * was said to be built on (a stated base, not a denied one), naming the focus model's maker beside it, tells what that
 * maker did with its base; the story's model stays in focus for the next sentences. (Not a teacher or base of the same
 * maker, "Y는 KMMLU에서 68.4점을 받았다" after its own mini: the line's main model is a story's subject in its own right;
 * nor a sentence that gives the base a score, nor one about the base alone: "Z에도 원본이 있다. X는 이 모델을 …".)
 */
export function focusPastBase(acc: Acc, carried: Mention | undefined, next: Mention | undefined, text: string, mentions: readonly Mention[]): Mention | undefined {
  if (!carried || next?.type !== 'Model' || carried.type !== 'Model' || carried.key === next.key || SCORE_IN.test(text)) return next;
  const base = acc.relations.get(relKey('BASED_ON', carried.key, next.key));
  if (!base || base.properties.status !== 'stated') return next;
  const makers = (key: string) => new Set([...acc.relations.values()].filter((r) => r.type === 'DEVELOPED' && r.target === key).map((r) => r.source));
  const [own, theirs] = [makers(carried.key), makers(next.key)];
  const ownNamed = mentions.some((m) => m.type === 'Company' && own.has(m.key));
  return ownNamed && theirs.size > 0 && [...own].every((c) => !theirs.has(c)) ? carried : next;
}
const SCORE_IN = /\d(?:\.\d+)?\s?(?:점|%)/;
