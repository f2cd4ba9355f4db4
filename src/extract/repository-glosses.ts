/**
 * A weights repository's path glossed in parentheses after a model's name and its kind words: "Gemma 3 12B 사전학습
 * 모델(`google/gemma-3-12b-pt`)", "라마 3.1 8B 베이스(meta-llama/Llama-3.1-8B)". The path names the same model, in this
 * sentence and wherever the article writes it again (a spec table's "Base model | google/gemma-3-12b-pt").
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

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
