/**
 * Loads the rule data files (gazetteers, lexicon, patterns), checks each line against its zod
 * schema and cross-references, and compiles them once. Errors are RuleFileError(file, line, problem).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RuleFileError } from '../errors/index.js';
import { EDGE_ENDPOINTS, EDGE_TYPES, type EdgeType, type NodeType } from '../graph/index.js';
import { cueRegex, escapeRegex, expandMacros } from './engine/compile.js';
import { buildTrie } from './engine/trie.js';
import { compileClauses } from './clauses/data.js';
import { check, readJsonl, type Line } from './rule-lines.js';
import type { CompiledPattern, GazetteerEntry, Lexicon, RuleSet } from './types.js';

export const DEFAULT_RULES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const names = z.array(z.string().trim().min(1)).min(1);

const entrySchema = z
  .object({
    id,
    names,
    country: z.string().regex(/^[A-Z]{2}$/, 'country is ISO 3166-1 alpha-2').optional(),
    kind: z.string().optional(),
    parent: id.optional(),
    mainFamily: id.optional(),
    developer: id.optional(),
    family: id.optional(),
    versionOnly: z.array(z.string()).optional(),
    strict: z.boolean().optional(),
    role: z.string().optional(),
  })
  .strict();

/** Lexicon lists of plain forms: the `list` name in lexicon.jsonl → the Lexicon field that holds them. */
const FORM_LISTS = {
  title: 'titles',
  academicTitle: 'academicTitles',
  modelNoun: 'modelNouns',
  benchmarkNoun: 'benchmarkNouns',
  notModelNoun: 'notModelNouns',
  givenName: 'givenNames',
  variantWord: 'variantWords',
  variantWordAlone: 'variantWordsAlone',
  variantAfterSize: 'variantsAfterSize',
  officialTitle: 'officialTitles',
  publicOfficeTitle: 'publicOfficeTitles',
  publicAgency: 'publicAgencies',
  surnameTitle: 'surnameTitles',
  speakerRole: 'speakerRoles',
} as const satisfies Record<string, keyof Lexicon>;
type FormList = keyof typeof FORM_LISTS;

const lexiconSchema = z.discriminatedUnion('list', [
  z.object({ list: z.literal('variant'), key: id, forms: names }).strict(),
  z.object({ list: z.literal('loanword'), key: z.string().regex(/^[a-z]+$/), forms: names }).strict(),
  z.object({ list: z.literal('cue'), name: z.string().regex(/^[A-Za-z]+(?::[A-Z]{2})?$/), forms: names }).strict(),
  z.object({ list: z.enum(Object.keys(FORM_LISTS) as [FormList, ...FormList[]]), forms: names }).strict(),
]);

const patternSchema = z
  .object({
    id: z.string().regex(/^[a-z]+(?:-[a-z]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'rule ids look like "based-on.giban-head"'),
    relation: z.enum(EDGE_TYPES),
    confidence: z.number().min(0).max(1),
    pattern: z.string().min(1),
    requires: z.string().optional(),
    veto: z.array(z.string()).optional(),
    dispute: z.array(z.string()).optional(),
    claim: z.array(z.string()).optional(),
    windowAfter: z.number().int().min(0).max(80).optional(),
    pairwise: z.boolean().optional(),
    /** 'source' ('target'): the slot is the model the previous sentences are about (the sentence names none before the match). */
    focus: z.enum(['source', 'target']).optional(),
    /** 'target': every later mention of the target's type in the sentence is a target too. */
    spread: z.literal('target').optional(),
    /** What the match says beyond its edge, for the steps after matching (see PatternReading). */
    reads: z.enum(['own-model', 'likened-source']).optional(),
  })
  .strict();

const GAZETTEERS: [string, NodeType | 'None'][] = [
  ['companies.jsonl', 'Company'],
  ['models.jsonl', 'Model'],
  ['benchmarks.jsonl', 'Benchmark'],
  ['policies.jsonl', 'Policy'],
  ['persons.jsonl', 'Person'],
  ['nonentities.jsonl', 'None'],
];

/** An English programme's name ending in "Project" also as English writes it with "Program" or "Programme" ("… Model program"). */
function withProgrammeForms(names: string[]): string[] {
  const more = names.filter((n) => /\s[Pp]roject$/.test(n)).flatMap((n) => ['gram', 'gramme'].map((w) => n.replace(/([Pp])roject$/, `$1ro${w}`)));
  return [...names, ...more.filter((n) => !names.includes(n))];
}

function loadGazetteers(dir: string): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  const seen = new Map<string, string>();
  const refs: { l: Line; ref: string; type: string; field: string }[] = [];
  for (const [file, type] of GAZETTEERS) {
    for (const l of readJsonl(path.join(dir, file))) {
      const row = check(entrySchema, l);
      const key = `${type}:${row.id}`;
      if (seen.has(key)) throw new RuleFileError(l.file, l.line, `duplicate id "${row.id}" (first at ${seen.get(key)})`);
      seen.set(key, `line ${l.line}`);
      for (const v of row.versionOnly ?? []) {
        if (!row.names.includes(v)) throw new RuleFileError(l.file, l.line, `versionOnly name "${v}" is not in names`);
      }
      if (row.developer) refs.push({ l, ref: row.developer, type: 'Company', field: 'developer' });
      if (row.family) refs.push({ l, ref: row.family, type: 'Model', field: 'family' });
      if (row.mainFamily) refs.push({ l, ref: row.mainFamily, type: 'Model', field: 'mainFamily' });
      if (row.parent) refs.push({ l, ref: row.parent, type, field: 'parent' });
      entries.push({ ...row, ...(type === 'Policy' ? { names: withProgrammeForms(row.names) } : {}), type, origin: `${file}:${l.line}` });
    }
  }
  for (const r of refs) {
    if (!seen.has(`${r.type}:${r.ref}`)) throw new RuleFileError(r.l.file, r.l.line, `${r.field} "${r.ref}" is not a known ${r.type} id`);
  }
  return entries;
}

function loadLexicon(dir: string): Lexicon {
  const lex: Lexicon = { variants: new Map(), variantForms: [], loanwords: [], titles: [], academicTitles: [], modelNouns: [], benchmarkNouns: [], notModelNouns: [], givenNames: [], variantWords: [], variantWordsAlone: [], variantsAfterSize: [], officialTitles: [], publicOfficeTitles: [], publicAgencies: [], surnameTitles: [], speakerRoles: [], cues: new Map() };
  for (const l of readJsonl(path.join(dir, 'lexicon.jsonl'))) {
    const row = check(lexiconSchema, l);
    if (row.list === 'variant') {
      for (const f of row.forms) {
        lex.variants.set(f.toLowerCase(), row.key);
        lex.variantForms.push(f);
      }
    } else if (row.list === 'loanword') {
      for (const f of row.forms) lex.loanwords.push([f, row.key]);
    } else if (row.list === 'cue') {
      if (lex.cues.has(row.name)) throw new RuleFileError(l.file, l.line, `duplicate cue list "${row.name}"`);
      lex.cues.set(row.name, row.forms);
    } else lex[FORM_LISTS[row.list]].push(...row.forms);
  }
  lex.loanwords.sort((a, b) => b[0].length - a[0].length);
  return lex;
}

function cueUnion(l: Line, lex: Lexicon, names: string[] | undefined): RegExp | undefined {
  if (!names?.length) return undefined;
  const parts: string[] = [];
  for (const n of names) {
    const forms = lex.cues.get(n);
    if (!forms) throw new RuleFileError(l.file, l.line, `unknown cue list "${n}"`);
    const src = cueRegex(forms, n.endsWith('After')).source;
    // "숨기지 않는다", "부인하지 않았다": a verb that makes the negation after it an admission
    const affirming = n === 'negation' || n === 'copularNegation' ? lex.cues.get('affirmingBeforeNegation') : undefined;
    // "사람처럼 말하는 캐릭터", "인간보다 빠른": a comparison with people in general refers to no model or company
    const generic = n === 'reference' ? lex.cues.get('genericBeforeReference') : undefined;
    // "앞서 만든 Y", "앞서 공개한": "앞서" as "earlier" before a making or telling verb compares nothing
    const earlier = n === 'comparison' ? lex.cues.get('verbAfterEarlier') : undefined;
    const own = earlier?.length ? `${src}(?!\\s(?:${earlier.map(escapeRegex).join('|')}))` : src;
    parts.push(affirming?.length ? `(?<!(?:${affirming.map(escapeRegex).join('|')})(?:지\\s?)?)${src}` : generic?.length ? `(?<!(?:${generic.map(escapeRegex).join('|')})\\s?)${src}` : own);
  }
  return new RegExp(parts.join('|'), 'u');
}

const MACRO_TYPE: Record<string, string> = { COMPANY: '\uE001', MODEL: '\uE002', BENCHMARK: '\uE003', POLICY: '\uE004', PERSON: '\uE005', SCORE: '\uE006' };
/** The slots that give a fact's ends (the prefilter needs their types in a sentence; other slots may be optional). */
const FACT_ENDS = new Set(['source', 'target', 'all']);

/** The token type a pattern's match starts with (after any lookbehind), so it is tried only at such tokens. */
function startTypeOf(pattern: string): string | undefined {
  let p = pattern.replace(/^\^/, '');
  if (p.startsWith('(?<=') || p.startsWith('(?<!')) {
    let depth = 0;
    let inClass = false;
    let end = -1;
    for (let i = 0; i < p.length && end < 0; i++) {
      if (p[i] === '\\') i++;
      else if (inClass) inClass = p[i] !== ']';
      else if (p[i] === '[') inClass = true;
      else if (p[i] === '(') depth++;
      else if (p[i] === ')' && --depth === 0) end = i + 1;
    }
    if (end < 0) return undefined;
    p = p.slice(end);
    if (p.startsWith('(?<=') || p.startsWith('(?<!')) return startTypeOf(p);
  }
  const m = /^\{([A-Z]+)[+*~]?:[a-z]\w*\}/.exec(p);
  return m ? MACRO_TYPE[m[1]!] : undefined;
}

function compilePattern(l: Line, lex: Lexicon): CompiledPattern {
  const row = check(patternSchema, l);
  let expanded;
  let regex: RegExp;
  try {
    expanded = expandMacros(row.pattern, lex.titles, lex.officialTitles, lex.publicAgencies);
    regex = new RegExp(expanded.source, /^(?:\{[A-Z]|\(\?<=)/.test(row.pattern) ? 'yu' : 'gu');
  } catch (e: unknown) {
    throw new RuleFileError(l.file, l.line, `pattern does not compile: ${(e as Error).message}`);
  }
  const [srcType, tgtType] = EDGE_ENDPOINTS[row.relation as EdgeType];
  const slot = (name: string) => expanded.slots.find((s) => s.name === name);
  if (row.pairwise) {
    if (slot('all')?.type !== srcType || srcType !== tgtType) throw new RuleFileError(l.file, l.line, `pairwise rules need an {${srcType.toUpperCase()}+:all} slot`);
  } else {
    for (const [end, type] of [['source', srcType], ['target', tgtType]] as const) {
      if (row.focus === end) {
        if (type !== 'Model' || slot(end)) throw new RuleFileError(l.file, l.line, `focus rules take their Model ${end} from the context and have no ${end} slot`);
      } else if (slot(end)?.type !== type) throw new RuleFileError(l.file, l.line, `${row.relation} needs a ${type} slot named "${end}"`);
    }
  }
  let requires: RegExp | undefined;
  try {
    requires = row.requires ? new RegExp(row.requires, 'u') : undefined;
  } catch (e: unknown) {
    throw new RuleFileError(l.file, l.line, `requires does not compile: ${(e as Error).message}`);
  }
  return {
    startType: startTypeOf(row.pattern),
    id: row.id,
    relation: row.relation,
    confidence: row.confidence,
    regex,
    slots: expanded.slots,
    // (only the fact's own ends are needed: another slot may be one alternative of several, "^(?:It|{COMPANY:owner})s")
    needs: [...new Set(expanded.slots.filter((s) => FACT_ENDS.has(s.name)).map((s) => s.type).filter((t) => t !== 'TITLE' && t !== 'SCORE'))],
    requires,
    veto: cueUnion(l, lex, row.veto),
    hedged: row.veto?.includes('hedge') || undefined,
    dispute: cueUnion(l, lex, row.dispute),
    titleVeto: row.relation === 'WORKS_FOR' ? titleVetoOf(lex) : undefined,
    claim: cueUnion(l, lex, row.claim),
    // (a pattern that reads claims hears their confirmations too: the lexicon's one list of them)
    confirm: row.claim?.length ? cueUnion(l, lex, ['confirmation']) : undefined,
    windowAfter: row.windowAfter ?? 20,
    pairwise: row.pairwise,
    focus: row.focus,
    spread: row.spread,
    reads: row.reads,
  };
}

/** "X는 … NAME 장관이": a title (its last word) that is a public office, for WORKS_FOR rules to veto. */
function titleVetoOf(lex: Lexicon): RegExp | undefined {
  return lex.publicOfficeTitles.length ? new RegExp(`(?:^|\\s)(?:${lex.publicOfficeTitles.map(escapeRegex).join('|')})$`) : undefined;
}

function loadPatterns(dir: string, lex: Lexicon): CompiledPattern[] {
  const files = fs.readdirSync(dir).filter((f) => /^patterns.*\.jsonl$/.test(f)).sort();
  if (!files.length) throw new RuleFileError(path.join(dir, 'patterns.jsonl'), 0, 'no pattern file found');
  const out: CompiledPattern[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    for (const l of readJsonl(path.join(dir, f))) {
      const p = compilePattern(l, lex);
      if (seen.has(p.id)) throw new RuleFileError(l.file, l.line, `duplicate rule id "${p.id}" (first at ${seen.get(p.id)})`);
      seen.set(p.id, `${f}:${l.line}`);
      out.push(p);
    }
  }
  return out;
}

/** The node key of a gazetteer entry: 'company:skt', 'model:exaone' … */
export function entryKey(e: GazetteerEntry): string {
  return `${e.type.toLowerCase()}:${e.id}`;
}

const cache = new Map<string, RuleSet>();

/**
 * Loads and checks every rule data file in `dir` (default: src/extract/data) and compiles them.
 * Cached per directory.
 *
 * @example
 *   const rules = loadRules();
 *   rules.patterns.map((p) => p.id); // ['developed.self-built', …]
 */
export function loadRules(dir: string = DEFAULT_RULES_DIR): RuleSet {
  const hit = cache.get(dir);
  if (hit) return hit;
  const entries = loadGazetteers(dir);
  const lexicon = loadLexicon(dir);
  const patterns = loadPatterns(dir, lexicon);
  const byKey = new Map(entries.map((e) => [entryKey(e), e]));
  const clauses = compileClauses(readJsonl(path.join(dir, 'clauses.jsonl')), lexicon);
  const rules: RuleSet = { entries, byKey, patterns, lexicon, compiled: { trie: buildTrie(entries) }, clauses };
  cache.set(dir, rules);
  return rules;
}
