/** Short forms of a known family's one versioned model in a size, read across a whole article. */
import type { Mention } from './types.js';

/** A family model named by its size alone ("Mistral 7B", "라마 8B"): a size, no version and no variant word. */
function namesSizeOnly(m: Mention): boolean {
  return m.type === 'Model' && m.via === 'version' && !m.bareKey && m.family !== undefined && typeof m.properties?.parameters === 'number';
}

/** A version word ("v0.3", "3.1", "2"). */
const VERSION_WORD = /^v?\d{1,2}(?:\.\d{1,2}){0,2}$/i;

/** Whether the longer name is the shorter one's words and version words only ("Mistral 7B v0.3", "라마 3.1 8B"; not "X-70B 라이트", a variant). */
function addsVersionOnly(short: string, long: string): boolean {
  const rest = long.split(' ');
  for (const w of short.split(' ')) {
    const at = rest.indexOf(w);
    if (at < 0) return false;
    rest.splice(at, 1);
  }
  return rest.length > 0 && rest.every((w) => VERSION_WORD.test(w));
}

/**
 * "Mistral 7B" … "Mistral 7B v0.3": a known family's model named by its size alone, where the article names exactly one versioned
 * model of that family in that size, is that model (the article's one 7B of the family; with two versions of that size the size
 * alone names neither).
 */
export function sizeOnlyForms(all: Mention[][]): Map<string, string> {
  const models = all.flat().filter((m) => m.type === 'Model' && m.via === 'version');
  const out = new Map<string, string>();
  for (const short of models) {
    if (!namesSizeOnly(short) || out.has(short.key)) continue;
    const size = short.properties!.parameters;
    const versions = new Set(models.filter((m) => m.key !== short.key && m.bareKey && m.family === short.family && m.properties?.parameters === size && addsVersionOnly(short.surface, m.surface)).map((m) => m.key));
    if (versions.size === 1) out.set(short.key, [...versions][0]!);
  }
  return out;
}
