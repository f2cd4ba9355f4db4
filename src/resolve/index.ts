/**
 * Entity resolution across articles: one node per real entity. Gazetteer entities (and versioned
 * models) already carry stable keys; names discovered from the text are joined with each other and
 * with gazetteer entities through shared normalised names or aliases. Versions and sizes stay apart
 * because their keys differ. The result does not depend on the order of the articles.
 */
import { makeNodeId, normalizeName, type NodeType, type PropertyValue } from '../graph/index.js';
import { loadRules, romanize, type ArticleFacts, type EntityDraft, type FactEvidence, type RelationDraft } from '../extract/index.js';
import { resolutionForm } from './forms.js';
import { companyNames, developersDisagree } from './developers.js';
import { joinRomanisedPersons } from './persons.js';
import { joinActiveSizes } from './active-sizes.js';
import { countLabShortForms } from './lab-names.js';
import { programmeForms } from './programmes.js';
import { developerGroups, endsInAi, joinDeveloperTails, otherSpellings, translatedSpelling } from './spellings.js';

export { resolutionForm } from './forms.js';

export interface ResolvedEntity {
  id: string;
  type: NodeType;
  name: string;
  aliases: string[];
  properties: Record<string, PropertyValue>;
}

export interface ResolvedRelation {
  type: RelationDraft['type'];
  source: string;
  target: string;
  properties: Record<string, PropertyValue>;
  evidence: FactEvidence[];
}

export interface ResolvedGraph {
  articles: ArticleFacts['article'][];
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  /** Joins two sets; the canonical (non-discovered) key, else the smaller key, represents them. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const aDisc = ra.includes(':~');
    const bDisc = rb.includes(':~');
    if (!aDisc && !bDisc) return;
    const [root, child] = aDisc === bDisc ? (ra < rb ? [ra, rb] : [rb, ra]) : aDisc ? [rb, ra] : [ra, rb];
    this.parent.set(child, root);
  }
}

/**
 * A benchmark's or model's name spelt in Hangul loanwords, in the Latin letters they stand for ("K-에이전트벤치" →
 * "kagentbench", as "K-AgentBench" reads): only where every Hangul syllable is part of a listed loanword.
 */
function latinSpelling(form: string, loanwords: readonly [string, string][]): string | undefined {
  if (!/[가-힣]/.test(form)) return undefined;
  let out = form;
  for (const [hangul, latin] of loanwords) if (out.includes(hangul)) out = out.split(hangul).join(latin);
  return /[가-힣]/.test(out) ? undefined : resolutionForm(out);
}

function formsOf(e: EntityDraft): string[] {
  return [...Object.keys(e.names), ...e.aliases, ...(e.discovered ? [] : e.knownNames)];
}

/**
 * The forms an entity joins others by: its names; a programme's other forms (programmeForms); a benchmark's or model's Latin spelling; a
 * company's, model's or benchmark's Hangul name in Revised Romanisation.
 */
function joiningForms(e: EntityDraft, loanwords: readonly [string, string][], bare: ReadonlySet<string>): string[] {
  const names = formsOf(e).filter((n) => e.type === 'Company' || e.type === 'Person' || !bare.has(resolutionForm(n)));
  const forms = names.filter((n) => !shortensOwnName(e, n, names)).map((n) => resolutionForm(n));
  if (e.type === 'Policy') return [...forms, ...programmeForms(names)];
  if (e.type === 'Person') return forms;
  for (const f of names) {
    const latin = latinSpelling(f, loanwords);
    if (latin && e.type !== 'Company') forms.push(latin);
    const translated = e.type === 'Company' && !shortensAnother(f, names) ? translatedSpelling(f) : undefined;
    if (translated) forms.push(translated);
    // a Hangul name romanised ("달빛에이아이" → "dalbitai", as "Dalbit AI" reads): it joins only a name spelt just so;
    // a model's with its version or size too ("모아-8B" → "moa8b"); never a short form of a longer name of the same
    // entity ("다온" of "다온소프트": a short word read aloud names too many), nor a word ending in 아이 (endsInAi)
    const spelt = /^[가-힣\s]+$/.test(f.replace(/에이아이|AI/g, '')) || (e.type === 'Model' && VERSIONED_HANGUL.test(f));
    if (!spelt || shortensAnother(f, names) || endsInAi(f)) continue;
    const prefix = e.type === 'Model' ? SPOKEN : '';
    forms.push(`${prefix}${resolutionForm(romanize(f.replace(/에이아이/g, 'AI')))}`);
    // a coined word with loanwords ("누리랩스" → "nurilabs"); a model's loanword without Hangul's added ㅡ ("트리-21B" → "tri21b")
    for (const other of otherSpellings(f, loanwords, e.type === 'Model')) forms.push(`${prefix}${other}`);
  }
  return forms;
}

/**
 * The words that alone name no model, benchmark or programme, in their normal form: the lexicon's loanwords in Latin
 * letters ("LAW" glossing "한결-로", "Vision") and its variant words ("Mini", "프로"). Read as an alias, such a word glosses
 * part of a name, and two models that share it ("한결-로 (LAW)", "하람 3 로 (LAW)") are not one.
 */
function bareWords(loanwords: readonly [string, string][], variantWords: readonly string[]): Set<string> {
  return new Set([...loanwords.map(([, latin]) => latin), ...variantWords].map((w) => resolutionForm(w)));
}

/**
 * A discovered model's name that shortens another of its own ("Haram-2" of "Haram-2-14B", the size left out): it joins
 * nothing across articles, since elsewhere it names the family's version ("하람 2"), even of the same maker, and versions
 * and sizes stay apart. So too a programme's ("국가대표 AI" of "국가대표 AI 에이전트 개발사업": another programme's short
 * name, read inside this one's; its key is a discovered one though the gazetteer's name marked it known).
 */
function shortensOwnName(e: EntityDraft, name: string, names: string[]): boolean {
  const discovered = e.type === 'Model' ? e.discovered : e.type === 'Policy' && e.key.includes(':~');
  return discovered && shortensAnother(name, names);
}

/** No developers. */
const NONE: ReadonlySet<string> = new Set();

/** Marks a model's form read aloud from Hangul: it joins only models whose developers do not disagree (see joinSpoken). */
const SPOKEN = '\u0001';

/** A model's Hangul name then its version or size in digits and Latin letters ("다온-1", "모아 8B", "누리-R 2.5"). */
const VERSIONED_HANGUL = /^[가-힣]{2,}(?:[\s-][A-Za-z]{1,3})?[\s-]?\d[\dA-Za-z.]*(?:[\s-][A-Za-z0-9.]+)*$/;

/** "다온" among "다온소프트"'s or "특허법인 다온"'s names: a name that only shortens another of the entity's own. */
function shortensAnother(name: string, names: string[]): boolean {
  const form = resolutionForm(name);
  return names.some((n) => {
    const other = resolutionForm(n);
    return other !== form && other.includes(form);
  });
}

/**
 * A name's signs spelt as words for its id ("humaneval+" → "humaneval plus"): the id keeps only letters and digits, and
 * "HumanEval+" (another benchmark) would otherwise bear the id of "HumanEval", and the graph take them as one node.
 */
function spelledSigns(name: string): string {
  return name.replace(/\+/g, ' plus ');
}

/** A size a model's name ends on ("Qwen3-32B", "엑사원 4.0 32B"). */
const SIZE_END = /[\s\-]\d+(?:\.\d+)?[BM]$/;

/**
 * A model's name that is another of its names without the size ("큐웬3" beside "큐웬3-32B"): the sized model read under
 * its family's short form. Versions and sizes stay distinct, so the short form is an alias, never the node's name.
 */
function dropsSize(name: string, names: string[]): boolean {
  return names.some((n) => n !== name && SIZE_END.test(n) && n.replace(SIZE_END, '') === name);
}

/** Picks the most used surface form (a model's short form without its size only where no sized form is read, a one-character party letter only where nothing else is); ties go to the gazetteer's order, then to code-point order. */
function pickName(counts: Map<string, number>, known: string[], type?: NodeType): string {
  const names = [...counts.keys()];
  const full = type === 'Model' ? [...counts.entries()].filter(([n]) => !dropsSize(n, names)) : [];
  const named = (full.length ? full : [...counts.entries()]).filter(([n], _, all) => n.length > 1 || all.every(([o]) => o.length <= 1));
  return named.sort((a, b) => {
    if (b[1] !== a[1]) return b[1] - a[1];
    const ia = known.indexOf(a[0]);
    const ib = known.indexOf(b[0]);
    if (ia !== ib) return (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib);
    if (a[0].length !== b[0].length) return b[0].length - a[0].length;
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
  })[0]![0];
}

/**
 * Models joined by a Hangul name read aloud ("누리-8B" and "Nuri-8B"), unless their developers disagree: "다온 3" of one
 * company and "Daon-3" of another are two models that sound alike (a maker written in each script, "Stellar Labs" and
 * "스텔라랩스", does not disagree: developersDisagree).
 */
function joinSpoken(uf: UnionFind, spoken: Map<string, Set<string>>, byForm: Map<string, Set<string>>, facts: ArticleFacts[]): void {
  // each model group's developers (their groups), kept per group as the loop below joins models (companies stay as they are)
  const byRoot = developerGroups(uf, facts);
  const developersOf = (model: string): ReadonlySet<string> => byRoot.get(uf.find(model)) ?? NONE;
  const makers = companyNames(uf, facts);
  for (const [form, keys] of [...spoken].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const list = [...new Set([...keys, ...(byForm.get(form) ?? [])])].sort();
    if (list.filter((k) => !k.includes(':~')).length > 1) continue;
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [developersOf(list[0]!), developersOf(list[i]!)];
      if (developersDisagree(a, b, makers)) continue;
      uf.union(list[0]!, list[i]!);
      if (a.size || b.size) byRoot.set(uf.find(list[0]!), new Set([...a, ...b]));
    }
  }
}

/** Resolves the facts of many articles into one set of entities and relations. */
export function resolveFacts(input: ArticleFacts[]): ResolvedGraph {
  const facts = [...input].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  const uf = new UnionFind();
  const byForm = new Map<string, Set<string>>();
  const spoken = new Map<string, Set<string>>();
  const { loanwords, variantWords } = loadRules().lexicon;
  const bare = bareWords(loanwords, variantWords);
  for (const f of facts)
    for (const e of f.entities)
      for (const form of joiningForms(e, loanwords, bare)) {
        const k = `${e.type}|${form.replace(SPOKEN, '')}`;
        if (k.endsWith('|')) continue;
        const into = form.startsWith(SPOKEN) ? spoken : byForm;
        let set = into.get(k);
        if (!set) into.set(k, (set = new Set()));
        set.add(e.key);
      }
  for (const keys of byForm.values()) {
    const list = [...keys].sort();
    // a form two known entities share ("네이버" for 네이버 and, in one headline, 네이버클라우드) joins nothing
    if (list.filter((k) => !k.includes(':~')).length > 1) continue;
    for (let i = 1; i < list.length; i++) uf.union(list[0]!, list[i]!);
  }
  joinActiveSizes(uf, facts, byForm);
  joinSpoken(uf, spoken, byForm, facts);
  joinDeveloperTails(uf, facts);
  joinRomanisedPersons(uf, facts);
  interface Group {
    type: NodeType;
    counts: Map<string, number>;
    aliases: Set<string>;
    known: string[];
    properties: Record<string, PropertyValue>;
    discovered: boolean;
  }
  const groups = new Map<string, Group>();
  for (const f of facts)
    for (const e of f.entities) {
      const root = uf.find(e.key);
      let g = groups.get(root);
      if (!g) groups.set(root, (g = { type: e.type, counts: new Map(), aliases: new Set(), known: [], properties: {}, discovered: root.includes(':~') }));
      for (const [n, c] of Object.entries(e.names)) g.counts.set(n, (g.counts.get(n) ?? 0) + c);
      for (const a of e.aliases) g.aliases.add(a);
      for (const k of e.knownNames) if (!g.known.includes(k)) g.known.push(k);
      for (const [p, v] of Object.entries(e.properties)) if (g.properties[p] === undefined) g.properties[p] = v;
    }
  const idOf = new Map<string, string>();
  const entities: ResolvedEntity[] = [];
  for (const [root, g] of groups) {
    const name = pickName(g.type === 'Company' ? countLabShortForms(g.counts) : g.counts, g.known, g.type);
    const id = g.discovered ? makeNodeId(g.type, spelledSigns(normalizeName(name) || name)) : root;
    idOf.set(root, id);
    const aliases = new Set<string>([...g.counts.keys(), ...g.aliases, ...g.known]);
    aliases.delete(name);
    entities.push({ id, type: g.type, name, aliases: [...aliases].sort(), properties: g.properties });
  }
  dropAliasesNamingOthers(entities);
  const canon = (key: string) => idOf.get(uf.find(key)) ?? key;
  const rels = new Map<string, ResolvedRelation>();
  for (const f of facts)
    for (const r of f.relations) {
      let s = canon(r.source);
      let t = canon(r.target);
      if (s === t) continue;
      if (r.type === 'PARTNERS_WITH' && s > t) [s, t] = [t, s];
      const k = `${r.type}|${s}|${t}`;
      let out = rels.get(k);
      if (!out) rels.set(k, (out = { type: r.type, source: s, target: t, properties: { ...r.properties }, evidence: [] }));
      else
        for (const [p, v] of Object.entries(r.properties)) {
          if (p === 'status' && v === 'stated') out.properties.status = 'stated';
          else if (out.properties[p] === undefined) out.properties[p] = v;
        }
      for (const ev of r.evidence) out.evidence.push(ev);
    }
  for (const r of rels.values())
    r.evidence.sort((a, b) => Number(a.block === 'caption') - Number(b.block === 'caption') || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) || a.start - b.start || (a.rule < b.rule ? -1 : 1));
  return {
    articles: facts.map((f) => f.article),
    entities: entities.sort((a, b) => (a.id < b.id ? -1 : 1)),
    relations: [...rels.values()],
  };
}

/**
 * An alias read in one article ("네이버" for 네이버클라우드 in a headline that shortens it, "큐웬3" for
 * "큐웬3 32B") is dropped where another entity of the same type bears it as its name: across
 * articles it would make a lookup of that name ambiguous.
 */
function dropAliasesNamingOthers(entities: ResolvedEntity[]): void {
  const named = new Map<string, string>();
  for (const e of entities) named.set(`${e.type}|${normalizeName(e.name)}`, e.id);
  for (const e of entities) {
    const kept = e.aliases.filter((a) => {
      const other = named.get(`${e.type}|${normalizeName(a)}`);
      return other === undefined || other === e.id;
    });
    if (kept.length !== e.aliases.length) e.aliases = kept;
  }
}
