/**
 * A base the article itself answers: "'X가 Y를 기반으로 한 모델'이라는 주장은 사실이 아닙니다 … X의 기반 모델은 Z로
 * 확인됐습니다". The claim is read as a disputed BASED_ON; where the same article states the model's base to be another
 * model, the denial is the article's own finding, and the disputed base goes (a denial with no base stated stays disputed).
 */
import type { Acc } from './article-acc.js';

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
