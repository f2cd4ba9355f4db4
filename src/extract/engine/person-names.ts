/**
 * What a person's name looks like: a Korean name (a surname and one or two syllables, not a role
 * word, a common noun or a loanword's syllables), a foreign name written in Hangul, a particle glued
 * to a name; and adding a discovered person when the name is plausible and its span free.
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { REGIONS } from './compile.js';
import { consonantSkeleton, romanize, samePersonInTwoScripts } from '../transliterate.js';
import { closedAt } from '../hangul.js';
import { matchesIn } from './text-scans.js';
import { COMPOUND_SURNAMES, FULL_NAME } from './full-name.js';

/** Ranks, kinds and origins that stand before a staff role like a name ("박사후 연구원", "백엔드 개발자", "한국계 연구원"). */
const STAFF_RANK = new Set(['박사후', '정규직', '계약직', '비정규', '백엔드', '프론트', '한국인', '한국계', '중국계', '인도계', '주니어', '수석급', '책임급', '선임급', '연구직', '기술직', '신입급', '경력직', '현업의', '정직원']);

const SURNAMES = new Set(
  '김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈단견당화창'.split(''),
);
const NOT_NAMES = new Set(['이번', '이날', '정부', '최근', '최고', '이상', '이후', '이전', '전체', '관계자', '신청은', '신청서', '신청자', '신청인', '연구실', '연구소', '연구팀', '연구진', '창업자', '창업주', '창립자', '설립자', '대표', '한편', '이어', '사장', '이사', '부사장', '부회장', '부총리', '부시장', '부지사', '부대표', '부원장', '부국장', '회장', '신임', '전무', '상무', '당시', '현재', '기존', '공동', '국내', '해외', '지난', '올해', '지난해', '연구원', '개발자', '직원', '임원', '소속', '담당', '총괄', '최초', '유일', '주요', '조직', '전략', '방향', '성장', '안정', '고객', '구성', '주도', '강조', '설명', '발표', '진행', '추진', '설계', '기획', '구축', '제작', '공개', '도입', '기술', '사업', '시장', '모델', '서비스', '정책', '지금', '오늘', '모두', '함께', '우리', '우선', '여전', '이제', '방금', '하지만', '심지어', '오히려', '한국어', '한국인', '한국형', '한국계', '한국판', '한국산',
  // (a measure noun in -도 before a title is a duty's object: "선호도 학습 리드", "정확도 개선 담당")
  '선호도', '정확도', '신뢰도', '만족도', '완성도', '인지도', '난이도', '숙련도', '유사도', '적합도', '민감도', '성숙도', '복잡도', '활용도', '정밀도', '선명도', '충실도',
  // (a task noun in -화 before a title is a duty: "X 경량화 총괄")
  '경량화', '고도화', '상용화', '국산화', '현지화', '내재화', '최적화', '자동화',
  // (a noun and the distributive -별 before a title or a list: "기관별 책임자", "단계별 일정")
  '기관별', '기업별', '업체별', '단계별', '연도별', '지역별', '부문별', '분야별', '부처별', '항목별', '과제별', '팀별']);

/** Role nouns that, with a particle (or the copula's adnominal 인: "위원인 이사"), look like a three-syllable name ("박사는", "원장과", "기자가", "동문은"). */
const ROLE_STEMS = new Set(['동문', '선배', '후배', '박사', '원장', '기자', '교수', '사장', '회장', '대표', '이사', '전무', '상무', '위원', '의원', '소장', '단장', '실장', '팀장', '부장', '차장', '과장', '총장', '학장', '고문', '장관', '차관', '수석', '부문', '본부', '센터', '연구']);
/** Common nouns whose first syllable is also a surname ("반도체 총괄", "인프라 담당", an event after a title: "X 대표 인터뷰"). */
const COMMON_NOUNS = new Set(['인터뷰', '연구자', '간담회', '좌담회', '설명회', '강연회', '반도체', '인프라', '연구소', '사업부', '전략실', '기술원', '연구진', '경영진', '위원회', '본부장', '부문장', '센터장', '지사장', '법인장', '연구원', '사업단', '연구단', '개발팀', '조직도', '사용자', '소비자', '공급사', '고객사', '협력사', '계열사', '자회사', '관계사', '모회사', '기업인', '경영인', '창업인', '사업가']);

/** "예정인", "계획인": a plan or state noun with the copula's adnominal ending, no name. */
const ADNOMINAL_NOUN = /^(?:예정|계획|방침|상태|입장|목표|단계|추세|과정)인$/;

function looksLikeRoleWord(name: string): boolean {
  // a word ending in a case particle that given names rarely end in ("사례로", "부서가", "업계를")
  // ("개최 예정인 X", "검토 중인 계획인 …": a noun and the copula's adnominal ending)
  return COMMON_NOUNS.has(name) || ADNOMINAL_NOUN.test(name) || (name.length === 3 && ROLE_STEMS.has(name.slice(0, 2)) && /[은는이가을를의과와도로에인]$/.test(name)) || /[가를을로와과에된던]$/.test(name);
}

/**
 * Common nouns whose first syllable is also a surname and that are often a sentence's topic ("표현은", "연동은", "한계는"):
 * with 은/는 glued on they look like a three-syllable name. (Only nouns that begin no common given name: "구현모",
 * "유지은" are names.)
 */
const TOPIC_NOUNS = new Set(['연동', '연계', '연결', '표현', '표기', '한계', '전환', '전망', '인증', '인수', '인식', '홍보', '조건', '조치', '조항', '추론', '추정', '차이', '성능', '정확', '채택', '구조', '방식', '반면', '기준', '경우', '공시', '공급', '목표', '계약', '도입', '배포', '변경', '설정', '적용', '평가', '학습', '운영', '협력', '협업', '제휴', '이용', '활용', '판단', '해석', '명칭', '주장', '보도', '발언', '입장', '취지', '의미', '문제', '정답', '오답', '점수', '순위', '가격', '비용', '매출', '실적', '규모', '방향', '계획', '일정']);

/** The twenty commonest surnames (about three Koreans in four carry one). */
const COMMON_SURNAMES = new Set('김이박최정강조윤장임한오서신권황안송전홍'.split(''));

/**
 * "강민호 모아젠 대표": of two words that both could be names before a title, the first is the likelier
 * person when its surname is a common one and the second word's first syllable is a rare surname.
 */
export function isLikelierName(name: string, other: string): boolean {
  return isKoreanName(name) && COMMON_SURNAMES.has(name[0]!) && !COMMON_SURNAMES.has(other[0]!);
}

/** Last syllables no given name ends in: an adnominal verb form, 의, a plural, a team word, a lab ("X랩": no Sino-Korean syllable), a passive's connective or past ("선정돼", "지정됐"), a past verb ("사임했") (see isKoreanName). */
const NOT_NAME_END = '는던의들팀랩돼됐했';

/** "한별", "오진": a two-syllable name of a common surname and a one-syllable given name (where a layout gives the name alone). */
export function isShortKoreanName(s: string): boolean {
  return /^[가-힣]{2}$/.test(s) && COMMON_SURNAMES.has(s[0]!) && !NOT_NAMES.has(s);
}

/** Two-syllable words that open a sentence before a company and a title and are no name ("이미 X 대표는", "한때 X 대표였던"). */
const OPENING_NOT_NAMES = new Set(['이미', '한때', '정작', '한층', '장기', '임시', '정식', '신규', '안팎', '오직', '전혀', '전날', '최종', '한창', '강력', '전격', '정말', '한참', '조기', '이른', '오는', '최대', '최소', '전국', '전사', '전년', '이에', '조금', '한두', '장차', '이외', '신속', '한국', '신임', '전임', '현직', '전직', '전문', '정통', '이른바', '고급', '고위', '안전']);

/** "하윤 X 대표는": a two-syllable name (a common surname and one syllable) opening the sentence before a company (at `companyStart`) and a title. */
export function addOpeningShortName(text: string, ms: Mention[], out: Mention[], companyStart: number): void {
  const m = /^(?:[“"‘']\s?)?([가-힣]{2})\s$/.exec(text.slice(0, companyStart));
  const name = m?.[1];
  if (!name || !isShortKoreanName(name) || OPENING_NOT_NAMES.has(name)) return;
  const start = companyStart - name.length - 1;
  if (!isTaken(ms, out, start, start + name.length)) out.push(discoveredMention('Person', name, start, start + name.length));
}

/** True for a plausible Korean personal name (surname + 1–2 syllables). */
/** A syllable closed by ㄴ, then 바: the connective '-ㄴ바' after a verb stem ("부친바", "설명한바", "의결된바"). */
const CONNECTIVE_BA = /[친한된신인]바$/;

export function isKoreanName(s: string): boolean {
  if (!/^[가-힣]{3,4}$/.test(s) || NOT_NAMES.has(s)) return false;
  // "이끄는 리더", "이끌던 팀장": a verb's adnominal form before a title is no name; nor a noun and its 의 ("사고의 책임은")
  // "기업들", "정예팀", "모으면": nor a plural, a team word or a conditional ending; "2년 전까지", "작년부터": nor a time word's particle
  if (NOT_NAME_END.includes(s[s.length - 1]!) || /(?:으면|까지|부터)$/.test(s)) return false;
  // "표결에 부친바", "보고한바": a verb's '-ㄴ바' connective (minutes' and official letters' style) is no name
  if (CONNECTIVE_BA.test(s)) return false;
  // "표현은 과장이다", "연동은 X 측이 담당": a common noun with its topic particle glued on, before what looks like a title
  if (/[은는]$/.test(s) && TOPIC_NOUNS.has(s.slice(0, 2))) return false;
  // "남궁진이 합류했다": a compound surname's three-syllable name with its particle glued on is that name, not a four-syllable one
  if (s.length === 4) return COMPOUND_SURNAMES.some((c) => s.startsWith(c)) && stripNameParticle(s) === s;
  // "고메즈", "오스틴": syllables of a loanword (ㅡ with no final after a consonant) are no Korean given name
  return SURNAMES.has(s[0]!) && (!NOT_NAMES.has(s.slice(0, 2)) || NAME_STARTS.test(s)) && !LOANWORD_SYLLABLE.test(s.slice(1));
}

/**
 * "조대니얼(Daniel Cho)": a Korean surname and a foreign given name in Hangul, glossed in Latin; the Latin surname and
 * given name sound like the Hangul's first syllable and the rest (by consonants).
 */
export function isSurnameWithForeignGiven(korean: string, latin: string): boolean {
  const words = latin.split(' ');
  if (!/^[가-힣]{3,5}$/.test(korean) || words.length !== 2 || !SURNAMES.has(korean[0]!)) return false;
  const family = consonantSkeleton(romanize(korean[0]!));
  const given = consonantSkeleton(romanize(korean.slice(1)));
  return given.length >= 2 && words.some((w, i) => consonantSkeleton(w) === family && consonantSkeleton(words[1 - i]!) === given);
}

/** "엘리나 조", "라이언 박": a foreign given name in Hangul and a one-syllable Korean surname after it. */
export function isForeignGivenAndSurname(name: string): boolean {
  const m = /^([가-힣]{2,5}) ([가-힣])$/.exec(name);
  return !!m && SURNAMES.has(m[2]!) && !isKoreanName(m[1]!);
}

/** "이상호", "이상민", "안정환": common names whose first two syllables are also a word ("이상", "안정"); not with a particle or an ending after them ("이상은", "이상한"). */
const NAME_STARTS = /^(?:이상|안정)(?![은는이가을를의과와도로에서만한된던할해적인고며면요다히게지])/;

/** 즈, 스, 크, 트, 프, 드, 브, 츠: how Hangul writes a foreign consonant with no vowel; Korean given names do not use them. */
const LOANWORD_SYLLABLE = /[즈스크트프드브츠]/;

/** "부산시", "경기도": a city or province is no person, though its first syllable is a surname. */
const REGION_NAME = new RegExp(`^${REGIONS}(?:시|도)$`);
/** A city or province right before a word ("서울 ", "인천광역시 "): a word in 구 or 군 after it is a district ("서울 성동구"), no person. */
const REGION_BEFORE = new RegExp(`(?:^|\\s)${REGIONS}(?:특별자치|특별|광역)?(?:시|도)?\\s$`);

/** A degree after the word: "박사 학위", "석사학위". */
const DEGREE_AFTER = /^\s?(?:박사|석사|학사)\s?학위/;

/** "인터넷 담당 연구원", "반도체 담당 애널리스트": the field a post is in charge of, before 담당 and the post, is no name. */
const FIELD_IN_CHARGE_AFTER = /^\s?담당\s(?:연구원|애널리스트|기자|임원|매니저|팀장|부장|이사|PM)/;

/** "창원대 교수", "한빛대 총장": a university's short name (with no common surname first) before its staff or students is no person. */
const UNIVERSITY_STAFF_AFTER = /^\s?(?:명예\s?)?(?:교수|총장|부총장|학장|학생|재학생|졸업생|연구팀|연구진)/;

/**
 * "NAME(X AI 사외이사·한결대 교수)", "NAME 교수(현 한빛대 명예교수)": a university's short name inside a note on someone
 * already named, after a middle dot or 현/전, is where they teach, whatever surname its first syllable looks like.
 */
function inAffiliationNote(text: string, start: number): boolean {
  const before = text.slice(0, start);
  return before.lastIndexOf('(') > before.lastIndexOf(')') && /(?:[(·ㆍ]\s?|(?:현|現|전|前)\s)$/.test(before);
}

/** Adds a discovered person unless the name is implausible, taken, or glued to the word before. */
/** After a topic word: maybe an agency, a title, then a name with its subject or topic particle. */
const TITLE_THEN_NAME = new RegExp(String.raw`^\s(?:[가-힣A-Za-z]{2,16}\s)?[가-힣A-Za-z]{0,14}(?:장|관)\s${FULL_NAME}(?:이|가|은|는)\s`);

export function addPerson(text: string, ms: Mention[], out: Mention[], name: string, start: number): void {
  if (!isKoreanName(name) || REGION_NAME.test(name) || looksLikeRoleWord(name) || STAFF_RANK.has(name) || isTaken(ms, out, start, start + name.length)) return;
  if (start > 0 && /[가-힣A-Za-z0-9]/.test(text[start - 1]!)) return;
  if (/[구군]$/.test(name) && REGION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return;
  // "전산학 박사 학위를 받은": a field of study before a degree is no name
  const after = text.slice(start + name.length, start + name.length + 8);
  // ("사항은 X진흥원 Y본부장 NAME이 총괄하며": a topic word, the title after it goes with the name after the title)
  if (/[은는]$/.test(name) && TITLE_THEN_NAME.test(text.slice(start + name.length, start + name.length + 60))) return;
  if (DEGREE_AFTER.test(after) || FIELD_IN_CHARGE_AFTER.test(after) || (name.endsWith('대') && (!COMMON_SURNAMES.has(name[0]!) || inAffiliationNote(text, start)) && UNIVERSITY_STAFF_AFTER.test(after))) return;
  out.push(discoveredMention('Person', name, start, start + name.length));
}

/**
 * "홍길동(컴퓨터공학·15)", "김하늘(경영 19학번)": a campus paper's note of department and class year right after a
 * name marks it as a person's, whatever word follows.
 */
export const CLASS_YEAR_PAREN = String.raw`\((?:[가-힣A-Za-z]{1,14}(?:\s?[·ㆍ,]\s?|\s))(?:\d{2}|'\d{2}|\d{2}학번)\)`;
const CLASS_YEAR_NOTE = new RegExp(String.raw`(?<![가-힣A-Za-z0-9])(${FULL_NAME})\s?${CLASS_YEAR_PAREN}`, 'g');

/** Adds the persons a class-year note marks ("NAME(학과·학번)"). */
export function addClassYearPersons(text: string, ms: Mention[], out: Mention[]): void {
  if (!text.includes('(')) return;
  for (const m of text.matchAll(CLASS_YEAR_NOTE)) addPerson(text, ms, out, m[1]!, m.index);
}

/** Opening words that are no part of a name ("이날 행사 KT 상무…"). */
/** (and words of time: "이끌다, 이달 초 X 센터장으로" opens a clause on when, no name) */
const NOT_FOREIGN_WORD = /^(?:이달|지난달|다음달|이번달|연초|연말|그해|이듬해|어제|오늘|당초|초|말|초순|중순|하순|이날|한편|특히|또한|이에|이어|당시|현재|최근|지난|올해|내년|작년|그러나|하지만|다만|이번|국내|해외|신임|전|현|前|공동|각자|초대|한국|미국|중국|일본|글로벌|관련|업계|회사|기업|그룹|본부|센터|연구|개발|사업|기술|전략|행사|발표|기사|보도|속|대해|위해|통해|따라|함께|같은|모든|각|그|이|저|또|및|등)$/;

/** A foreign name in Hangul ("루카스 론티스", "리사 수"): no word is a common opener or ends in a particle. */
export function addForeignPerson(text: string, ms: Mention[], out: Mention[], name: string, start: number, latinGloss = false): void {
  const words = name.split(' ');
  // (a Japanese surname ending in -kawa/-gawa, "호소카와 겐타", is no word with the particle 와)
  if (words.some((w) => NOT_FOREIGN_WORD.test(w) || COMMON_NOUNS.has(w)) || words.some((w, i) => /[은는을를의에와과도로서며고한된던할될]$/.test(w) && !(i === 0 && words.length > 1 && /^[가-힣]{1,3}[카가]와$/.test(w))) || /[이가다]$/.test(words.at(-1)!)) return;
  // (a word that looks like a Korean name is one, unless the name's own Latin spelling follows: "엘렌 마르샹(Hélène Marchand)")
  if (name.replace(/\s/g, '').length < 3 || (!latinGloss && words.some((w) => isKoreanName(w)))) return;
  if (isTaken(ms, out, start, start + name.length)) return;
  out.push(discoveredMention('Person', name, start, start + name.length));
}

/** A particle glued to a name: 은/이/을/과 follow a final consonant ("올트먼이"), 는/가/를/와 a vowel ("허사비스가"). */
export function stripNameParticle(word: string): string {
  const m = /^([가-힣]+?)(에게|께서|은|는|이|가|을|를|과|와|의|도|에)$/.exec(word);
  if (!m) return word;
  const [, stem, p] = m as unknown as [string, string, string];
  if (['에게', '께서', '의', '도', '에'].includes(p)) return stem;
  return ['은', '이', '을', '과'].includes(p) === closedAt(stem, stem.length - 1) ? stem : word;
}

/** "김진(Jin Kim)": a two-syllable Korean name whose Latin gloss spells the same surname and given name. */
export function isGlossedShortName(korean: string, latin: string): boolean {
  return isShortKoreanName(korean) && samePersonInTwoScripts(korean, latin);
}

/** "권지훈 씨를", "배지호 님이", "김하은 님께 감사드립니다", "한서진 박사님이", "서하윤 님(@handle)과", "이도윤 선배는", "… 하던 한도윤 님이라고 함" (a copula after it): an honorific (or a senior's or junior's word) after a full name (maybe then a social handle) (님 after a space or a title: "담당자님" is no name). */
const SSI = /(?<![가-힣A-Za-z0-9])([가-힣]{3,4})(?:\s?씨|\s(?:박사|교수|선생|대표|이사|위원|선배)?님|\s(?:선배|후배))(?=(?:은|는|이|가|을|를|의|와|과|도|에게|께서|께|이라고|이라는|이래요|이라네요|이었|이에요|입니다|인데)?[\s,.]|$|\(@[A-Za-z0-9_]{1,30}\))/g;
/** "데이터전략실 오한결 상무님이에요", "박누리 팀장님께", "노을별 한지수 연구소장님께도": an officer's post and 님 after a full name (a Korean name's three syllables), maybe closing the sentence. */
const OFFICER_NIM = new RegExp(String.raw`(?<![가-힣A-Za-z0-9])(${FULL_NAME})\s(?:상무|전무|부사장|사장|팀장|실장|본부장|센터장|연구소장|소장|원장|단장|그룹장|부장|차장|과장|매니저|책임|수석|선임)님(?=(?:은|는|이|가|을|를|의|와|과|도|께서는|께서도|께서|께도|께|에게도|에게)?[\s,.]|$|이에요|이세요|입니다|이십니다)`, 'g');
/** "CTO 박도현님이", "팀장 한서진님은": 님 glued to a full name that a role right before it introduces (a Korean name's three syllables). */
const TITLED_NIM = new RegExp(String.raw`(?<=(?:^|\s)(?:C[A-Z]{1,2}O|대표|팀장|리드|이사|실장|본부장|연구소장|매니저)\s)(${FULL_NAME})님(?=(?:은|는|이|가|을|를|의|와|과|도|에게|께서)?[\s,.]|$)`, 'g');

/** Persons named with an honorific: 씨 or 님 after a full name, a post and 님 after it, or 님 glued to a name a role introduces. */
export function addHonorificPersons(text: string, ms: Mention[], out: Mention[]): void {
  for (const m of matchesIn(SSI, text)) addPerson(text, ms, out, m[1]!, m.index);
  if (!text.includes('님')) return;
  for (const re of [TITLED_NIM, OFFICER_NIM]) for (const m of matchesIn(re, text)) if (isKoreanName(m[1]!)) addPerson(text, ms, out, m[1]!, m.index);
}

/** Words a given name may stand before that are no surname ("이후", "측", "모두" …). */
const NOT_SURNAME = /^(?:(?:이후|이전|이날|당시|등|측|씨|및|또|역시|모두|함께|같은|관련|외|전|현)$|(?:배열|어레이|모듈|입력|장치|센서|신호|음량|성능|케이블|잭|단자|부품))/; // (or a device's word after a given name that is one too: "마이크 배열")

/** "샘 올트먼 오픈AI CEO", "젠슨 황이": a foreign given name the lexicon lists and the word after it. */
export function discoverGivenNames(text: string, ms: Mention[], lx: DiscoveryLexicon, out: Mention[]): void {
  const re = lx.givenName;
  if (!re) return;
  for (const m of matchesIn(re, text)) {
    const surname = stripNameParticle(m[1]!);
    if (NOT_SURNAME.test(surname) || lx.personTitle.test(surname)) continue;
    const name = m[0].slice(0, m[0].length - m[1]!.length) + surname;
    if (isTaken(ms, out, m.index, m.index + name.length)) continue;
    out.push(discoveredMention('Person', name, m.index, m.index + name.length));
  }
}
