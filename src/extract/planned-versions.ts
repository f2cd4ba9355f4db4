/** Versions an article names only as planned: a next version that is no model in use yet. */
import type { Mention } from './types.js';

/**
 * After a version's name, that it is only planned ("'X 2'를 내년 공개하는 것을 목표로", "'X 2.0'은 … 도입을 목표로 규격을 검토 중",
 * "… 출시할 예정"): a next version the bare family word does not stand for, unless the article names it otherwise too.
 */
const PLANNED_AFTER = /^['"’”]?(?:은|는|을|를|도)\s(?:[^.,;]{0,40}?\s)?(?:(?:공개|출시|도입|배포|개발|발표)(?:하는|할)\s(?:것을\s)?(?:목표로|계획|예정)|(?:공개|출시|도입|배포|개발|발표)(?:을|를)\s목표로|(?:공개|출시|도입|배포|발표)(?:할|될)\s예정)/;

/** The versions an article names only as planned (every sentence naming them says so). */
export function plannedOnly(all: Mention[][], texts: readonly string[]): Set<string> {
  const planned = new Set<string>();
  const other = new Set<string>();
  for (const [i, ms] of all.entries())
    for (const m of ms) if (m.type === 'Model' && texts[i] !== undefined) (PLANNED_AFTER.test(texts[i]!.slice(m.end, m.end + 80)) ? planned : other).add(m.key);
  return new Set([...planned].filter((k) => !other.has(k)));
}
