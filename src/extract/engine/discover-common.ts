/**
 * What every discoverer shares: the lexicon built from the rule data (titles, cue words, known
 * names), and how a discovered name becomes a mention without overlapping one found before.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention, RuleSet } from '../types.js';
import { escapeRegex } from './compile.js';
import { isLatinCode } from './char-gates.js';
import { FULL_NAME } from './full-name.js';

/** Staff roles that name a person only next to a company ("이정훈 OO테크 연구원은"). */
export const STAFF_ROLES = '연구원|선임연구원|엔지니어|개발자|연구자';

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
  /** The title words themselves ("리서치 리드" is one title, not an organisation and a title). */
  titleWords: ReadonlySet<string>;
  /** An official's post words ("국장", "차관"): a post of a public body, never a company's staff. */
  officialTitleWords: ReadonlySet<string>;
  /** Roster lines: "▲AI 퓨처랩장(상무) 홍길동 ▲…" (a title, then a name that ends the item). */
  titleThenName: RegExp;
  /** A speaker's label opening a turn of minutes or a hearing: "○위원장 NAME ", "○NAME 위원 ", "○X부장관 NAME ". */
  speakerLabel: RegExp;
  /** "최고기술책임자(CTO)인 정규돈은": a title, 인, a name. */
  titleIsName: RegExp;
  /** The titles personTitle ends on, by their first character: where one can begin in a text (a Latin letter's 장 too, see titleStartsOf). */
  titleHeads: TitleHeads;
  /** The titles anyTitle looks for, by their first character (see hasAnyTitle). */
  anyTitleHeads: TitleHeads;
  /** "X의 CTO는 홍길동 씨입니다": a title as the topic and a name in the copula after it (with match indices: the name's start). */
  titleHeldBy: RegExp;
  /** "KAIST(총장 이광형)는": a title and a name in parentheses after an organisation. */
  parenTitleName: RegExp;
  /** "김영수(X사 전략팀장)씨": a name, then its organisation and post in parentheses (an obituary's, a list's). */
  nameParenPost: RegExp;
  nameParenTitle: RegExp;
  /** "권하준 비미파테크 부사장은": a name, an organisation no gazetteer knows, a title. */
  nameOrgTitle: RegExp;
  modelCue: RegExp;
  anonymous: RegExp;
  countryCues: [string, RegExp][];
  /** Each country word ("미국", "프랑스", "국내") → its ISO code. */
  countryByWord: Map<string, string>;
  /** Country names other than Korea (what "현지" refers back to). */
  countryWords: [string, RegExp][];
  generic: Set<string>;
  /** The variant words ("미니", "리즌", "Pro"): one alone names no model of its own ("'미니' 버전은": the article's model ending in it). */
  variantWords: ReadonlySet<string>;
  /** A foreign given name and the word after it ("샘 올트먼", "리사 수가"). */
  givenName: RegExp | undefined;
  /** Words after a policy's name that make it the name of an organisation ("K-AI 얼라이언스"). */
  organisationAfter: RegExp | undefined;
  /** "배민호 부산시 디지털정책국장은", "정태호 대구시 경제실장은": a name, a local government, an official's (or any) title. */
  regionalOfficial: RegExp;
  /** "한서진 조달청 정보기획관은", "오민규 재정경제부 세제실장은": an official of a ministry, agency or commission no gazetteer lists. */
  governmentOfficial: RegExp;
}

/** Title words by the code of their first character. */
export type TitleHeads = Map<number, string[]>;

function headsOf(forms: string[]): TitleHeads {
  const out: TitleHeads = new Map();
  for (const f of new Set(forms)) {
    if (!f) throw new Error('an empty title word');
    const list = out.get(f.charCodeAt(0));
    if (list) list.push(f);
    else out.set(f.charCodeAt(0), [f]);
  }
  return out;
}

const alt = (forms: string[]): string => [...forms].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');

export function buildDiscoveryLexicon(rules: RuleSet): DiscoveryLexicon {
  const lx = rules.lexicon;
  const models = alt(lx.modelNouns);
  const benches = alt(lx.benchmarkNouns);
  const countryCues: [string, RegExp][] = [];
  const countryWords: [string, RegExp][] = [];
  const countryByWord = new Map<string, string>();
  for (const [name, forms] of lx.cues) {
    if (name.startsWith('country:')) for (const f of forms) countryByWord.set(f, name.slice(8));
    // "미국 X", "미국 AI 기업 X", and any short description ending in a company noun ("미국 GPU 클라우드 기업 X", "미국 빅테크 기업인 X"; a size before the noun, "일본 유통 대기업 X", "독일 중견기업 X");
    // the country is a whole word ("인도네시아" is not "인도"), or with 계/의 ("독일계", "중국의")
    if (name.startsWith('country:')) countryCues.push([name.slice(8), new RegExp(`(?:${alt(forms)})(?:계의|계|의)?(?![가-힣])\\s?(?:(?:(?:AI|인공지능\\(AI\\)|인공지능|생성형|IT|서비스|반도체|클라우드|소프트웨어|통신)\\s?){0,3}(?:(?:(?:대|중견|중소)?기업|스타트업|업체|회사|빅테크|연구기업|개발사|통신사|연구소|연구기관|자회사|손자회사|계열사|현지\\s?법인|법인)(?:인)?)?|(?:[가-힣A-Za-z]{1,8}\\s){1,3}(?:(?:대|중견|중소)?기업|스타트업|업체|회사|연구기업|개발사|통신사|운영사|제조사|공급사|빅테크)(?:인)?)\\s?$`)]);
    // "일본 진출을 위해 현지 운영사 X": 현지 is the country named before it in the sentence
    if (name.startsWith('country:') && name !== 'country:KR') countryWords.push([name.slice(8), new RegExp(`(?:${alt(forms)})(?![가-힣])|(?:${alt(forms)})(?=의|에|으로|로|\\s?(?:진출|시장|현지))`)]);
  }
  const generic = new Set<string>();
  for (const e of rules.entries) if (e.type === 'None') for (const n of e.names) generic.add(normalizeName(n));
  for (const f of [...lx.modelNouns, ...lx.benchmarkNouns, ...lx.notModelNouns]) generic.add(normalizeName(f));
  return {
    modelBefore: new RegExp(`(?:${models})(?:\\([^)]{0,12}\\))?(?:인|을|를|로|으로|은|는|이|가)?\\s?$`),
    // (or a name given to the model noun: "'X'라는 (이름의) AI 모델", "'X'로 명명된 모델")
    // (or the name given is the predicate, the model noun copular: "음성 쪽은 'X'라는 모델인데", "'X'라는 모델입니다")
    modelAfter: new RegExp(`^\\s?(?:(?:은|는|이|가|을|를|의|(?:(?:이)?(?:라는|란)\\s(?:이름의\\s)?|(?:으)?로 명명된\\s)(?:AI\\s)?)?\\s?(?:${models})(?:은|는|이|가|을|를|의|로|으로|과|와|도)?(?![가-힣])|(?:이)?라는\\s(?:이름의\\s)?(?:AI\\s)?(?:${models})(?:인데(?:요)?|입니다|이다|이고|이며|이에요|예요)(?![가-힣]))`),
    benchBefore: new RegExp(`(?:${benches})(?:인|을|를|로|으로|은|는|이|가)?\\s?$`),
    benchAfter: new RegExp(`^\\s?(?:${benches})`),
    notModelAfter: new RegExp(`^\\s?(?:${alt(lx.notModelNouns)})`),
    // (a generation word may stand between the verb and the name: "작년에 선보인 1세대 'X'")
    releaseBefore: /(?:(?:지난해|작년|지난달|(?:지난|올해|\d{4}년)\s\d{1,2}월)\s나온|개발한|공개한|출시한|선보인|내놓은|만든|발표한|개발 중인|개발중인|공개된|출시된|개발하는|공개하는|출시하는|선보이는|내놓는|개발할|출시할|공개할|선보일|내놓을|뒤를 잇는|후속인|후속작인|후속 모델인|이름은|명칭은|(?:모델|LLM|sLM|버전)의\s(?:가칭|코드명)은|(?:모델|LLM|sLM|브랜드|이름)(?:이라는|라는)|파인튜닝한|미세조정한|튜닝한|증류한|경량화한|개조한|추가 학습한|추가학습한|(?:학습|훈련|튜닝|미세조정)시킨|배포한)(?:\s(?:[1-9]세대|첫\s?세대|초기|초기형|원조|구형|최초의|첫|전작|신작|최신작|후속작|대표작|차세대))?\s?$/,
    givenName: lx.givenNames.length ? new RegExp(`(?<![가-힣A-Za-z0-9·])(?:${alt(lx.givenNames)})\\s([가-힣]{1,6})(?![가-힣A-Za-z0-9])`, 'g') : undefined,
    anyTitle: new RegExp(`(?:${alt([...lx.titles, ...lx.academicTitles])}|[A-Za-z]장)`),
    titleWords: new Set(lx.titles),
    officialTitleWords: new Set(lx.officialTitles),
    titleHeads: headsOf(lx.titles),
    anyTitleHeads: headsOf([...lx.titles, ...lx.academicTitles]),
    titleIsName: new RegExp(`(?:${alt(lx.titles)})(?:\\s?\\([^()]{1,15}\\))?(?:인|을 맡은|직을 맡은|을 맡고 있는)\\s([가-힣]{3,5})(?=\\s|,|$)`, 'g'),
    titleHeldBy: new RegExp(`(?:${alt(lx.titles)})(?:은|는|(?:이|가)(?=\\s${FULL_NAME}\\s?(?:씨|박사|님)))\\s(${FULL_NAME})(?:\\s?(?:씨|박사|님))?(?:이다|다|입니다|이에요|예요|이며|이고|인데|이래요|이라네요|이라고)(?=[\\s.,]|$)`, 'dg'),
    // "(대표이사 홍길동)", and "(대표이사 홍길동, 주소)" where a notice adds the address; "(대표=홍길동·컴퓨터학과 박사과정)" with
    // an equals sign and a note after the name; "(Nuri Labs·대표 홍길동)" after the company's Latin name
    parenTitleName: new RegExp(`\\((?:[A-Za-z][A-Za-z0-9 .&'\\-]{0,29}[·,]\\s?)?(?:(?:경제|사회)?부총리\\s?겸\\s?)?(?:${alt([...lx.titles, ...lx.academicTitles])})(?:\\s|\\s?=\\s?)(${FULL_NAME})(?:\\)|,\\s|·)`, 'g'),
    // (the honorific may come before the brackets: "김영수씨(X사 전략팀장) 부친상")
    nameParenPost: new RegExp(`(?<![가-힣])(${FULL_NAME})(?:\\s?씨)?\\s?\\((?:[^()\\s]{1,15}\\s){1,3}[가-힣A-Za-z]{0,10}?(?:${alt(lx.titles)})\\)`, 'g'),
    // "이정민(정보대 컴퓨터학과) 교수는", "강도현(컴퓨터학과 19학번) 동문은": a name, its affiliation in parentheses, then a title or a school member's word
    nameParenTitle: new RegExp(`(?<![가-힣])(${FULL_NAME})\\([^()]{2,24}\\)\\s(?:${alt([...lx.titles, ...lx.academicTitles])}|동문|졸업생|재학생)(?=(?:은|는|이|가|의|도|을|를|과|와)?[\\s,])`, 'g'),
    speakerLabel: new RegExp(`^[○◯]\\s?(?:[가-힣A-Za-z0-9]{0,16}?(?:${alt([...lx.titles, ...lx.officialTitles, ...lx.speakerRoles])})\\s([가-힣]{2,4})|([가-힣]{2,4})\\s(?:${alt([...lx.titles, ...lx.officialTitles, ...lx.speakerRoles])}))(?=\\s)`),
    titleThenName: new RegExp(`(?:${alt(lx.titles)}|[A-Za-z]장)(?:\\s?\\([^()]{1,15}\\))?\\s([가-힣]{3,4})(?=$|\\s?[▲△◇◆■□•,;/)]|\\s\\()`, 'g'),
    // (or a broadcast's speaker caption: "[인터뷰] 홍길동/X 대표", "[홍길동 / X 대표 : …]", "[인터뷰 : 홍길동 X 대표]"; a department may stand
    // between organisation and title: "홍길동 KAIST 전산학부 교수")
    // (or a speaker line of a slide or a programme: "홍길동 | X(Latin) CTO", "홍길동 — X 연구원": a bar or a dash between name and organisation, a Latin gloss after it;
    // a people list's card heading has a spaced middle dot there: "03. 홍길동 · X 대표")
    // (or a writer's or reviewer's affiliation in parentheses: "NAME (X ML 엔지니어)", "(NAME, X 리서치 리드)")
    // (not a word after "한"/"어느"/"모", an unnamed source: "한 금융사 디지털전환 담당 임원"; nor a title as the object before
    // the new one: "NAME 리더를 최고기술책임자로 선임")
    nameOrgTitle: new RegExp(`(?<![가-힣A-Za-z0-9])(?<!(?<![가-힣])(?:한|어느|모)\\s)(${FULL_NAME})(?:\\s|\\s?[\\/|—–]\\s?|\\s·\\s|\\s?\\((?=[^()]{2,30}\\))|,\\s(?<=\\(${FULL_NAME},\\s))(?!(?:${alt(lx.titles)})(?:을|를)\\s)([가-힣][가-힣A-Za-z0-9]{1,11}|[A-Z][A-Za-z0-9&]{2,15})(?:\\([A-Z][A-Za-z0-9 .&-]{1,30}\\))?\\s(?:[가-힣A-Za-z]{1,8}(?:학부|학과|대학원|연구소|센터)\\s)?(?:제?[1-9]\\s?)?(?:${alt(lx.titles)}|${STAFF_ROLES})(?=은|는|이|가|의|과|와|도|,|\\)|\\s|$|\\.$|님(?:은|는|이|께|께서|의|과|와|도|을|를|에게)(?![가-힣])|께(?:서)?(?![가-힣])|\\s?[:"“\\]】]|\\((?:\\d{2}|사진|왼쪽|오른쪽|가운데|[A-Z][A-Za-z]{1,5}|[가-힣A-Za-z0-9]{2,12}\\s(?:${alt(lx.titles)}))\\)|(을|를|에게)(?![가-힣]))`, 'g'),
    personTitle: new RegExp(`^\\s?((?:(?:전|前)\\s)?(?:[A-Za-z가-힣][\\w&.+\\-가-힣]*\\s){0,3}?(?:제[1-9]\\s?|[1-9](?=차관))?(?:[A-Za-z가-힣]{1,10}·(?=[가-힣]{1,10}?(?:사업부|본부|부문|센터|연구소|그룹|부|실|팀)장))?(?:[A-Za-z가-힣](?:[A-Za-z가-힣]|(?<=[A-Za-z])\\d|(?<=[A-Za-z0-9])-(?=[A-Za-z])){0,9}?)??(?:${alt(lx.titles)}|(?<=[A-Za-z])장))(?=$|[^가-힣]|님(?![가-힣])|(?:님)?(?:은|는|이|가|을|를|의|에|과|와|도|로|으로|께서|에게|께|이자|인|직|다|이다|였다|이었다|입니다|이랑|랑|하고|한테)(?![가-힣]))`),
    modelCue: new RegExp(`${models}|매개변수|파라미터|오픈소스|허깅페이스|벤치마크|후속|전작|증류|학습|리랭커`),
    anonymous: /의\s?((?:(?:오픈\s?소스|자체|최신|대표|초거대|생성형|대형|경량|AI|오픈|추론형?|멀티모달|범용|대규모|차세대|주력|신규|새|제출|출품|음성\s?인식|음성|비전|코딩|코드|번역)\s?){0,3})(대규모\s?언어\s?모델|언어\s?모델|파운데이션\s?모델|AI\s?모델|LLM|sLM|모델)(?=(?:을|를|이|가|은|는|의|에|과|와|도|로|으로|에서)?(?:\s|$|[,.]))/y,
    countryCues,
    countryByWord,
    countryWords,
    generic,
    variantWords: new Set(lx.variantWords),
    regionalOfficial: new RegExp(`(?<![가-힣A-Za-z0-9])(${FULL_NAME})\\s[가-힣]{2,6}(?:특별자치도|특별자치시|광역시|특별시|시|도|군|구)\\s[가-힣A-Za-z]{0,10}?(?:${alt([...new Set([...lx.officialTitles, ...lx.titles])])})(?=은|는|이|가|의|과|와|도|께서|,|\\s|$)`, 'g'),
    governmentOfficial: new RegExp(`(?<![가-힣A-Za-z0-9])(${FULL_NAME})\\s(?:(?:당시|전|前)\\s)?[가-힣]{1,10}(?:부|청|처|위원회)\\s(?:[가-힣A-Za-z]{0,10}?(?:${alt([...new Set([...lx.officialTitles, ...lx.titles])])})|[가-힣]{1,6}관)(?=은|는|이|가|의|과|와|도|께서|,|\\s|$)`, 'g'),
    organisationAfter: lx.cues.has('organisationAfter') ? new RegExp(`^\\s?(?:${alt(lx.cues.get('organisationAfter')!)})`) : undefined,
  };
}

/**
 * Every position of `text` where a title personTitle ends on can begin, in order: that regex (up to three words, a prefix and
 * then the title) tries every title after every prefix, and a part of the text where no title begins cannot match.
 * (What /titles|(?<=[A-Za-z])장/g finds at each position, read by each position's first character instead of by the regex.)
 */
export function titleStartsOf(text: string, lx: DiscoveryLexicon): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (titleAt(text, i, lx.titleHeads)) out.push(i);
  return out;
}

/** 장 */
const JANG = 0xc7a5;

/** Whether one of the title words begins at `i`, or a 장 right after a Latin letter (a title like "AX장"). */
function titleAt(text: string, i: number, heads: TitleHeads): boolean {
  const c = text.charCodeAt(i);
  const list = heads.get(c);
  if (list) for (const t of list) if (text.startsWith(t, i)) return true;
  return c === JANG && i > 0 && isLatinCode(text.charCodeAt(i - 1));
}

/** Whether `text` has a title or an academic title anywhere, or a Latin letter and 장 (what lx.anyTitle.test finds). */
export function hasAnyTitle(text: string, lx: DiscoveryLexicon): boolean {
  for (let i = 0; i < text.length; i++) if (titleAt(text, i, lx.anyTitleHeads)) return true;
  return false;
}

/** Whether a word is wholly a title ("대표", "최고기술책임자"): its first title match spans it. */
export function isTitleWord(word: string, lx: DiscoveryLexicon): boolean {
  return lx.anyTitle.exec(word)?.[0] === word;
}

/** Whether a title can begin at a position in [from, to) (see titleStartsOf). */
export function titleBeginsIn(starts: number[], from: number, to = Infinity): boolean {
  for (const p of starts) if (p >= from && p < to) return true;
  return false;
}

export function overlaps(ms: Mention[], start: number, end: number): boolean {
  return ms.some((m) => m.start < end && start < m.end);
}

/** Whether [start, end) is already a mention, found before (`ms`) or by this discoverer (`out`). */
export function isTaken(ms: Mention[], out: Mention[], start: number, end: number): boolean {
  return overlaps(ms, start, end) || overlaps(out, start, end);
}

/** A release tag right after a model's name: " v2", " v1.5" (then a particle, a space or punctuation). */
export const VERSION_TAG = /^\s[vV]\d{1,2}(?:\.\d{1,2})?(?![A-Za-z0-9]|\.\d)/;

/** "2026년 X 지원사업": a year before a programme's name dates one round of the same programme. */
const YEAR_ROUND = /^(?:19|20)\d{2}년(?:도)?\s(\S+\s.+)$/;

/** A mixture of experts' active size after its total ("-A3B" of "X-M 16B-A3B"): the model's size is the total, its name the same without it. */
export const ACTIVE_TAIL = /(?<=\d[BM])-A\d{1,3}(?:\.\d)?B$/;

/** A Hangul name, its Latin spelling in parentheses, then the rest of the name ("로아(LOA)-8B", "누리(NURI) 2"). */
const GLOSSED_INSIDE = /^([가-힣]{1,10})\(([A-Za-z][A-Za-z0-9]{0,12})\)([\s-]?[A-Za-z0-9][A-Za-z0-9.\s-]{0,15})$/;
/** A mention of a name no gazetteer lists (with the company it names as the developer, where the text says so). */

export function discoveredMention(type: Mention['type'], name: string, start: number, end: number, developer?: string): Mention {
  const round = type === 'Policy' ? YEAR_ROUND.exec(name) : null;
  const bare = round ? round[1]! : name;
  // "로아(LOA)-8B": a model's name glossed inside, before its size or version, is the same model as "로아-8B" (and "LOA-8B")
  const glossed = type === 'Model' ? GLOSSED_INSIDE.exec(name) : null;
  const plain = glossed ? `${glossed[1]!}${glossed[3]!}` : bare;
  const m: Mention = { type, key: `${type.toLowerCase()}:~${normalizeName(plain)}`, surface: bare, aliases: round ? [name] : glossed ? [plain, `${glossed[2]!}${glossed[3]!}`] : [], start, end, via: 'discovered' };
  if (developer) m.developer = developer;
  // "솔빛-R 14B": the name without its size is the same model when the article names only this size
  // (so is it without a mixture of experts' total and active sizes: "솔빛-M 16B-A3B" … "솔빛-M")
  const bareKey = type === 'Model' ? sizedBareKey(name) : undefined;
  if (bareKey) m.bareKey = bareKey;
  return m;
}

/** The key of a sized name's bare name ("솔빛-R 14B" → 솔빛-R; "솔빛-M 16B-A3B" → 솔빛-M), or none for a name with no size at its end. */
export function sizedBareKey(name: string): string | undefined {
  const sized = /^(.+?[^\s-])[\s-](\d+(?:\.\d+)?[BM])$/.exec(name.replace(ACTIVE_TAIL, ''));
  return sized ? `model:~${normalizeName(sized[1]!)}` : undefined;
}

/** Sentence cues more than one discoverer reads: a score, a sentence about models, a base or release wording after a name. */
export const SCORE_SENTENCE = /\d점|\d\.\d+\s?(?:점|%|\)|을|를|로|으로|이다|였다|(?:이)?라고\s)/;
export const MODEL_SENTENCE = /매개변수|파라미터|parameters|모델|LLM|학습|벤치마크|기반으로|토대로|바탕으로|파인튜닝|미세조정/;
export const BASE_AFTER = /^\s?(?:\([^)]{1,30}\)\s?)?(?:(?:에|에서)\s[^.]{0,25}?(?:추가로\s|추가\s)?(?:학습|증류|파인튜닝|미세조정)|의\s뒤를\s잇|(?:을|를|에|의)?\s?(?:기반|바탕|토대|베이스)|(?:\s(?:시리즈|제품군|라인업|패밀리))?(?:을|를|도)\s?(?:(?:지난\s?)?\d{1,2}일\s|이날\s|오늘\s|최근\s|올해\s|연내\s|(?:내년|다음\s?달|올해|연내)\s(?:(?:상반기|하반기|초|중순|말|중)\s)?)?(?:함께\s|새로\s|새롭게\s|정식\s|최초로\s|처음\s|잇달아\s|정식으로\s|공식\s|공동\s|공동으로\s)?(?:(?:개발|공개|출시|선보|내놓)\s?(?:했|한|할|하|중|됐|된|였|해|을|일)|내놨|내놓았|선보였|내놓(?:은|는|고|아)|선보(?:인|이는|이고|여)))/;

/** Words of an English headline or description that no model's name holds: a verb of releasing, a hyphened adjective. */
export const ENGLISH_HEADLINE_WORD = /\b(?:Unveils?|Releases?|Launch(?:es)?|Announces?|Introduces?|Debuts?|Rolls|Opens?|Open-Sources?|In-House|Open-Source|Open-Weight|Large-Scale|Next-Generation|Next-Gen|State-of-the-Art|Domain-Specific|Korean-Language|Multi-Modal|On-Device)\b/;

/** "전자학회지 31(4), 2026", "학회논문지 12(3), pp. 1-9": a journal's volume and issue in a reference (then its year or pages), no model's version. */
export const CITATION_ISSUE_AFTER = /^\(\d{1,3}\),\s?(?:(?:19|20)\d{2}|pp?\.\s?\d|\d{1,4}[-–]\d{1,4})/;

/** The ministries and agencies that run programmes, by full and short name ("고용노동부 직업훈련 사업", "국토부 스마트시티 사업"). */
export const MINISTRY = String.raw`(?:과기정통부|과학기술정보통신부|산업통상자원부|산업부|중기부|중소벤처기업부|행정안전부|행안부|고용노동부|고용부|교육부|국토교통부|국토부|보건복지부|복지부|문화체육관광부|문체부|농림축산식품부|농식품부|환경부|해양수산부|해수부|국방부|기획재정부|기재부|여성가족부|여가부|법무부|외교부|통일부|식품의약품안전처|식약처|방위사업청|특허청|조달청|금융위원회|금융위|개인정보보호위원회|방송통신위원회|방통위)`;
