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

/** "Y 계열 모델을 기반으로 만들어졌다는 의혹": a base phrase that names a whole family, no version of it. */
const FAMILY_BASE = /(?:계열|시리즈|패밀리)\s?모델(?:을|를)\s?(?:기반|바탕|토대)/;

/**
 * Drops a disputed base where another base is stated for the model, and one the claim names by a family word only
 * (a rumour that a model is "built on the Y family", denied, names no model it was built on).
 */
export function dropAnsweredDisputes(acc: Acc): void {
  for (const [k, r] of acc.relations) if (r.type === 'BASED_ON' && r.properties.status === 'disputed' && r.evidence.length && r.evidence.every((e) => FAMILY_BASE.test(e.sentence))) acc.relations.delete(k);
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
