/**
 * Writes one article's sentences over the world and keeps its gold graph in step: every
 * mention registers its entity, every template states the facts it asserts.
 */
import type { EdgeType } from '../../graph/index.js';
import type { GoldAttribute, GoldEdge, GoldEntity, GoldGraph } from './gold.js';
import { COMPANY_KINDS, COUNTRIES, KOREAN_COUNTRY_WORDS } from './lexicon.js';
import type { Prng } from './prng.js';
import type { Benchmark, Company, Model, Person, Policy, World } from './world.js';

const QUOTES: readonly (readonly [string, string])[] = [
  ["'", "'"], ['‘', '’'], ['“', '”'], ['"', '"'], ['「', '」'], ['『', '』'], ['', ''], ['', ''], ['', ''],
];

type ModelForm = 'ko' | 'en';

/** One key per fact; PARTNERS_WITH is undirected. */
const edgeKey = (type: EdgeType, a: string, b: string): string =>
  type === 'PARTNERS_WITH' && a > b ? `${type}|${b}|${a}` : `${type}|${a}|${b}`;

export class Composer {
  readonly paragraphs: string[][] = [];
  private readonly entities = new Map<string, GoldEntity>();
  private readonly optionalEntities = new Map<string, GoldEntity>();
  private readonly edges = new Map<string, GoldEdge>();
  private readonly optionalEdges = new Map<string, GoldEdge>();
  private readonly attributes = new Map<string, GoldAttribute>();
  private readonly modelForms = new Map<string, ModelForm>();
  private readonly seenCompanies = new Set<string>();
  private readonly written = new Set<string>();
  readonly year: number;
  readonly month: number;
  readonly day: number;

  constructor(
    readonly world: World,
    readonly rng: Prng,
    readonly date: string,
  ) {
    const [y, m, d] = date.split('-').map(Number);
    this.year = y as number;
    this.month = m as number;
    this.day = d as number;
  }

  // ---- lookups ---------------------------------------------------------------------------
  company(key: string): Company {
    return this.world.byKey.get(key) as Company;
  }
  model(key: string): Model {
    return this.world.byKey.get(key) as Model;
  }
  person(key: string): Person {
    return this.world.byKey.get(key) as Person;
  }

  // ---- mentions (each registers the entity in the gold) ---------------------------------
  /** A company as the article names it: introduced with its country the first time. */
  co(key: string, opts: { bare?: boolean } = {}): string {
    const c = this.company(key);
    this.addEntity(key, { type: 'Company', names: [c.ko, c.en], country: c.country });
    this.attr(key, 'country', c.country);
    if (this.seenCompanies.has(key) || opts.bare) {
      this.seenCompanies.add(key);
      return this.rng.chance(0.08) ? c.en : c.ko;
    }
    this.seenCompanies.add(key);
    const countryWord = c.country === 'KR' ? this.rng.pick(KOREAN_COUNTRY_WORDS) : (COUNTRIES.find((x) => x.code === c.country)?.ko ?? '');
    const descriptor = this.rng.pick(COMPANY_KINDS[c.kind]).replace('{c}', countryWord);
    const tail = c.stockCode && this.rng.chance(0.5) ? `(${c.stockCode})` : this.rng.chance(0.4) ? `(${c.en})` : '';
    return `${descriptor} ${c.ko}${tail}`;
  }

  /** True once the company has been introduced. */
  introduced(key: string): boolean {
    return this.seenCompanies.has(key);
  }

  /** A model's name, quoted in one of the many styles the first time. */
  mo(key: string, opts: { quote?: boolean } = {}): string {
    const m = this.model(key);
    this.addEntity(key, { type: 'Model', names: [m.ko, m.en] });
    let form = this.modelForms.get(key);
    const first = form === undefined;
    if (!form) {
      form = this.rng.chance(0.5) ? 'ko' : 'en';
      this.modelForms.set(key, form);
    }
    let name = form === 'ko' ? m.ko : m.en;
    if (first && this.rng.chance(0.35)) name = form === 'ko' ? `${m.ko}(${m.en})` : `${m.en}(${m.ko})`;
    if (first || opts.quote) {
      const [o, c] = this.rng.pick(QUOTES);
      return `${o}${name}${c}`;
    }
    return name;
  }

  bench(b: Benchmark, footnote = false): string {
    this.addEntity(b.key, { type: 'Benchmark', names: [b.name] });
    return footnote && /[A-Za-z]$/.test(b.name) ? `${b.name}${this.rng.int(1, 4)})` : b.name;
  }

  pe(key: string): string {
    const p = this.person(key);
    this.addEntity(key, { type: 'Person', names: [p.name] });
    return p.name;
  }

  policy(p: Policy, quoted = false): string {
    this.addEntity(p.key, { type: 'Policy', names: [p.name, ...p.aliases] });
    return quoted ? `'${p.name}'` : p.name;
  }

  // ---- facts ------------------------------------------------------------------------------
  fact(type: EdgeType, source: string, target: string, extra: Partial<GoldEdge> = {}): void {
    const k = edgeKey(type, source, target);
    if (!this.edges.has(k)) this.edges.set(k, { type, source, target, ...extra });
    this.optionalEdges.delete(k);
  }

  optionalFact(type: EdgeType, source: string, target: string): void {
    const k = edgeKey(type, source, target);
    if (!this.edges.has(k)) this.optionalEdges.set(k, { type, source, target });
  }

  attr(entity: string, property: GoldAttribute['property'], value: GoldAttribute['value']): void {
    this.attributes.set(`${entity}|${property}`, { entity, property, value });
  }

  // ---- text -------------------------------------------------------------------------------
  /** Adds a paragraph; a sentence the article already has is left out (its facts are already there). */
  para(...sentences: (string | undefined | false)[]): void {
    const s = sentences.filter((x): x is string => typeof x === 'string' && x.length > 0 && !this.written.has(x));
    for (const x of s) this.written.add(x);
    if (s.length > 0) this.paragraphs.push(s);
  }

  /** A date as the article would write it, relative to the article's date where natural. */
  when(iso: string): string {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    if (y === this.year && m === this.month && d < this.day) return this.rng.chance(0.6) ? `지난 ${d}일` : `${d}일`;
    if (y === this.year && m === this.month && d === this.day) return this.rng.chance(0.5) ? '이날' : `${d}일`;
    if (y === this.year && this.rng.chance(0.5)) return `${m}월 ${d}일`;
    return this.rng.pick([`${y}년 ${m}월 ${d}일`, `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`, `${iso}`]);
  }

  gold(article: string): GoldGraph {
    const entities: Record<string, GoldEntity> = {};
    for (const [k, e] of [...this.entities].sort(([a], [b]) => a.localeCompare(b))) entities[k] = e;
    const optionalEntities: Record<string, GoldEntity> = {};
    for (const [k, e] of this.optionalEntities) if (!this.entities.has(k)) optionalEntities[k] = e;
    const attributes = [...this.attributes.values()].filter((a) => this.entities.has(a.entity));
    return {
      article,
      publishedAt: this.date,
      entities,
      optionalEntities,
      edges: [...this.edges.values()],
      optionalEdges: [...this.optionalEdges.values()],
      attributes,
    };
  }

  private addEntity(key: string, e: GoldEntity): void {
    if (!this.entities.has(key)) this.entities.set(key, e);
  }
}
