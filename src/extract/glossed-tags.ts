/**
 * "X-7B (X-7B, v1)": a version tag a model's gloss lists names that model wherever the article says it alone ("v1의 후속",
 * "v1이 66.0"); and then each later tag names the model called by that model's name and the tag ("X-7B-v2" for "v2"),
 * even where two models end in that tag ("X-7B-v2", "X-14B-v2").
 */
import { normalizeName } from '../graph/index.js';
import type { Sentence } from '../parse/types.js';
import { escapeRegex } from './engine/compile.js';
import type { KnownName } from './engine/known-names.js';
import type { Mention } from './types.js';

/** The gloss after the name, or ending the mention's span: "(Other-Name, v1)", "(v1)". */
const GLOSS_AFTER = /^\s?\((?:[^()]{1,40}?,\s?)?([vV]\d{1,2})\)/;
const GLOSS_IN = /\((?:[^()]{1,40}?,\s?)?([vV]\d{1,2})\)$/;

export function glossedVersionTags(all: Mention[][], sentences: Sentence[]): KnownName[] {
  const tags = new Map<string, Mention | null>();
  const models: Mention[] = [];
  all.forEach((ms, i) => {
    const text = sentences[i]?.text ?? '';
    for (const m of ms) {
      if (m.type !== 'Model' || m.via === 'reference' || m.via === 'anonymous') continue;
      models.push(m);
      const tag = (GLOSS_AFTER.exec(text.slice(m.end)) ?? GLOSS_IN.exec(text.slice(m.start, m.end)))?.[1]?.toLowerCase();
      if (!tag) continue;
      const had = tags.get(tag);
      tags.set(tag, had === undefined || had?.key === m.key ? m : null);
    }
  });
  const out: KnownName[] = [];
  for (const [tag, m] of tags) {
    if (!m) continue;
    out.push({ name: tag, type: 'Model', key: m.key, reference: true });
    // the same model's name with a later tag ("X-7B-v2", "X-7B v2") is that tag's model (read in the text: the first
    // reading may not have found that name yet)
    const n = Number(tag.slice(1));
    for (let later = n + 1; later <= n + 3; later++) {
      const t = `v${later}`;
      if (tags.has(t)) continue;
      const full = new Set<string>();
      for (const name of [m.surface, ...m.aliases]) {
        const re = new RegExp(`(?<![\\w가-힣-])${escapeRegex(name)}[-\\s]${t}(?![\\w.])`, 'i');
        for (const s of sentences) {
          const hit = re.exec(s.text)?.[0];
          if (hit) full.add(hit);
        }
      }
      const first = [...full][0];
      const key = first && (models.find((x) => x.surface.toLowerCase() === first.toLowerCase())?.key ?? `model:~${normalizeName(first)}`);
      if (key) out.push({ name: t, type: 'Model', key, reference: true });
    }
  }
  return out;
}
