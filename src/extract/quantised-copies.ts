/**
 * A quantised copy of a model, named after it with the format or the bit width it was quantised to ("X-GGUF", "X-AWQ",
 * "X-GPTQ", "X Q4", "X-INT8"): where the page names the original model too, the copy is built on it (a BASED_ON), whoever
 * made the copy. A copy named in Latin letters after an original named in Hangul ("Jansol-2-8B-AWQ" of "잔솔 2 8B") is matched
 * by the original's romanised name, its letters and digits alone.
 */
import { addRelation, type Acc } from './article-acc.js';
import { romanize } from './transliterate.js';

/** The original's name, then a quantisation mark closing the copy's name. */
const QUANTISED_NAME = /^(.+?)[-\s_](?:GGUF|AWQ|GPTQ|EXL2|MLX|INT4|INT8|FP8|[248][-\s]?bit|Q[2-8](?:_K(?:_[SML])?|_0)?)$/i;

/** Adds BASED_ON from each quantised copy to the model whose name its own opens with. */
export function addQuantisedBases(acc: Acc): void {
  const models = new Map<string, string>();
  const romanised = new Map<string, string>();
  for (const e of acc.entities.values()) if (e.type === 'Model') for (const n of Object.keys(e.names)) {
    models.set(n, e.key);
    if (/[가-힣]/.test(n)) romanised.set(foldLatin(romanize(n)), e.key);
  }
  for (const e of acc.entities.values()) {
    if (e.type !== 'Model') continue;
    for (const n of Object.keys(e.names)) {
      const named = QUANTISED_NAME.exec(n)?.[1] ?? '';
      const original = models.get(named) ?? (/^[A-Za-z0-9.\-_\s]+$/.test(named) && /[A-Za-z]{3}/.test(named) ? romanised.get(foldLatin(named)) : undefined);
      const ev = acc.firstSeen.get(e.key);
      if (!original || original === e.key || !ev) continue;
      addRelation(acc, { relation: 'BASED_ON', source: e.key, target: original, properties: { status: 'stated' } }, { ...ev, rule: 'based-on.quantised-copy', confidence: 0.6 });
      break;
    }
  }
}

/** Letters (lower case) and digits alone: "Jansol-2-8B" and "jansol 2 8b" are one name. */
function foldLatin(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
