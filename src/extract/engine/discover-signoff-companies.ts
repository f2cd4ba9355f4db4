/**
 * The organisation of a testimonial's or a quote's sign-off line, "권이솔, 배움나라 운영팀장", "— 한도윤, 바다물류 IT팀장":
 * a person's name, a comma, one word and a post on a line of its own. The word between the comma and the post is where the
 * person works, whatever its name looks like (the sign-off pattern then reads the WORKS_FOR).
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { FIELD_WORD } from './company-words.js';
import { isKoreanName } from './person-names.js';

/** The name, a comma, the organisation's one word, then a post (maybe led by its unit) closing the line, or a note of a post held before or besides ("(前 X 연구원)"). */
const SIGNED = /^(?:[—–―-]{1,2}\s?)?([가-힣]{3,4}),\s([가-힣][가-힣A-Za-z0-9&]{1,11}|[A-Z][A-Za-z0-9&]{1,15})\s((?:[가-힣A-Za-z]{1,10}(?:팀|랩|실|본부)\s)?[가-힣A-Za-z]{0,10}(?:팀장|실장|본부장|센터장|파트장|그룹장|대표이사|대표|이사|매니저|리더|리드|CEO|CTO|CFO|COO|CPO|부장|차장|과장|대리|주임|선임|수석|책임|연구원))(?:\s?[(（](?:前|전|現|현)\s?[^()（）]{1,40}[)）])?$/;
/** Words that are a school, a public body or a place, no company's name. */
const NOT_A_COMPANY = /(?:대학교|대학|학교|연구소|연구원|재단|협회|부|청|처|시|도|구|군|병원|의원)$/;

/** The company of such a line, when no other reader found it. */
export function discoverSignOffCompanies(text: string, ms: Mention[], out: Mention[], lx: DiscoveryLexicon): Mention[] {
  const m = text.length <= 90 ? SIGNED.exec(text.trim()) : null;
  if (!m || !isKoreanName(m[1]!)) return [];
  const org = m[2]!;
  const start = text.indexOf(`, ${org} `) + 2;
  if (FIELD_WORD.test(org) || NOT_A_COMPANY.test(org) || lx.generic.has(normalizeName(org)) || isTaken(ms, out, start, start + org.length)) return [];
  return [discoveredMention('Company', org, start, start + org.length)];
}
