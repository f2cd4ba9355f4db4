/**
 * A company named only as where a writer works: "안녕하세요, 픽셀노트에서 ML 엔지니어로 일하고 있는 김도현입니다",
 * "저는 미르온에 재직 중인 한지우입니다". A self-introduction — a verb of working, then a name and the copula — says
 * the word before 에서/에 is the writer's employer, whatever its shape.
 */
import { REGIONS } from './compile.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { isCountryWord } from './company-countries.js';
import { isKoreanName } from './person-names.js';
import { looksLikeCompanyName } from './person-orgs.js';
import { MOVE_CLOSING, MOVE_OPENING } from './writer-move-words.js';
import { FULL_NAME } from './full-name.js';

/** A word and its locative, up to three words and a role with 으로/로, a verb of working, a name and the copula. */
const WORKPLACE = new RegExp(String.raw`(?<![가-힣A-Za-z0-9·&\-])([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?)(?:에서|에)\s(?:[가-힣A-Za-z0-9]{1,12}\s){0,3}?(?:일하고\s?있는|일하는|근무하고\s?있는|근무하는|재직\s?중인|재직하고\s?있는|다니고\s?있는|다니는)\s(${FULL_NAME})(?=입니다|이에요|예요|(?:이)?라고\s?합니다|인데요)`, 'g');

/** Places and kinds of workplace that name no company. */
const NOT_WORKPLACE = new RegExp(`^(?:${REGIONS}|국내|해외|현업|업계|현장|회사|기업|스타트업|대기업|연구소|연구실|대학|학교|본사|지사|이곳|여기|그곳|거기|팀|부서|분야|스타트업계|판교|강남|성수|실리콘밸리)$`);

/**
 * A tech blog's greeting: "안녕하세요, X(Latin) 검색플랫폼팀 NAME입니다" — the word before a unit of the company (…팀, …본부,
 * …센터, …연구소, …랩, …챕터) and the writer's name is the writer's employer.
 */
const GREETING_UNIT =
  new RegExp(String.raw`안녕하세요[,.!~]?\s(?:저는\s)?([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?)(\([A-Z][A-Za-z0-9&.]{1,20}(?:\s[A-Z][A-Za-z0-9&.]{1,20})?\))?\s(?:[가-힣A-Za-z0-9]{1,10}\s)?[가-힣A-Za-z0-9]{0,10}(?:팀|본부|센터|연구소|랩|챕터|사업부|부문)\s(?:[가-힣A-Za-z0-9]{1,12}\s){0,2}?(${FULL_NAME})(?=입니다|이에요|예요)`, 'g');

/** The employer a greeting names: glossed in Latin letters ("모래알(Morae)"), or a Latin name itself ("Toss"), not an acronym ("ML"). */
function discoverGreetingWorkplace(text: string, taken: Mention[], out: Mention[], lx: DiscoveryLexicon): void {
  if (!text.includes('안녕하세요')) return;
  GREETING_UNIT.lastIndex = 0;
  for (let m = GREETING_UNIT.exec(text); m; m = GREETING_UNIT.exec(text)) {
    const org = m[1]!;
    const start = m.index + m[0].indexOf(org, 5);
    if (NOT_WORKPLACE.test(org) || isCountryWord(org, lx) || !looksLikeCompanyName(org, lx) || !isKoreanName(m[3]!)) continue;
    if (!m[2] && !/^[A-Z][a-z]/.test(org)) continue;
    if (isTaken(taken, out, start, start + org.length)) continue;
    out.push(discoveredMention('Company', org, start, start + org.length));
  }
}

/**
 * A first-person essay's writer saying where they work: "나는 보험 비교 플랫폼 X에서 ML 엔지니어로 일한다", "저는 X에서
 * 3년째 근무하고 있습니다" — the word before 에서 (after up to four words describing it) is the writer's employer.
 */
const NARRATOR_WORKPLACE =
  /(?:^|\s)(?:나는|저는|필자는)\s(?:[^.\s]{1,12}\s){0,4}?([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?)에서\s(?:[^.\s]{1,12}\s){0,3}?(?:일한다|일하고\s있다|근무한다|근무하고\s있다|일합니다|일하고\s있습니다|근무합니다|근무하고\s있습니다)/g;

function discoverNarratorWorkplace(text: string, taken: Mention[], out: Mention[], lx: DiscoveryLexicon): void {
  if (!(text.includes('나는 ') || text.includes('저는 ') || text.includes('필자는 '))) return;
  pushWorkplaces(NARRATOR_WORKPLACE, text, taken, out, lx);
}

/**
 * A writer announcing where they go next: "다음 주 월요일부터는 X에서 ML 리드로 일하게 됩니다", "저는 1월부터 X에서 연구원으로
 * 근무하게 됐습니다" — after a time it starts from (or the writer's 저는), the word before 에서, a post with 으로/로 and a verb
 * of coming to work there.
 */
const NEXT_WORKPLACE = new RegExp(String.raw`${MOVE_OPENING}([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?)${MOVE_CLOSING}`, 'g');

function discoverNextWorkplace(text: string, taken: Mention[], out: Mention[], lx: DiscoveryLexicon): void {
  if (!text.includes('하게 ')) return;
  pushWorkplaces(NEXT_WORKPLACE, text, taken, out, lx);
}

/**
 * A writer looking back on a post ("1월부터 3월까지는 X에서 NLP 팀 리드로 일했다", "저는 X에서 연구원으로 3년 근무했습니다"): after
 * a time span it covered (…부터, …까지, …동안) or the writer's 나는/저는, the word before 에서, a post with 으로/로 and a
 * verb of having worked there.
 */
const PAST_WORKPLACE = new RegExp(String.raw`(?:(?:부터|까지|동안)(?:는|은)?\s|(?:^|\s)(?:나는|저는|제가|필자는)\s)(?:[^.\s]{1,12}\s){0,2}?([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?)에서\s(?:[가-힣A-Za-z0-9]{1,12}\s){0,2}?[가-힣A-Za-z]{1,10}?(?:으로|로)\s(?:[0-9]{1,2}년(?:간|\s?동안)?\s)?(?:일했|근무했)`, 'g');

function discoverPastWorkplace(text: string, taken: Mention[], out: Mention[], lx: DiscoveryLexicon): void {
  if (!/일했|근무했/.test(text)) return;
  pushWorkplaces(PAST_WORKPLACE, text, taken, out, lx);
}

/** Each company a workplace pattern names (group 1, the word before 에서) that is no country or common word and is still free. */
function pushWorkplaces(re: RegExp, text: string, taken: Mention[], out: Mention[], lx: DiscoveryLexicon): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const org = m[1]!;
    const start = m.index + m[0].lastIndexOf(org + '에서 ');
    if (NOT_WORKPLACE.test(org) || isCountryWord(org, lx) || !looksLikeCompanyName(org, lx)) continue;
    if (isTaken(taken, out, start, start + org.length)) continue;
    out.push(discoveredMention('Company', org, start, start + org.length));
  }
}

export function discoverWorkplaces(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  discoverGreetingWorkplace(text, taken, out, lx);
  if (!/일하|일한|일합|일했|근무|재직|다니/.test(text)) return out;
  discoverNarratorWorkplace(text, taken, out, lx);
  discoverNextWorkplace(text, taken, out, lx);
  discoverPastWorkplace(text, taken, out, lx);
  if (!/일하|근무|재직|다니/.test(text)) return out;
  WORKPLACE.lastIndex = 0;
  for (let m = WORKPLACE.exec(text); m; m = WORKPLACE.exec(text)) {
    const org = m[1]!;
    const start = m.index;
    if (NOT_WORKPLACE.test(org) || isCountryWord(org, lx)) continue;
    if (!looksLikeCompanyName(org, lx) || !isKoreanName(m[2]!) || isTaken(taken, out, start, start + org.length)) continue;
    out.push(discoveredMention('Company', org, start, start + org.length));
  }
  return out;
}
