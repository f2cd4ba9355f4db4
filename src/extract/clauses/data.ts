/**
 * The clause pass's data (src/extract/data/clauses.jsonl): particle roles, predicate classes,
 * argument frames and group nouns, checked with zod at load. Cue names in frames (veto, dispute)
 * refer to lexicon.jsonl's cue lists; an unknown name is an error naming the file and line.
 */
import { z } from 'zod';
import { RuleFileError } from '../../errors/index.js';
import { EDGE_TYPES, type EdgeType, type NodeType } from '../../graph/index.js';
import { cueRegex } from '../engine/compile.js';
import type { Lexicon } from '../types.js';

export const ROLES = ['topic', 'subj', 'obj', 'with', 'at', 'to', 'poss', 'instr', 'basis', 'teacher', 'head', 'bare', 'appos', 'context'] as const;
export type Role = (typeof ROLES)[number];
const NODE = z.enum(['Company', 'Model', 'Benchmark', 'Policy', 'Person']);
const forms = z.array(z.string().min(1)).min(1);
const slot = z.object({ type: NODE, roles: z.array(z.enum(ROLES)).min(1) }).strict();

const rowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), role: z.enum(ROLES), forms }).strict(),
  z.object({ kind: z.literal('heads'), forms }).strict(),
  z
    .object({ kind: z.literal('predicate'), class: z.string().regex(/^[a-z]+$/), stems: forms.optional(), verbs: forms.optional() })
    .strict()
    .refine((r) => r.stems || r.verbs, 'a predicate class needs stems or verbs'),
  z
    .object({
      kind: z.literal('frame'),
      id: z.string().regex(/^clause\.[a-z]+(?:-[a-z]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'frame ids look like "clause.based-on.basis"'),
      relation: z.enum(EDGE_TYPES),
      predicates: z.array(z.string()).min(1),
      source: slot,
      target: slot,
      requires: z.string().optional(),
      veto: z.array(z.string()).optional(),
      dispute: z.array(z.string()).optional(),
      /** Cue lists of a claim someone raised ("…다는 의혹이 제기됐다"): the fact is 'raised' unless the clause answers it. */
      raise: z.array(z.string()).optional(),
      score: z.boolean().optional(),
      confidence: z.number().min(0).max(1),
    })
    .strict(),
  z.object({ kind: z.literal('group'), type: NODE, count: z.number().int().min(0).max(9), forms }).strict(),
]);

export interface Frame {
  id: string;
  relation: EdgeType;
  predicates: Set<string>;
  source: { type: NodeType; roles: Set<Role> };
  target: { type: NodeType; roles: Set<Role> };
  requires?: RegExp;
  veto?: RegExp;
  dispute?: RegExp;
  /** A raised claim's cues, and what confirms one (the lexicon's "confirmation" list). */
  raise?: { claim: RegExp; confirm?: RegExp };
  score: boolean;
  confidence: number;
}

export interface ClauseRules {
  /** Particle form → role, longest forms first. */
  particles: { form: string; role: Role }[];
  /** Particles by their first character code, longest first. */
  particlesByFirst: Map<number, { form: string; role: Role }[]>;
  heads: string[];
  headSet: LiteralSet;
  /** Stem → predicate class, longest stems first. */
  stems: { stem: string; cls: string; verb: boolean }[];
  /** Every stem (the scan finds the leftmost, then the longest). */
  stemSet: LiteralSet;
  classOf: Map<string, string>;
  verbs: Set<string>;
  /** Any group noun: a sentence with no mention and none of these has nothing to read. */
  groupSet: LiteralSet;
  /** Any stem of a class some frame reads: a sentence with none gives no fact. */
  frameStemSet: LiteralSet;
  frames: Frame[];
  groups: { form: string; type: NodeType; count: number }[];
}

export interface DataLine {
  file: string;
  line: number;
  value: unknown;
}

/** Checks and compiles clauses.jsonl's lines against the lexicon's cue lists. */
export function compileClauses(lines: DataLine[], lexicon: Lexicon): ClauseRules {
  const none = new LiteralSet([]);
  const out: ClauseRules = { particles: [], particlesByFirst: new Map(), heads: [], headSet: none, stems: [], stemSet: none, classOf: new Map(), verbs: new Set(), groupSet: none, frameStemSet: none, frames: [], groups: [] };
  const classes = new Set<string>();
  const pending: { l: DataLine; row: z.infer<typeof rowSchema> & { kind: 'frame' } }[] = [];
  const cues = (l: DataLine, names: string[] | undefined): RegExp | undefined => {
    if (!names?.length) return undefined;
    const all: string[] = [];
    for (const n of names) {
      const list = lexicon.cues.get(n);
      if (!list) throw new RuleFileError(l.file, l.line, `cue list "${n}" is not in lexicon.jsonl`);
      all.push(...list);
    }
    return cueRegex(all);
  };
  for (const l of lines) {
    const r = rowSchema.safeParse(l.value);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new RuleFileError(l.file, l.line, `${issue.path.join('.') || 'row'}: ${issue.message}`);
    }
    const row = r.data;
    if (row.kind === 'role') for (const f of row.forms) out.particles.push({ form: f, role: row.role });
    else if (row.kind === 'heads') out.heads.push(...row.forms);
    else if (row.kind === 'predicate') {
      classes.add(row.class);
      for (const s of row.stems ?? []) out.stems.push({ stem: s, cls: row.class, verb: false });
      for (const s of row.verbs ?? []) out.stems.push({ stem: s, cls: row.class, verb: true });
    } else if (row.kind === 'group') for (const f of row.forms) out.groups.push({ form: f, type: row.type, count: row.count });
    else pending.push({ l, row });
  }
  const seen = new Map<string, number>();
  for (const { l, row } of pending) {
    const first = seen.get(row.id);
    if (first !== undefined) throw new RuleFileError(l.file, l.line, `duplicate frame id "${row.id}" (first at line ${first})`);
    seen.set(row.id, l.line);
    for (const p of row.predicates) if (!classes.has(p)) throw new RuleFileError(l.file, l.line, `predicate class "${p}" is not defined`);
    let requires: RegExp | undefined;
    try {
      requires = row.requires ? new RegExp(row.requires, 'u') : undefined;
    } catch (e: unknown) {
      throw new RuleFileError(l.file, l.line, `requires: ${(e as Error).message}`);
    }
    out.frames.push({
      id: row.id,
      relation: row.relation,
      predicates: new Set(row.predicates),
      source: { type: row.source.type, roles: new Set(row.source.roles) },
      target: { type: row.target.type, roles: new Set(row.target.roles) },
      requires,
      veto: cues(l, row.veto),
      dispute: cues(l, row.dispute),
      raise: row.raise?.length ? { claim: cues(l, row.raise)!, confirm: cues(l, ['confirmation']) } : undefined,
      score: row.score ?? false,
      confidence: row.confidence,
    });
  }
  out.particles.sort((a, b) => b.form.length - a.form.length);
  for (const p of out.particles) out.particlesByFirst.set(p.form.charCodeAt(0), [...(out.particlesByFirst.get(p.form.charCodeAt(0)) ?? []), p]);
  out.heads = [...new Set([...out.heads, ...lexicon.titles])].sort((a, b) => b.length - a.length);
  out.headSet = new LiteralSet(out.heads);
  out.stems.sort((a, b) => b.stem.length - a.stem.length);
  out.stemSet = new LiteralSet(out.stems.map((s) => s.stem));
  out.classOf = new Map(out.stems.map((s) => [s.stem, s.cls]));
  out.verbs = new Set(out.stems.filter((s) => s.verb).map((s) => s.stem));
  out.groups.sort((a, b) => b.form.length - a.form.length);
  out.groupSet = new LiteralSet(out.groups.map((g) => g.form));
  const read = new Set(out.frames.flatMap((f) => [...f.predicates]));
  out.frameStemSet = new LiteralSet(out.stems.filter((s) => read.has(s.cls)).map((s) => s.stem));
  return out;
}

/** Literal forms looked up by their first character: one pass over a text, no regex alternation. */
export class LiteralSet {
  private readonly byFirst = new Map<number, string[]>();
  /** 1 where some form starts with that character code: most characters are skipped without a map lookup. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(forms: string[]) {
    for (const f of [...new Set(forms)].sort((a, b) => b.length - a.length)) {
      const c = f.charCodeAt(0);
      const list = this.byFirst.get(c) ?? [];
      list.push(f);
      this.byFirst.set(c, list);
      this.starts[c] = 1;
    }
  }

  /** The leftmost form at or after `from` (the longest there). */
  find(text: string, from = 0): { at: number; form: string } | undefined {
    for (let i = from; i < text.length; i++) {
      if (this.starts[text.charCodeAt(i)] === 0) continue;
      const list = this.byFirst.get(text.charCodeAt(i));
      if (!list) continue;
      for (const f of list) if (text.startsWith(f, i)) return { at: i, form: f };
    }
    return undefined;
  }

  test(text: string): boolean {
    return this.find(text) !== undefined;
  }

  /** The longest form that starts exactly at `at`. */
  at(text: string, at: number): string | undefined {
    if (this.starts[text.charCodeAt(at)] !== 1) return undefined;
    const list = this.byFirst.get(text.charCodeAt(at));
    if (list) for (const f of list) if (text.startsWith(f, at)) return f;
    return undefined;
  }
}
