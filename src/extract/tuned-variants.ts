/**
 * A tuned variant named after the sized model it was made from, with a Hangul word hyphened after the size
 * ("X 8B-상담", "X-7B-법률"): where the page names the sized model too and a sentence naming the variant calls it tuned
 * ("…로 미세조정한 X 8B-상담 변형 모델", "X 8B-상담은 상담 데이터로 파인튜닝한 버전"), the variant is built on it (a BASED_ON).
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Sentence } from '../parse/types.js';

/** A sized model's name (ending in its size in B or M), a hyphen, then a Hangul word of its own. */
const SIZED_HANGUL_VARIANT = /^(.+?\d(?:\.\d+)?[BM])-([가-힣]{1,6})$/;
/** Words that say a model was tuned from another ("미세조정한", "파인튜닝", "추가 학습한", "특화 학습"). */
const TUNED_WORD = /미세\s?조정|파인\s?튜닝|튜닝한|튜닝된|추가\s?학습|특화\s?학습/;
/** A denial of the tuning ("…한 것이 아니다", "…하지 않았다"). */
const DENIED = /아니[다며고었]|아닌|않았|않은|않는다/;

/** Adds BASED_ON from each variant named after a sized model of the page to that model, where a sentence naming it calls it tuned. */
export function addTunedVariantBases(acc: Acc, articleId: string, sentences: readonly Sentence[]): void {
  const models = new Map<string, string>();
  for (const e of acc.entities.values()) if (e.type === 'Model') for (const n of Object.keys(e.names)) models.set(n, e.key);
  for (const e of acc.entities.values()) {
    if (e.type !== 'Model') continue;
    for (const n of Object.keys(e.names)) {
      const base = models.get(SIZED_HANGUL_VARIANT.exec(n)?.[1] ?? '');
      if (!base || base === e.key) continue;
      const s = sentences.find((x) => x.text.includes(n) && TUNED_WORD.test(x.text) && !DENIED.test(x.text));
      if (!s) continue;
      addRelation(acc, { relation: 'BASED_ON', source: e.key, target: base, properties: { status: 'stated' } }, evidenceOf(articleId, s, 'based-on.tuned-variant-name', 0.6));
      break;
    }
  }
}
