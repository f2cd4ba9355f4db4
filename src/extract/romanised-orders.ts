/**
 * English copy writes a Korean name in either order ("Lim Woo-hyung" in a caption, "Woo-hyung Lim" in a byline or a list of
 * authors): two discovered people whose names are a Korean surname and the same hyphenated given name, in the two orders,
 * are one person — the later order's key goes to the earlier one's.
 */
import { KOREAN_SURNAME } from './engine/discover-english-persons.js';
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

const SURNAME_FIRST = new RegExp(`^(${KOREAN_SURNAME}) ([A-Z][a-z]{1,5}-[a-z]{2,5})$`);
const GIVEN_FIRST = new RegExp(`^([A-Z][a-z]{1,5}-[a-z]{2,5}) (${KOREAN_SURNAME})$`);

/** The surname and the given name of a romanised Korean name in either order, as one string; undefined for other names. */
function nameParts(surface: string): string | undefined {
  const s = SURNAME_FIRST.exec(surface);
  if (s) return `${s[1]} ${s[2]!.toLowerCase()}`;
  const g = GIVEN_FIRST.exec(surface);
  return g ? `${g[2]} ${g[1]!.toLowerCase()}` : undefined;
}

/** "Woo-hyung Lim" → "Lim Woo-hyung" (the first written): the key of a name in the other order to the first one's. */
export function romanisedOrderForms(all: Mention[][]): Map<string, string> {
  const out = new Map<string, string>();
  const first = new Map<string, string>();
  for (const ms of all)
    for (const m of ms) {
      if (m.type !== 'Person' || m.via !== 'discovered' || !m.surface.includes('-')) continue;
      const parts = nameParts(m.surface);
      if (!parts) continue;
      const key = first.get(parts);
      if (key === undefined) first.set(parts, m.key);
      else if (key !== m.key) out.set(m.key, key);
    }
  return out;
}

/** "…, who also spells his name Yun Ji-hun": the words that give a person's other spelling right before it. */
const OTHER_SPELLING_BEFORE = /\b(?:also\s|sometimes\s|officially\s)?(?:spells|spelled|spelt|writes|romani[sz]es|romani[sz]ed)\s(?:his|her|their)\s(?:own\s)?(?:English\s)?name\s(?:as\s)?$/;

/** "Yun Ji-hun" → "Yoon Ji-hoon": a person named as another spelling of the person the sentence named before is that person. */
export function otherSpellingForms(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const out = new Map<string, string>();
  all.forEach((ms, i) => {
    const text = sentences[i]!.text;
    if (!text.includes(' name ')) return;
    for (const m of ms) {
      if (m.type !== 'Person' || m.via !== 'discovered' || !OTHER_SPELLING_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
      const named = ms.filter((p) => p.type === 'Person' && p.via !== 'reference' && p.end <= m.start && p.key !== m.key).at(-1);
      if (named && !out.has(named.key)) out.set(m.key, named.key);
    }
  });
  return out;
}
