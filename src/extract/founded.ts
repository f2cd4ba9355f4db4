/**
 * A company the article says is being set up ("합작법인 'X' 설립 계약을 맺었다"), and the founding posts ("초대 대표는 … Y 대표가
 * 맡는다") that belong to it rather than to the company the sentences were last about.
 */
import type { Mention } from './types.js';

/** A founding post: "초대 대표", "초대 CEO", "초대 원장". */
export const FOUNDING_POST = /초대\s?(?:대표|대표이사|CEO|사장|원장|센터장|법인장|의장)/;
/** The nouns that introduce a company being set up: "합작법인", "자회사", "신설 법인", "새 회사", "JV". */
export const NEW_COMPANY_NOUN = String.raw`(?:합작\s?법인|합작사|조인트벤처|자회사|신설\s?법인|새\s?법인|새\s?회사|JV)`;
/** "합작법인 'X'", "자회사 X를 설립", "신설 법인 X": a company the sentence sets up. */
const FOUNDED_BEFORE = new RegExp(String.raw`${NEW_COMPANY_NOUN}\s?['"‘“]?$`);
const FOUNDING_VERB = /설립|세운|세웠|세우|출범|신설|차렸|차린/;

export function foundedCompany(text: string, ms: Mention[]): Mention | undefined {
  if (!FOUNDING_VERB.test(text)) return undefined;
  return ms.find((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked' && FOUNDED_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)));
}
