/**
 * "model_name: maker/x-2-7b-instruct-2411" in a config beside "X 2 7B" in the prose: a model hub checkpoint id, written
 * in lower case with hyphens, that is the name of a model the article names once its variant word ("-instruct", "-chat",
 * "-base", "-it") and a release tag of digits ("-2411") are set aside, stands for that model.
 */
import type { Mention } from './types.js';

/** A hub id as written: lower case, digits, dots, hyphens and underscores, with at least one hyphen and one digit. */
const HUB_ID = /^(?=[^A-Z]*$)(?=.*\d)(?=.*-)[a-z][a-z0-9._-]{2,60}$/;
/** Its tail after the model's own name: a variant word, a release tag of four to eight digits, or both. */
const HUB_TAIL = /(?:[-_](?:instruct|chat|base|it|pt|hf))?(?:[-_]\d{4,8})?$/;

const fold = (s: string): string => s.toLowerCase().replace(/[\s.\-_]/g, '');

/** Hub ids' keys to the key of the one model of the article whose name each stands for. */
export function hubIdForms(all: Mention[][]): Map<string, string> {
  const names = new Map<string, Set<string>>();
  for (const m of all.flat()) {
    if (m.type !== 'Model' || m.via === 'reference' || m.via === 'blocked') continue;
    const ns = names.get(m.key) ?? new Set<string>();
    for (const n of [m.surface, ...m.aliases]) if (!HUB_ID.test(n)) ns.add(fold(n));
    names.set(m.key, ns);
  }
  const out = new Map<string, string>();
  for (const m of all.flat()) {
    if (m.type !== 'Model' || m.via !== 'discovered' || !HUB_ID.test(m.surface) || out.has(m.key)) continue;
    const own = fold(m.surface.replace(HUB_TAIL, ''));
    if (own.length < 4) continue;
    const named = [...names].filter(([key, ns]) => key !== m.key && ns.has(own));
    if (named.length === 1) out.set(m.key, named[0]![0]);
  }
  return out;
}
