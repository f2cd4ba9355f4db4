/**
 * The synthetic industry a corpus is written about: invented companies in several countries,
 * model families with versions and size variants, BASED_ON chains up to five deep that cross
 * borders, benchmarks, people with titles, ministers and government projects. Deterministic.
 */
import { normalizeName } from '../../graph/index.js';
import { Prng } from './prng.js';
import {
  BENCH_PREFIXES, BENCH_WORDS, COMPANY_SUFFIXES, COUNTRIES, FOREIGN_GIVEN, KOREAN_GIVEN,
  KOREAN_SURNAMES, LEADERBOARD_ANIMALS, MINISTRIES, PARAMETER_SIZES, POLICY_CORES, POLICY_PREFIXES,
  POLICY_SUFFIXES, SYLLABLES, TITLES, VARIANTS, type CompanyKind,
} from './lexicon.js';

export interface Company {
  key: string;
  ko: string;
  en: string;
  country: string;
  kind: CompanyKind;
  stockCode?: string;
  people: string[];
  models: string[];
}

export interface Model {
  key: string;
  ko: string;
  en: string;
  developer: string;
  family: string;
  /** 0 for models trained from scratch; n when the BASED_ON chain below it is n long. */
  tier: number;
  basedOn?: string;
  succeeds?: string;
  parameters: number;
  fromScratch: boolean;
  openSource: boolean;
  releasedOn: string;
}

export interface Benchmark {
  key: string;
  name: string;
  /** Scores on 0–1 (written 0.7197점) or on 0–100. */
  scale: 1 | 100;
}

export interface Person {
  key: string;
  name: string;
  company?: string;
  title: string;
  ministry?: string;
}

export interface Policy {
  key: string;
  name: string;
  aliases: string[];
  ministry: string;
  promoter: string;
}

export interface World {
  seed: number;
  companies: Company[];
  models: Model[];
  benchmarks: Benchmark[];
  people: Person[];
  policies: Policy[];
  byKey: Map<string, Company | Model | Benchmark | Person | Policy>;
}

/** How many companies a corpus of n articles is written about (the world grows with the corpus). */
export function worldSizeFor(articles: number): number {
  return Math.max(30, Math.round(Math.sqrt(articles) * 6));
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2023, 0, 1);
const isoDay = (day: number): string => new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);

/** Builds the industry for a seed. Every normalised name in it is unique. */
export function buildWorld(seed: number, companyCount: number): World {
  const rng = new Prng(`world:${seed}`);
  const used = new Set<string>();
  const claim = (...forms: string[]): boolean => {
    const norms = forms.map(normalizeName);
    if (norms.some((n) => n.length < 2 || used.has(n))) return false;
    for (const n of norms) used.add(n);
    return true;
  };
  const stem = (min: number, max: number): [string, string] => {
    const n = rng.int(min, max);
    let en = '';
    let ko = '';
    for (let i = 0; i < n; i++) {
      const pool = i === n - 1 ? SYLLABLES.filter((s) => s[2]) : SYLLABLES;
      const [l, h] = rng.pick(pool);
      en += l;
      ko += h;
    }
    return [capitalize(en), ko];
  };

  const world: World = { seed, companies: [], models: [], benchmarks: [], people: [], policies: [], byKey: new Map() };
  const add = <T extends { key: string }>(list: T[], item: T): T => {
    list.push(item);
    world.byKey.set(item.key, item as never);
    return item;
  };

  // companies
  for (let i = 0; world.companies.length < companyCount && i < companyCount * 50; i++) {
    const [sEn, sKo] = stem(2, 3);
    const [xEn, xKo] = rng.pick(COMPANY_SUFFIXES);
    const en = xEn ? `${sEn} ${xEn}` : sEn;
    const ko = sKo + xKo;
    if (!claim(en, ko)) continue;
    const country = rng.weighted(COUNTRIES.map((c) => [c.code, c.weight] as const));
    const kind = rng.weighted<CompanyKind>([['startup', 5], ['bigtech', 2], ['lab', 3], ['telecom', country === 'KR' ? 2 : 0.5]]);
    add(world.companies, {
      key: `c${world.companies.length}-${sEn.toLowerCase()}`, ko, en, country, kind,
      stockCode: country === 'KR' && rng.chance(0.4) ? String(rng.int(10000, 399999)).padStart(6, '0') : undefined,
      people: [], models: [],
    });
  }

  // people: one to three per company
  const personName = (country: string): string | undefined => {
    for (let t = 0; t < 20; t++) {
      const name = country === 'KR' || rng.chance(0.15)
        ? rng.pick(KOREAN_SURNAMES) + rng.pick(KOREAN_GIVEN)
        : `${rng.pick(FOREIGN_GIVEN)} ${stem(2, 2)[1]}`;
      if (claim(name)) return name;
    }
    return undefined;
  };
  for (const c of world.companies) {
    for (let k = rng.int(1, 3); k > 0; k--) {
      const name = personName(c.country);
      if (!name) continue;
      const p = add(world.people, { key: `p${world.people.length}`, name, company: c.key, title: rng.pick(TITLES) });
      c.people.push(p.key);
    }
  }

  // model families, versions and variants; tiers give BASED_ON chains of at most five
  const byTier: Model[][] = [[], [], [], [], [], []];
  const shuffled = rng.shuffle(world.companies);
  for (const [ci, c] of shuffled.entries()) {
    for (let f = c.kind === 'bigtech' ? 2 : rng.int(1, 2); f > 0; f--) {
      let fam: [string, string] | undefined;
      for (let t = 0; t < 30 && !fam; t++) {
        const s = stem(2, 3);
        if (claim(s[0], s[1])) fam = s;
      }
      if (!fam) continue;
      // early companies found the chains (tier 0), later ones build on earlier tiers
      const foundational = ci < Math.max(4, shuffled.length * 0.15) || rng.chance(0.15);
      const tier = foundational ? 0 : Math.min(5, 1 + Math.floor(rng.next() * Math.min(5, 1 + ci / (shuffled.length / 6))));
      const familyKey = `f-${fam[0].toLowerCase()}`;
      let prev: Model | undefined;
      let major = rng.int(1, 2);
      let minor = rng.pick([0, 0, 5]);
      let day = rng.int(0, 500);
      for (let v = rng.int(1, 4); v > 0; v--) {
        const ver = `${major}.${minor}`;
        const base = tier > 0 ? pickBase(rng, byTier, tier, c, world) : undefined;
        const m = addModel(world, add, claim, {
          ko: `${fam[1]} ${ver}`, en: `${fam[0]} ${ver}`, developer: c.key, family: familyKey, tier: base ? tier : 0,
          basedOn: base?.key, succeeds: prev?.key, parameters: rng.pick(PARAMETER_SIZES) * 1e9,
          fromScratch: !base, openSource: rng.chance(0.55), releasedOn: isoDay(day),
        });
        if (!m) continue;
        byTier[m.tier]?.push(m);
        if (rng.chance(0.35)) {
          const [vEn, vKo] = rng.pick(VARIANTS);
          const variant = addModel(world, add, claim, {
            ko: `${fam[1]} ${ver} ${vKo}`, en: `${fam[0]} ${ver} ${vEn}`, developer: c.key, family: familyKey,
            tier: m.tier, basedOn: m.basedOn, parameters: rng.pick(PARAMETER_SIZES.slice(0, 6)) * 1e9,
            fromScratch: m.fromScratch, openSource: rng.chance(0.7), releasedOn: isoDay(day + rng.int(0, 40)),
          });
          if (variant) byTier[variant.tier]?.push(variant);
        }
        prev = m;
        if (rng.chance(0.5)) minor = minor === 0 ? 5 : 0, major += minor === 0 ? 1 : 0;
        else (major += 1), (minor = 0);
        day += rng.int(60, 240);
      }
    }
  }

  // benchmarks and leaderboards
  const benchCount = 12 + Math.round(companyCount / 15);
  for (let i = 0; world.benchmarks.length < benchCount && i < benchCount * 50; i++) {
    const name = rng.chance(0.25)
      ? `${rng.pick(LEADERBOARD_ANIMALS)} 리더보드${rng.int(1, 4)}`
      : rng.chance(0.5)
        ? `${rng.pick(BENCH_PREFIXES)}${rng.pick(BENCH_WORDS)}${rng.pick(['', '', '-Pro', '-Hard', '-X'])}`
        : `${rng.pick(BENCH_PREFIXES).toUpperCase()}${stem(1, 2)[0].toUpperCase()}`;
    if (!claim(name)) continue;
    add(world.benchmarks, { key: `b${world.benchmarks.length}`, name, scale: rng.chance(0.15) ? 1 : 100 });
  }

  // ministers and government projects
  const ministers = MINISTRIES.map((ministry) => {
    const name = personName('KR') ?? '';
    return add(world.people, { key: `p${world.people.length}`, name, title: '장관', ministry });
  });
  const policyCount = 6 + Math.round(companyCount / 30);
  for (let i = 0; world.policies.length < policyCount && i < policyCount * 80; i++) {
    const core = rng.pick(POLICY_CORES);
    const prefix = rng.pick(POLICY_PREFIXES);
    const suffix = rng.pick(POLICY_SUFFIXES);
    const name = prefix === 'K-' ? `K-${core} ${suffix}` : `${prefix} ${core} ${suffix}`;
    const codeword = prefix !== 'K-' && rng.chance(0.5) ? `${stem(2, 2)[1]} ` : '';
    const full = codeword + name;
    if (!claim(full)) continue;
    const minister = rng.pick(ministers);
    add(world.policies, { key: `g${world.policies.length}`, name: full, aliases: [], ministry: minister.ministry ?? '', promoter: minister.key });
  }
  return world;
}

function addModel(
  world: World,
  add: <T extends { key: string }>(list: T[], item: T) => T,
  claim: (...forms: string[]) => boolean,
  m: Omit<Model, 'key'>,
): Model | undefined {
  if (!claim(m.ko, m.en)) return undefined;
  const model = add(world.models, { key: `m${world.models.length}`, ...m });
  (world.byKey.get(m.developer) as Company).models.push(model.key);
  return model;
}

/** A base model one tier below, preferring another country's (chains cross borders). */
function pickBase(rng: Prng, byTier: Model[][], tier: number, c: Company, world: World): Model | undefined {
  for (let t = tier - 1; t >= 0; t--) {
    const pool = byTier[t] ?? [];
    if (pool.length === 0) continue;
    const foreign = pool.filter((m) => (world.byKey.get(m.developer) as Company).country !== c.country);
    const from = foreign.length > 0 && rng.chance(0.75) ? foreign : pool.filter((m) => m.developer !== c.key);
    if (from.length > 0) return rng.pick(from);
  }
  return undefined;
}

/** The BASED_ON chain above a model, nearest first. */
export function lineageOf(world: World, model: Model): Model[] {
  const out: Model[] = [];
  let cur = model.basedOn ? (world.byKey.get(model.basedOn) as Model) : undefined;
  while (cur && out.length < 10) {
    out.push(cur);
    cur = cur.basedOn ? (world.byKey.get(cur.basedOn) as Model) : undefined;
  }
  return out;
}
