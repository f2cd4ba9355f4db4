/**
 * Names no gazetteer lists, found from their context: quoted names after/before 모델/LLM/벤치마크,
 * "X가 개발한 'Y'", Latin product names with versions near model words, people with a company and
 * a title ("홍길동 KT 상무", "업스테이지 김성훈 대표"), companies as "(주)X", "스타트업 X", "X사",
 * and anonymous models with a clear owner ("알리바바의 오픈소스 LLM").
 */
import { normalizeName } from '../../graph/index.js';
import { findQuoted, isParticleTail, stripParticles, type QuotedSpan } from '../korean.js';
import type { Mention, RuleSet } from '../types.js';
import { escapeRegex } from './compile.js';

export interface DiscoveryLexicon {
  modelBefore: RegExp;
  modelAfter: RegExp;
  benchBefore: RegExp;
  benchAfter: RegExp;
  notModelAfter: RegExp;
  releaseBefore: RegExp;
  personTitle: RegExp;
  /** Any title word at all: sentences without one have no people to discover. */
  anyTitle: RegExp;
  /** Roster lines: "▲AI 퓨처랩장(상무) 홍길동 ▲…" (a title, then a name that ends the item). */
  titleThenName: RegExp;
  /** "최고기술책임자(CTO)인 정규돈은": a title, 인, a name. */
  titleIsName: RegExp;
  /** "KAIST(총장 이광형)는": a title and a name in parentheses after an organisation. */
  parenTitleName: RegExp;
  /** "권하준 비미파테크 부사장은": a name, an organisation no gazetteer knows, a title. */
  nameOrgTitle: RegExp;
  modelCue: RegExp;
  anonymous: RegExp;
  countryCues: [string, RegExp][];
  generic: Set<string>;
  /** A foreign given name and the word after it ("샘 올트먼", "리사 수가"). */
  givenName: RegExp | undefined;
  /** Words after a policy's name that make it the name of an organisation ("K-AI 얼라이언스"). */
  organisationAfter: RegExp | undefined;
}

const alt = (forms: string[]): string => [...forms].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');

export function buildDiscoveryLexicon(rules: RuleSet): DiscoveryLexicon {
  const lx = rules.lexicon;
  const models = alt(lx.modelNouns);
  const benches = alt(lx.benchmarkNouns);
  const countryCues: [string, RegExp][] = [];
  for (const [name, forms] of lx.cues) {
    if (name.startsWith('country:')) countryCues.push([name.slice(8), new RegExp(`(?:${alt(forms)})(?:의)?\\s?(?:(?:AI|인공지능\\(AI\\)|인공지능|생성형|IT|서비스|반도체|클라우드|소프트웨어|통신)\\s?){0,3}(?:기업|스타트업|업체|회사|빅테크|연구기업|개발사|통신사|연구소|연구기관)?\\s?$`)]);
  }
  const generic = new Set<string>();
  for (const e of rules.entries) if (e.type === 'None') for (const n of e.names) generic.add(normalizeName(n));
  for (const f of [...lx.modelNouns, ...lx.benchmarkNouns, ...lx.notModelNouns]) generic.add(normalizeName(f));
  return {
    modelBefore: new RegExp(`(?:${models})(?:\\([^)]{0,12}\\))?(?:인|을|를|로|으로|은|는|이|가)?\\s?$`),
    modelAfter: new RegExp(`^\\s?(?:은|는|이|가|을|를|의)?\\s?(?:${models})(?:은|는|이|가|을|를|의|로|으로|과|와|도)?(?![가-힣])`),
    benchBefore: new RegExp(`(?:${benches})(?:인|을|를|로|으로|은|는|이|가)?\\s?$`),
    benchAfter: new RegExp(`^\\s?(?:${benches})`),
    notModelAfter: new RegExp(`^\\s?(?:${alt(lx.notModelNouns)})`),
    releaseBefore: /(?:개발한|공개한|출시한|선보인|내놓은|만든|발표한|개발 중인|공개된|출시된|개발하는|공개하는|출시하는|선보이는|내놓는|개발할|출시할|공개할|선보일|내놓을|뒤를 잇는|후속인|후속작인|후속 모델인|이름은|명칭은|이라는|라는)\s?$/,
    givenName: lx.givenNames.length ? new RegExp(`(?<![가-힣A-Za-z0-9·])(?:${alt(lx.givenNames)})\\s([가-힣]{1,6})(?![가-힣A-Za-z0-9])`, 'g') : undefined,
    anyTitle: new RegExp(`(?:${alt([...lx.titles, ...lx.academicTitles])}|[A-Za-z]장)`),
    titleIsName: new RegExp(`(?:${alt(lx.titles)})(?:\\s?\\([^()]{1,15}\\))?(?:인|을 맡은|직을 맡은|을 맡고 있는)\\s([가-힣]{3,5})(?=\\s|,|$)`, 'g'),
    parenTitleName: new RegExp(`\\((?:${alt([...lx.titles, ...lx.academicTitles])})\\s([가-힣]{3})\\)`, 'g'),
    titleThenName: new RegExp(`(?:${alt(lx.titles)}|[A-Za-z]장)(?:\\s?\\([^()]{1,15}\\))?\\s([가-힣]{3,4})(?=$|\\s?[▲△◇◆■□•,;/)]|\\s\\()`, 'g'),
    nameOrgTitle: new RegExp(`(?<![가-힣A-Za-z0-9])([가-힣]{3})\\s([가-힣][가-힣A-Za-z0-9]{1,11}|[A-Z][A-Za-z0-9&]{2,15})\\s(?:제?[1-9]\\s?)?(?:${alt(lx.titles)}|${STAFF_ROLES})(?=은|는|이|가|의|과|와|도|,|\\s)`, 'g'),
    personTitle: new RegExp(`^\\s?((?:[A-Za-z가-힣][\\w&.+\\-가-힣]*\\s){0,3}?(?:제[1-9]\\s?)?[A-Za-z가-힣]{0,10}?(?:${alt(lx.titles)}|(?<=[A-Za-z])장))(?=$|[^가-힣]|(?:은|는|이|가|을|를|의|에|과|와|도|로|으로|께서|에게|께|이자|인|직)(?![가-힣]))`),
    modelCue: new RegExp(`${models}|매개변수|파라미터|오픈소스|허깅페이스|벤치마크`),
    anonymous: /의\s?((?:(?:오픈\s?소스|자체|최신|대표|초거대|생성형|대형|경량|AI|오픈|추론형?|멀티모달|범용|대규모|차세대|주력|신규|새)\s?){0,3})(대규모\s?언어\s?모델|언어\s?모델|파운데이션\s?모델|AI\s?모델|LLM|sLM|모델)(?=(?:을|를|이|가|은|는|의|에|과|와|도|로|으로|에서)?(?:\s|$|[,.]))/y,
    countryCues,
    generic,
    organisationAfter: lx.cues.has('organisationAfter') ? new RegExp(`^\\s?(?:${alt(lx.cues.get('organisationAfter')!)})`) : undefined,
  };
}

/** Staff roles that name a person only next to a company ("이정훈 OO테크 연구원은"; "연구원" alone is also an institute). */
const STAFF_ROLES = '연구원|선임연구원|엔지니어|개발자|연구자';
const STAFF_ROLE_WORD = new RegExp(STAFF_ROLES);
const COMPANY_STAFF = new RegExp(`^(?:의)?\\s([가-힣]{3})\\s(?:${STAFF_ROLES})(?=은|는|이|가|도|의)`);

const SURNAMES = new Set(
  '김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈단견당화창'.split(''),
);
const COMPOUND_SURNAMES = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문'];
const NOT_NAMES = new Set(['이번', '이날', '정부', '최근', '최고', '이상', '이후', '이전', '전체', '관계자', '대표', '한편', '이어', '사장', '이사', '부사장', '회장', '신임', '전무', '상무', '당시', '현재', '기존', '공동', '국내', '해외', '지난', '올해', '지난해', '연구원', '개발자', '직원', '임원', '소속', '담당', '총괄', '최초', '유일', '주요', '조직', '전략', '방향', '성장', '안정', '고객', '구성', '주도', '강조', '설명', '발표', '진행', '추진', '기술', '사업', '시장', '모델', '서비스', '정책', '지금', '오늘', '모두', '함께', '우선', '여전', '이제', '방금']);

/** Role nouns that, with a particle, look like a three-syllable name ("박사는", "원장과", "기자가"). */
const ROLE_STEMS = new Set(['박사', '원장', '기자', '교수', '사장', '회장', '대표', '이사', '전무', '상무', '위원', '의원', '소장', '단장', '실장', '팀장', '부장', '차장', '과장', '총장', '학장', '고문', '장관', '차관', '수석', '부문', '본부', '센터', '연구']);
/** Common nouns whose first syllable is also a surname ("반도체 총괄", "인프라 담당"). */
const COMMON_NOUNS = new Set(['반도체', '인프라', '연구소', '사업부', '전략실', '기술원', '연구진', '경영진', '위원회', '본부장', '부문장', '센터장', '연구원', '사업단', '연구단', '개발팀', '조직도', '사용자', '소비자', '공급사', '고객사', '협력사', '계열사', '자회사', '관계사', '모회사']);

function looksLikeRoleWord(name: string): boolean {
  // a word ending in a case particle that given names rarely end in ("사례로", "부서가", "업계를")
  return COMMON_NOUNS.has(name) || (name.length === 3 && ROLE_STEMS.has(name.slice(0, 2)) && /[은는이가을를의과와도로에]$/.test(name)) || /[가를을로와과에]$/.test(name);
}

/** True for a plausible Korean personal name (surname + 1–2 syllables). */
export function isKoreanName(s: string): boolean {
  if (!/^[가-힣]{3,4}$/.test(s) || NOT_NAMES.has(s)) return false;
  if (s.length === 4) return COMPOUND_SURNAMES.some((c) => s.startsWith(c));
  return SURNAMES.has(s[0]!) && !NOT_NAMES.has(s.slice(0, 2));
}

function overlaps(ms: Mention[], start: number, end: number): boolean {
  return ms.some((m) => m.start < end && start < m.end);
}

/** Whether [start, end) is already a mention, found before (`ms`) or by this discoverer (`out`). */
function isTaken(ms: Mention[], out: Mention[], start: number, end: number): boolean {
  return overlaps(ms, start, end) || overlaps(out, start, end);
}

function discoveredMention(type: Mention['type'], name: string, start: number, end: number): Mention {
  const m: Mention = { type, key: `${type.toLowerCase()}:~${normalizeName(name)}`, surface: name, aliases: [], start, end, via: 'discovered' };
  // "솔빛-R 14B": the name without its size is the same model when the article names only this size
  const sized = type === 'Model' ? /^(.+?[^\s-])[\s-](\d+(?:\.\d+)?[BM])$/.exec(name) : null;
  if (sized) m.bareKey = `model:~${normalizeName(sized[1]!)}`;
  return m;
}

const BILINGUAL_NAME = /(?<![A-Za-z])(?:([A-Z][a-z]{1,12} [A-Z][a-z]{1,12}(?:-[a-z]{2,8})?)\s?\(([가-힣]{3,4})\)|([가-힣]{3,4})\s?\(([A-Z][a-z]{1,12} [A-Z][a-z]{1,12}(?:-[a-z]{2,8})?)\))/g;
const SSI = /(?<![가-힣A-Za-z0-9])([가-힣]{3,4})\s?씨(?=(?:는|가|를|의|와|도|에게)?[\s,.]|$)/g;

/** Department and role words that sit between a name and a title but are no company. */
const NOT_ORG = /(?:연구소|연구원|연구실|연구팀|본부|센터|부문|사업부|사업단|그룹|팀|실|랩|담당|총괄|위원회|학회|협회|재단|대학교|대학|학과|병원|부처|정부|의원|시장|도지사|장관|청장|기자|특파원|교수|박사|씨|전|현|신임|공동|각자|대표|사장|회장|이사|전무|상무|부장|차장|과장|창업자|[가-힣]부|[가-힣]처|[가-힣]청)$/;
const NOT_ORG_START = /^(?:이번|당시|현재|최근|전|현|신임|공동|각자|초대|제\d|국내|해외|글로벌|주요|관련|기술|전략|사업|개발|연구|AI|데이터|클라우드|플랫폼|서비스|제품|마케팅|영업|인사|재무|경영|디자인|보안|인프라|모델|반도체)/;

function looksLikeCompanyName(org: string, lx: DiscoveryLexicon): boolean {
  return !NOT_ORG.test(org) && !NOT_ORG_START.test(org) && !NOT_COMPANY.has(org) && !GENERIC_STEMS.test(org) && !lx.generic.has(normalizeName(org)) && !isKoreanName(org);
}

/** Adds a discovered person unless the name is implausible, taken, or glued to the word before. */
function addPerson(text: string, ms: Mention[], out: Mention[], name: string, start: number): void {
  if (!isKoreanName(name) || looksLikeRoleWord(name) || isTaken(ms, out, start, start + name.length)) return;
  if (start > 0 && /[가-힣A-Za-z0-9]/.test(text[start - 1]!)) return;
  out.push(discoveredMention('Person', name, start, start + name.length));
}

/** Two Hangul words at the start of a sentence or clause, directly before a company. */
const FOREIGN_NAME = /(?:^|[,(“"'‘]\s?)[“"'‘]?([가-힣]{1,5}\s[가-힣]{1,5})\s$/;
/** Opening words that are no part of a name ("이날 행사 KT 상무…"). */
const NOT_FOREIGN_WORD = /^(?:이날|한편|특히|또한|이에|이어|당시|현재|최근|지난|올해|내년|작년|그러나|하지만|다만|이번|국내|해외|신임|전|현|前|공동|각자|초대|한국|미국|중국|일본|글로벌|관련|업계|회사|기업|그룹|본부|센터|연구|개발|사업|기술|전략|행사|발표|대해|위해|통해|따라|함께|같은|모든|각|그|이|저|또|및|등)$/;

/** A foreign name in Hangul ("루카스 론티스", "리사 수"): no word is a common opener or ends in a particle. */
function addForeignPerson(text: string, ms: Mention[], out: Mention[], name: string, start: number): void {
  const words = name.split(' ');
  if (words.some((w) => NOT_FOREIGN_WORD.test(w) || COMMON_NOUNS.has(w)) || words.some((w) => /[은는을를의에와과도로서며고한된던할될]$/.test(w)) || /[이가다]$/.test(words.at(-1)!)) return;
  if (name.replace(/\s/g, '').length < 3 || words.some((w) => isKoreanName(w))) return;
  if (isTaken(ms, out, start, start + name.length)) return;
  out.push(discoveredMention('Person', name, start, start + name.length));
}

const hasFinal = (syllable: string): boolean => (syllable.charCodeAt(0) - 0xac00) % 28 !== 0;
/** A particle glued to a name: 은/이/을/과 follow a final consonant ("올트먼이"), 는/가/를/와 a vowel ("허사비스가"). */
function stripNameParticle(word: string): string {
  const m = /^([가-힣]+?)(에게|께서|은|는|이|가|을|를|과|와|의|도|에)$/.exec(word);
  if (!m) return word;
  const [, stem, p] = m as unknown as [string, string, string];
  if (['에게', '께서', '의', '도', '에'].includes(p)) return stem;
  return ['은', '이', '을', '과'].includes(p) === hasFinal(stem.at(-1)!) ? stem : word;
}
const NOT_SURNAME = /^(?:이후|이전|이날|당시|등|측|씨|및|또|역시|모두|함께|같은|관련|외|전|현)$/;

/** "샘 올트먼 오픈AI CEO", "젠슨 황이": a foreign given name the lexicon lists and the word after it. */
function discoverGivenNames(text: string, ms: Mention[], lx: DiscoveryLexicon, out: Mention[]): void {
  const re = lx.givenName;
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const surname = stripNameParticle(m[1]!);
    if (NOT_SURNAME.test(surname) || lx.personTitle.test(surname)) continue;
    const name = m[0].slice(0, m[0].length - m[1]!.length) + surname;
    if (isTaken(ms, out, m.index, m.index + name.length)) continue;
    out.push(discoveredMention('Person', name, m.index, m.index + name.length));
  }
}

/** People next to a company and a title, or before a title. */
export function discoverPersons(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  discoverGivenNames(text, ms, lx, out);
  if (!lx.anyTitle.test(text) && !STAFF_ROLE_WORD.test(text)) return out;
  for (const c of ms) {
    // organisations the gazetteer blocks (과기정통부) still anchor a name and a title; generic acronyms (AI) do not
    if (c.type !== 'Company' || (c.via === 'blocked' && /^[A-Za-z]{1,5}$/.test(text.slice(c.start, c.end)))) continue;
    // 홍길동 KT 상무
    // "이서연 전 삼성전자 상무": a former role still names a person
    const before = /([가-힣]{3,4})(?:\(\d{2}\))?\s(?:(?:전|前)\s?)?$/.exec(text.slice(Math.max(0, c.start - 12), c.start));
    if (before && lx.personTitle.test(text.slice(c.end))) addPerson(text, ms, out, before[1]!, c.start - before[0].length);
    // "루카스 론티스 업스테이지 CTO는": a foreign name written in Hangul opens the sentence or clause
    const foreign = FOREIGN_NAME.exec(text.slice(0, c.start));
    const title = foreign ? lx.personTitle.exec(text.slice(c.end)) : null;
    // the title follows at once, not after words of a clause ("AI 에이전트 사업은 홍민준 장관이")
    if (foreign && title && !/[은는이가을를의에와과도]\s/.test(title[1]!)) addForeignPerson(text, ms, out, foreign[1]!, c.start - foreign[1]!.length - 1);
    // 벨마소프트의 송성훈 연구원은
    const staff = COMPANY_STAFF.exec(text.slice(c.end, c.end + 14));
    if (staff) addPerson(text, ms, out, staff[1]!, c.end + staff[0].indexOf(staff[1]!));
    // KT 홍길동 상무 / KT의 홍길동 상무
    const after = /^(?:의)?\s([가-힣]{3,4})(?=\s)/.exec(text.slice(c.end, c.end + 8));
    if (after && lx.personTitle.test(text.slice(c.end + after[0].length))) addPerson(text, ms, out, after[1]!, c.end + after[0].length - after[1]!.length);
    // KT 상무 홍길동
    const t = lx.personTitle.exec(text.slice(c.end).replace(/^의/, ''));
    if (t) {
      const off = c.end + (text.slice(c.end).startsWith('의') ? 1 : 0) + t[0].length;
      const nm = /^(?:인|을 맡은)?\s([가-힣]{3,4})(?=\s|[은는이가의]|$)/.exec(text.slice(off, off + 12));
      if (nm) {
        let name = nm[1]!;
        if (!isKoreanName(name) && name.length === 4) name = stripParticles(name);
        addPerson(text, ms, out, name, off + nm[0].length - nm[1]!.length);
      }
    }
  }
  // "최고기술책임자(CTO)인 정규돈은": a title in apposition before a name
  lx.titleIsName.lastIndex = 0;
  for (let m = lx.titleIsName.exec(text); m; m = lx.titleIsName.exec(text)) {
    const word = m[1]!;
    const name = isKoreanName(word) ? word : stripParticles(word);
    addPerson(text, ms, out, name, m.index + m[0].length - word.length);
  }
  // "Jay Park(박재현)", "박재현(Jay Park)": a romanised name beside a Korean one
  if (text.includes('(')) {
    BILINGUAL_NAME.lastIndex = 0;
    for (let m = BILINGUAL_NAME.exec(text); m; m = BILINGUAL_NAME.exec(text)) {
      const korean = m[2] ?? m[3]!;
      const latin = m[1] ?? m[4]!;
      if (!isKoreanName(korean) || EN_NOT_NAME.test(latin) || isTaken(ms, out, m.index, m.index + m[0].length)) continue;
      const person = discoveredMention('Person', korean, m.index, m.index + m[0].length);
      person.aliases.push(latin);
      out.push(person);
    }
  }
  // "KAIST(총장 이광형)는"
  if (text.includes('(')) {
    lx.parenTitleName.lastIndex = 0;
    for (let m = lx.parenTitleName.exec(text); m; m = lx.parenTitleName.exec(text)) addPerson(text, ms, out, m[1]!, m.index + m[0].length - 1 - m[1]!.length);
  }
  // ▲AI 퓨처랩장(상무) 홍길동 ▲… (roster lines: a title, then a name that ends the item)
  if (/[▲△•]/.test(text)) {
    lx.titleThenName.lastIndex = 0;
    for (let m = lx.titleThenName.exec(text); m; m = lx.titleThenName.exec(text)) addPerson(text, ms, out, m[1]!, m.index + m[0].length - m[1]!.length);
  }
  // "권하준 비미파테크 부사장은": the organisation between name and title is a company too
  lx.nameOrgTitle.lastIndex = 0;
  for (let m = lx.nameOrgTitle.exec(text); m; m = lx.nameOrgTitle.exec(text)) {
    const org = m[2]!;
    const at = m.index + m[1]!.length + 1;
    // the organisation may already be a (discovered) company: then only the person is new
    const known = ms.find((x) => x.type === 'Company' && x.start === at && x.end === at + org.length);
    if (!isKoreanName(m[1]!) || (!known && !looksLikeCompanyName(org, lx)) || isTaken(known ? ms.filter((x) => x !== known) : ms, out, m.index, at + org.length)) continue;
    addPerson(text, ms, out, m[1]!, m.index);
    if (!known && out.at(-1)?.start === m.index) out.push(discoveredMention('Company', org, at, at + org.length));
  }
  // "권지훈 씨를 CTO로": 씨 after a full name
  SSI.lastIndex = 0;
  for (let m = SSI.exec(text); m; m = SSI.exec(text)) addPerson(text, ms, out, m[1]!, m.index);
  // 홍길동 대표는 … (a title directly after a name, no company)
  const re = /(?<![가-힣A-Za-z0-9])([가-힣]{3,4})\s(?=[가-힣A-Za-z])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const t = lx.personTitle.exec(' ' + rest);
    // "AI 인프라 담당", "클라우드 반도체 총괄": a word after a Latin word is a department, not a name
    // "이경전 경희대 교수": after a person's name the word is where the person works, not a name
    const prev = /(?<![가-힣])([가-힣]{3})\s$/.exec(text.slice(Math.max(0, m.index - 5), m.index));
    if (prev && isKoreanName(prev[1]!) && /(?:대|대학|대학교|연구원|원|소)$/.test(m[1]!)) continue;
    // one word, or a rank or an acronym before it ("신임 대표", "AI 연구소장")
    if (t && (!/\s/.test(t[1]!.trim()) || /^(?:전|前|현|신임|[A-Z]{2,4}|R&D)\s\S+$/.test(t[1]!.trim())) && !/[A-Za-z]\s$/.test(text.slice(Math.max(0, m.index - 2), m.index))) addPerson(text, ms, out, m[1]!, m.index);
  }
  return out;
}

const EN_ROLE = 'CEO|CTO|CAIO|CFO|COO|CSO|founder|co-founder|cofounder|president|vice president|head|chief [a-z]+(?: [a-z]+)?|director|scientist|researcher|engineer|lead|manager|chairman|officer|partner|VP|SVP|EVP';
/** "Daniel Reid, chief scientist at Vectorline", "said Kim Jae-hyun, head of AI research at SKT": a romanised name, a role, an employer. */
const EN_PERSON = new RegExp(
  `(?<![A-Za-z])([A-Z][a-z]+(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2}),\\s(?:the\\s|a\\s|an\\s)?((?:[A-Za-z&\\-]+\\s){0,5}?(?:${EN_ROLE})(?:\\s(?:of|for)(?:\\s[A-Za-z&\\-]+){1,4}?)?)\\s(?:at|of)\\s([A-Z][A-Za-z0-9&.\\-]{1,24}(?:\\s[A-Z][A-Za-z0-9&]{1,15}){0,2})`,
  'g',
);
const EN_NOT_NAME = /^(?:The|This|That|Its|In|On|At|And|But|Said|Meanwhile|However|According|Korea|Korean|South|North|Seoul|Open|Large)\b/;

/** People introduced in English with a role at a company (the company too, when no gazetteer knows it). */
export function discoverEnglishPersons(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  if (!/,\s/.test(text) || !/[A-Z][a-z]+ [A-Z]/.test(text)) return out;
  EN_PERSON.lastIndex = 0;
  for (let m = EN_PERSON.exec(text); m; m = EN_PERSON.exec(text)) {
    const name = m[1]!;
    if (EN_NOT_NAME.test(name) || overlaps(ms, m.index, m.index + name.length)) continue;
    out.push(discoveredMention('Person', name, m.index, m.index + name.length));
    const org = m[3]!.replace(/[.,]$/, '');
    const at = m.index + m[0].length - m[3]!.length;
    if (!overlaps(ms, at, at + org.length) && !/^(?:AI|the|The)$/.test(org)) out.push(discoveredMention('Company', org, at, at + org.length));
  }
  return out;
}

/** A mention that starts a longer quoted name (a company inside it, or a known family at its start). */
function isInnerMention(text: string, q: QuotedSpan, m: Mention): boolean {
  return ((m.type === 'Company' && m.start >= q.start) || (m.type === 'Model' && m.start === q.start)) && m.end < q.end && /[가-힣A-Za-z]/.test(text.slice(m.end, q.end));
}

/** "‘K-엑사원’", "‘Ko-Llama 3’": a known model after a short hyphenated prefix inside the quotes names a model of its own. */
function isPrefixedModel(text: string, q: QuotedSpan, m: Mention): boolean {
  return m.type === 'Model' && m.start > q.start && m.end <= q.end && /^[A-Za-z가-힣]{1,6}-$/.test(text.slice(q.start, m.start));
}

/** Quoted names with a model or benchmark cue around them. */
export function discoverQuoted(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  // "'A 플래그십'과 'A 에어'를 공개했다": a quoted name listed before a quoted model is a model too (read right to left)
  const spans = findQuoted(text);
  const listedType = new Map<number, Mention['type']>();
  for (let k = spans.length - 1; k >= 0; k--) {
    const found = discoverOneQuoted(text, spans[k]!, ms, lx, listedType.get(k));
    if (!found) continue;
    out.unshift(found);
    const prev = spans[k - 1];
    if (prev && found.type !== 'Policy' && QUOTED_LIST_JOIN.test(text.slice(prev.end + 1, spans[k]!.start - 1))) listedType.set(k - 1, found.type);
  }
  return out;
}

/** Between two quoted names of one list: "'A'과 'B'", "'A', 'B'", "'A(에이)'와 'B'". */
/** "'인텔리전스 인덱스'에서 58점": a score earned on the quoted name makes it a benchmark. */
const SCORED_ON_AFTER = /^\s?(?:에서|에선|에서는|에서도)\s(?:[가-힣]{1,6}\s)?\d+(?:\.\d+)?\s?(?:점|%)/;
const QUOTED_LIST_JOIN = /^\s?(?:\([^()]{1,30}\))?\s?(?:와|과|,|및|이나|나|·)\s?$/;

function discoverOneQuoted(text: string, q: QuotedSpan, ms: Mention[], lx: DiscoveryLexicon, listed: Mention['type'] | undefined): Mention | undefined {
  const name = q.text.trim();
  // a programme's name may run to eight words ("‘지역 거점 멀티모달 AI 프로그램’"); other names to four
  // (a clause that ends in 사업 is no name: '우리는 … 만드는 사업')
  const programme = POLICY_NAME.test(name) && !/^(?:자체|독자|사내|회사|신규|공동)/.test(name) && !/[는을를은의]\s/.test(name);
  // (words are counted before a parenthesised alias: "‘믿:음 K 2.0(Mi:dm K 2.0)’")
  if (name.length < 2 || name.length > 30 || /[,!?…]|[다요]$/.test(name) || (programme ? /(?:\s.*){8}/ : /\s.*\s.*\s.*\s/).test(name.replace(/\s?\([^()]*\)$/, ''))) return undefined;
  // a company name inside a longer quoted name ("‘노타 LM 1.0’") does not stop the quoted name
  // and nor does a known family at its start ("‘믿:음 파이낸스’" is a model of the 믿:음 family)
  const head = ms.find((m) => m.type === 'Model' && m.start === q.start && isInnerMention(text, q, m));
  const prefixed = ms.find((m) => isPrefixedModel(text, q, m));
  // names inside the parentheses of a longer name ("‘K-엑사원(K-EXAONE)’", "‘라마 K(Llama K)’") are its alias
  const parenAt = prefixed || head ? text.indexOf('(', (prefixed ?? head)!.end) : -1;
  const inParen = (m: Mention) => parenAt >= 0 && parenAt < q.end && m.start > parenAt && m.end <= q.end;
  if (overlaps(ms.filter((m) => (m.via !== 'blocked' || (m.start <= q.start && m.end >= q.end)) && !isInnerMention(text, q, m) && m !== prefixed && !inParen(m)), q.start - 1, q.end + 1) || lx.generic.has(normalizeName(name))) return undefined;
  const before = text.slice(Math.max(0, q.start - 14), q.start - 1);
  const after = text.slice(q.end + 1, q.end + 12);
  let type: Mention['type'] | undefined;
  if (lx.benchBefore.test(before) || lx.benchAfter.test(after) || /(?:리더보드|벤치마크|벤치)$/.test(name) || SCORED_ON_AFTER.test(text.slice(q.end + 1, q.end + 24))) type = 'Benchmark';
  else if (programme) type = 'Policy';
  else if ((lx.modelBefore.test(before) || lx.releaseBefore.test(before) || lx.modelAfter.test(after) || BASE_AFTER.test(text.slice(q.end + 1, q.end + 60))) && !lx.notModelAfter.test(after)) type = 'Model';
  else if (prefixed) type = 'Model';
  // "딥시크 ‘R1-0528’(81.0점)", "메타의 ‘라마(Llama)’": a company's quoted product in a sentence about models
  type ??= listed;
  const maker = type ? undefined : ms.find((m) => m.type === 'Company' && m.via !== 'blocked' && /^(?:의)?\s?$/.test(text.slice(m.end, q.start - 1)));
  if (maker && (SCORE_SENTENCE.test(text.slice(q.end, q.end + 20)) || LISTED_AS_MODELS.test(text.slice(q.end + 1, q.end + 60))) && !lx.notModelAfter.test(after) && /[A-Za-z0-9]/.test(name)) type = 'Model';
  if (!type) return undefined;
  if (!isParticleTail(text, q.end + 1) && /[가-힣]/.test(text[q.end + 1] ?? '')) {
    if (!lx.modelAfter.test(after) && !lx.benchAfter.test(after)) return undefined;
  }
  const paren = /^(.+?)\s?\(([^()]{2,30})\)$/.exec(name);
  const mention = discoveredMention(type, paren ? paren[1]! : name, q.start - 1, q.end + 1);
  const base = head ?? prefixed;
  if (base && type === 'Model') {
    mention.family = base.family ?? base.key;
    mention.developer = base.developer;
  } else if (maker && type === 'Model') mention.developer = maker.key;
  if (paren) mention.aliases.push(paren[2]!);
  // "‘누리온-8B’": the size in the name is the parameter count
  const size = type === 'Model' ? /(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)([BM])$/.exec(mention.surface) : null;
  if (size) mention.properties = { parameters: Math.round(Number(size[1]) * (size[2] === 'B' ? 1e9 : 1e6)) };
  return mention;
}

/** "‘라마(Llama)’나 … 같은 해외 오픈소스 모델", "「V3」 등 해외 모델": a quoted name listed among models. */
const LISTED_AS_MODELS = /^\s?(?:\([^)]{1,30}\))?\s?(?:이나|나|와|과|,|및|등|같은|처럼)[^.]{0,40}?(?:모델|LLM)/;

const POLICY_NAME = /\S\s?(?:지원\s?사업|사업|프로젝트|정책|프로그램|이니셔티브)$/;

const BASE_AFTER = /^\s?(?:\([^)]{1,30}\)\s?)?(?:(?:에|에서)\s[^.]{0,25}?(?:추가로\s|추가\s)?(?:학습|증류|파인튜닝|미세조정)|의\s뒤를\s잇|(?:을|를|에|의)?\s?(?:기반|바탕|토대|베이스)|(?:을|를|도)\s?(?:(?:지난\s?)?\d{1,2}일\s|이날\s|오늘\s|최근\s|올해\s|연내\s)?(?:함께\s|새로\s|새롭게\s|정식\s|최초로\s|처음\s|잇달아\s|정식으로\s|공식\s)?(?:(?:개발|공개|출시|선보|내놓)\s?(?:했|한|할|하|중|됐|된|였)|내놨|내놓았|선보였))/;

const LATIN_MODEL =
  /(?<![A-Za-z0-9.\-_])([A-Z][A-Za-z]{1,15}(?:[ \-][A-Z][A-Za-z]{1,15})?)(?:[ \-]?(\d{1,2}(?:\.\d{1,2})?)(?:[ \-](?:Pro|Max|Mini|Lite|Turbo|Plus|Flash|Nano|Ultra|Instruct|Vision|Think|Chat))?(?:[ \-](\d+(?:\.\d+)?[BM]))?|[ \-](\d+(?:\.\d+)?[BM]))(?:[ \-](?:Think|Thinking|Instruct|Chat|Vision|Pro|Mini|Lite|Turbo|Flash|Base|Reasoning))?(?:-(?:v\d+(?:\.\d+){0,2}|R\d?))?(?![A-Za-z0-9)]|\.\d)/g;
/** "마라준 1.5 프로는", "마라준 2.0 8B", "솔빛-에코 3는": a Hangul name (maybe two words joined by a hyphen), a version and maybe a variant word or a size, before a particle. */
const HANGUL_NUMBERED = /(?<![가-힣A-Za-z0-9\-])((?:[가-힣]{1,6}-)?[가-힣]{2,6}(?:\s[A-Z]{1,4})?\s\d{1,2}(?:\.\d{1,2})?(?:\s(?:프로|맥스|미니|라이트|터보|플러스|플래시|나노|울트라|비전|씽크|Pro|Max|Mini|Lite|Turbo|Vision|Think))?(?:\s\d{1,3}(?:\.\d)?[BM])?)(?=(?:은|는|이|가|의|을|를|와|과|도|에서|에)(?:\s|[,.]|$)|\s?\([^)]{2,30}\)(?:은|는|이|가|의|을|를|와|과|도|에서|에)\s|\s?\(\d+(?:\.\d+)?\s?(?:점|%)?\)|\s?[:：]\s?\d+(?:\.\d+)?\s?(?:점|%)|['"’”』」])/g;
/** Words that, before a number, count or measure ("결과 68.1을", "평균 72.4를", "약 3.5") rather than name a model. */
/** "회사 측은 3.0을": a word ending in a particle before a number is no model name; nor a verb's form ("지난해 나온 1.5의"). */
const PARTICLE_WORD_BEFORE_NUMBER = /^[가-힣]+(?:은|는|을|를|에|의|도|에서|으로)\s/;
/** "보름을 2 맥스": a variant word or a size after the number makes it a name even when the first word ends like a particle. */
const VARIANT_OR_SIZE_TAIL = /\d\s(?:프로|맥스|미니|라이트|터보|플러스|플래시|나노|울트라|비전|씽크|Pro|Max|Mini|Lite|Turbo|Vision|Think|\d{1,3}(?:\.\d)?[BM])$/;
/** "X소프트의 Y 2는": a numbered name right after a company's possessive is that company's model. */
const ownedBy = (ms: Mention[], text: string, at: number): boolean => ms.some((c) => c.type === 'Company' && /^의\s$/.test(text.slice(c.end, at)));
const NOT_NUMBERED_NAME = /^(?:모델|버전|시즌|제|총|약|단계|세대|개|국내|해외|결과|점수|평균|기준|정확도|정답률|성능|총점|합계|종합|최고|최저|최대|최소|무려|각각|수치|수준|평가|득점|스코어|지수|비율|전년|대비|이상|이하|올해|지난해|작년|내년|나온|나왔던|내놓은|내놨던|공개한|공개된|공개했던|출시한|출시된|출시했던|선보인|선보였던|발표한|발표된|개발한|개발된|만든|만들어진|이은|잇는|앞선|기존|이전|최신|새로운)(?:\s|$)/;
// "누리온-8B", "단비 14B" (a space only before a size in billions, not after a measuring word: NOT_NUMBERED_NAME)
/** Words before a size that measure it rather than name a model ("파라미터 14B", "규모 7B"). */
const SIZE_WORD = /^(?:파라미터|매개변수|규모|크기|사이즈|용량|최대|최소|약|총|무려|단일|기존|신규|경량|소형|중형|대형|초대형|초경량|최신|각|이|그|해당|동급|같은|기반|바탕|계열|버전|수준|이상|이하|내년|올해|연내|향후|추후|다음|이번|최종|오픈소스|공개)$/;
const HANGUL_SIZED = /(?<![가-힣A-Za-z0-9])([가-힣]{1,8})(?:-[A-Za-z]{1,4}[- ]|-|\s(?=\d+(?:\.\d+)?B(?!급)))(\d+(?:\.\d+)?[BM])(?![A-Za-z0-9])/g;
/** "한빛-R", "별빛-2", "다온-Ko 1.5": a Hangul name with a hyphenated version letter or number (only in sentences about models). */
const HANGUL_LETTERED = /(?<![가-힣A-Za-z0-9])([가-힣]{1,8})-([A-Z][A-Za-z0-9]{0,5}(?:\s\d{1,2}(?:\.\d{1,2})?(?![\d.%]|\s?(?:년|월|일|개|억|조|위|배|점|명|세대)))?|\d{1,2}(?:\.\d)?)(?![A-Za-z0-9.\-])/g;
const LATIN_BEFORE_MODEL_NOUN = /(?<![A-Za-z0-9.\-_])([A-Z][A-Za-z0-9]{2,20}(?:-[A-Za-z0-9]{1,10})?)\s?(?=(?:모델|LLM|sLM)(?![가-힣]))/g;

const RELEASE_OR_SCORE = /공개|출시|선보|내놓|내놨|발표|개발|기반|바탕|토대|후속|\d점/;
const MODEL_SENTENCE = /매개변수|파라미터|parameters|모델|LLM|학습|벤치마크|기반으로|토대로|바탕으로|파인튜닝|미세조정/;
/** "다온소프트 LLM 2": a company name, a product-line word and a version name a model. */
const COMPANY_LINE_MODEL = /^ (?:LLM|sLM|LM) ?(\d{1,2}(?:\.\d{1,2})?)(?![\d.%A-Za-z]|\s?(?:년|월|일|개|억|조|위|배|점|명|세대))/;

/** Latin product names with a version or size ("Foo-7B", "Bar 2.5") near model words. */
export function discoverLatinModels(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const cue = lx.modelCue.test(text);
  const out: Mention[] = [];
  for (const c of ms) {
    if (c.type !== 'Company' || c.via === 'blocked') continue;
    const v = COMPANY_LINE_MODEL.exec(text.slice(c.end, c.end + 12));
    if (!v || (/[가-힣]/.test(text[c.end + v[0].length] ?? '') && !isParticleTail(text, c.end + v[0].length))) continue;
    const name = `${c.surface}${v[0]}`;
    const m = discoveredMention('Model', name, c.start, c.end + v[0].length);
    m.developer = c.key;
    out.push(m);
  }
  // each form needs a digit, a hyphen or a model noun: sentences without one skip its scan
  const digit = /\d/.test(text);
  const hyphen = text.includes('-');
  const modelNoun = /모델|LLM|sLM/.test(text);
  for (const re of [HANGUL_NUMBERED, LATIN_MODEL, HANGUL_SIZED, HANGUL_LETTERED, LATIN_BEFORE_MODEL_NOUN]) {
    if (re === LATIN_BEFORE_MODEL_NOUN ? !modelNoun : re === HANGUL_LETTERED ? !hyphen : !digit) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // a dotted version ("Zebra 1.5") in a sentence that releases or scores something is a model name too
      // "마제네인텔리전스의 Morix 1.5를": a company's dotted version is a model of it too
      const dotted = re === LATIN_MODEL && m[2]?.includes('.') && (RELEASE_OR_SCORE.test(text) || /^\s?\(\d+(?:\.\d+)?\s?(?:점|%)?\)/.test(text.slice(m.index + m[0].length)) || ms.some((c) => c.type === 'Company' && c.via !== 'blocked' && /^(?:\s?\([^()]{1,30}\))?의\s$/.test(text.slice(c.end, m.index))));
      if (!cue && !dotted && !(m[3] || m[4] || re === HANGUL_SIZED || re === HANGUL_NUMBERED)) continue;
      if (re === HANGUL_SIZED && !m[0].includes('-') && (m[1]!.length < 2 || NOT_NUMBERED_NAME.test(m[1]!) || SIZE_WORD.test(m[1]!) || lx.generic.has(normalizeName(m[1]!)) || /(?:은|는|을|를|에|의|도|로|가|이|엔|선|서|며|고|던|한|된)$/.test(m[1]!) || !(MODEL_SENTENCE.test(text) || SCORE_SENTENCE.test(text)))) continue;
      if (re === HANGUL_NUMBERED && (lx.generic.has(normalizeName(m[1]!.replace(/\s.*$/, ''))) || !(MODEL_SENTENCE.test(text) || SCORE_SENTENCE.test(text) || ownedBy(ms, text, m.index) || lx.releaseBefore.test(text.slice(Math.max(0, m.index - 8), m.index))) || NOT_NUMBERED_NAME.test(m[1]!) || (PARTICLE_WORD_BEFORE_NUMBER.test(m[1]!) && !VARIANT_OR_SIZE_TAIL.test(m[1]!)))) continue;
      const name = m[0].trim();
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = start + name.length;
      if (isTaken(ms, out, start, end)) continue;
      const base = normalizeName(m[1]!);
      if (lx.generic.has(base) || lx.generic.has(normalizeName(name)) || /^(?:AI|GPU|NPU|CPU|PC|TV|IT|ICT|KT|LG|SK|MS|Q|H|B|A|RTX|DGX|HBM)$/i.test(m[1]!)) continue;
      if (lx.notModelAfter.test(text.slice(end, end + 8))) continue;
      if (/[가-힣]/.test(text[end] ?? '') && !isParticleTail(text, end)) continue;
      const mention = discoveredMention('Model', name, start, end);
      const size = /(\d+(?:\.\d+)?)([BM])$/.exec(name);
      if (size) mention.properties = { parameters: Math.round(Number(size[1]) * (size[2] === 'B' ? 1e9 : 1e6)) };
      out.push(mention);
    }
  }
  return out;
}

const BENCH_AFTER_NOUN = /(?:(?:벤치마크|리더보드|평가 지표|평가지표|평가)(?:인|로|으로)?\s([A-Z][A-Za-z0-9\-]{1,20}?)(?:\d{1,2}\))?|(?<![A-Za-z0-9])([A-Z][A-Za-z0-9\-]{0,20}(?:Bench|BENCH|Eval|EVAL|Arena|QA)))(?=(?:에서|에선|에서는|에서도|의|는|은|로|를|을|와|과)?[\s,.])/g;

/** "KEval에서 81.2점", "HANUL 기준 … 점수는", "AraLogic-Hard 평가에서": a Latin name in the benchmark slot of a score sentence. */
const BENCH_SLOT = /(?<![A-Za-z0-9.\-_])([A-Z][A-Za-z0-9]{1,15}(?:-[A-Za-z][A-Za-z0-9]{0,9}){0,2})(?:\d{1,2}\))?(?=(?:\s?(?:평가|벤치마크|벤치|테스트|리더보드))?(?:에서|에선|에서는|에서도)\s|\s기준\s)/g;
/** "반딧불 리더보드3에서": a one-word name before 리더보드 and a round number. */
const HANGUL_LEADERBOARD = /(?<![가-힣A-Za-z0-9])([가-힣]{1,5} 리더보드\d{0,2})(?=에서|에선|에서는|에서도|\s?평가|\s기준|\s?결과|\s?순위|\s리더보드)/g;
const MAX_SLOT_BENCHMARKS = 8;
const NOT_LEADERBOARD = /^(?:이번|해당|같은|한국어|글로벌|오픈|자체|공개|국내|해외|대표|주요|최신|종합|전체|각종|여러|유명|공식|이|그|한)\s/;
const SCORE_SENTENCE = /\d점|\d\.\d+\s?(?:점|%|\)|을|를|로|으로|이다|였다)/;

function isBenchmarkLike(name: string): boolean {
  const caps = name.replace(/[^A-Z]/g, '').length;
  return name.length >= 3 && caps >= 2 && !/\d+(?:\.\d+)?[BM]$/.test(name) && !/^(?:AI|GPU|NPU|CPU|API|LLM|SLM|CEO|CTO|MOU|IT|ICT|KT|LG|SK|MS|AWS|IBM|USA|UAE|EU|UN)$/.test(name);
}

/** Latin names right after 벤치마크/리더보드 ("수학 추론 벤치마크 MATH2)에서는"). */
export function discoverBenchmarks(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (SCORE_SENTENCE.test(text)) {
    for (const re of [BENCH_SLOT, HANGUL_LEADERBOARD]) {
      re.lastIndex = 0;
      // a real sentence names a few benchmarks; a page of repeated junk must not make hundreds
      for (let m = re.exec(text); m && out.length < MAX_SLOT_BENCHMARKS; m = re.exec(text)) {
        const name = m[1]!;
        const end = m.index + m[0].length;
        if (re === BENCH_SLOT ? !isBenchmarkLike(name) : NOT_LEADERBOARD.test(name)) continue;
        // a generic word blocked inside the name ("리더보드") does not stop it
        const inside = ms.filter((x) => x.via !== 'blocked' || x.start < m!.index || x.end > end);
        if (lx.generic.has(normalizeName(name)) || isTaken(inside, out, m.index, end)) continue;
        out.push(discoveredMention('Benchmark', name, m.index, end));
      }
    }
  }
  BENCH_AFTER_NOUN.lastIndex = 0;
  for (let m = BENCH_AFTER_NOUN.exec(text); m; m = BENCH_AFTER_NOUN.exec(text)) {
    const name = (m[1] ?? m[2])!;
    const realStart = text.indexOf(name, m.index);
    const end = m.index + m[0].length;
    if (lx.generic.has(normalizeName(name)) || overlaps(ms, realStart, realStart + name.length)) continue;
    const men = discoveredMention('Benchmark', name, realStart, end);
    out.push(men);
  }
  return out;
}

const POLICY_CONTEXT = /(?:정부|과기정통부|과학기술정보통신부|산업통상자원부|산업부|중기부|중소벤처기업부|행정안전부|NIPA|IITP|정보통신산업진흥원|정보통신기획평가원)(?:의|가 추진하는|가 주관하는|이 추진하는|이 주관하는|가 추진 중인|가 진행하는)\s([가-힣A-Za-z0-9·\- ]{2,24}?(?:지원\s?사업|사업|프로젝트|프로그램|바우처|챌린지))(?=(?:에|에서|의|을|를|은|는|이|가|으로|로|에도)?[\s,.]|$)/g;

/**
 * "사토르다이내믹스는 공공 오픈소스 AI 생태계 사업에도 참여하겠다는": a programme's name (up to seven
 * words, none ending in a particle) right before taking part in it.
 */
const POLICY_BEFORE_JOINING = /(?<=^|[\s(])((?:[가-힣A-Za-z0-9·\-]+\s){0,6}?[가-힣A-Za-z0-9·\-]*(?:지원\s?사업|사업|프로젝트|프로그램))(?:\s(?:수행|참여|주관)\s?(?:기업|기관|사업자|컨소시엄))?(?=(?:에도|에|의)\s?(?:최종\s)?(?:참여|참가|선정|지원|도전|신청|합류|응모|뛰어들|출사표|이름을 올)|\s(?:수행|참여|주관)\s?(?:기업|기관|사업자)(?:으로|로|에)\s?(?:최종\s)?선정)/g;
const PARTICLE_WORD = /(?:은|는|이|가|을|를|의|에|에서|로|으로|와|과|도|만|까지|부터)$/;
const VERB_WORD = /(?:려|고|며|서|해|하여|한|된|던|다|게|지|면|는)$/;
const DEMONSTRATIVE = /^(?:이|이번|해당|그|같은|이런|그런|동|본|각)$/;

/** Programmes named after a ministry ("과기정통부의 AI 컴퓨팅 지원사업에 선정") or before joining them. */
export function discoverPolicies(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (/사업|프로젝트|프로그램/.test(text)) {
    POLICY_BEFORE_JOINING.lastIndex = 0;
    for (let m = POLICY_BEFORE_JOINING.exec(text); m; m = POLICY_BEFORE_JOINING.exec(text)) {
      // the name's words, read back from the suffix, stop at a particle or a verb ("산업통상자원부의",
      // "꾸려"); a demonstrative there makes it a reference ("이번 사업"), not a name
      const words = m[1]!.split(' ');
      let from = words.length - 1;
      while (from > 0 && !(PARTICLE_WORD.test(words[from - 1]!) && words[from - 1]!.length > 1) && !VERB_WORD.test(words[from - 1]!)) from--;
      // a list dash or bullet before the name is no word of it ('- 정부 사업에도 참여하나')
      while (from < words.length - 1 && !/[가-힣A-Za-z0-9]/.test(words[from]!)) from++;
      if (DEMONSTRATIVE.test(words[from]!)) continue;
      const name = words.slice(from).join(' ');
      const start = m.index + m[1]!.length - name.length;
      const end = start + name.length;
      // two words only with a Latin or digit part ('K-AI 사업'): '자체 사업', '신규 프로젝트' are not names
      const n = name.split(' ').length;
      if (n < 2 || (n < 3 && !/[A-Za-z0-9]/.test(name)) || /^(?:이|이번|해당|관련|각종|여러|다양한|신규|기존|같은|이런|그|자체|사내|회사|공동)\s/.test(name) || lx.generic.has(normalizeName(name))) continue;
      // a shorter programme name inside it ("K-AI" in "K-AI 컴퓨팅 인프라 사업") does not stop it
      const inside = (x: Mention) => x.type === 'Policy' && x.start >= start && x.end < end && !/^\s?(?:지원\s?)?(?:사업|프로젝트|프로그램)$/.test(text.slice(x.end, end));
      if (ms.some((x) => x.via !== 'blocked' && x.start < end && start < x.end && !inside(x))) continue;
      out.push(discoveredMention('Policy', name, start, end));
    }
  }
  POLICY_CONTEXT.lastIndex = 0;
  for (let m = POLICY_CONTEXT.exec(text); m; m = POLICY_CONTEXT.exec(text)) {
    const name = m[1]!.trim();
    const start = m.index + m[0].length - m[1]!.length + (m[1]!.length - m[1]!.trimStart().length);
    const end = start + name.length;
    if (name.length < 4 || /^(?:이|이번|해당|관련|각종|여러|다양한|신규|기존|공공)\s/.test(name) || lx.generic.has(normalizeName(name))) continue;
    if (ms.some((x) => x.via !== 'blocked' && x.start < end && start < x.end)) continue;
    out.push(discoveredMention('Policy', name, start, end));
  }
  return out;
}

const COMPANY_FORMS =
  /(?:\(주\)|㈜|주식회사\s?)([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,15})|(?:스타트업|AI 기업|AI기업|기업|업체|빅테크|연구기업|개발사|통신사)\s([A-Z][A-Za-z0-9&]{2,15}(?:\s(?:AI|Labs?|Technologies|Tech))?(?![가-힣A-Za-z])|[가-힣A-Za-z0-9]{2,15}?(?:\s(?:AI|랩스|Labs?))?(?=(?:(?:와|과)(?:도|는|의)?|은|는|이|가|의|도)\s|\([A-Za-z]|,\s|\s등\s))|(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&]{2,15})사(?=(?:는|가|의|와|도|에서|측)?[\s,])|(?<![가-힣A-Za-z0-9])([가-힣A-Za-z][가-힣A-Za-z0-9]{0,9}?(?:AI|에이아이|랩스|테크놀로지스|테크놀로지|로보틱스|소프트|테크|시스템즈|데이터|웍스|다이내믹스|인텔리전스|마인드|클라우드))(?=(?:은|는|이|가|의|와|과|도|에서|측|로|를|을|에)?[\s,.·、(]|$)/g;
const COMPANY_SUFFIX = /(?<![가-힣A-Za-z0-9])([가-힣]{2,8}(?:은행|증권|카드|생명|화재|보험|전자|그룹|제약|건설|중공업|화학|에너지|홀딩스|금융지주|캐피탈|텔레콤|모빌리티|엔터테인먼트|게임즈|네트웍스|파트너스|벤처스|인베스트먼트|반도체|디스플레이|자동차|항공|해운|물산|상사|푸드|리테일|커머스))(?=(?:(?:와|과|에|에서|으로|로)(?:도|는)?|은|는|이|가|의|도|측|를|을)?[\s,.·、]|$)/g;
const CONSORTIUM_LEAD = /(?<![가-힣A-Za-z0-9·])([가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9&]{1,15})\s?컨소시엄(?=\s|\(|은|는|이|가|의|에|을|를|과|와|도|으로|로|,|$)/g;
/** Words before 컨소시엄 that are no company ("정예 컨소시엄", "5개 컨소시엄", "경쟁 컨소시엄"). */
const NOT_CONSORTIUM_LEAD = /^(?:함께|공동으로|새로|별도|자체|따로|정예|해당|경쟁|상대|탈락|선정|최종|민간|기업|대기업|중소기업|통신사|통신|연합|국가대표|다른|모든|각|이|그|두|세|네|다섯|여러|주관|참여|산학|산학연|산학연관|공동|대학|연구|컨소시엄|신규|기존|후보|예비|본선|결선|1차|2차|우승|승자|패자|대표|이번|이들|한|한국형|글로벌|국내|해외|대형|소형|컨소|AI|[가-힣]+(?:은|는|이|가|을|를|의|에|과|와|도|로|된|한|인|던|적|형|개|곳|팀))$/;
const GENERIC_COMPANY_STEMS = /^(?:시중|인터넷|지방|국내|해외|대형|중앙|국책|외국계|글로벌|주요|국내외|중소|대기업|계열|민간|일반|관련|각|전체|여러|해당|이들|다른|한국|미국|중국|일본|유럽|국가|공공|정부|산업|국산|토종)$/;
const LATIN_COMPANY = /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&]{1,20}(?:\s[A-Z][A-Za-z0-9&]{1,20}){0,2}\s(?:Labs?|AI|Technologies|Tech|Inc\.?|Corp\.?|Systems|Robotics|Research|Works|Soft|Dynamics|Intelligence|Networks|Cloud))(?=(?:은|는|이|가|의|와|과|도|에서|측|를|을)?[\s,.·]|$)/g;
const GENERIC_STEMS = /^(?:생성형?|소버린|피지컬|에이전틱|온디바이스|한국형|국산|범용|버티컬|초거대|독자|자체|특화|산업|공공|의료|금융|교육|책임|신뢰|안전|개방형|멀티모달|엣지|클라우드|데이터|인간|미래|인공지능|대화형|추론형|차세대|글로벌|국내|해외|오픈|설명가능|지능형|윤리적|AI|국가)$/;
const COMMON_SUFFIXED = /^(?:빅데이터|공공데이터|원천데이터|학습데이터|합성데이터|개인데이터|마이데이터|오픈데이터|핀테크|에듀테크|딥테크|푸드테크|리걸테크|헬스테크|프롭테크|애그테크|클린테크|기후테크|하이테크|빅테크|레그테크|인슈어테크|스포츠테크|뷰티테크|펫테크|메드테크|바이오테크|그린테크|스페이스테크|모빌리티테크|시스템즈|데이터|테크|마인드|그로스마인드|인텔리전스|비즈니스인텔리전스|클라우드|퍼블릭클라우드|프라이빗클라우드|하이브리드클라우드|멀티클라우드|소버린클라우드|공공클라우드|민간클라우드|국산클라우드|토종클라우드|글로벌클라우드)$/;
const NOT_COMPANY = new Set(['고객', '고객사', '파트너', '사용자', '개발자', '지원', '육성', '투자', '기업', '생태계', '업계', '대표', '창업자', '관계자', '협력', '성장', '중심', '전용', '인수', '대상', '분야', '발굴', '유치', '확대', '가운데', '들이', '들은', '들의', '들과']);

/** Companies in explicit company forms ("(주)X", "스타트업 X", "Xyz사"). */
export function discoverCompanies(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  // a generic word blocked inside a longer name ("노바라인 AI") does not stop the name
  const ms = taken.filter((m) => m.via !== 'blocked' || !/^(?:AI|에이아이)$/i.test(text.slice(m.start, m.end)));
  COMPANY_FORMS.lastIndex = 0;
  for (let m = COMPANY_FORMS.exec(text); m; m = COMPANY_FORMS.exec(text)) {
    let name = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    if (m[1]) name = stripParticles(name);
    if (m[4] && GENERIC_STEMS.test(name.replace(/(?:AI|에이아이|랩스|테크놀로지스|테크놀로지|로보틱스|소프트)$/, ''))) continue;
    // the newer suffixes ("…테크", "…데이터") need a name of two syllables or more before them, and no common compound ("빅데이터", "핀테크")
    const newSuffix = m[4] ? /(?:테크|시스템즈|데이터|웍스|다이내믹스|인텔리전스|마인드|클라우드)$/.exec(name) : null;
    if (newSuffix && (name.length - newSuffix[0].length < 2 || COMMON_SUFFIXED.test(name))) continue;
    if (m[4] && (ms.some((x) => x.type === 'Company' && x.end >= m.index - 1 && x.end <= m.index) || lx.personTitle.test(text.slice(m.index + name.length, m.index + name.length + 16)))) continue;
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (/^\d/.test(name)) continue;
    // "빅테크 모델과의 격차": a generic word with its particle is no name
    if (NOT_COMPANY.has(name) || lx.generic.has(normalizeName(name)) || (m[2] && lx.generic.has(normalizeName(stripParticles(name)))) || isTaken(ms, out, start, end)) continue;
    const mention = discoveredMention('Company', name, start, end);
    const country = countryBefore(text, start, lx);
    if (country) mention.properties = { country };
    out.push(mention);
  }
  LATIN_COMPANY.lastIndex = 0;
  for (let m = LATIN_COMPANY.exec(text); m; m = LATIN_COMPANY.exec(text)) {
    const name = m[1]!;
    if (lx.generic.has(normalizeName(name)) || isTaken(ms, out, m.index, m.index + name.length)) continue;
    const mention = discoveredMention('Company', name, m.index, m.index + name.length);
    const country = countryBefore(text, m.index, lx);
    if (country) mention.properties = { country };
    out.push(mention);
  }
  // "라온텍 컨소시엄": the word before 컨소시엄 names the company that leads it
  if (text.includes('컨소시엄')) {
    CONSORTIUM_LEAD.lastIndex = 0;
    for (let m = CONSORTIUM_LEAD.exec(text); m; m = CONSORTIUM_LEAD.exec(text)) {
      const name = m[1]!;
      if (NOT_CONSORTIUM_LEAD.test(name) || GENERIC_COMPANY_STEMS.test(name) || lx.generic.has(normalizeName(name))) continue;
      if (isTaken(ms, out, m.index, m.index + name.length)) continue;
      out.push(discoveredMention('Company', name, m.index, m.index + name.length));
    }
  }
  COMPANY_SUFFIX.lastIndex = 0;
  for (let m = COMPANY_SUFFIX.exec(text); m; m = COMPANY_SUFFIX.exec(text)) {
    const name = m[1]!;
    const stem = name.replace(/(?:은행|증권|카드|생명|화재|보험|전자|그룹|제약|건설|중공업|화학|에너지|홀딩스|금융지주|캐피탈|텔레콤|모빌리티|엔터테인먼트|게임즈|네트웍스|파트너스|벤처스|인베스트먼트|반도체|디스플레이|자동차|항공|해운|물산|상사|푸드|리테일|커머스)$/, '');
    if (GENERIC_COMPANY_STEMS.test(stem) || lx.generic.has(normalizeName(name)) || isTaken(ms, out, m.index, m.index + name.length)) continue;
    out.push(discoveredMention('Company', name, m.index, m.index + name.length));
  }
  return out;
}

/** "미국의 X", "중국 X" right before a company name → ISO country. */
export function countryBefore(text: string, start: number, lx: DiscoveryLexicon): string | undefined {
  const before = text.slice(Math.max(0, start - 16), start);
  for (const [iso, re] of lx.countryCues) if (re.test(before)) return iso;
  return undefined;
}

/** "알리바바의 오픈소스 LLM": a model with a clear owner but no name. */
export function discoverAnonymous(text: string, ms: Mention[], rules: RuleSet, lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const c of ms) {
    if (c.type !== 'Company') continue;
    lx.anonymous.lastIndex = c.end;
    const m = lx.anonymous.exec(text);
    if (!m) continue;
    const phraseStart = c.end + m[0].length - (m[1]!.length + m[2]!.length);
    const end = c.end + m[0].length;
    if (overlaps(ms, phraseStart, end)) continue;
    const rest = text.slice(end).replace(/^(?:을|를|이|가|은|는|의|에|과|와|도|로|으로|에서)?\s?/, '');
    if (/^['"‘’“”「『<]/.test(rest) || ms.some((x) => x.type === 'Model' && x.start >= end && x.start <= end + 2)) continue;
    const company = rules.byKey.get(c.key);
    const key = company?.mainFamily ? `model:${company.mainFamily}` : `model:anon-${c.key.replace(/^company:/, '')}`;
    const surface = `${c.surface}의 ${m[1]!}${m[2]!}`.replace(/\s+/g, ' ');
    out.push({ type: 'Model', key, surface, aliases: [], start: phraseStart, end, via: 'anonymous', anonymousOf: c.key, developer: c.key });
  }
  return out;
}
