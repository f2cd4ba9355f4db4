/**
 * "'라마 3.1'(Llama 3.1) 80억 개 매개변수 버전을 토대로", "'엑사원 4.0' 32B 모델을 뼈대로": a size and
 * 버전/모델 right after a model's name pick one size of that model. The words belong to the name's
 * mention (so patterns and clauses see the particle after the name), and the size is the model's.
 * So does a size in B or M right after a quoted name and before its particle ("'가온 3' 14B는 …").
 */
import { findParameterCounts } from '../korean.js';
import type { Mention } from '../types.js';

/** The tail: a closing quote or the parenthesis of an alias, a count, maybe "매개변수", then 버전/모델 and a particle. */
const SIZE_VERSION = /^['"’”]?\)?['"’”]?\s?((?:\d+(?:\.\d+)?\s?(?:억|조)\s?개?|\d+(?:\.\d+)?[BM])(?:\s?\(\d+(?:\.\d+)?[BM]\))?)(?:\s(?:매개변수|파라미터))?\s(?:버전|모델)(?=을|를|에|에서|으로|로|의\s)/;

/** The tail of a quoted name: its closing quote, a size in B or M, then a particle ("'X' 32B는", "'X' 7B를"). */
const QUOTED_SIZE = /^['"’”]\s?(\d+(?:\.\d+)?[BM])(?=(?:은|는|이|가|을|를|의|와|과|도|로|으로|에서|보다)\s)/;

/** Extends each model mention over a size-version tail after it and gives the model that size. */
export function absorbSizeVersions(text: string, ms: Mention[]): void {
  for (const m of ms) {
    if (m.type !== 'Model') continue;
    const tail = text.slice(m.end, m.end + 40);
    const t = SIZE_VERSION.exec(tail) ?? QUOTED_SIZE.exec(tail);
    if (!t) continue;
    const count = findParameterCounts(t[1]!)[0];
    if (!count) continue;
    m.end += t[0].length;
    m.properties = { ...m.properties, parameters: count.value };
  }
}
