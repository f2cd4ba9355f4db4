/**
 * Companies in explicit company forms ("(주)X", "스타트업 X", "X사", consortium leads; their country from
 * company-countries.ts), and anonymous models with a clear owner ("알리바바의 오픈소스 LLM").
 */
import { normalizeName } from '../../graph/index.js';
import { NEW_COMPANY_NOUN } from '../founded.js';
import { stripParticles } from '../korean.js';
import { closedAt } from '../hangul.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, isTitleWord, overlaps, type DiscoveryLexicon } from './discover-common.js';
import { discoverPartners } from './discover-partners.js';
import { discoverStaffedCompanies } from './discover-staffed.js';
import { discoverPredicatedCompanies } from './discover-predicated.js';
import { isKoreanName } from './person-names.js';
import { isGroupUnit, isUnitBeforeTitle } from './company-units.js';
import { companyWithCountry, countryAround, isCountryWord } from './company-countries.js';
import { AI_MODIFIES_AFTER, COMMON_LAB, CONNECTIVE_END, FIGURE_NOUN, RUMOUR_NOUN, GENERIC_COMPANY_STEMS, GENERIC_STEMS, CREDIT_KIND, HEALTHCARE_KIND, INSURANCE_KIND, LOGISTICS_KIND, NOT_COMPANY, NOT_COMPANY_MEMBER, PUBLICATION_AFTER, UNIT_AFTER, FILE_NAME_AFTER } from './company-words.js';
import { matchesIn } from './text-scans.js';
import { sameCompanyInTwoScripts } from '../transliterate.js';
import { discoverPlacedCompanies } from './discover-placed-companies.js';
import { discoverSignOffCompanies } from './discover-signoff-companies.js';
import { inHouseTeamOwners } from './discover-team-owners.js';
import { discoverHeadedInstitutes } from './discover-institutes.js';

const COMPANY_FORMS = // (a registered name may open on the word 스튜디오, "(주)스튜디오 X", a studio's whole name)
  // (a mark the name ends on is followed by its particle, not a name: "X(주)와는", "X㈜가")
  // (a trade's company word, "물류 회사 X와", too; not a bare 회사) (an affiliation's footnote digit may be glued before an AI lab's name: "1X AI연구소 (X AI Research)", a superscript read flat; no name starts glued after a web address's dot, "NEWS.CO.KR가온AI": a link card's domain before its headline)
  /(?:\(주\)|㈜|주식회사\s?|(?:법무|회계|세무|특허)법인\s)(?!(?:와|과|은|는|이|가|의|을|를|에|도|랑|이랑|로|으로)(?:는|도|의|서|게)?[\s,.])((?:스튜디오|Studio)\s[가-힣A-Za-z][가-힣A-Za-z0-9]{0,9}|[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,15})|(?:스타트업(?:인)?|AI 기업|AI기업|기업|(?<!산)업체|빅테크|연구기업|개발사(?:인)?|경쟁사(?:인)?|(?:통신사|운영사|제조사|공급사|(?<!보험\s?)설계사|팹리스)(?:인)?|상장사|비상장사|상장기업|자회사|계열사|게임사|제약사|배급사|출판사|(?<![가-힣])(?:물류|보안|제약|의료|금융|핀테크|게임|반도체|로봇|바이오|헬스케어|커머스|유통|교육|법률|보험|광고|클라우드|소프트웨어|데이터|IT|AI)\s회사)\s([A-Z][A-Za-z0-9&]{2,15}(?:\s(?:AI|Labs?|Technologies|Tech))?(?![가-힣A-Za-z])|[가-힣A-Za-z0-9]{2,15}?(?:\s(?:AI|랩스|Labs?|게임즈|스튜디오|엔터테인먼트))?(?=(?:(?:와|과|랑|이랑|하고)(?:도|는|의)?|은|는|이|가|의|도|에도|에는|에서|에서는)\s|(?:은|는|이|가|도),\s|(?:을|를)\s(?:(?:공동\s?|새로\s|직접\s)?(?:창업|설립|창립|세웠|세운|세우|차렸|차린|차리|인수)|(?:사례로\s|예로\s)?(?:언급했|언급한|언급하|소개했|소개한|소개하|꼽았|꼽은)|비롯한|비롯해|포함한|포함해|더해|더하면|더한|합쳐|합치면)|(?:였|이었)(?:다|습니다|고|으며|는데)|(?:입니다|인데요|이에요)[.\s]|\([A-Za-z]|,\s|(?<=(?:자회사|계열사)\s[가-힣A-Za-z0-9]{2,15})\s및\s|\s등(?:이|은|을|도|과|와|의)?\s|(?<![을를이가은는의와과도에])\s\d{1,2}\s?(?:곳|개사)(?:이|가|은|는|을|를|도|의)?\s))|(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&]{2,15})사(?=(?:는|가|의|와|도|에서|측)?[\s,])|(?:(?<![가-힣A-Za-z0-9]|[A-Za-z]\.)|(?<=(?:^|\s)\d)(?=[가-힣]{2,8}(?:AI|에이아이)(?:랩|연구소|연구원)[\s,(]))([가-힣]{2,8}\s랩스(?!\s?\()|[가-힣A-Za-z][가-힣A-Za-z0-9]{0,9}?(?:(?:AI|에이아이)(?:랩|연구소|연구원)|AI|에이아이|랩스|(?<=[가-힣]{2})랩|테크놀로지스|테크놀로지|로보틱스|소프트|테크|시스템즈|데이터|웍스|칩스|세미콘|다이내믹스|인텔리전스|마인드|브레인|클라우드)(?:\s?코리아)?)(?=(?:은|는|이|가|의|(?:와|과)(?:의|는|도)?|(?:이랑|랑)(?:도|은|는)?|도|에서(?:는|도)?|측|로|으로|를|을|에(?:는|도|게)?|다|이다|입니다|였다|이었다|까지|보다|처럼)?[\s,.·、(]|$)/g;
const GLOSSED_COMPANY = /(?<=(?:스타트업|기업|업체|회사|개발사|빅테크|통신사|운영사|공급사|그룹|거래소|증권사|카드사|보험사)\s)((?![이그새두세각한전현]\s)[가-힣]{1,8}(?:\s[가-힣]{1,8}){0,2})\(([A-Z][A-Za-z0-9&.]*(?:\s[A-Z][A-Za-z0-9&.]*){0,2})\)(?=(?:와|과|은|는|이|가|의|도|에|를|을|측)?[\s,.])/g;
const SUFFIXED_GLOSS = /(?<![가-힣A-Za-z0-9])([가-힣]{1,10}\s?(랩스|랩|테크|소프트|웍스|에이아이|로보틱스|시스템즈|네트웍스|바이오))\(([A-Z0-9][A-Za-z0-9]{0,15}?\s?(Labs|Lab|Tech|Soft|Works|AI|Robotics|Systems|Networks|Bio))\)(?=(?:은|는|이|가|의|와|과|도|측|에서|를|을)?[\s,.])/g;
const GLOSS_SUFFIX_PAIRS: Record<string, string> = { 랩스: 'labs', 랩: 'lab', 테크: 'tech', 소프트: 'soft', 웍스: 'works', 에이아이: 'ai', 로보틱스: 'robotics', 시스템즈: 'systems', 네트웍스: 'networks', 바이오: 'bio' };
/** A professional firm's legal form before its name ("법무법인 X"), unlike "(주)" or "주식회사" part of how it is called. */
const FIRM_FORM = /^((?:법무|회계|세무|특허)법인)\s/;
/** "KB인베스트먼트", "IBK캐피탈", "NH투자증권", "iM뱅크": a Latin group name (two to four capitals, or one after a small letter) glued to a financial firm's suffix. */
const LATIN_INVESTOR = /(?<![가-힣A-Za-z0-9])((?:[A-Z]{2,4}|[a-z][A-Z]{1,3})[가-힣]{0,3}(?:인베스트먼트|파트너스|벤처스|캐피탈|증권|자산운용|벤처캐피탈|뱅크|은행|카드|생명|손해보험|금융지주))(?=(?:(?:와|과|에|에서|으로|로)(?:도|는)?|(?:으로|로)부터|은|는|이|가|의|도|측|를|을)?[\s,.·、]|$)/g;
/** The words that end a company's name ("X은행", "X증권", "X신용정보"). */
const COMPANY_SUFFIX_WORDS = '정보통신|은행|증권|카드|생명|화재|해상|보험|전자|그룹|제약|건설|중공업|화학|에너지|홀딩스|코퍼레이션|코포레이션|금융지주|캐피탈|텔레콤|모빌리티|엔터테인먼트|게임즈|네트웍스|파트너스|벤처스|인베스트먼트|반도체|디스플레이|자동차|항공|해운|물산|상사|푸드|리테일|커머스|물류|로지스틱스|헬스케어|신용정보|신용평가';
const COMPANY_SUFFIX_END = new RegExp(`(?:${COMPANY_SUFFIX_WORDS})$`);
const COMPANY_SUFFIX = new RegExp(String.raw`(?<![가-힣A-Za-z0-9])([가-힣]{2,8}(?:${COMPANY_SUFFIX_WORDS}))(?=(?:(?:와|과|에|에서|으로|로|이랑|랑)(?:도|는)?|(?:으로|로)부터|은|는|이|가|의|도|측|를|을|이다|다|입니다|이며|이고|이자|였다|이었다)?[\s,.·、]|$|[-–](?=[가-힣A-Z])|\((?=이하\s?['"‘“「『]?[가-힣]{2,4}['"’”」』]?\)))`, 'g'); // (and before the short form it defines for itself: "X손해보험(이하 '당사')은")
/** "기업법무그룹", "지식재산그룹", "디지털전략그룹": a group named by a field of work is a firm's practice group or unit, no company (a 금융그룹 is one). */
const FIELD_GROUP_STEM = /(?:법무|재산|규제|조세|송무|노동|형사|전략|사업|연구|개발|디지털|영업|분쟁|공정거래|인사|재무|자문|소송|컴플라이언스|부동산|해외사업|기술혁신)$/;
/** "스마트건설 얼라이언스", "시스템반도체 산업", "석유화학·철강 분야": a suffixed word heading (or listed with) a sector, field or body is no company. */
const SECTOR_AFTER = /^(?:·[가-힣]{1,6}){0,5}\s?(?:산업|분야|업계|시장|생태계|기술|얼라이언스|협의체|포럼|위원회|사업|정책)(?:은|는|이|가|을|를|의|에|에서|과|와|도|으로|로)?(?![가-힣])/;
const CONSORTIUM_LEAD = /(?<![가-힣A-Za-z0-9·])([가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9&]{1,15})\s?컨소시엄(?=\s|\(|은|는|이|가|의|에|을|를|과|와|도|으로|로|,|$)/g;
/** "X가 이끄는 컨소시엄", "X가 주관한 컨소시엄": the subject of leading a consortium is a company. */
const LEADS_CONSORTIUM = /(?<![가-힣A-Za-z0-9·])([가-힣][가-힣A-Za-z0-9]{1,9}?|[A-Z][A-Za-z0-9&]{1,15})(?:이|가)\s(?:각각\s)?(?:이끄는|이끈|이끌|주관하는|주관한|주도하는|주도한)\s(?:[가-힣0-9]{1,6}\s)?컨소시엄/g;
/** "컨소시엄에는 A와 B, C가 참여/합류/이름을 올려": a roster of one-word names. */
const CONSORTIUM_ROSTER = /컨소시엄(?:에는|엔|에도)\s((?:[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}(?:(?:와|과)\s|,\s?|·)){1,6}[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?)(?:이|가|도)\s(?:참여|합류|이름을\s?올)/g;
/** "X 컨소시엄은 A, B와 함께 …": the members a consortium works with. */
const CONSORTIUM_WITH = /컨소시엄(?:은|는|이|가)\s((?:[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}(?:,\s?|·)){0,5}[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?)(?:와|과)\s함께/g;
/** "A·B 컨소시엄": a consortium named after its members, joined by middle dots. */
const DOTTED_CONSORTIUM = /(?<![가-힣A-Za-z0-9·])((?:(?:[가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9&]{1,15})·){1,4}(?:[가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9&]{1,15}))\s?컨소시엄/g;
const ROSTER_JOIN = /(?:와|과)\s|,\s?|·/;
const ROSTER_NAME = /^[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}$/;
/**
 * Words before 컨소시엄 that are no company ("정예 컨소시엄", "5개 컨소시엄", "경쟁 컨소시엄", "수행할 컨소시엄", "평가 이후 컨소시엄을"), and the field a consortium works in
 * ("X가 주관한 제조 컨소시엄", "의료 컨소시엄"), an adverb of respect ("구조상 컨소시엄으로", "사정상"), a round's outcome ("2단계 진출 컨소시엄", "본선 통과 컨소시엄", "이번 공모 컨소시엄"), a distributive "per team" ("기업별 컨소시엄 현황"); a verb's connective ending before it ("탈락팀이 나오면서 컨소시엄 참여사의", "B를 참여사로 끌어들여 컨소시엄을", "영입해 컨소시엄을", "출범을 앞두고 컨소시엄에서", "자리를 옮겨 컨소시엄을", a copula's "이지" ("이용 계약이지 컨소시엄 참여는 아니다") is no name either.
 */
const NOT_CONSORTIUM_LEAD = /^(?:특화|전문|중심|기반|개발|구축|학습|도입|활용|운영|지원|사업|제출|의료|제조|법률|법무|리걸|금융|교육|국방|공공|물류|유통|농업|바이오|헬스케어|모빌리티|에너지|반도체|보안|게임|미디어|로봇|자동차|조선|건설|행정|복지|환경|분야|부문|트랙|산업|함께|공동으로|새로|별도|자체|따로|정예|적격|부적격|우수|유력|해당|경쟁|상대|탈락|선정|진출|진입|통과|잔류|선발|합격|최종|민간|기업|대기업|중소기업|중견기업|스타트업|벤처기업|벤처|통신사|통신|연합|국가대표|다른|모든|각|각각|특정|일부|개별|복수|어느|어떤|이|그|두|세|네|다섯|여러|주관|참여|수행|실증|신청|응모|공모|산학|산학연|산학연관|공동|대학|연구|컨소시엄|신규|기존|후보|예비|차순위|후순위|선순위|차점|본선|결선|1차|2차|우승|승자|패자|대표|이번|이들|아직|이미|다시|처음|먼저|나중|또한|특히|역시|이제|지난달|지난주|지난해|지난번|이달|이번달|올해|작년|내년|최근|당시|현재|이후|이전|직후|직전|이래|전후|무렵|앞서|어제|오늘|당초|애초|초기|한|한국형|글로벌|국내|해외|대형|소형|컨소|AI|(?:팀|기업|기관|분야|부문|과제|지역|권역|단계|유형|업종|트랙)별|꾸린|만든|이룬|모인|뭉친|짠|이끈|(?:규모|구조|사정|편의|형식|절차|일정|여건|성격|특성|현실|관행|규정|제도)상|[가-힣]+(?:은|는|이|가|을|를|의|에|과|와|도|로|로서|로써|부터|까지|에서|에게|마저|조차|보다|된|한|인|던|린|든|할|될|적|형|개|곳|팀|면서|지만|는데|도록|려고|하여|해서|하고|하며|시켜|들여|[입성집합함]해|고|겨|이지))$/;
/** Before a capitalised name: a unit of the speaker's own company, a post's, or one a company's own words place inside it ("our AI Lab", "Head of AI Lab", "its new Reasoning Lab", "their in-house X Labs"), no company. */
const EN_UNIT_BEFORE = /(?:\b(?:[Oo]ur|[Ii]ts|[Tt]heir)(?:\s(?:new|own|in-house|internal|newly\s(?:formed|created|launched)))?|\b[Hh]ead of)\s$/;
/** After a company's possessive, a lab or research unit ("who heads KT's AI Future Lab") or a unit a post follows ("X's Gen AI Lab head"): no company. */
const EN_UNIT_LAB = /\s(?:Labs?|Research)$/;
const isEnglishUnit = (before: string, after: string, name = ''): boolean => EN_UNIT_BEFORE.test(before) || (/[A-Za-z]['’]s\s$/.test(before) && (/^\s(?:head|lead|director|chief|manager|team)\b/.test(after) || EN_UNIT_LAB.test(name)));
/** (an English heading, preposition, conjunction, origin or kind word before the name is no part of it: "About X AI", "at X Labs", "When X AI released", "French AI company X", "Startup X Labs", "Chaebol AI labs"; nor is a bare "AI Labs" or "AI Research" a company's name, only its unit's, nor a job title's first words, "ML Research Engineer", "NAME Research Lead @ X"; a columnist's sentence-opening imperative: "Take X Labs, a start-up …", "Consider X AI"; a question's auxiliary or question word: "Did X Labs apply …?", "How X AI …") */
const LATIN_COMPANY = /(?<![A-Za-z0-9])(?!AI\s(?:Labs?|Research|Tech)(?![A-Za-z0-9]))(?!(?:About|At|For|With|From|By|In|On|Of|To|And|When|While|After|Before|Since|Because|Although|Though|Once|Until|Unless|If|As|But|Meanwhile|However|Unlike|Like|Despite|Under|Contact|Meet|Inside|Join|French|American|Korean|Chinese|Japanese|German|British|Canadian|European|Asian|Israeli|Indian|Global|Generative|Leading|Startup|Start-up|Unicorn|Chipmaker|Chaebol|Conglomerate|Rival|Artificial|Gen|Take|Consider|Contrast|Compare|Imagine|Recall|Remember|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Will|Would|Can|Could|Should|Why|How|What|Where|Which)\s)([A-Z][A-Za-z0-9&]{1,20}(?:\s[A-Z][A-Za-z0-9&]{1,20}){0,2}\s(?:Labs?|AI|Technologies|Tech|Inc\.?|Corp\.?|Systems|Robotics|Research|Works|Soft|Dynamics|Intelligence|Networks|Cloud))(?!\s(?:[A-Z][a-z]+\s){0,2}(?:Association|Federation|Council|Forum|Institute|Society|Foundation|Agency|Committee|Commission|Center|Centre|Wire|Newswire|News|Times|Herald|Journal|Gazette|Tribune|WEEKLY|Weekly|DAILY|Newsletter|NEWSLETTER|Digest|DIGEST|(?:Engineer|Scientist|Researcher|Manager|Director|Intern|Architect|Analyst|Developer|Lead)s?)\b)(?=(?:은|는|이|가|의|와|과|도|에서|측|를|을)?[\s,.·]|$)/g;
/** A wire release's all-caps labels before a company's name: "NEWS PROVIDED BY", "SOURCE", "MEDIA CONTACT". */
const WIRE_LABEL = /^(?:(?:NEWS|PROVIDED|BY|SOURCE|MEDIA|CONTACT|FROM|ABOUT)\s)+/;
const COMMON_SUFFIXED = /^(?:빅데이터|공공데이터|원천데이터|학습데이터|훈련데이터|합성데이터|개인데이터|마이데이터|오픈데이터|메타데이터|정형데이터|비정형데이터|시계열데이터|가명데이터|핀테크|에듀테크|딥테크|푸드테크|리걸테크|헬스테크|프롭테크|애그테크|클린테크|기후테크|하이테크|빅테크|레그테크|인슈어테크|스포츠테크|뷰티테크|펫테크|메드테크|바이오테크|그린테크|스페이스테크|모빌리티테크|시스템즈|데이터|테크|마인드|그로스마인드|인텔리전스|비즈니스인텔리전스|클라우드|퍼블릭클라우드|프라이빗클라우드|하이브리드클라우드|멀티클라우드|소버린클라우드|공공클라우드|민간클라우드|국산클라우드|토종클라우드|글로벌클라우드)$/;

/** "X랩(Gloss)이라는 이름을 붙였다": a name being given (to a model, a project) is no company's. */
const NAME_GIVEN = /^(?:\([^()]{1,30}\))?(?:이)?(?:라는\s(?:이름|명칭)|라고\s(?:이름\s?붙|명명))/;
/** Words that say the lab after them is a unit of a company ("신설 조직인 X랩", "산하 X랩", "사내 X랩"), or a company named just before ("A사의 X랩", "A사에서는 X랩을"), or set up by the sentence's company ("A사는 X랩을 신설하고"). */
const UNIT_BEFORE = /(?:조직|부서|산하|신설|사내|내부|직속|소속)(?:인|의|된)?\s$/;
const isUnitLab = (text: string, start: number, ms: Mention[], end = start): boolean =>
  UNIT_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || ms.some((x) => x.type === 'Company' && x.via !== 'blocked' && (/^(?:의|에서는?|에선)\s$/.test(text.slice(x.end, start)) || (x.end < start && /^(?:은|는|이|가)\s/.test(text.slice(x.end, x.end + 2)) && /^(?:을|를)\s(?:새로\s|새롭게\s)?(?:신설|꾸리|꾸렸)/.test(text.slice(end, end + 12)))));


/** The head noun a quotative "(이)라는" introduces a company with: "X라는 데", "X라는 곳", "X라는 회사". */
const QUOTATIVE_HEAD = /^는\s(?:데|곳|회사|기업|업체|스타트업|팀)(?:가|는|를|도|에서|이|의|인데)?[\s,.]/;

/** An aim's or a notion's noun a quotative "(이)라는" names ("…이라는 (본래) 취지", "…라는 목표"): what it quotes is no company. */
const QUOTED_NOTION = /^는\s(?:[가-힣]{1,4}\s)?(?:취지|목표|목적|명분|의미|구호|슬로건|과제|원칙|가치|기조|방침|구상|비전|숙제|화두|명제)/;

/** "X라" before "는 데가": the name without the quotative ("X라는" after a Latin-final name, or before a company noun). */
function stripQuotative(name: string, after: string): string {
  if (!after.startsWith('는 ')) return name;
  const stem = name.replace(/이?라$/, '');
  if (stem.length < 2) return name;
  return /[A-Za-z0-9]$/.test(stem) || QUOTATIVE_HEAD.test(after) ? stem : name;
}

/** Companies in explicit company forms ("(주)X", "스타트업 X", "Xyz사"). */
export function discoverCompanies(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  // a generic word blocked inside a longer name ("노바라인 AI") does not stop the name
  const ms = taken.filter((m) => m.via !== 'blocked' || !/^(?:AI|에이아이)$/i.test(text.slice(m.start, m.end)));
  for (const m of matchesIn(COMPANY_FORMS, text)) {
    let name = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    // ("(주)X인 Y": the copula before a noun; "(주)로봇브레인" at the end of a line, before punctuation or before its gloss "(RobotBrain Inc.)" keeps its last syllable; so does one before its team's noun, "㈜X로 컨소시엄 (참여: Y)", or a joint bid's, "(주)X로 외 1개사", "(주)X로 공동수급체")
    // "스타트업 X라는 데가", "스타트업 Xyz라는 곳": the quotative "(이)라는" after the name is no part of it
    // ("기업 성장이라는 취지", "스타트업 지원이라는 목표": a notion the quotative names before an aim's noun is no company)
    if (m[2] && /라$/.test(name) && QUOTED_NOTION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    if (m[2] && name.endsWith('라')) name = stripQuotative(name, text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (m[2]) name = name.replace(/(?<=[A-Za-z0-9])(?:인데|이며|이고|이자)$/, ''); // ("AI 기업 가온AI인데, …": the copula's connective after a Latin end)
    // ("㈜X1)": a report's footnote number glued after the marked name is no part of it)
    if (m[1] && /^\)/.test(text.slice(m.index + m[0].length)) && /[가-힣]\d$/.test(name)) name = name.slice(0, -1);
    // (and "(주)여울바다, Y(주)": a name ending in 다 in a list of names, or a cell of its own, keeps it; "(주)X다." is the copula)
    const after = text.slice(m.index + m[0].length);
    const teamAfter = /^\s?(?:컨소시엄|공동수급|외\s?\d{1,2}\s?개?(?:사|업체|곳))/.test(after);
    if (m[1] && !(name.endsWith('인') && /^\s*(?:$|[,.;:()\]|/])/.test(after.slice(0, 3))) && !(name.endsWith('다') && /^\s*(?:$|[,;·/])/.test(after.slice(0, 3))) && !teamAfter) name = stripParticles(name);
    // ("㈜X는 컨소시엄을 구성해", "㈜X와 컨소시엄을": a topic or a partner's particle before the team's noun is still no part of the name)
    else if (m[1] && teamAfter && /^\s(?:컨소시엄|공동수급)(?:을|를|에|으로|이|가)?\s/.test(after) && /[가-힣]{2}(?:은|는|와|과)$/.test(name)) name = name.slice(0, -1);
    if (m[4] && GENERIC_STEMS.test(name.replace(/(?:(?:AI|에이아이)연구(?:소|원)|AI|에이아이|랩스|테크놀로지스|테크놀로지|로보틱스|소프트|테크|시스템즈|데이터|웍스|칩스|세미콘|다이내믹스|인텔리전스|마인드|브레인|클라우드)$/, '').trimEnd())) continue;
    if (m[4] && /(?:대|대학교?|국립|국가|한국|정부|[시도])(?:AI|에이아이)연구(?:소|원)$/.test(name)) continue; // ("서울대AI연구원": a university's or the state's institute, no company's lab)
    // the newer suffixes ("…테크", "…데이터") need a name of two syllables or more before them, and no common compound ("빅데이터", "핀테크")
    const newSuffix = m[4] ? /(?:테크|시스템즈|데이터|웍스|칩스|세미콘|다이내믹스|인텔리전스|마인드|브레인|클라우드)$/.exec(name) : null;
    if (newSuffix && (name.length - newSuffix[0].length < 2 || COMMON_SUFFIXED.test(name))) continue;
    // (a country word blocked as a name, "미국 오로라랩스는", is no company before it: it says where the company is from)
    if (m[4] && (ms.some((x) => x.type === 'Company' && x.end >= m.index - 1 && x.end <= m.index && !(x.via === 'blocked' && isCountryWord(text.slice(x.start, x.end), lx))) || isUnitBeforeTitle(text, m.index, m.index + name.length, [...ms, ...out], lx))) continue;
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (/^\d/.test(name)) continue;
    if (m[2] && /^[이은을][\s,]/.test(text.slice(end)) && closedAt(text, end - 1) === false) continue; // ("기업 가온아이 컨소시엄": 이 after an open syllable ends the name)
    // "X랩" (one lab) after two syllables or more: not a unit ("신설 조직인 X랩"), nor one named after a model or a field ("멀티모달랩", "리빙랩")
    if (m[4] && /[가-힣]랩$/.test(name) && !/(?:AI|에이아이)랩$/.test(name) && (COMMON_LAB.test(name) || isUnitLab(text, start, ms, end) || taken.some((x) => (x.type === 'Model' || x.type === 'Benchmark') && x.start >= start && x.end <= end))) continue;
    // (a two-syllable lab is a company only where it names no team, "'한빛랩' 팀", "한빛랩 팀이", nor a name being given)
    if (m[4] && /^[가-힣]{2}랩$/.test(name) && (new RegExp(`${name}'?\\s?팀(?:[은이과와의]|(?![가-힣]))`).test(text) || NAME_GIVEN.test(text.slice(end, end + 40)))) continue;
    // "SEOKAI 리더보드": a suffixed word before a benchmark noun names the benchmark; "하이퍼스케일AI 조직에서": one before a unit noun names a unit; "모닝AI 위클리": one before a publication's word names a newsletter; "공고문_XAI.hwp": one in a file's name names the file
    if (m[4] && (lx.benchAfter.test(text.slice(end, end + 12)) || UNIT_AFTER.test(text.slice(end, end + 10)) || PUBLICATION_AFTER.test(text.slice(end, end + 10)) || FILE_NAME_AFTER.test(text.slice(end, end + 40)))) continue;
    // "스타트업 사이에서도": a noun with a place particle after a company word is no name
    if (m[2] && /[가-힣](?:에서|에게|으로)$/.test(name)) continue;
    // "AI 기업 수장들은", "스타트업 대표들이", "대기업 연구조직의": a plural common noun or a company's unit after a company word is no name
    const bare = stripParticles(name);
    if (m[2] && (/[가-힣]{1,4}들$/.test(name) || /[가-힣](?:조직|부서|본부|사업부)$/.test(bare))) continue;
    // "흔한 스타트업 회고겠지만,": a predicate's connective ending before a comma is no name
    if (m[2] && CONNECTIVE_END.test(name)) continue;
    // "빅테크 모델과의 격차": a generic word with its particle is no name (nor a title: "게임사 최고기술책임자(CTO) 10여 명"; nor a figure: "기업 발표치와"; nor a rumour: "기업 인수설은")
    if (NOT_COMPANY.has(name) || lx.generic.has(normalizeName(name)) || (m[2] && (lx.generic.has(normalizeName(bare)) || NOT_COMPANY.has(bare) || FIGURE_NOUN.test(bare) || RUMOUR_NOUN.test(bare) || isTitleWord(bare, lx))) || isTaken(ms, out, start, end)) continue;
    // "법무법인 등에 공급": '등' ("and others") after a firm's legal form is no name, nor a kind or a relation ("법무법인 자회사", "회계법인 출신")
    if (m[1] && /^(?:등|자회사|계열사|출신|소속|고객사?|변호사)(?:에|과|와|의|을|를|이|은|도|에서|로|으로)?$/.test(name)) continue;
    const company = companyWithCountry(text, name, start, lx);
    // "법무법인 X", "특허법인 X": a firm is also called by its legal form, which is part of its name as written
    const form = m[1] ? FIRM_FORM.exec(m[0]) : null;
    if (form) company.aliases = [...company.aliases, `${form[1]!} ${name}`];
    out.push(company);
  }
  for (const m of matchesIn(LATIN_COMPANY, text)) {
    // ("NEWS PROVIDED BY X Intelligence", "SOURCE X AI": a wire release's labels are no part of the name)
    const label = WIRE_LABEL.exec(m[1]!)?.[0] ?? '';
    const name = m[1]!.slice(label.length);
    const start = m.index + label.length;
    if (!name.includes(' ') || isEnglishUnit(text.slice(Math.max(0, start - 24), start), text.slice(start + name.length, start + name.length + 12), name)) continue;
    if (lx.generic.has(normalizeName(name)) || (name.endsWith(' AI') && AI_MODIFIES_AFTER.test(text.slice(start + name.length, start + name.length + 14))) || isTaken(ms, out, start, start + name.length)) continue;
    out.push(companyWithCountry(text, name, start, lx));
  }
  if (text.includes('(주)') || text.includes('㈜') || text.includes('주식회사')) out.push(...discoverMarkedAfter(text, [...ms, ...out], lx));
  if (text.includes(', ')) out.push(...discoverSignOffCompanies(text, ms, out, lx)); // ("NAME, X 팀장": a sign-off line's organisation)
  // "IT 서비스 기업 페르다나 디지털(Perdana Digital)과", "거래소 루나빗(LunaBit)과": a company (or exchange) word, a name glossed word for word in Latin
  if (text.includes('(')) {
    for (const m of matchesIn(GLOSSED_COMPANY, text)) {
      const name = m[1]!;
      const words = name.split(' ');
      const start = m.index + m[0].length - name.length - m[2]!.length - 2;
      // (one word is a name only where the gloss spells it: "루나빗(LunaBit)", never a translation, "공시(Disclosure)")
      if (words.length !== m[2]!.split(' ').length || words.some((w) => NOT_COMPANY.has(w) || GENERIC_STEMS.test(w)) || lx.generic.has(normalizeName(name)) || (words.length === 1 && !sameCompanyInTwoScripts(name, m[2]!)) || isTaken(ms, out, start, start + name.length)) continue;
      out.push(companyWithCountry(text, name, start, lx));
    }
    // "미로웹툰(MiroToon, 일본 오사카)과": a name in two scripts with its foreign seat
    out.push(...discoverPlacedCompanies(text, ms, out, lx));
    // "에이치투랩(H2Lab)은": a Hangul name and its Latin spelling, both ending in a company suffix (랩/Lab, 테크/Tech…)
    for (const m of matchesIn(SUFFIXED_GLOSS, text)) {
      const [name, hangulSuffix, latinSuffix] = [m[1]!, m[2]!, m[4]!];
      if (GLOSS_SUFFIX_PAIRS[hangulSuffix] !== latinSuffix.toLowerCase() || name.length - hangulSuffix.length < 1) continue;
      if (COMMON_SUFFIXED.test(name) || lx.generic.has(normalizeName(name)) || isTaken(ms, out, m.index, m.index + name.length)) continue;
      out.push(companyWithCountry(text, name, m.index, lx));
    }
  }
  // "라온텍 컨소시엄": the word before 컨소시엄 names the company that leads it
  if (text.includes('컨소시엄')) {
    for (const m of matchesIn(CONSORTIUM_LEAD, text)) {
      const name = m[1]!;
      if (NOT_CONSORTIUM_LEAD.test(name) || GENERIC_COMPANY_STEMS.test(name) || lx.generic.has(normalizeName(name))) continue;
      if (isTaken(ms, out, m.index, m.index + name.length)) continue;
      out.push(discoveredMention('Company', name, m.index, m.index + name.length));
    }
    for (const m of matchesIn(LEADS_CONSORTIUM, text)) {
      const name = m[1]!;
      if (NOT_CONSORTIUM_LEAD.test(name) || GENERIC_COMPANY_STEMS.test(name) || lx.generic.has(normalizeName(name)) || isTaken(ms, out, m.index, m.index + name.length)) continue;
      out.push(discoveredMention('Company', name, m.index, m.index + name.length));
    }
    // "X 컨소시엄에는 A와 B가 참여하고 있다": the names a consortium's roster lists are companies
    for (const r of [...text.matchAll(CONSORTIUM_ROSTER), ...text.matchAll(CONSORTIUM_WITH), ...text.matchAll(DOTTED_CONSORTIUM)]) {
      let at = r.index + r[0].indexOf(r[1]!);
      for (const piece of r[1]!.split(ROSTER_JOIN)) {
        const start = text.indexOf(piece, at);
        at = start + piece.length;
        if (!ROSTER_NAME.test(piece) || NOT_COMPANY_MEMBER.test(piece) || NOT_CONSORTIUM_LEAD.test(piece) || GENERIC_COMPANY_STEMS.test(piece) || lx.generic.has(normalizeName(piece))) continue;
        if (!isTaken(ms, out, start, start + piece.length)) out.push(discoveredMention('Company', piece, start, start + piece.length));
      }
    }
  }
  for (const m of matchesIn(COMPANY_SUFFIX, text)) {
    const name = m[1]!;
    const stem = name.replace(COMPANY_SUFFIX_END, '');
    if (GENERIC_COMPANY_STEMS.test(stem) || (name.endsWith('그룹') && FIELD_GROUP_STEM.test(stem)) || (/(?:물류|로지스틱스)$/.test(name) && LOGISTICS_KIND.test(stem)) || (name.endsWith('헬스케어') && HEALTHCARE_KIND.test(stem)) || INSURANCE_KIND.test(name) || CREDIT_KIND.test(name) || SECTOR_AFTER.test(text.slice(m.index + name.length, m.index + name.length + 44)) || lx.generic.has(normalizeName(name)) || isTaken(ms, out, m.index, m.index + name.length) || isGroupUnit(text, m.index, name, [...ms, ...out], lx)) continue;
    out.push(discoveredMention('Company', name, m.index, m.index + name.length));
  }
  // "KB인베스트먼트", "DS자산운용", "iM뱅크": a short Latin group name before an investor's or a bank's suffix
  for (const m of matchesIn(LATIN_INVESTOR, text)) {
    const name = m[1]!;
    if (/^(?:AI|IT|ICT|AX|DX|VC|CVC|PE)(?![A-Z])/.test(name) || lx.generic.has(normalizeName(name)) || isTaken([...ms, ...out], [], m.index, m.index + name.length)) continue;
    out.push(discoveredMention('Company', name, m.index, m.index + name.length));
  }
  for (const m of countedListMembers(text, [...ms, ...out], lx)) out.push(m);
  // "합작법인 '다온브릿지'", "자회사 '누리AI랩'을": the name of a company being set up
  if (NEW_COMPANY.test(text))
    for (const f of text.matchAll(FOUNDED_NAME)) {
      const start = f.index + f[0].length - f[1]!.length - 1;
      if (!NOT_COMPANY.has(f[1]!) && !lx.generic.has(normalizeName(f[1]!)) && !isTaken(ms, out, start, start + f[1]!.length)) out.push(discoveredMention('Company', f[1]!, start, start + f[1]!.length));
    }
  const defined = DEFINED_CUE.test(text) ? definedCompany(text, [...ms, ...out], lx) : undefined;
  if (defined) out.push(defined);
  for (const m of discoverPartners(text, ms, out, lx)) out.push(m);
  if (text.includes('스타트업 ') || text.includes('기업 ') || text.includes('라는 ') || text.includes('개발사 ') || text.includes('업체 ') || /(?:파트너|파트너사|협력사|고객사)(?:였던|이던|인)\s|컨소시엄(?:의)?\s?(?:참여|회원사|파트너사|협력사)/.test(text)) out.push(...discoverStaffedCompanies(text, ms, out, lx), ...discoverPredicatedCompanies(text, ms, out, lx));
  if (text.includes('사내')) out.push(...inHouseTeamOwners(text, [...ms, ...out], lx));
  if (text.includes('장 ')) out.push(...discoverHeadedInstitutes(text, ms, out, lx)); // ("X연구원(원장 NAME)은 … 개발했다")
  return out;
}

const NEW_COMPANY = new RegExp(NEW_COMPANY_NOUN);
// (a gloss in parentheses may follow the noun: "합작법인(JV) 'X'")
const FOUNDED_NAME = new RegExp(String.raw`${NEW_COMPANY_NOUN}(?:\s?\([A-Za-z가-힣]{1,10}\))?\s['"‘“]([가-힣A-Za-z][가-힣A-Za-z0-9&\s]{1,15}?)['"’”](?=\s|을|를|이|가|은|는|의|와|과|로|으로|도|,|\()`, 'g');

/** A sentence that defines its subject as a company: "…스타트업이다", "…개발사입니다", "…기업이며". */
const DEFINED_CUE = /(?:스타트업|기업|회사|업체|개발사|제조사|연구소)(?:이다|입니다|이며|이자|이고|이었다|였다|다[.\s]|다$|으?로,)/;
/** "X는 2024년 설립된 서울의 AI 스타트업이다": the topic opening the sentence, defined by a company noun closing it. */
/** (also a writer's own, "우리 회사 X(Latin)는 …"; a short quoted name may come between, "X는 경량 모델 'Y'를 개발한 AI 스타트업이다"; or the definition opens the sentence, "X는 … 회사로, …") */
const DEFINED_AS = /^(?:(?:우리|저희)\s?회사\s)?['"‘“]?([A-Z][A-Za-z0-9&.\-]{1,15}|[가-힣][가-힣A-Za-z0-9\-]{2,11})(?:\([A-Za-z][A-Za-z0-9&.\- ]{1,30}\))?(?:은|는)\s(?:[^.!?'"‘’“”]|['‘"“][^.!?'"‘’“”]{1,20}['’"”]){0,60}?(?<![가-힣])(?:[가-힣A-Za-z]{0,8})(?:스타트업|기업|회사|업체|개발사|제조사|연구소)(?:이다|입니다|이며|이자|이고|이었다|였다|다(?=[.\s]|$)|으?로(?=,))/;
/** Topics that are no company name: pronouns, plural and generic nouns, other kinds of organisation. */
const NOT_DEFINED = /(?:들|스타트업|기업|회사|업체|개발사|제조사|대학교|대학|병원|재단|협회|정부|부처|기관|[부처청원]|모델|서비스|플랫폼|제품|사업|이곳|그곳|저희|우리)$/;
function definedCompany(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention | undefined {
  const m = DEFINED_AS.exec(text);
  if (!m) return undefined;
  const name = m[1]!;
  const start = m[0].indexOf(name);
  if (NOT_DEFINED.test(name) || NOT_COMPANY.has(name) || GENERIC_COMPANY_STEMS.test(name) || GENERIC_STEMS.test(name) || lx.generic.has(normalizeName(name))) return undefined;
  if (overlaps(taken, start, start + name.length)) return undefined;
  const mention = discoveredMention('Company', name, start, start + name.length);
  const country = countryAround(text, start, start + name.length, lx);
  if (country) mention.properties = { country };
  return mention;
}

/**
 * "X(주)", "X㈜", "X 주식회사(이하 …)": a name with the Korean corporate mark or legal form after it, as a filing, a
 * transcript's cover or a company's own notice writes it (not "비상장 주식회사", "운영업체인 주식회사": a word, a copula;
 * nor "계약상대방 주식회사 X", where the form opens the next name).
 */
const MARK_AFTER = /(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,15})(?:\(주\)|㈜|(?<![인의은는이가을를와과도])\s?주식회사(?=\s?[(|,.·]|\s[A-Z]|(?:은|는|이|가|의|와|과|도|을|를|에)(?![가-힣])|\s*$))/g;
/** Words a legal form follows that name no company ("비상장 주식회사"). */
const LEGAL_FORM_WORD = /^(?:비?상장|코스닥|코스피|유가증권|외감|대한민국|주식|유한|합자|합명)$/;

/** Companies written with the corporate mark after the name: a 주식회사 is Korean unless the sentence says otherwise. */
function discoverMarkedAfter(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(MARK_AFTER, text)) {
    const name = m[1]!;
    if (NOT_COMPANY.has(name) || GENERIC_STEMS.test(name) || LEGAL_FORM_WORD.test(name) || lx.generic.has(normalizeName(name)) || isTaken(taken, out, m.index, m.index + name.length)) continue;
    const company = companyWithCountry(text, name, m.index, lx);
    company.properties = { country: 'KR', ...company.properties };
    out.push(company);
  }
  return out;
}

/** "A, B, C, D 4개 팀이", "A와 B, C 3곳이": a list of names (the first may be joined by 와/과) closed by a count of teams or companies. */
const COUNTED_LIST = /((?:[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]{0,11}(?:\s[가-힣A-Za-z0-9&]{1,8})?(?:,|(?<=[가-힣A-Za-z0-9])(?:와|과))\s){1,9}[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]{0,11}(?:\s[가-힣A-Za-z0-9&]{1,8})?)\s(?:등\s)?\d{1,2}\s?(?:(?:개|곳)\s?(?:팀|기업|사|업체|회사|컨소시엄)|곳(?=(?:이|가|은|는|도|을|를|의)\s))(?:이|가|은|는|도|을|를|의|과|와)?\s/g;

/**
 * An unknown name in a counted list whose other items are known companies ("SK텔레콤, 업스테이지, X
 * 3개 팀"): the list is of companies, so X is one too (two known companies at least, none other than companies).
 */
function countedListMembers(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (!/\d\s?(?:개|곳)/.test(text)) return out;
  for (const m of matchesIn(COUNTED_LIST, text)) {
    const items: { name: string; start: number }[] = [];
    let at = m.index;
    for (const name of m[1]!.split(/, |(?<=[가-힣A-Za-z0-9])(?:와|과) /)) {
      items.push({ name, start: at });
      at += name.length + 2;
    }
    // (the first item may take a word before the list: "통과한 SK텔레콤" is covered by the company it ends with)
    const covered = items.map((it, k) => taken.find((x) => (x.start <= it.start || (k === 0 && x.start > it.start && it.name[x.start - it.start - 1] === ' ')) && x.end >= it.start + it.name.length));
    if (covered.filter((c) => c?.type === 'Company').length < 2 || covered.some((c) => c && c.type !== 'Company')) continue;
    for (const [k, it] of items.entries()) {
      if (covered[k] || !/^[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}$/.test(it.name) || overlaps(taken, it.start, it.start + it.name.length)) continue;
      if (lx.generic.has(normalizeName(it.name)) || NOT_COMPANY.has(it.name) || GENERIC_COMPANY_STEMS.test(it.name) || /(?:은|는|이|가|을|를|의|과|와|도)$/.test(it.name)) continue;
      out.push(discoveredMention('Company', it.name, it.start, it.start + it.name.length));
    }
  }
  return out;
}
