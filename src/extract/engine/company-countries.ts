/**
 * The country of a discovered company, from what the sentence says around it: a description before it
 * ("미국 AI 기업 X", "Seoul-based startup X"), a place ("중국 베이징 소재 X"), a note after it ("X(미국)",
 * "X는 미국 … 기업이다", "X Co., Ltd. is a South Korean … company").
 */
import type { Mention } from '../types.js';
import { discoveredMention, type DiscoveryLexicon } from './discover-common.js';

/** A company discovered at `start`, with the country a description before it gives ("미국 AI 기업 X"). */
export function companyWithCountry(text: string, name: string, start: number, lx: DiscoveryLexicon): Mention {
  const mention = discoveredMention('Company', name, start, start + name.length);
  // "오로라랩스코리아": a company's Korean arm is Korean, whatever country the sentence gives its parent
  const country = /코리아$/.test(name) ? 'KR' : countryBefore(text, start, lx);
  if (country) mention.properties = { country };
  return mention;
}

/** Whether a word is a foreign country's name ("미국", "프랑스"). */
export function isCountryWord(word: string, lx: DiscoveryLexicon): boolean {
  return lx.countryWords.some(([, re]) => re.exec(word)?.[0] === word);
}

/** The cities English copy bases companies in ("Seoul-based", "Osaka-based"), with their countries. */
const CITY_COUNTRY: Readonly<Record<string, string>> = {
  Seoul: 'KR', Busan: 'KR', Incheon: 'KR', Daegu: 'KR', Daejeon: 'KR', Gwangju: 'KR', Ulsan: 'KR', Sejong: 'KR', Pangyo: 'KR', Seongnam: 'KR', Suwon: 'KR', Jeju: 'KR',
  Tokyo: 'JP', Osaka: 'JP', Kyoto: 'JP', Fukuoka: 'JP', Beijing: 'CN', Shanghai: 'CN', Hangzhou: 'CN', Shenzhen: 'CN', Paris: 'FR', London: 'GB', Berlin: 'DE', Munich: 'DE',
  'San Francisco': 'US', 'Palo Alto': 'US', 'Mountain View': 'US', 'New York': 'US', Seattle: 'US', Toronto: 'CA', Singapore: 'SG', Taipei: 'TW', 'Tel Aviv': 'IL',
};
/** "Seoul-based startup X", "Pangyo-based data firm X", "Osaka-based AI firm X": a company based in a city, in English (the city → the country). */
const CITY_BASED = new RegExp(`\\b(${Object.keys(CITY_COUNTRY).join('|')})-based\\s(?:(?:[a-z][a-z\\-]{1,15}|AI)\\s){0,3}$`);

/** "미국의 X", "중국 X" right before a company name → ISO country. */
export function countryBefore(text: string, start: number, lx: DiscoveryLexicon): string | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [iso, re] of lx.countryCues) if (re.test(before)) return iso;
  const city = before.includes('-based ') ? CITY_BASED.exec(text.slice(Math.max(0, start - 60), start)) : null;
  if (city) return CITY_COUNTRY[city[1]!];
  // "일본 진출을 위해 현지 콜센터 운영사 X": the foreign country the sentence named before
  if (LOCAL.test(before)) {
    const earlier = text.slice(0, start - before.length + before.search(LOCAL));
    for (const [iso, re] of lx.countryWords) if (re.test(earlier)) return iso;
  }
  return undefined;
}
/** "미국 샌프란시스코에 본사를 둔 X", "중국 베이징 소재 X", "일본 도쿄의 X", "독일 베를린의 인공지능(AI) 스타트업 X": a country, a place in it, then the company. */
const LOCATED = /(?:^|\s)([가-힣]{2,7})\s(?:[가-힣]{2,8}\s?){1,2}(?:에\s본사를\s둔|에\s본사를\s두고\s있는|에\s본사가\s있는|소재(?:의)?|에\s있는|에\s기반을\s둔|기반(?:의)?|의)\s(?:(?:AI|인공지능(?:\(AI\))?|생성형|IT|반도체|클라우드|소프트웨어|로봇)\s){0,2}(?:(?:기업|스타트업|업체|회사|개발사|연구소|빅테크)(?:인)?\s)?$/;
/** "본사를 미국 팔로알토에 두고 창업한 AI 스타트업 X", "미국에 본사를 둔 X": the headquarters' country, object first or with no city, maybe a verb of founding between. */
const HQ_BEFORE = /(?:^|\s)(?:본사를\s([가-힣]{2,7})(?:\s[가-힣]{2,8}){0,2}에\s(?:두고|둔)|([가-힣]{2,7})(?:\s[가-힣]{2,8}){0,2}에\s본사를\s(?:두고|둔))\s(?:[가-힣]{1,6}(?:한|된|인)\s)?(?:(?:AI|인공지능|생성형|IT|반도체|클라우드|소프트웨어|로봇)\s){0,2}(?:(?:기업|스타트업|업체|회사|개발사|연구소|빅테크)(?:인)?\s)?['"‘“]?$/;
/** "X(미국)", "X(Latin, 일본 도쿄)"; "X는 미국 샌프란시스코에 본사를 둔 AI 스타트업이다" (or "X는 2021년 미국 …에서 설립된 … 기업으로"): the country given right after the company. */
const COUNTRY_PAREN_AFTER = /^\s?\((?:[A-Za-z][A-Za-z0-9&.\-]{0,20}(?:\s[A-Za-z0-9&.\-]{1,15}){0,2},\s?)?([가-힣]{2,7})(?:\s[가-힣]{2,8})?\)/;
/** "X(본사: 도쿄도 지요다구, 대표: …)": a release's note on where the company sits, its first place word a city or a country ("도쿄도" → 도쿄 → JP). */
const HQ_PAREN_AFTER = /^\s?\(본사\s?[:：]\s?([가-힣]{2,7})(?=[\s,)])/;
/** "X(SaoMai JSC, Công ty Cổ phần SaoMai)", "X(Nordlicht GmbH)": a legal form only one country's companies take, in the company's gloss. */
const LEGAL_FORM_GLOSS = /^\s?\([^()]{0,40}?(Công ty|GmbH|Pte\.?\s?Ltd|株式会社|Kabushiki Kaisha|S\.A\.S\.)/;
const LEGAL_FORM_COUNTRY: [RegExp, string][] = [[/^Công ty$/, 'VN'], [/^GmbH$/, 'DE'], [/^Pte/, 'SG'], [/^(?:株式会社|Kabushiki Kaisha)$/, 'JP'], [/^S\.A\.S\.$/, 'FR']];
const COUNTRY_PREDICATE = /^['"’”]?(?:은|는)\s(?:(?:19|20)\d{2}년\s)?([가-힣]{2,7})(?:의|계)?\s[^,.]{0,30}?(?:기업|스타트업|회사|업체|개발사|빅테크)(?:이다|이며|이고|으로|입니다|다)(?![가-힣])/;

/** "X Co., Ltd. is a South Korean electronics company": an English predicate that gives the company's country. */
const EN_COUNTRY_PREDICATE = /^(?:,?\s(?:Co\.,?\s)?(?:Ltd|Inc|Corp|Co)\.?,?)?\s(?:is|was)\san?\s(South Korean|Korean|Chinese|American|Japanese|French|German|British)\s(?:[a-z][a-z\-]{1,20}\s){0,3}(?:company|firm|startup|maker|developer|manufacturer|conglomerate)\b/;
/** "X Co., Ltd. (\"X AI\"), a Seoul-based developer of …", "X is a Pangyo-based AI company", "X, an Osaka-based software company", "X, a Seoul startup", "X (한글 이름), the Seoul startup behind …": a city's base given after the company (the city → the country). */
const CITY_AFTER = new RegExp(`^(?:,?\\s(?:Co\\.,?\\s)?(?:Ltd|Inc|Corp|Co)\\.?)?(?:\\s\\(["“][^"”()]{1,30}["”]\\)|\\s?\\([가-힣][가-힣\\s]{0,20}\\))?(?:,|\\s(?:is|was))\\s(?:an?|the)\\s(${Object.keys(CITY_COUNTRY).join('|')})(?:-based\\s|\\s(?:[a-z][a-z\\-]{1,15}\\s){0,2}(?:startup|start-up|company|firm|developer)\\b)`);
const EN_COUNTRY: Record<string, string> = { 'South Korean': 'KR', Korean: 'KR', Chinese: 'CN', American: 'US', Japanese: 'JP', French: 'FR', German: 'DE', British: 'GB' };

/** The country a place before the company or a note after it gives ("중국 베이징 소재 X", "X(미국)", "X는 미국 … 기업이다"). */
export function countryAround(text: string, start: number, end: number, lx: DiscoveryLexicon): string | undefined {
  const located = locatedCountry(text.slice(Math.max(0, start - 45), start), lx);
  const hq = located || !text.includes('본사') ? null : HQ_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  const word = located?.[1] ?? hq?.[1] ?? hq?.[2] ?? COUNTRY_PAREN_AFTER.exec(text.slice(end, end + 48))?.[1] ?? COUNTRY_PREDICATE.exec(text.slice(end, end + 60))?.[1];
  if (word) return lx.countryByWord.get(word);
  const seat = text[end] === '(' || text[end + 1] === '(' ? HQ_PAREN_AFTER.exec(text.slice(end, end + 40))?.[1] : undefined;
  if (seat) return lx.countryByWord.get(seat) ?? lx.countryByWord.get(seat.replace(/[도시부현]$/, ''));
  const form = text[end] === '(' || text[end + 1] === '(' ? LEGAL_FORM_GLOSS.exec(text.slice(end, end + 60))?.[1] : undefined;
  if (form) return LEGAL_FORM_COUNTRY.find(([re]) => re.test(form))?.[1];
  const en = text.includes(' is a') || text.includes(' was a') ? EN_COUNTRY_PREDICATE.exec(text.slice(end, end + 90)) : null;
  if (en) return EN_COUNTRY[en[1]!];
  const city = text.includes(', a') || text.includes(', the ') || text.includes(' is a') || text.includes(' was a') ? CITY_AFTER.exec(text.slice(end, end + 90)) : null;
  return city ? CITY_COUNTRY[city[1]!] : undefined;
}

/** The LOCATED match whose first word is a country's ("A가 스웨덴 스톡홀름의 …": not the subject one word earlier). */
function locatedCountry(before: string, lx: DiscoveryLexicon): RegExpExecArray | null {
  for (let at = 0; at >= 0 && at < before.length; at = before.indexOf(' ', at + 1)) {
    const m = LOCATED.exec(before.slice(at));
    if (!m) return null;
    if (lx.countryByWord.has(m[1]!)) return m;
    at += m.index;
  }
  return null;
}

const LOCAL = /현지\s?(?:[가-힣A-Za-z]{1,8}\s){0,3}(?:기업|스타트업|업체|회사|개발사|통신사|운영사|제조사|공급사|파트너)?\s?$/;
