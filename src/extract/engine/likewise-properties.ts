/**
 * "X는 처음부터 자체 구축한 모델이다. … Y 역시 자체 구축 모델로 분류된다": a model said to be likewise ("역시", "도") what a
 * sentence just before called a from-scratch model, in the words of that statement ("자체 구축", "독자 개발"), is one too.
 * The words alone ("자체 구축 모델") say only that a company built it; the likewise and the earlier statement say how.
 */
import type { Mention } from '../types.js';
import type { PropertyFact } from './properties.js';

/** After the model: "역시" or "도", then the words of building in-house, then the word for a model. */
const LIKEWISE_BUILT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:\s역시|도)\s(?:[^.,]{0,20}?\s)?(자체|독자)\s?(구축|개발|설계|학습)(?:한|된)?\s(?:[가-힣]{1,6}\s)?모델/;

/** The last from-scratch statement: its sentence's text and how many body sentences ago it was. */
export interface FromScratchStatement {
  text: string;
  ago: number;
}

/** How far back (in body sentences) a from-scratch statement may be for a "likewise" to refer to it. */
const MAX_AGO = 3;

/**
 * The fromScratch facts a likewise sentence gives its topic model, where the last from-scratch statement, a few sentences
 * before, used the same words of building; updates the statement kept from `facts`.
 */
export function likewiseFromScratch(text: string, models: Mention[], facts: PropertyFact[], last: FromScratchStatement | undefined): { facts: PropertyFact[]; last: FromScratchStatement | undefined } {
  const out: PropertyFact[] = [];
  if (last && last.ago <= MAX_AGO && !facts.some((f) => f.property === 'fromScratch')) {
    const said = last.text.replace(/\s/g, '');
    for (const m of models) {
      const w = LIKEWISE_BUILT.exec(text.slice(m.end, m.end + 60));
      if (w && said.includes(`${w[1]}${w[2]}`) && !out.some((f) => f.key === m.key)) out.push({ key: m.key, property: 'fromScratch', value: true, rule: 'property.from-scratch-likewise' });
    }
  }
  const stated = facts.some((f) => f.property === 'fromScratch' && f.value === true && !f.rule.endsWith('.shared'));
  return { facts: out, last: stated ? { text, ago: 0 } : last ? { ...last, ago: last.ago + 1 } : undefined };
}
