/** Short forms of a model line's one sized member, read across a whole article. */
import type { Sentence } from '../parse/types.js';
import { MODEL_RELATION_CUE } from './families.js';
import type { Mention } from './types.js';

/** A size word among a name's words ("14B", "8B", "1.5B"). */
export const SIZE_WORD = /^\d+(?:\.\d+)?[BM]$/;

/** Whether `long` opens with the words of `short` and adds a size word among the words after them. */
function headsSized(short: string, long: string): boolean {
  if (!long.startsWith(`${short} `)) return false;
  return long.slice(short.length + 1).split(' ').some((w) => SIZE_WORD.test(w));
}

/**
 * "하이퍼클로바X 시드 14B 씽크" … "하이퍼클로바X 시드": a model name of two words or more, without a size, that heads the one
 * longer name the article gives with a size among its added words is that model — where the body names the longer one first and
 * no sentence names the two side by side, nor a body sentence the short one beside a relation word (then the short one is a
 * model of its own: the line, a sibling, or a base).
 */
export function lineShortForms(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const forms = new Map<string, Set<string>>();
  const firstAt = new Map<string, number>();
  const together = new Set<string>();
  const related = new Set<string>();
  all.forEach((ms, i) => {
    const inBody = sentences[i]!.block === 'body';
    const models = ms.filter((m) => m.type === 'Model' && m.via !== 'reference' && m.via !== 'anonymous');
    for (const m of models) {
      forms.set(m.key, (forms.get(m.key) ?? new Set()).add(m.surface));
      for (const a of m.aliases) forms.get(m.key)!.add(a);
      if (!firstAt.has(m.key) && inBody) firstAt.set(m.key, i);
      if (inBody && MODEL_RELATION_CUE.test(sentences[i]!.text)) related.add(m.key);
    }
    for (const a of models) for (const b of models) if (a.key !== b.key) together.add(`${a.key}|${b.key}`);
  });
  const out = new Map<string, string>();
  for (const [key, names] of forms) {
    const short = [...names].find((n) => n.includes(' ') && !n.split(' ').some((w) => SIZE_WORD.test(w)));
    if (!short || related.has(key)) continue;
    const longer = [...forms].filter(([k, ns]) => k !== key && [...ns].some((n) => headsSized(short, n)));
    if (longer.length !== 1) continue;
    const long = longer[0]![0];
    if (together.has(`${key}|${long}`) || (firstAt.get(key) ?? Infinity) < (firstAt.get(long) ?? Infinity)) continue;
    out.set(key, long);
  }
  return out;
}
