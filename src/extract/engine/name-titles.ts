/**
 * A title right after a name, no company between ("홍길동 대표는"): one word or a rank or an acronym before it
 * ("신임 대표", "AI 연구소장"); a long title only as the object of a hire, after 전 (a former post) or joined to a
 * person already found ("김유원 대표와 성낙호 하이퍼스케일 AI 기술총괄이") or put on a company's side ("X 쪽에서는 NAME … 총괄이").
 * The other people discover-persons.ts finds.
 */
import type { Mention } from '../types.js';
import { STAFF_ROLES, titleBeginsIn, type DiscoveryLexicon } from './discover-common.js';
import { stripParticles } from '../korean.js';
import { addPerson, isKoreanName } from './person-names.js';
import { FULL_NAME } from './full-name.js';
/** A full name and a space, ending the text. */
const NAME_SPACE_END = new RegExp(String.raw`(?<![가-힣])(${FULL_NAME})\s$`);

const STAFF_ROLE_ONLY = new RegExp(`^(?:${STAFF_ROLES})$`);
/**
 * "NAME 전 하이퍼스케일 AI 기술총괄을 …로 영입": a name, a title of up to four words (units, products) after a former mark
 * (전, 前) if any, and the object particle.
 */
function longTitleObject(name: string, title: string, after: string, particle = /^(?:을|를)(?![가-힣])/): boolean {
  const words = title.trim().split(/\s/);
  const limit = /^(?:전|前)$/.test(words[0] ?? '') ? 5 : 4;
  return particle.test(after) && !/의$/.test(name) && words.length <= limit && !STAFF_ROLE_ONLY.test(name) && !words.some((w) => isKoreanName(w)) && words.slice(0, -1).every((w) => !/[은는이가을를의에도로와과며고한된던]$/.test(w) || /^(?:전|前)$/.test(w) || /[A-Za-z0-9]/.test(w));
}
/** The particle after a title joined to another person's, maybe after a noun for the pair ("… 기술총괄 투톱이"). */
const JOINED_PARTICLE = /^(?:\s[가-힣]{1,3})?(?:은|는|이|가|을|를|도|의)(?![가-힣])/;
/** "A 대표와 ", "A 부사장, ": a person already found, a one-word title and 와/과/, right before position `at`. */
function joinedToPerson(text: string, at: number, ms: Mention[], out: Mention[]): boolean {
  const j = /([가-힣]{3,4})\s[가-힣A-Za-z]{1,8}(?:와|과|,)\s$/.exec(text.slice(Math.max(0, at - 16), at));
  if (!j) return false;
  const start = at - j[0].length;
  return [...ms, ...out].some((x) => x.type === 'Person' && x.start === start);
}
/** "X 쪽에서는 ", "X 측에선 ": a company's side of a joint work, right before position `at` (the company a mention; or "X에서 ": "협약식에는 X에서 NAME … 상무가 참석했다"). */
function onCompanySide(text: string, at: number, ms: Mention[]): boolean {
  const side = /(?:\s(?:쪽|측)(?:에서는|에선|에서도|에서|은|는)|(?<=\S)(?:에서는|에선|에서도|에서))\s$/.exec(text.slice(Math.max(0, at - 8), at));
  return side !== null && ms.some((c) => c.type === 'Company' && c.via !== 'blocked' && c.end === at - side[0].length);
}
/** The particle after a former title ("… 기술총괄은", "… 부사장이", "… 리드를"). */
const FORMER_PARTICLE = /^(?:은|는|이|가|을|를|도|의)(?![가-힣])/;
/** "헤드 수", "대표 수는": a counting noun after a title word. */
const COUNT_NOUN_AFTER = /^\s(?:수|개수|숫자|규모)(?:[은는이가을를와과도의(]|\s|,|$)/;

/** A team or unit's name right before a name ("검색기술팀 ", "데이터실 ", "Gen AI랩 "): what a bare rank after the name is held in. */
const TEAM_BEFORE = /[가-힣A-Za-z0-9](?:팀|실|랩|센터|본부|부문|파트|그룹|TF)\s$/;

/** Post words that are common nouns too: a post only after a company or a team names whose it is. */
const BARE_RANK = /^(?:책임|파트너)$/;

/** People named by a title directly after their name (`hire`: the sentence tells of a personnel move). */
export function addNamesBeforeTitles(text: string, ms: Mention[], out: Mention[], lx: DiscoveryLexicon, titles: number[], hire: boolean): void {
  // 홍길동 대표는 … (a title directly after a name, no company; maybe the age in brackets between: "홍길동(41) 전 리더가")
  // (or a vice minister by rank: "홍길동 2차관은")
  const re = /(?<![가-힣A-Za-z0-9])([가-힣]{3,4})(?:\(\d{2}(?:세)?\))?\s(?=[가-힣A-Za-z]|[1-9]차관)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const t = titleBeginsIn(titles, m.index + m[0].length, m.index + m[0].length + rest.length) ? lx.personTitle.exec(' ' + rest) : null;
    // "AI 인프라 담당", "클라우드 반도체 총괄": a word after a Latin word is a department, not a name
    // "이경전 경희대 교수": after a person's name the word is where the person works, not a name
    const prev = NAME_SPACE_END.exec(text.slice(Math.max(0, m.index - 6), m.index));
    // ("한서진 조달청 국장": nor is a ministry or an agency)
    if (prev && isKoreanName(prev[1]!) && /(?:대|대학|대학교|연구원|원|소|부|청|처)$/.test(m[1]!)) continue;
    // one word, or a rank or an acronym before it ("신임 대표", "AI 연구소장")
    // ("Gen AI랩장": a unit's two-word Latin name before a Hangul title)
    if (t && hire && longTitleObject(m[1]!, t[1]!, rest.slice(t[0].length - 1))) addPerson(text, ms, out, m[1]!, m.index);
    // "김도윤 전 하이퍼스케일 AI 기술총괄은 …에 합류했다": a former title of up to four words names a person in any role of the sentence
    else if (t && /^\s?(?:전|前)\s/.test(t[1]!) && longTitleObject(m[1]!, t[1]!, rest.slice(t[0].length - 1), FORMER_PARTICLE)) addPerson(text, ms, out, m[1]!, m.index);
    // "김유원 대표와 성낙호 하이퍼스케일 AI 기술총괄(투톱)이": a long title after a name joined to a titled person
    // (or put on a company's side: "X 쪽에서는 NAME 클라우드 AI 기술총괄이")
    else if (t && /\s/.test(t[1]!.trim()) && (joinedToPerson(text, m.index, ms, out) || onCompanySide(text, m.index, ms)) && longTitleObject(m[1]!, t[1]!, rest.slice(t[0].length - 1), JOINED_PARTICLE)) addPerson(text, ms, out, m[1]!, m.index);
    // ("어텐션 헤드 수": a title word a counting noun follows is part of a compound noun, no one's title)
    // ("어떠한 책임도", "모든 책임은": a bare 책임 is a rank only after a company or a team, never alone: "검색기술팀 NAME 책임")
    // (so is a bare 파트너, a venture investor's post: "정해진 파트너는 없다" is a partner not yet chosen)
    // (a unit's name may stand between the name and the rank: "NAME 데이터파트 책임", "NAME 검색팀 매니저")
    else if (t && (!BARE_RANK.test(t[1]!.trim()) || TEAM_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) && !COUNT_NOUN_AFTER.test(rest.slice(t[0].length - 1)) && (!/\s/.test(t[1]!.trim()) || /^[A-Z][a-z]{1,8}\s[A-Z]{2,4}[가-힣]{1,4}장$/.test(t[1]!.trim()) || /^(?:전|前|현|신임|공동|[A-Z]{2,4}|R&D|리서치|프로덕트|엔지니어링|테크니컬|시니어|주니어|매니징|크리에이티브|[가-힣A-Za-z0-9]{1,8}(?:팀|파트|본부|센터|그룹))\s\S+$/.test(t[1]!.trim())) && !/[A-Za-z]\s$/.test(text.slice(Math.max(0, m.index - 2), m.index))) addPerson(text, ms, out, m[1]!, m.index);
  }
}

/**
 * "과장 홍길동 (044-202-0000)", "사무관 홍길동(☎ 044-…)": a press release's contact line, a post word, a name and its phone
 * number in brackets, names the person (the number makes it no phrase of the story).
 */
const CONTACT_NAME = new RegExp(String.raw`(?<![가-힣A-Za-z0-9])(?:과장|사무관|주무관|서기관|연구관|연구사|팀장|실장|국장|담당관|담당자|담당|책임자|매니저|대리|차장|부장)\s(${FULL_NAME})\s?\((?:☎\s?|Tel\.?\s?|전화\s?)?0\d{1,2}[-.)\s]\d{3,4}[-.\s]\d{4}\)`, 'g');

/** People a contact line names by their post and phone number. */
export function addContactNames(text: string, ms: Mention[], out: Mention[]): void {
  if (!text.includes('(0') && !text.includes('(☎') && !text.includes('(Tel') && !text.includes('(전화')) return;
  for (let m = CONTACT_NAME.exec(text); m; m = CONTACT_NAME.exec(text)) addPerson(text, ms, out, m[1]!, m.index + m[0].indexOf(m[1]!, m[0].indexOf(' ')));
}

/** "KT 상무 홍길동", "X 대표 홍길동입니다": a title right after `end` (a company or a word for one), then a name. */
export function addTitledName(text: string, ms: Mention[], out: Mention[], end: number, lx: DiscoveryLexicon, titles: number[]): void {
  const t = titleBeginsIn(titles, end) ? lx.personTitle.exec(text.slice(end).replace(/^의/, '')) : null;
  // ("X의 NAME 대표 연결돼 있습니다": a name among the title's words is the titled person, no word after it)
  if (!t || t[1]!.trim().split(/\s/).slice(0, -1).some((w) => isKoreanName(w))) return;
  const off = end + (text.slice(end).startsWith('의') ? 1 : 0) + t[0].length;
  // "트릴리온랩스 공동창업자 겸 CTO 신재민": a second title joined by 겸
  // ("X 대표 홍길동입니다": a self-introduction closes on the polite copula; "X 최고기술책임자(CTO) 홍길동": the title's acronym after it)
  // ("[인터뷰 : X 대표 홍길동]": a broadcast's speaker caption closes on the name; "문의는 X 팀장 홍길동에게": a contact line's addressee)
  const nm = /^(?:\s?\([A-Z]{2,5}\))?(?:인|을 맡은)?(?:\s겸\s[A-Za-z가-힣]{2,12})?\s([가-힣]{3,4})(?=\s|[은는이가의(]|에게|께|입니다|이에요|\]$|$)/.exec(text.slice(off, off + 26));
  if (!nm) return;
  let name = nm[1]!;
  if (!isKoreanName(name) && name.length === 4) name = stripParticles(name);
  addPerson(text, ms, out, name, off + nm[0].length - nm[1]!.length);
}
