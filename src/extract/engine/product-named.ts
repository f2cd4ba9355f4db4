/**
 * "기업용 플랫폼 'X 엔터프라이즈'", "업무 솔루션 'X 워크'", "AI 메이트 앱 'X'": a quoted name right after a word for a platform or a solution names
 * that product, not a model (even where its words, a model line and a variant word, read as one); a name with a version
 * number or a size stays a model ("플랫폼 'X 4.0'" is rarer than a model served on one).
 */
import type { Mention } from '../types.js';

/** Right before the quote: a platform, a solution or an app, the noun the quoted name is in apposition to. */
const PRODUCT_NOUN_BEFORE = /(?:플랫폼|솔루션|앱|애플리케이션|platform|app)\s?['"‘“]$/i;

/** Drops the models named as a platform or a solution the sentence puts them in apposition to. */
export function dropProductNamedModels(text: string, ms: Mention[]): void {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type !== 'Model' || /\d/.test(m.surface) || !PRODUCT_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) continue;
    if (/^['"’”]/.test(text.slice(m.end, m.end + 1))) ms.splice(i, 1);
  }
}
