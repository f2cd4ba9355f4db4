/**
 * "X 1은 Y를 바탕으로 미세조정한 모델로 …" in the prose, "X 1 7B (참고) | 55.5 | …" only in a score table's row: a new model
 * named bare in the text and with its one size only where a table lists it is one model. The prose pass already reads a new
 * model's one sized name as that model (see sizedShortForms in article-names.ts); a name read only from a table's row comes
 * after it, so the table's sized name is folded here into the bare model, its facts and properties with it. Where the article
 * names two sizes or more of the version ("X 2 7B", "X 2 1.5B"), the bare name is their line and nothing is folded.
 */
import { addRelation, type Acc } from './article-acc.js';
import { sizedBareKey } from './engine/discover-common.js';
import { romanize, sameModelInTwoScripts } from './transliterate.js';
import { normalizeName } from '../graph/index.js';
import { sizeListedLines } from './size-listed-lines.js';
import { LISTED_BETWEEN } from './article-names.js';
import type { Sentence } from '../parse/types.js';
import type { EntityDraft, Mention, RuleSet } from './types.js';

/** A text table's row as the parse stage writes it: cells joined by " | " (an HTML table's cell is a line of its own). */
const TABLE_ROW = /\s\|\s/;

/** The bare name's key of each sized name of an entity (every name must be one: "X 1 7B", "X-1-7B"). */
function bareKeysOf(names: string[]): Set<string> | undefined {
  const keys = new Set<string>();
  for (const n of names) {
    const k = sizedBareKey(n);
    if (!k) return undefined;
    keys.add(k);
  }
  return keys;
}

/** Folds a discovered sized model named only in table rows into the bare model the prose names, where it is that version's one size. */
export function foldTableOnlySizes(acc: Acc, rules: RuleSet, sentences: readonly { text: string }[]): void {
  const models = [...acc.entities.values()].filter((e) => e.type === 'Model' && e.discovered);
  const byBare = new Map<string, string[]>();
  const sizedOf = new Map<string, Set<string>>();
  for (const e of models) {
    const bare = bareKeysOf(Object.keys(e.names));
    if (!bare || bare.size !== 1) continue;
    sizedOf.set(e.key, bare);
    const [b] = bare;
    byBare.set(b!, [...(byBare.get(b!) ?? []), e.key]);
  }
  for (const [sizedKey, bare] of sizedOf) {
    const [b] = bare;
    if (byBare.get(b!)!.length !== 1) continue;
    const line = acc.entities.get(b!);
    const sized = acc.entities.get(sizedKey);
    if (!line || !sized || line.type !== 'Model' || !line.discovered || line.properties.parameters !== undefined) continue;
    // (the sized name only in table rows or cells; written in prose it was read there already, or kept apart for a reason)
    const names = Object.keys(sized.names);
    const said = sentences.filter((s) => names.some((n) => s.text.includes(n)));
    if (!said.length || !said.every((s) => TABLE_ROW.test(s.text) || names.includes(s.text.trim()))) continue;
    // (and its Latin spelling, a repository's "X-1-7B" beside the table's "엑스 1 7B", is the same model)
    const spelled = (n: string, h: string): boolean => /^[A-Za-z]/.test(n) && (sameModelInTwoScripts(n, h, rules) || normalizeName(n) === latinSpelling(h, rules.lexicon.loanwords));
    const twins = models.filter((e) => e.key !== sizedKey && e.key !== line.key && acc.entities.has(e.key) && Object.keys(e.names).every((n) => names.some((h) => spelled(n, h))));
    for (const e of [sized, ...twins]) foldInto(acc, e, line);
  }
}

/**
 * "the tokenizer looks identical to X 3.1" … "Meta의 X 3.1 8B를 기반으로": a gazetteer version the article names bare and in
 * one size only, and which takes part in no fact of its own (its maker only from the gazetteer and never named beside it, no
 * property read), is that one size named loosely: no node of its own. Named bare with a fact of its own (released, scored, a base), or with its sizes
 * listed ("X 3.1(8B·70B)"), it stays the version.
 */
export function dropFactlessBareVersions(acc: Acc, first: Mention[][], sentences: Sentence[]): void {
  const sizes = new Map<string, Set<string>>();
  for (const m of first.flat()) if (m.type === 'Model' && m.bareKey && m.via !== 'discovered') sizes.set(m.bareKey, (sizes.get(m.bareKey) ?? new Set()).add(m.key));
  if (!sizes.size) return;
  const listed = sizeListedLines(first, sentences);
  for (const [bare, keys] of sizes) {
    const e = acc.entities.get(bare);
    if (!e || e.type !== 'Model' || e.discovered || keys.size !== 1 || !acc.entities.has([...keys][0]!) || listed.has(bare) || acc.props.get(bare)?.length) continue;
    // ("X-8B와 X를 모두 비교 대상으로": listed beside its sized variant, the bare version is a model of its own)
    if (listedBeside(first, sentences, bare, [...keys][0]!)) continue;
    const related = [...acc.relations.entries()].filter(([, r]) => r.source === bare || r.target === bare);
    if (related.some(([, r]) => r.type !== 'DEVELOPED' || !r.evidence.every((ev) => ev.rule === 'developed.family-gazetteer'))) continue;
    // ("X연구원에서 'Y 3.5' 사전학습을 맡았던": named beside its maker, the bare version is the maker's version, a fact of its own)
    const makers = new Set(related.map(([, r]) => r.source));
    if (first.some((ms) => ms.some((m) => m.key === bare) && ms.some((m) => makers.has(m.key)))) continue;
    for (const [k] of related) acc.relations.delete(k);
    acc.entities.delete(bare);
    acc.props.delete(bare);
  }
}

/** Whether some sentence lists the bare version and its sized variant side by side ("X-8B와 X", "X, X-8B"). */
function listedBeside(first: Mention[][], sentences: Sentence[], bare: string, sized: string): boolean {
  return first.some((ms, i) => {
    const text = sentences[i]?.text ?? '';
    return ms.some((b) => b.key === bare && ms.some((s) => s.key === sized && LISTED_BETWEEN.test(text.slice(Math.min(b.end, s.end), Math.max(b.start, s.start)))));
  });
}

/**
 * A Hangul model name in the Latin letters a repository writes it in: its loanwords in their Latin spelling, the rest in
 * Revised Romanisation ("아라-코더 1 7B" → "aracoder17b", as "Ara-Coder-1-7B" reads).
 */
function latinSpelling(hangul: string, loanwords: readonly [string, string][]): string {
  let out = hangul;
  for (const [h, l] of loanwords) if (out.includes(h)) out = out.split(h).join(` ${l} `);
  return normalizeName(romanize(out));
}

/** Moves an entity's names, facts and properties to `into` (its own properties first) and drops it. */
function foldInto(acc: Acc, from: EntityDraft, into: EntityDraft): void {
  for (const n of Object.keys(from.names)) into.names[n] = (into.names[n] ?? 0) + from.names[n]!;
  for (const [k, r] of [...acc.relations]) {
    if (r.source !== from.key && r.target !== from.key) continue;
    acc.relations.delete(k);
    const source = r.source === from.key ? into.key : r.source, target = r.target === from.key ? into.key : r.target;
    if (source === target) continue;
    for (const ev of r.evidence) addRelation(acc, { relation: r.type, source, target, properties: r.properties }, ev);
  }
  const own = acc.props.get(into.key) ?? [];
  const moved = (acc.props.get(from.key) ?? []).filter((p) => !own.some((o) => o.property === p.property));
  if (moved.length) acc.props.set(into.key, [...own, ...moved]);
  for (const [p, v] of Object.entries(from.properties)) if (into.properties[p] === undefined) into.properties[p] = v;
  acc.entities.delete(from.key);
  acc.props.delete(from.key);
}
