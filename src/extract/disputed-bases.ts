/**
 * A base the article itself answers: "'X가 Y를 기반으로 한 모델'이라는 주장은 사실이 아닙니다 … X의 기반 모델은 Z로
 * 확인됐습니다". The claim is read as a disputed BASED_ON; where the same article states the model's base to be another
 * model, the denial is the article's own finding, and the disputed base goes (a denial with no base stated stays disputed).
 */
import type { Sentence } from '../parse/types.js';
import type { Acc } from './article-acc.js';
import type { RuleSet } from './types.js';

/**
 * "…가 Y를 기반으로 만들어졌다는 이야기가 돌았다. 이에 대해 … '사실이 아니다'": a base read from a claim the text passes on,
 * which the next sentence denies, is disputed, as a claim denied in its own sentence is (a claim left undenied stays stated).
 */
export function disputeClaimsDeniedNext(acc: Acc, sentences: Sentence[], rules: RuleSet): void {
  const claims = rules.lexicon.cues.get('claim') ?? [];
  const denials = rules.lexicon.cues.get('denial') ?? [];
  for (const r of acc.relations.values()) {
    if (r.type !== 'BASED_ON' || r.properties.status !== 'stated' || !r.evidence.length) continue;
    if (!r.evidence.every((e) => claims.some((c) => e.sentence.includes(c)))) continue;
    const end = Math.max(...r.evidence.map((e) => e.end));
    const next = sentences.find((s) => s.block === 'body' && s.start >= end);
    if (next && denials.some((d) => next.text.includes(d))) r.properties.status = 'disputed';
  }
}

export function dropAnsweredDisputes(acc: Acc): void {
  const statedBase = new Map<string, Set<string>>();
  for (const r of acc.relations.values()) {
    if (r.type === 'BASED_ON' && r.properties.status === 'stated') statedBase.set(r.source, (statedBase.get(r.source) ?? new Set()).add(r.target));
  }
  if (!statedBase.size) return;
  for (const [k, r] of acc.relations) {
    if (r.type !== 'BASED_ON' || r.properties.status !== 'disputed') continue;
    const other = statedBase.get(r.source);
    if (other && !other.has(r.target)) acc.relations.delete(k);
  }
}
