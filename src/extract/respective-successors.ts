/**
 * "두 모델은 각각 'A'와 'B'의 후속 모델이다": a counted group of models said to succeed, respectively, as many models listed
 * in the sentence. The group is the models the sentence before names; each succeeds the listed model that shares its last
 * word (a variant: "미니" and "X 2.0 미니"), the rest in the order both are written.
 */
import type { Mention } from './types.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { COUNT_WORDS } from './count-words.js';

/** The sentence's opening: a counted group of models as its topic, then "각각" ("두 모델은 각각 ", "세 신모델은 각각 "). */
const GROUP_RESPECTIVELY = /^(?:이\s)?(두|세|네)\s(?:모델|신모델|제품|버전)(?:은|는|이|가)\s각각\s/;
/** Between two listed predecessors: a conjunction or a comma. */
const LIST_JOIN = /^['"’”]?\s?(?:\([^()]{1,30}\))?\s?(?:와|과|및|,|·)\s?['"‘“]?$/;
/** After the last listed predecessor: the successor word ("'의 후속 모델이다", "의 후속작", "의 차기 버전"). */
const SUCCESSOR_AFTER = /^['"’”]?\s?(?:\([^()]{1,30}\))?\s?의\s(?:후속|차기)\s?(?:모델|작|버전)?/;

/** A name's last word where it is no number ("미니" of "X 2.0 미니"). */
function lastWord(m: Mention): string | undefined {
  const w = m.surface.split(/\s+/).at(-1);
  return w && !/\d/.test(w) ? w : undefined;
}

/** Pairs each successor with its predecessor: a shared last word first, then the rest in written order. */
export function pairUp(successors: Mention[], predecessors: Mention[]): { source: Mention; target: Mention }[] {
  const out: { source: Mention; target: Mention }[] = [];
  const [freeS, freeP] = [[...successors], [...predecessors]];
  for (const s of successors) {
    const word = lastWord(s);
    const p = word ? freeP.find((x) => lastWord(x) === word) : undefined;
    if (!p) continue;
    out.push({ source: s, target: p });
    freeS.splice(freeS.indexOf(s), 1);
    freeP.splice(freeP.indexOf(p), 1);
  }
  freeS.forEach((s, k) => out.push({ source: s, target: freeP[k]! }));
  return out;
}

/** Before the group's models in a sentence that lists them: a conjunction, a comma, maybe a short description ("'와 40억 파라미터의 '"). */
const GROUP_JOIN = /^['"’”]?\s?(?:\([^()]{1,30}\))?\s?(?:와|과|및|,|·)\s?(?:[^\s'"‘“]{1,10}\s){0,2}['"‘“]?$/;

/**
 * The models a counted group stands for: the nearest sentence before (of the last five) that names exactly that many other
 * models, or lists that many one after another.
 */
export function groupBefore(recent: ParagraphSentence[], count: number, listed: Mention[]): Mention[] | undefined {
  for (const s of [...recent].reverse()) {
    const models = new Map<string, Mention>();
    for (const m of s.mentions) if (m.type === 'Model' && m.via !== 'anonymous' && !listed.some((x) => x.key === m.key) && !models.has(m.key)) models.set(m.key, m);
    if (models.size === count) return [...models.values()];
    const ordered = [...models.values()].sort((a, b) => a.start - b.start);
    for (let k = 0; k + count <= ordered.length; k++) {
      const run = ordered.slice(k, k + count);
      if (run.every((m, j) => j === 0 || GROUP_JOIN.test(s.text.slice(run[j - 1]!.end, m.start)))) return run;
    }
  }
  return undefined;
}

/** The SUCCEEDS pairs of a "N 모델은 각각 A와 B의 후속" sentence, the group read from the sentences before (`recent`, oldest first). */
export function respectiveSuccessors(text: string, mentions: Mention[], recent: ParagraphSentence[]): { source: Mention; target: Mention }[] {
  const group = GROUP_RESPECTIVELY.exec(text);
  if (!group) return [];
  const count = COUNT_WORDS[group[1]!]!;
  const listed = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous' && m.start >= group[0].length).sort((a, b) => a.start - b.start);
  if (listed.length !== count || new Set(listed.map((m) => m.key)).size !== count) return [];
  if (!listed.every((m, k) => k === 0 || LIST_JOIN.test(text.slice(listed[k - 1]!.end, m.start)))) return [];
  if (!SUCCESSOR_AFTER.test(text.slice(listed.at(-1)!.end, listed.at(-1)!.end + 16))) return [];
  const successors = groupBefore(recent, count, listed);
  return successors ? pairUp(successors, listed) : [];
}
