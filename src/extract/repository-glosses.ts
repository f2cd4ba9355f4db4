/**
 * A weights repository's path glossed in parentheses after a model's name and its kind words: "Gemma 3 12B 사전학습
 * 모델(`google/gemma-3-12b-pt`)", "라마 3.1 8B 베이스(meta-llama/Llama-3.1-8B)". The path names the same model, in this
 * sentence and wherever the article writes it again (a spec table's "Base model | google/gemma-3-12b-pt"). And a sized name
 * written as a repository's path ("org/Foo-KO-15B"): the checkpoint of the model the article named before.
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';
import { normalizeName } from '../graph/index.js';

/** Before the path's model name: "(", maybe a code mark, the repository's owner and a slash. */
const PATH_OPENS = /\(\s?`?[A-Za-z0-9_.-]{2,30}\/$/;
/** After it: maybe a code mark, then the closing parenthesis. */
const PATH_CLOSES = /^`?\s?\)/;
/** Between the model's name and the parenthesis: at most a few Hangul kind words ("사전학습 모델", "베이스"). */
const KIND_WORDS = /^(?:\s?[가-힣]{1,6}){0,3}$/;

const compact = (s: string): string => s.toLowerCase().replace(/[^a-z0-9가-힣]/g, '');

/** Repository path model key → the key of the model it glosses. */
export function glossedRepositoryForms(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const out = new Map<string, string>();
  all.forEach((ms, i) => {
    const text = sentences[i]!.text;
    if (!text.includes('/')) return;
    for (const path of ms) {
      if (path.type !== 'Model' || !PATH_OPENS.test(text.slice(Math.max(0, path.start - 34), path.start)) || !PATH_CLOSES.test(text.slice(path.end))) continue;
      const open = text.lastIndexOf('(', path.start);
      const named = ms.filter((m) => m.type === 'Model' && m.end <= open && m.key !== path.key && KIND_WORDS.test(text.slice(m.end, open))).at(-1);
      // (the path spells the name it glosses, maybe with a checkpoint's tail: "gemma-3-12b-pt" for "Gemma 3 12B")
      if (named && compact(path.surface).startsWith(compact(named.surface))) out.set(path.key, named.key);
    }
  });
  return out;
}

/**
 * "허깅페이스 org/Foo-KO-15B": a sized name written as a weights repository's path ("…/Name-15B") is the
 * checkpoint of the model the article introduced before under that name (or its alias), not a sibling.
 */
export function repositoryShortForms(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const out = new Map<string, string>();
  /** Each model named so far: its key → the normalised names and aliases it was written with. */
  const names = new Map<string, Set<string>>();
  all.forEach((ms, i) => {
    for (const m of ms) {
      if (m.type !== 'Model') continue;
      const sized = m.bareKey && sentences[i]!.text[m.start - 1] === '/' ? /^(.+?)[\s-]\d+(?:\.\d+)?[BM]$/.exec(m.surface) : null;
      const bare = sized ? normalizeName(sized[1]!) : undefined;
      const path = m.type === 'Model' && sentences[i]!.text[m.start - 1] === '/' ? (bare ?? normalizeName(m.surface)) : undefined;
      const earlier = bare ? [...names].find(([key, ns]) => key !== m.key && ns.has(bare))?.[0] : undefined;
      if (earlier) out.set(m.key, earlier);
      // ("루멘-X 2.0 (Lumen-X 2.0)" as a heading, then "org/Lumen-X-2.0-8B": the path spells the Latin name a heading glossed a model with)
      // (and the path's whole last part, its size included, which a reading with the article's names takes as one name)
      else if (path) for (const [key, ns] of names) if (key !== m.key && [...ns].some((n) => headingGlosses(sentences, n, path))) for (const k of [m.key, `model:~${normalizeName(/^[^\s()`]+/.exec(sentences[i]!.text.slice(m.start))![0])}`]) out.set(k, key);
      const ns = names.get(m.key) ?? new Set<string>();
      for (const n of [m.surface, ...m.aliases]) ns.add(normalizeName(n));
      names.set(m.key, ns);
    }
  });
  return out;
}

/** A heading (or title) that writes a name, then in parentheses a gloss whose normalised form is `gloss`. */
function headingGlosses(sentences: Sentence[], name: string, gloss: string): boolean {
  // (a line that is only the name and its gloss is a heading, whatever block the page put it in)
  return sentences.some((s) => s.text.length < 80 && [...s.text.matchAll(/([^()]{2,40}?)\s?\(([^()]{2,40})\)/g)].some((g) => (s.block !== 'body' || g[0] === s.text.trim()) && normalizeName(g[1]!) === name && normalizeName(g[2]!) === gloss));
}
