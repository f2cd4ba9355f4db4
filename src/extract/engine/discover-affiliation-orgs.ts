/**
 * A paper's numbered affiliations name where its authors work: "1가온 AI 연구소 (Gaon AI Lab) 2Brightline Labs", one
 * after the authors or on a line of their own. A company no list knows is read there by the word its name ends on
 * (a lab, a research arm, a corporate form); a university or a department is left to the gazetteer.
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken } from './discover-common.js';
import { AFFILIATIONS_OPENING, readAffiliationLine, readMarkedAuthors, type Affiliation } from './discover-marked-authors.js';
import { NOT_COMPANY_MEMBER, SCHOOL_WORD } from './company-words.js';

/**
 * An affiliation that opens on a company's name: up to four words, then the word a lab or a company ends on
 * ("… AI 연구소", "… Labs", "… Research", "… Inc."), then its end, a comma, a gloss in parentheses or more words.
 */
const COMPANY_AFFILIATION =
  /^([가-힣A-Za-z][가-힣A-Za-z0-9&\-]{0,20}(?:\s[가-힣A-Za-z0-9&\-]{1,20}){0,3}(?:\s?(?:연구소|연구원|랩스|랩)|\s(?:Labs?|AI|Research|Inc\.|Corp\.|Corporation|Technologies)))(?=$|[\s,(])/;
/**
 * An affiliation that names a company's team or lab after the company ("X AI연구팀", "X 리서치랩", "X 디지털혁신팀"): one
 * word, then one or two words of a unit ending on a team's, a lab's or an office's word. The company is the first word.
 */
const TEAM_AFFILIATION = /^([가-힣A-Za-z][가-힣A-Za-z0-9&\-]{1,20})(?=\s(?:[가-힣A-Za-z]{1,12}\s)?[가-힣A-Za-z]{0,10}(?:팀|랩|연구실|본부|센터|사업부|그룹)(?:$|[\s,(]))/;
/** Schools and public institutes are no companies, anywhere in the affiliation ("Graduate School of AI, KAIST, Daejeon" is the university's). */
const SCHOOL = new RegExp(String.raw`${SCHOOL_WORD}|School|Institute of Technology|정부출연|국립`);
/** A company's research arm named after it ("X AI연구소", "X 연구소"): the company itself, as the article may name it bare. */
const RESEARCH_ARM = /\s?(?:AI\s?)?연구소$/;

/**
 * A sentence of prose that opens on a count, not an affiliation's number: a counter word after the digit ("1차 평가를 받은
 * X랩스, …", "1위에 오른 …"), or a sentence that ends on a predicate ("…참여 중이다.").
 */
const PROSE_LINE = /^1\s?(?:차|위|년|월|일|명|개|등|호|번|조|억|만|천|분|시|회|기|주|층|인|건|대|세|점|배)|(?:다|요|음)\.?$/;

/** The numbered affiliations of an author block or of an affiliation line. */
function affiliationsOf(text: string): Affiliation[] {
  return readMarkedAuthors(text)?.affiliations ?? (AFFILIATIONS_OPENING.test(text) && !PROSE_LINE.test(text) ? readAffiliationLine(text) : []);
}

/**
 * Companies named by a numbered affiliation of this line that nothing else has read (a generic word the gazetteer blocks
 * inside the name, "AI", is part of it).
 */
export function discoverAffiliationCompanies(text: string, ms: Mention[], blocked: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const a of affiliationsOf(text)) {
    const span = text.slice(a.start, a.end);
    const team = TEAM_AFFILIATION.exec(span);
    const m = team && !NOT_COMPANY_MEMBER.test(team[1]!) ? team : COMPANY_AFFILIATION.exec(span);
    if (!m || SCHOOL.test(span)) continue;
    const start = a.start;
    const end = a.start + m[1]!.length;
    const straddling = blocked.filter((b) => b.start < start || b.end > end);
    if (isTaken([...ms, ...straddling], out, start, end)) continue;
    const mention = discoveredMention('Company', m[1]!, start, end);
    const bare = m[1]!.replace(RESEARCH_ARM, '');
    if (bare !== m[1] && bare.length >= 2) mention.key = discoveredMention('Company', bare, start, end).key;
    out.push(mention);
  }
  return out;
}
