/**
 * People no gazetteer lists: a Korean name with a company and a title ("홍길동 KT 상무", "업스테이지
 * 김성훈 대표"), foreign names in Hangul, bilingual names. What a name looks like is in person-names.ts;
 * people introduced in English in discover-english-persons.ts.
 */
import { addAffiliationList, addLatinParenPosts, addParenNamePosts } from './paren-persons.js';
import { UNIT_HEAD_WORD, UNIT_WORD } from './team-title-cues.js';
import { stripParticles } from '../korean.js';
import type { Mention } from '../types.js';
import { discoverCompanyIntroductions } from './discover-company-intros.js';
import { discoveredMention, hasAnyTitle, isTaken, STAFF_ROLES, titleBeginsIn, titleStartsOf, type DiscoveryLexicon } from './discover-common.js';
import { FIELD_WORD, ASSOCIATION_NAME, NOT_COMPANY_MEMBER } from './company-words.js';
import { CITY_MAYOR, REGIONS } from './compile.js';
import { addClassYearPersons, addForeignPerson, addOpeningShortName, discoverGivenNames, addHonorificPersons, addPerson, isKoreanName, isLikelierName, isGlossedShortName, isSurnameWithForeignGiven, stripNameParticle } from './person-names.js';
import { EN_NOT_NAME, hasRomanisedSurname } from './discover-english-persons.js';
import { ACADEMIC_ORG, addNameByAcronym, isDepartmentBeforeName, looksLikeCompanyName, PARTY } from './person-orgs.js';
import { matchesIn } from './text-scans.js';
import { addInvestorPeople } from './investor-people.js';
import { addContactNames, addNamesBeforeTitles, addTitledName } from './name-titles.js';
import { GREETING_TEAM, LABELLED_SELF, SELF_INTRO, TEAM_INTRO } from './self-intro-names.js';
import { FULL_NAME } from './full-name.js';
import { ALUMNUS_LINE, BILINGUAL_NAME, DASH_LINE_END, DASH_LINE_NAME, LABELLED_ROSTER_LINE, NAME_SPACE_END, POST_LABELLED_NAME, ROSTER_LINE, SIGN_OFF, TRAILING_NOTE } from './person-line-forms.js';
import { EN_POST_CORE } from './english-posts.js';
import { PHOTO_NOTE_BEFORE, SELF_BEFORE_TITLE, SELF_BEFORE_TITLE_ALL, TITLE_HELD_BY_TAIL, TITLE_IS_NAME_TAIL } from './person-cues.js';
/** A staff role (STAFF_ROLES; "연구원" alone is also an institute) names a person only next to a company. */
const STAFF_ROLE_WORD = new RegExp(STAFF_ROLES);
/** (or closing the parentheses a roster's name has its affiliation in: "NAME (X 연구원)") */
const STAFF_AFTER_ORG = new RegExp(`^\\s(?:${STAFF_ROLES})(?:(?:은|는|이|가|도|의|으로|로)(?![가-힣])|\\s?[)）])`);
/** (as the object of a hire, "NAME 전 X 연구원을 선임했다": the sentence's HIRE_CUE says the role is a person's, no institute's) */
const STAFF_HIRED_AFTER_ORG = new RegExp(`^\\s(?:${STAFF_ROLES})(?:을|를)\\s`);
/** A name then a staff role with its particle; not "박사후 연구원" (a rank before the role). */
const NAME_STAFF = new RegExp(`(?<![가-힣A-Za-z0-9])(${FULL_NAME})\\s(?:${STAFF_ROLES})(?:은|는|이|가|도|의|을|를|과|와)(?![가-힣])`, 'g');
/** A personnel move in the sentence: who is hired, promoted or appointed is named with a long title. */
const HIRE_CUE = /영입|선임|승진|임명|발탁|내정|기용|승격|스카우트/;
const COMPANY_STAFF = new RegExp(`^(?:의)?\\s(${FULL_NAME})\\s(?:${STAFF_ROLES})(?=은|는|이|가|도|의|입니다|\\)|,)`);
/** "X 연구원 NAME입니다": a writer introducing themselves, the staff role between the company and the name (the copula closing it). */
const COMPANY_STAFF_INTRO = new RegExp(`^(?:의)?\\s(?:${STAFF_ROLES})\\s(${FULL_NAME})(?=입니다|이에요|예요|(?:이)?라고\\s?합니다)`);
/** "X 연구원 NAME, 그리고 …", "X 연구원 NAME이 이름을 올렸다": the staff role between the company and a name that closes the phrase (a credits list's). */
const COMPANY_STAFF_NAME = new RegExp(`^(?:의)?\\s(?:${STAFF_ROLES})\\s(${FULL_NAME})(?=,\\s|(?:이|가|은|는|와|과|도)\\s)`);

/** Two Hangul words at the start of a sentence (or of a list item: "ㅇ 다나카 유키 X CEO는") or clause, directly before a company (or after their Latin spelling: "엘렌 마르샹(Hélène Marchand) X 연구원"). */
// (or the second person of a photo caption: "A 대표(왼쪽)와 솜차이 분낙 X CEO가")
const FOREIGN_NAME = /(?:^(?:[ㅇ○◦•▶▷►■□◆◇*-]\s)?|[,(“"'‘]\s?|\((?:왼쪽|오른쪽|가운데)\)\s?(?:와|과)\s)[“"'‘]?([가-힣]{1,5}\s[가-힣]{1,5})(\s?\([A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]{1,15}(?:\s[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]{1,15}){1,2}\))?\s$/;

/** After a role: the copula's adnominal and a company, the role's holder ("파트너인 Y가"). */
function companyApposedAfter(text: string, at: number, ms: Mention[]): boolean {
  const cop = /^(?:인|이자)\s/.exec(text.slice(at, at + 3));
  return !!cop && ms.some((m) => m.type === 'Company' && m.via !== 'blocked' && m.start === at + cop[0].length);
}

/** "X의 다나카 겐지 사장": a foreign name in Hangul after its company's possessive, then the title (a Han gloss is gone by now). */
/** (or, glossed in Latin letters, right after the company: "X 쩐 티 란(Trần Thị Lan) 대표", a name of two or three words) */
const FOREIGN_AFTER_OWNER = /^(?:의\s([가-힣]{2,4}\s[가-힣]{2,4})\s|\s((?:[가-힣]{1,4}\s){1,2}[가-힣]{1,4})\s?\([A-ZÀ-Þ][^()]{2,60}\)\s)/;
/** "X의 클라우드 부문 대표", "X의 아시아 지역 영업 총괄": a unit, a region or a field before the title, no name. */
const UNIT_WORD_END = /(?:부문|사업부|본부|센터|연구소|연구원|사업|법인|지사|지점|총괄|부서|조직|그룹|랩|팀|실|부|국|처|단|원|장|위|지역|권역|시장)$/;

/** "NAME(사내에서 수석 엔지니어)": a word ending in a place particle inside the parentheses is where the post is held, no organisation. */
const PLACE_PARTICLE_END = /(?:에서|에선|에게|에는)$/;
/** After the company a sentence opens on, before a person's name: "A에서는 ", "A 측에서는 "; or the company a line is labelled with: "- A : NAME UNIT 리더". */
const UNIT_OWNER_AFTER = /^(?:\s측)?(?:에서는|에서|에선|에서도)\s$|^\s?[:：]\s?$/;

/** A district, town or street after a place's name ("성수동", "분당구", "테헤란로"). */
const ADDRESS_PART = /(?:동|구|군|읍|면|리|로|길)$/;
/** "강기정 광주시장은", "홍길동 경기도지사가", "홍길동 시장님께서", "홍길동 OO군수는": a regional head after the name (the region glued to the title, or the honorific subject 님께서); or, REGIONAL_HEAD_FIRST, a province's or a metropolitan city's head before it, in a speech's self-introduction or a speaker's line ("광주광역시장 홍길동입니다"). */
const COUNTY_HEAD /* a county's or a district's head, the place glued to the title: "X군수", "Y구청장" */ = '[가-힣]{1,3}(?:군수|구청장)';
export const REGIONAL_HEAD = new RegExp(`(${FULL_NAME})\\s(?:${REGIONS}(?:특별자치|특별|광역)?(?:시장|도지사|지사)|${CITY_MAYOR}|${COUNTY_HEAD}|(?:시장|도지사|지사|구청장|군수)님(?=께))(?=은|는|이|가|의|도|께|\\s|,|\\()`, 'g');
const REGIONAL_HEAD_FIRST = new RegExp(`(?<![가-힣])${REGIONS}(?:특별자치|특별|광역)?(?:시장|도지사|지사)\\s(${FULL_NAME})(?=입니다|(?:이)?라고\\s|(?:은|는|이|가)\\s|\\s*$)`, 'g');
const SPEAKER_CAPTION = new RegExp(String.raw`^(?:[\[<(]\s?(?:인터뷰|녹취|싱크)\s?[\]>)]\s?|◀\s?(?:INT|SYN|인터뷰|녹취|싱크)\s?▶\s?|(?:[▶☞]|\[)\s?(?:인터뷰|녹취|싱크)\s?[:：]\s?|\[\s?)(${FULL_NAME})\s?\/\s?[가-힣A-Za-z]`);
/** A duty word opening a post ("재무담당 ", "대외협력 담당 "), at a word's start. */
const DUTY_BEFORE_TITLE = /(?<![가-힣A-Za-z0-9])[가-힣A-Za-z]{1,8}\s?담당(?=\s)/g;

/** "모더레이터: 윤하람 · X 운영진", "좌장: 홍길동(…)": an event programme's role label, then the name of who takes it. */
const EVENT_ROLE = new RegExp(String.raw`(?:^|\s|\/)(?:모더레이터|사회자?|좌장|연사|발표자|토론자)\s?[:：]\s?(${FULL_NAME})(?=\s?[·(,/]|\s(?:[가-힣A-Za-z])|$)`, 'g');

/** "(주)X | 대표 NAME | 주소 …": a company's business line, its legal name then its head's post and name. */
const BUSINESS_LINE_HEAD = /^(?:㈜|\(주\)|주식회사\s?)?[가-힣A-Za-z0-9]{2,20}(?:\s[가-힣A-Za-z0-9]{1,10})?(?:\s?(?:㈜|\(주\)))?\s?[|·]\s?(?:대표이사|대표자|대표|CEO)\s?[:：]?\s?([가-힣]{2,4})(?=\s?[|·]|\s*$)/;
/** "천예린이 최고기술책임자(CTO)를 맡고 있다", "NAME이 대표이사를, …": a name as the subject of taking a company post. */
const POST_TAKEN = new RegExp(String.raw`(?<![가-힣])(${FULL_NAME})(?:이|가)\s(?:공동\s)?(?:대표이사|대표|최고기술책임자|최고경영자|최고운영책임자|최고재무책임자|CTO|CEO|COO|CFO|CSO|부사장|사장|회장|연구소장|연구원장|센터장|본부장)(?:\s?\([A-Za-z가-힣]{2,10}\))?(?:을|를)(?:,|\s(?:각각\s)?맡)`, 'g');

/** A line opening on an English job title ("Research Lead", "Head of Data", "ML Engineer"), a Korean name, then parentheses. */
const EN_TITLE_NAME = new RegExp(String.raw`^(?:[A-Z][A-Za-z&/]{1,14}\s){0,3}(?:${EN_POST_CORE}|Head|Officer|Architect|Fellow|VP|CTO|CEO|CFO|COO|CSO|CPO)(?:\sof\s[A-Z][A-Za-z&]{1,14})?\s(${FULL_NAME})(?=\s?\()`);
/** (or the name first: "홍길동 Head of AI (X랩스)") */
const NAME_EN_TITLE = new RegExp(String.raw`^(${FULL_NAME})\s(?:[A-Z][A-Za-z&/]{1,14}\s){0,3}(?:${EN_POST_CORE}|Head|Officer|Architect|Fellow|VP)(?:\sof\s[A-Z][A-Za-z&]{1,14})?\s?(?=\()`);
/** (or an author box's "홍길동 · ML Engineer, X랩스": a dot after the name, the employer after a comma ending the line) */
const NAME_DOT_EN_TITLE = new RegExp(String.raw`^(${FULL_NAME})\s[·•|]\s(?:[A-Z][A-Za-z&/]{1,14}\s){0,3}(?:${EN_POST_CORE}|Head|Officer|Architect|Fellow|VP|CTO|CEO)(?:\sof\s[A-Z][A-Za-z&]{1,14})?,\s[^,@\s]{2,20}\s*$`);
/** The title of who runs a benchmark or a programme, right after its name. */
const ORGANISER_TITLE = /^(?:\([^()]{1,12}\))?\s(?:[가-힣]{1,4})?(?:위원장|위원|단장|총괄|책임자|운영자|대표|센터장|소장|디렉터|의장|회장|PM)(?:은|는|이|가|도|의|을|를|과|와)?[\s,]/;

/** People next to a company and a title, or before a title. */
/** A court document's party named as a person after its side ("피고 NAME은", "원고 NAME이"): no role word of three syllables. */
const COURT_PARTY_NAME = /(?<![가-힣])(?:원고|피고|신청인|피신청인|채권자|채무자|청구인|피청구인|항소인|피항소인|상고인|피상고인)\s(?!대리인|참가인|보조인|관계인|회사의?|법인)([가-힣]{3})(?=은|는|이|가|의|을|를|과|와|에게|\s?\()/g;

export function discoverPersons(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (text.includes('고 ') || text.includes('인 ') || text.includes('자 ')) for (const m of matchesIn(COURT_PARTY_NAME, text)) addPerson(text, ms, out, m[1]!, m.index + m[0].length - m[1]!.length);
  discoverGivenNames(text, ms, lx, out);
  // "…에서 ML 엔지니어로 일하고 있는 홍길동입니다": a writer introducing themselves
  for (const m of matchesIn(SELF_INTRO, text)) addPerson(text, ms, out, m[1]!, m.index + m[0].length - m[1]!.length);
  if (text.includes(':') || text.includes('：')) for (const m of matchesIn(LABELLED_SELF, text)) addPerson(text, ms, out, m[1]!, m.index + m[0].length - m[1]!.length);
  for (const m of matchesIn(TEAM_INTRO, text)) addPerson(text, ms, out, m[1]!, m.index + m[0].length - m[1]!.length);
  out.push(...discoverCompanyIntroductions(text, [...ms, ...out], lx)); // ("X랩스 ML 엔지니어 NAME입니다", "X기술 NAME입니다")
  if (text.includes('맡')) for (const m of matchesIn(POST_TAKEN, text)) addPerson(text, ms, out, m[1]!, m.index);
  // "Research Lead 홍길동 (X랩스)": a roster line opening on an English job title, then a Korean name and its company in parentheses
  if (text.includes('(')) {
    const m = EN_TITLE_NAME.exec(text) ?? NAME_EN_TITLE.exec(text);
    if (m) addPerson(text, ms, out, m[1]!, m[0].indexOf(m[1]!));
    else addAffiliationList(text, ms, out); // ("NAME(ORG), NAME(ORG)": an affiliation list's line, titled or not)
  }
  const dotted = text.includes(', ') ? NAME_DOT_EN_TITLE.exec(text) : null; // ("홍길동 · ML Engineer, X랩스": an author box's line)
  if (dotted) addPerson(text, ms, out, dotted[1]!, 0);
  if (text.includes('안녕하세요')) {
    for (const m of matchesIn(GREETING_TEAM, text)) addPerson(text, ms, out, m[1]!, m.index + m[0].length - m[1]!.length);
  }
  if (text.includes('시장') || text.includes('지사') || text.includes('님께') || text.includes('군수') || text.includes('구청장')) {
    for (const re of [REGIONAL_HEAD, REGIONAL_HEAD_FIRST]) for (const m of matchesIn(re, text)) addPerson(text, ms, out, m[1]!, re === REGIONAL_HEAD ? m.index : m.index + m[0].length - m[1]!.length);
  }
  addInvestorPeople(text, ms, out);
  addClassYearPersons(text, ms, out);
  // "(주)X | 대표 NAME | …": a company's business line (a site's footer) names its head after the post
  const head = text.includes('|') || text.includes('·') ? BUSINESS_LINE_HEAD.exec(text) : null;
  if (head && isKoreanName(head[1]!)) addPerson(text, ms, out, head[1]!, head[0].length - head[1]!.length);
  if (text.includes(':') || text.includes('：')) for (const m of matchesIn(EVENT_ROLE, text)) if (isKoreanName(m[1]!)) addPerson(text, ms, out, m[1]!, m.index + m[0].length - m[1]!.length);
  // "배민호 부산시 디지털정책국장은", "오민규 재정경제부 세제실장은": an official of a city, a province, a ministry or an agency (no company)
  for (const official of [lx.regionalOfficial, lx.governmentOfficial]) {
    for (const m of matchesIn(official, text)) addPerson(text, ms, out, m[1]!, m.index);
  }
  // "[인터뷰] 홍길동/X협회 정책실장", "[홍길동 / X 대표 : …]": a broadcast's speaker caption opens on a person, whatever the affiliation
  // (after the rules that also read the caption's company and title; so does a speaker's label in minutes)
  const caption = text.includes('/') ? SPEAKER_CAPTION.exec(text) : null;
  // "○위원장 홍길동 …", "○홍길동 위원 …", "○X부장관 홍길동 …": the speaker a turn of minutes or a hearing opens on (a bullet "○ " before a topic, "○ 심사위원 구성은 …", is none)
  const label = /^[○◯]/.test(text) ? lx.speakerLabel.exec(text) : null;
  const speaker = label && /^[○◯]\s/.test(text) && /[은는]$/.test((label[1] ?? label[2])!) ? null : label;
  const captionPerson = () => {
    if (caption) addPerson(text, ms, out, caption[1]!, caption.index + caption[0].indexOf(caption[1]!));
    if (speaker) addPerson(text, ms, out, (speaker[1] ?? speaker[2])!, speaker[1] ? speaker[0].length - speaker[1].length : speaker[0].indexOf(speaker[2]!));
  };
  // "권지훈 씨를 CTO로", "백서윤 님이 합류했습니다": 씨 or 님 after a full name, with or without a title in the sentence
  addHonorificPersons(text, ms, out);
  // "Jay Park(박재현)", "박재현(Jay Park)": a romanised name beside a Korean one (an English page's
  // gloss too, where no Korean title is near: "said Choi Hye-rin (최혜린), the ministry's director general")
  // (with no title in the sentence, the Latin form needs a Korean surname at one end: "모델 라인업 (Model Line-up)" is a gloss of words)
  const titled = hasAnyTitle(text, lx) || STAFF_ROLE_WORD.test(text);
  if (text.includes('(')) {
    for (const m of matchesIn(BILINGUAL_NAME, text)) {
      const korean = m[2] ?? m[3]!;
      const latin = m[1] ?? m[4]!;
      if (!(isKoreanName(korean) || isSurnameWithForeignGiven(korean, latin) || isGlossedShortName(korean, latin)) || EN_NOT_NAME.test(latin) || isTaken(ms, out, m.index, m.index + m[0].length)) continue;
      if (!titled && !hasRomanisedSurname(latin)) continue;
      const person = discoveredMention('Person', korean, m.index, m.index + m[0].length);
      person.aliases.push(latin);
      out.push(person);
    }
  }
  // "김하준 — 가온랩스", "김하준 — 가온랩스 연구원": a co-author list's or a directory's line, the name and its affiliation and nothing more
  const lined = DASH_LINE_NAME.exec(text), org = lined && ms.find((c) => c.type === 'Company' && c.via !== 'blocked' && c.start === lined[0].length);
  if (org && DASH_LINE_END.test(text.slice(org.end))) addPerson(text, ms, out, lined[1]!, 0);
  if (!titled) {
    captionPerson();
    return out;
  }
  // (where a title can begin: personTitle is tried only on a part of the text where one does)
  const titles = titleStartsOf(text, lx);
  for (const c of ms) {
    // "이서준 K-에이전트 아레나 운영위원장은", "박하늘 해양 AI 실증 사업 단장은": a name before a benchmark or a programme and a title
    if (c.type === 'Benchmark' || c.type === 'Policy') {
      const named = NAME_SPACE_END.exec(text.slice(Math.max(0, c.start - 6), c.start));
      if (named && isKoreanName(named[1]!) && ORGANISER_TITLE.test(text.slice(c.end, c.end + 12))) addPerson(text, ms, out, named[1]!, c.start - named[0].length);
      continue;
    }
    // organisations the gazetteer blocks (과기정통부, NIPA) still anchor a name and a title; generic acronyms (AI) do not
    if (c.type !== 'Company' || (c.via === 'blocked' && /^[A-Za-z]{1,5}$/.test(text.slice(c.start, c.end)))) {
      // an agency's or a school's acronym anchors a name before it and a title after ("홍길동 KAIST 교수"), or a name and
      // a title right after it ("NIPA 홍길동 본부장"; "KAIST 전산학 박사" is a degree)
      if (c.via === 'blocked' && c.key === 'none:org') addNameByAcronym(text, ms, out, c, lx);
      continue;
    }
    // 홍길동 KT 상무
    // "이서연 전 삼성전자 상무": a former role still names a person
    // "[인터뷰] 홍길동 / KT 상무": a broadcast's speaker caption puts a slash between name and affiliation
    // "홍길동 (KT 상무)": a programme's or a panel's roster puts the affiliation in parentheses after a space
    // "홍길동 · KT 상무": an event's speaker line puts a spaced middle dot between them
    // "김하준 (주)가온랩스 상무": a corporate mark before the company's name
    // "홍길동 - KT 상무.": an author's or a speaker's bio line puts a spaced dash between them
    // "공하람 현 KT 상무", "NAME(現 X 수석연구원)", "NAME — 사외이사 (현 X 부사장)": a note of the post held now
    // ("NAME (석사 2015) — X 상무": an alumni list's degree and year between)
    const before = /([가-힣]{3,4})(?:\(\d{2}\)|\s\((?:학사|석사|박사|졸업)?\s?(?:\d{4}|'\d{2})\))?(?:(?:\s|\s?\/\s?|\s·\s|\s[—–-]\s|\s\()(?:(?:전|前)\s?)?|\s(?:현|現)\s|(?:\s[—–]\s[가-힣A-Za-z]{1,10}(?:\s[가-힣A-Za-z]{1,10})?\s?|\s?)[(（](?:현|現)\s?)(?:\(주\)|㈜)?$/.exec(text.slice(Math.max(0, c.start - 26), c.start)), end = c.end + (/^(?:\(주\)|㈜)/.exec(text.slice(c.end, c.end + 3))?.[0].length ?? 0);
    // "윤세라 전 오픈AI 연구원의": a staff role after the company is a role too ("최하윤 (가온데이터(주) 데이터팀 PM)": after its corporate mark)
    if (before && ((titleBeginsIn(titles, end) && lx.personTitle.test(text.slice(end))) || STAFF_AFTER_ORG.test(text.slice(end, end + 10)) || (HIRE_CUE.test(text) && STAFF_HIRED_AFTER_ORG.test(text.slice(end, end + 10))))) addPerson(text, ms, out, before[1]!, c.start - before[0].length);
    else if (!before && c.start <= 4 && titleBeginsIn(titles, end) && lx.personTitle.test(text.slice(end))) addOpeningShortName(text, ms, out, c.start);
    // "— 윤하진, 가온랩스 공동창업자·대표": a sign-off line puts a comma between the name and the post
    const signed = SIGN_OFF.exec(text.slice(0, c.start));
    if (signed && titleBeginsIn(titles, c.end) && lx.personTitle.test(text.slice(c.end))) addPerson(text, ms, out, signed[1]!, signed[0].indexOf(signed[1]!));
    // "루카스 론티스 업스테이지 CTO는": a foreign name written in Hangul opens the sentence or clause
    const foreign = FOREIGN_NAME.exec(text.slice(0, c.start));
    const title = foreign && titleBeginsIn(titles, c.end) ? lx.personTitle.exec(text.slice(c.end)) : null;
    // the title follows at once, not after words of a clause ("AI 에이전트 사업은 홍민준 장관이")
    // (nor a post joined to a second one by 겸: "대표이사 겸 X 이사회 의장")
    if (foreign && title && !/[은는이가을를의에와과도]\s/.test(title[1]!) && !/\s겸$/.test(foreign[1]!)) addForeignPerson(text, ms, out, foreign[1]!, foreign.index + foreign[0].lastIndexOf(foreign[1]!), Boolean(foreign[2]));
    // 벨마소프트의 송성훈 연구원은 (or a caller named "X증권 NAME 연구원입니다", "(X증권 NAME 연구원)")
    const staff = COMPANY_STAFF.exec(text.slice(c.end, c.end + 14)) ?? COMPANY_STAFF_INTRO.exec(text.slice(c.end, c.end + 16));
    if (staff) addPerson(text, ms, out, staff[1]!, c.end + staff[0].indexOf(staff[1]!));
    // ("X 연구원 NAME, …": a name shaped like a person's; "X 연구원 대부분이" is none)
    const credited = staff ? null : COMPANY_STAFF_NAME.exec(text.slice(c.end, c.end + 16));
    if (credited && isKoreanName(credited[1]!)) addPerson(text, ms, out, credited[1]!, c.end + credited[0].indexOf(credited[1]!));
    // KT 홍길동 상무 / KT의 홍길동 상무
    const after = /^(?:의)?\s([가-힣]{3,4})(?=\s)/.exec(text.slice(c.end, c.end + 8));
    // ("서울 성수동 본사에서 NAME 대표": a place's district or street after it is the address, no name)
    if (after && !(c.key === 'none:place' && ADDRESS_PART.test(after[1]!)) && titleBeginsIn(titles, c.end + after[0].length) && lx.personTitle.test(text.slice(c.end + after[0].length)) && !isDepartmentBeforeName(after[1]!, text.slice(c.end + after[0].length))) addPerson(text, ms, out, after[1]!, c.end + after[0].length - after[1]!.length);
    const foreignStaff = FOREIGN_AFTER_OWNER.exec(text.slice(c.end, c.end + 90)), staffName = foreignStaff?.[1] ?? foreignStaff?.[2];
    // ("X의 공식 구축 파트너인 Y가": a role put in apposition to a company after it is that company's, no person's)
    const staffTitle = foreignStaff && titleBeginsIn(titles, c.end + foreignStaff[0].length) ? lx.personTitle.exec(text.slice(c.end + foreignStaff[0].length)) : null;
    if (foreignStaff && staffName && staffTitle && !staffName.split(' ').some((w) => UNIT_WORD_END.test(w) || FIELD_WORD.test(w)) && !companyApposedAfter(text, c.end + foreignStaff[0].length + staffTitle[0].length, ms)) addForeignPerson(text, ms, out, staffName, c.end + foreignStaff[0].indexOf(staffName), Boolean(foreignStaff[2]));
    // KT 상무 홍길동
    addTitledName(text, ms, out, c.end, lx, titles);
  }
  // "저희 CTO 홍길동이": a company's word for itself before a title and a name (the employer is read from the word later)
  if (SELF_BEFORE_TITLE.test(text)) for (const w of text.matchAll(SELF_BEFORE_TITLE_ALL)) addTitledName(text, ms, out, w.index + w[0].length, lx, titles);
  // "재무담당 부장 홍길동은", "기술 담당 이사 홍길동이": a duty ("X담당"), its post, then the name (a company's own minutes or report)
  if (text.includes('담당 ')) for (const w of text.matchAll(DUTY_BEFORE_TITLE)) addTitledName(text, ms, out, w.index + w[0].length, lx, titles);
  // "최고기술책임자(CTO)인 정규돈은": a title in apposition before a name
  lx.titleIsName.lastIndex = 0;
  // (each pass of the two title regexes below tries every title at every position: a cheap look for what must follow the title comes first)
  if (TITLE_IS_NAME_TAIL.test(text)) for (let m = lx.titleIsName.exec(text); m; m = lx.titleIsName.exec(text)) {
    const word = m[1]!;
    const name = isKoreanName(word) ? word : stripParticles(word);
    addPerson(text, ms, out, name, m.index + m[0].length - word.length);
  }
  // "X의 CTO는 홍길동 씨입니다", "X 대표는 홍길동이다": a name in the copula after a title
  lx.titleHeldBy.lastIndex = 0;
  if (TITLE_HELD_BY_TAIL.test(text)) for (let m = lx.titleHeldBy.exec(text); m; m = lx.titleHeldBy.exec(text)) if (isKoreanName(m[1]!)) addPerson(text, ms, out, m[1]!, m.indices![1]![0]);
  // "KAIST(총장 이광형)는"
  if (text.includes('(')) {
    for (const m of matchesIn(lx.parenTitleName, text)) addPerson(text, ms, out, m[1]!, m.index + m[0].lastIndexOf(m[1]!));
    // "김영수(X사 전략팀장)씨 부친상": the name before an organisation and a post in parentheses
    for (const m of matchesIn(lx.nameParenPost, text)) addPerson(text, ms, out, m[1]!, m.index);
    for (const m of matchesIn(lx.nameParenTitle, text)) if (isKoreanName(m[1]!)) addPerson(text, ms, out, m[1]!, m.index);
  }
  // ▲AI 퓨처랩장(상무) 홍길동 ▲… (roster lines: a title, then a name that ends the item)
  // (or a roster line of one item, its mark left off: "AI윤리센터장 홍길동" alone on its line)
  // (the labelled line may close on a note in parentheses: "사업총괄 : 디지털본부장 홍길동 (본부장은 …)")
  // "NAME (박사 2021) — 경력": an alumni list's line opens on a name, the degree and year in parentheses, then a dash
  const alumnus = ALUMNUS_LINE.exec(text);
  if (alumnus && isKoreanName(alumnus[1]!)) addPerson(text, ms, out, alumnus[1]!, 0);
  const labelled = text.includes(':') || text.includes('：') ? POST_LABELLED_NAME.exec(text) : null; // ("○ 연구본부장 : NAME (…)")
  if (labelled && isKoreanName(labelled[1]!)) addPerson(text, ms, out, labelled[1]!, text.indexOf(labelled[1]!, text.search(/[:：]/)));
  if (/[▲△•]/.test(text) || ROSTER_LINE.test(text) || LABELLED_ROSTER_LINE.test(text) || LABELLED_ROSTER_LINE.test(text.replace(TRAILING_NOTE, ''))) {
    for (const m of matchesIn(lx.titleThenName, text)) addPerson(text, ms, out, m[1]!, m.index + m[0].length - m[1]!.length);
  }
  // "권하준 비미파테크 부사장은": the organisation between name and title is a company too
  const hire = HIRE_CUE.test(text);
  for (const m of matchesIn(lx.nameOrgTitle, text)) {
    // "홍길동 X 대표를 만났다", "… 대표에게 물었다": the object of a meeting; not of a hire, whose post there is a former one
    if (m[3] && hire) continue;
    const org = m[2]!;
    const at = text.indexOf(org, m.index + m[1]!.length);
    // the organisation may already be a (discovered) company: then only the person is new
    const known = ms.find((x) => x.type === 'Company' && x.start === at && x.end === at + org.length);
    // "한정우 더불어민주당 의원은": a lawmaker with a party names a person; the party is no company
    // ("이동규 한빛대 인공지능학과 교수 연구팀이": and a professor with a university no list knows; the university is no company)
    // ("민서율 리서치 리드는": the word and the title are one title, "리서치 리드"; no organisation stands between)
    const title = m[0].slice(at + org.length - m.index).trim();
    // "서태민 대표는 최고기술책임자(CTO)로": a title with its particle is no organisation; the name before it is a person
    const titled = /[은는이가]$/.exec(org) ? lx.anyTitle.exec(org.slice(0, -1)) : null;
    if (titled && titled.index === 0 && titled[0].length === org.length - 1) {
      addPerson(text, ms, out, m[1]!, m.index);
      continue;
    }
    // ("곽민재 한국AI협회 회장(X 대표)은", "… 포럼 회장은": and an association's head; the association is no company)
    // ("변지오 사전학습 리드": a field of work before the title is part of the title, no organisation; a staff member's post names
    // the person, an official's post with no public body, "홍길동 연구 국장", names no one)
    if (FIELD_WORD.test(org)) {
      if (isKoreanName(m[1]!) && !lx.officialTitleWords.has(title)) addPerson(text, ms, out, m[1]!, m.index);
      continue;
    }
    // ("박은서 위원 장관님": a title addressing another)
    if ((PARTY.test(org) || ACADEMIC_ORG.test(org) || ASSOCIATION_NAME.test(org) || lx.titleWords.has(org) || lx.titleWords.has(`${org} ${title}`)) && isKoreanName(m[1]!)) {
      addPerson(text, ms, out, m[1]!, m.index);
      continue;
    }
    // ("박윤서 카나나랩장 상무": a unit head's post glued to the unit's name, then the rank, is the person's title; no company; nor is a unit, "NAME 평가파트 책임")
    if (UNIT_HEAD_WORD.test(org) || UNIT_WORD.test(org)) {
      if (isKoreanName(m[1]!)) addPerson(text, ms, out, m[1]!, m.index);
      continue;
    }
    // ("A에서는 박윤서 하이퍼스케일AI 전무가": the company the sentence opens on is the employer; the word between is its unit)
    if (!known && isKoreanName(m[1]!) && ms.some((x) => x.type === 'Company' && x.via !== 'blocked' && UNIT_OWNER_AFTER.test(text.slice(x.end, m.index)))) {
      addPerson(text, ms, out, m[1]!, m.index);
      continue;
    }
    // ("강민호 모아젠 대표": an organisation that could be a name, after a likelier name, is the company)
    const orgLooks = looksLikeCompanyName(org, lx) || (isLikelierName(m[1]!, org) && looksLikeCompanyName(org, lx, true));
    const parened = /^(?:\s?\(|,\s)/.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 2)); // (a parenthesised affiliation's person may be read already, "작성: NAME (X ML 엔지니어)": then only the organisation is new)
    const person = parened ? [...ms, ...out].find((x) => x.type === 'Person' && x.start === m.index && x.surface === m[1]) : undefined;
    if (!isKoreanName(m[1]!) || (!known && (!orgLooks || (parened && (NOT_COMPANY_MEMBER.test(org) || PLACE_PARTICLE_END.test(org))))) || isTaken(ms.filter((x) => x !== known && x !== person), out.filter((x) => x !== person), m.index, at + org.length)) continue;
    if (!person) addPerson(text, ms, out, m[1]!, m.index);
    if (!known && (person || out.at(-1)?.start === m.index)) out.push(discoveredMention('Company', org, at, at + org.length));
  }
  // "한서율 연구원은", "홍길동 엔지니어가": a staff role right after a name, the employer told elsewhere
  if (STAFF_ROLE_WORD.test(text)) {
    for (const m of matchesIn(NAME_STAFF, text)) addPerson(text, ms, out, m[1]!, m.index);
  }
  addNamesBeforeTitles(text, ms, out, lx, titles, hire);
  addContactNames(text, ms, out);
  if (text.includes('(') || text.includes(':') || text.includes('：')) { addParenNamePosts(text, ms, out); addLatinParenPosts(text, ms, out); }
  // "임우형(왼쪽)·이홍락 LG AI연구원 공동 연구원장": a photo position note after a name listed before a person
  if (text.includes(')') || /[·ㆍ]/.test(text)) {
    for (const p of [...out, ...ms]) {
      if (p.type !== 'Person') continue;
      const b = PHOTO_NOTE_BEFORE.exec(text.slice(Math.max(0, p.start - 20), p.start));
      if (b && isKoreanName(b[1]!)) addPerson(text, ms, out, b[1]!, p.start - b[0].length);
    }
  }
  captionPerson();
  return out;
}
