/**
 * Generation words for a numbered series: "1세대 X는 Y를 토대로 했지만, 2세대는 Z를 바탕으로 …", "매개변수는 72억개로
 * 1세대(78억개)보다 줄었다". Where the article names a series' unnumbered model X and its numbered successor "X 2",
 * "2세대" is "X 2" and "1세대" is X; a generation word right before a model's name only qualifies that name ("1세대 X는").
 */
import { referenceTo } from './references.js';
import type { Mention } from './types.js';

/** "N세대" standing alone as a noun (a particle, a parenthesis or a comparison after it; not "2세대 모델", "3세대 칩"). */
const GENERATION = /(?<![가-힣A-Za-z0-9.])([1-9])세대(?=은|는|이|가|의|도|보다|와|과|\(|,)/g;

/** The models of a series the sentences name, by generation: the unnumbered X as 1, "X N" as N (only where both are named). */
function seriesByGeneration(models: readonly Mention[]): Map<number, Mention> | undefined {
  const bySurface = new Map(models.map((m) => [m.surface, m]));
  for (const m of models) {
    const numbered = /^(.+?)\s?([2-9])$/.exec(m.surface);
    const first = numbered && bySurface.get(numbered[1]!);
    if (!first) continue;
    const series = new Map<number, Mention>([[1, first]]);
    for (const x of models) {
      const n = x.surface.startsWith(first.surface) ? /^\s?([2-9])$/.exec(x.surface.slice(first.surface.length)) : null;
      if (n) series.set(Number(n[1]), x);
    }
    return series;
  }
  return undefined;
}

/** Puts a reference to the series model at each generation word of the sentence, from the models named so far. */
export function addGenerationReference(text: string, ms: Mention[], before: readonly { mentions: readonly Mention[] }[]): void {
  if (!text.includes('세대')) return;
  const models = [...before.flatMap((b) => b.mentions), ...ms].filter((m) => m.type === 'Model' && m.via !== 'reference' && m.via !== 'anonymous');
  const series = seriesByGeneration(models);
  if (!series) return;
  for (const r of text.matchAll(GENERATION)) {
    const m = series.get(Number(r[1]));
    const start = r.index;
    if (!m || ms.some((x) => x.start < start + r[0].length && start < x.end)) continue;
    ms.push(referenceTo(m, start, start + r[0].length));
  }
  ms.sort((a, b) => a.start - b.start);
}
