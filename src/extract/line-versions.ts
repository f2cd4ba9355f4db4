/** A new model's line named bare where the article names its versions: the one version in use, not a next one only planned. */
import type { Sentence } from '../parse/types.js';
import { MODEL_RELATION_CUE } from './families.js';
import { plannedOnly } from './planned-versions.js';
import type { Mention } from './types.js';

/** After a line's name, the version that makes it one model ("X 1.0", "X-2", "X v3"). */
const VERSION_TAIL = /^[\s-]?v?\d{1,2}(?:\.\d{1,2})?$/i;

/**
 * "'X'의 성능이 뒤진다는 지적" … "'X 1.0'은 … 도입한 모델로" … "후속 버전 'X 2.0'은 내년 도입을 목표로": a model name no
 * gazetteer lists, with no version, where the article names versions of it and all but one only as planned, is that one
 * version (a question or a heading names the model in use loosely). Not where the bare name stands beside a version, nor
 * in a sentence relating models (then it is the line itself, or another model).
 */
export function lineVersionForms(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const bare = new Map<string, string>();
  const versions = new Map<string, { key: string; surface: string }>();
  const blocked = new Set<string>();
  const texts = sentences.map((s) => s.text);
  all.forEach((ms, i) => {
    const models = ms.filter((m) => m.type === 'Model' && m.via === 'discovered');
    for (const m of models) {
      if (!/\d/.test(m.surface)) bare.set(m.key, m.surface);
      else versions.set(m.key, { key: m.key, surface: m.surface });
    }
    for (const m of models) if (!/\d/.test(m.surface) && (MODEL_RELATION_CUE.test(texts[i] ?? '') || models.some((x) => x.key !== m.key && x.surface.startsWith(m.surface)))) blocked.add(m.key);
  });
  if (!bare.size) return new Map();
  const planned = plannedOnly(all, texts);
  const out = new Map<string, string>();
  for (const [key, surface] of bare) {
    if (blocked.has(key)) continue;
    const own = [...versions.values()].filter((v) => v.surface.startsWith(surface) && VERSION_TAIL.test(v.surface.slice(surface.length)));
    const current = own.filter((v) => !planned.has(v.key));
    if (own.length > current.length && current.length === 1) out.set(key, current[0]!.key);
  }
  return out;
}
