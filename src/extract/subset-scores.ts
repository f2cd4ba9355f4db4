/**
 * A subset's score told after the full set's score is restated: "표 2의 62.8은 KMMLU 전체 셋 기준입니다. 부분집합인
 * KMMLU-Hard에서는 31.4점이었으며": the subset ("KMMLU-Hard", the full set's name and a hyphened word) was taken by the model
 * whose full-set score the text just echoed, not by the model then in focus (the one named last).
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, type Acc } from './article-acc.js';
import { escapeRegex } from './engine/compile.js';


/** The names of an entity. */
function namesOf(acc: Acc, key: string): string[] {
  const e = acc.entities.get(key);
  return e ? [...Object.keys(e.names), ...e.aliases] : [];
}

/** Moves a focus-read subset score to the model whose full-set score the same or the sentence before restates. */
export function moveEchoedSubsetScores(acc: Acc, sentences: Sentence[]): void {
  const scored = [...acc.relations.entries()].filter(([, r]) => r.type === 'SCORED' && typeof r.properties.score === 'number');
  for (const [key, r] of scored) {
    if (!r.evidence.length || !r.evidence.every((e) => e.rule.includes('focus'))) continue;
    const at = sentences.findIndex((s) => s.start === r.evidence[0]!.start);
    if (at < 0) continue;
    const near = sentences.slice(Math.max(0, at - 1), at + 1).map((s) => s.text).join(' ');
    for (const [k, o] of scored) {
      if (k === key || o.source === r.source || o.target === r.target || !o.evidence.some((e) => !e.rule.includes('focus'))) continue;
      // (the full set's name, then a hyphen and a word, is the subset's: "KMMLU" of "KMMLU-Hard")
      const full = namesOf(acc, o.target).filter((n) => n.length >= 3);
      if (!namesOf(acc, r.target).some((sub) => full.some((n) => new RegExp(`^${escapeRegex(n)}-[A-Za-z]{2,10}$`).test(sub)))) continue;
      const n = String(o.properties.score);
      if (!full.some((f) => new RegExp(`(?<![0-9.])${escapeRegex(n)}(?:점)?(?:은|는|이|가)\\s${escapeRegex(f)}(?![A-Za-z0-9-])`).test(near))) continue;
      acc.relations.delete(key);
      addRelation(acc, { relation: 'SCORED', source: o.source, target: r.target, properties: { ...r.properties } }, r.evidence[0]!);
      break;
    }
  }
}
