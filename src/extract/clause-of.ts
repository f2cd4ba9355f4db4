/**
 * The clause a mention stands in: a subject only a later clause has ("…와 협약을 맺어 확보했는데, 두 회사는 …") is not the
 * subject of the clause before it, whose own subject is omitted.
 */
import type { Mention } from './types.js';

/** A connective that closes a clause before a comma ("확보했는데, ", "맺었지만, "): what follows is another clause. */
const CLAUSE_CLOSE = /(?:는데|지만|으나),\s/g;

/** The text up to the end of the clause `m` is in (the whole sentence when no connective closes that clause). */
export function clauseOf(text: string, m: Mention): string {
  CLAUSE_CLOSE.lastIndex = m.end;
  const close = CLAUSE_CLOSE.exec(text);
  return close ? text.slice(0, close.index) : text;
}

/** The pair as a subject ("양사가", "두 회사는"): after the partner, the partner itself and the clause's omitted subject. */
const PAIR_SUBJECT = /(?:^|\s)(?:양사|두\s회사|두\s기업|양측)(?:은|는|이|가)\s/g;

/** The clause with a pair subject after the partner `m` left out ("…와 맺은 협약에 따라 양사가 함께 관리합니다"): no subject of its own. */
export function clauseWithoutPairAfter(text: string, m: Mention): string {
  const clause = clauseOf(text, m);
  return clause.slice(0, m.end) + clause.slice(m.end).replace(PAIR_SUBJECT, ' ');
}

/** A line ending on an adnominal verb and a word for a kind of company, with no predicate: a definition of that kind ("X와 모델을 공동으로 개발하는 파트너"). */
export const DEFINING_PHRASE = /(?:하는|되는|하거나|만드는|파는)\s(?:파트너|파트너사|기업|회사|업체|곳|기관|사업자)\.?$/;
