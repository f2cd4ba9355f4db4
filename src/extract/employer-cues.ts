/**
 * The cues that a sentence has a person take a post at a company it leaves unnamed (joins in a role, is hired, comes to a new
 * post, signs a line, heads a unit, answers a contact line, is listed on a roster) or that the post is not yet settled: read by
 * company-references.ts's addEmployerReference, which gives the person the company the article is about.
 */
import type { Mention } from './types.js';
/** "이수진 박사도 최고기술책임자(CTO)로 합류한다": a person joins in a role, the employer unnamed. */
/** "모델링팀은 앞으로 NAME 님이 팀장을 맡아 …": a unit's new head named with an honorific, the unit's company the one before. */
export const UNIT_HEAD_TAKEN = /(?:팀|실|랩|연구소|연구실|본부|센터|부문|그룹|사업부)(?:은|는)\s(?:[가-힣]{1,6}\s)?[가-힣]{2,4}\s?(?:님|씨|박사)(?:이|가)\s(?:새로\s)?[가-힣A-Za-z]{1,10}(?:을|를)\s(?:새로\s)?맡/;
export const JOINS_IN_ROLE = /(?:으로|로)\s(?:새로\s|함께\s)?(?:합류|영입|선임|임명|발탁|내정|모셨|모셔\s?왔|모셔\s?온)/;
/** "… 출신 NAME 리서치 디렉터가 합류했다": a person with a post joins, where to left unsaid (the company the story is about). */
export const JOINED_WITH_POST = /[가-힣A-Za-z)](?:이|가)\s(?:새로\s|최근\s|새롭게\s)?(?:합류|입사|부임)(?:했|한다|하며|하고|해|했습니다|합니다)/;
/** "연구소장에는 … NAME 상무가 합류한다": a post opening the sentence, then the person who joins to fill it. */
export const POST_JOINED_BY = /^[가-힣A-Za-z]{1,10}(?:장|책임자|총괄|리더|CTO|CEO|CFO|COO|CAIO)(?:에는|에)\s[^.]{0,80}?(?:이|가)\s(?:새로\s|함께\s)?(?:합류|선임|임명|발탁|내정|부임)/;
/** "새 CTO로 NAME 님이 오셨다", "신임 대표로 NAME 씨가 부임했다": a new post, then the person who came to it. */
export const CAME_TO_ROLE = /(?:새|신임)\s[A-Za-z가-힣]{2,12}(?:으로|로)\s[가-힣]{2,4}\s?(?:님|씨)?(?:이|가)\s(?:오셨|왔|온다|오게|합류|부임)/;
/** "… CTO 홍길동 씨를 새로 영입했다": hired as the object of a subjectless sentence, by the company the article is about. */
export const HIRED_OBJECT = /(?:씨|박사)?(?:을|를)\s(?:새로\s|신규\s|최근\s)?(?:영입|선임|임명|발탁)(?:했|하기로)/;
/** "전임 대표인 창업자 NAME 씨는 이사회 의장으로 자리를 옮겼다": a person moved up to the board of the company the story is about (stays there). */
export const MOVED_TO_BOARD = /(?:씨|님)?(?:은|는|이|가)\s(?:이사회\s?의장|이사회\s?이사|의장|회장)(?:으로|로)\s(?:자리를\s)?(?:옮겼|옮긴다|옮긴|옮겨|물러났|물러앉았)/;
/** "맡을지 정해지지 않았다", "물망에 올랐다": a post not settled. */
export const UNSETTLED = /(?:을|할|될)지\s|정해지지|미정|거론|물망|하마평|유력|후보로/;
/** "NAME CTO는 앞서 X에서 …", "… 前 X 수석": a company the person worked at earlier (not "X에서 … 총괄하고 있다", the employer named with 에서). */
export const EARLIER_BEFORE = /(?<![가-힣])(?:앞서|과거|이전에|예전에|한때|그전에|전)\s$|前\s?$/;
/** "김세린 최고기술책임자(CTO)는" (or "(CTO·부사장)", with a rank), "오정민 CFO가", "김하나 대표는", "NAME 연구총괄은": a chief officer's title (or a head of a whole function's) right after a name is a post at a company, the one the story is about when none is named. */
export const CHIEF_TITLE_AFTER = /^(?:\s?\([A-Za-z .\-]{3,30}\))?\s(?:대표(?:이사)?(?=은|는)|(?:연구|기술|개발|사업|전략|제품|AI)\s?총괄(?=은|는|이|가)|최고[가-힣A-Z]{2,8}책임자(?:\s?\(C[A-Z]{1,3}O(?:·[가-힣]{2,4})?\))?|C[A-Z]{1,3}O(?:\s?\(최고[가-힣]{2,8}책임자\))?)(?:\((?:전|前)\s?[가-힣A-Za-z0-9 ]{1,20}\))?(?:은|는|이|가|를|을|도|와|과|의|\s|,)/;

/** "• 유하은 리서치 리드 — 前 X 연구원.": a list item of a team's people, a name and a title, then a dash and a description
 * (its mark may be gone: a page's <li> items are read without one). */
const ROSTER_ITEM = /^\s?(?:[•·▲\-*]\s?)?/;
export function rosterItem(text: string, ms: Mention[]): boolean {
  const mark = ROSTER_ITEM.exec(text);
  const person = mark ? ms.find((m) => m.type === 'Person' && m.start === mark[0].length) : undefined;
  return !!person && /^(?:\([A-Za-z .\-]{3,30}\))?\s[^\s—–,.]{1,12}(?:\s[^\s—–,.]{1,12}){0,2}\s[—–]\s/.test(text.slice(person.end, person.end + 50));
}

/** "(…, 판교 X 사옥)에서": the company's building as the place of an event, no naming of the employer. */
export const BUILDING_AFTER = /^\s(?:사옥|신사옥|본사\s?사옥)(?=[)\s,에])/;

/** "채용 문의: 홍길동 인사팀 과장": a labelled contact line on the company's own page names one of its people. */
export const CONTACT_LINE = /^(?:[가-힣]{1,4}\s){0,2}문의\s?[:：]\s?[가-힣]{2,4}\s[가-힣A-Za-z]/;
/** "— 한지우 대표" under a quote, "1차 면접 — 서민호 CTO 및 팀 리드": a line signed by a dash, a name and a post, on the company's own page. */
export const SIGNED_LINE = /^(?:[^—–."“”]{1,30}\s)?[—–]\s?[가-힣]{2,4}\s[가-힣A-Za-z]{2,12}(?:\s?\([A-Za-z]{2,6}\))?(?:\s(?:및|겸)\s[^.]{1,20})?$/;

/** "대표는 NAME입니다", "대표는 X 출신의 NAME 대표다": a sentence whose topic is the post and whose copula names who holds it (the company's, omitted). */
export const POST_TOPIC_NAMED = /^(?:대표|대표이사|공동대표|CEO|CTO|최고기술책임자)(?:은|는)\s(?:[^\s.]{1,10}\s){0,3}?[가-힣]{2,4}(?:\s(?:대표|대표이사))?(?:입니다|이다|다)\.?$/;
