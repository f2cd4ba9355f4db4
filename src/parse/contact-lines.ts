/** Lines that carry an e-mail address and still are text: a named person's contact with a role, whose facts the article states. */

/** Bounded parts keep every use linear on long runs of letters. */
export const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/;

/**
 * "기술 문의: 홍길동 X 연구팀장 (a@b.kr)": a labelled contact line naming a person and a role (no reporter) is text, its address dropped later;
 * also after a short sentence in the same paragraph ("결과는 메일로 안내합니다. 채용 문의: …"), with the organisation and role first ("문의: X 기술지원팀장 홍길동 (a@b.kr)"), or with the organisation, its unit, the name and the role ("문의: X 플랫폼팀 홍길동 팀장 (a@b.kr)") or a unit's role alone before the name ("추가 문의: IR팀장 홍길동 (ir@b.kr)").
 */
const CONTACT_PERSON = /^(?:[^@]{1,80}?[다요]\.\s)?[가-힣A-Za-z ]{0,8}문의\s?[:：]\s?(?:[가-힣]{3}\s[가-힣A-Za-z0-9][^\s@]{1,20}\s(?:[가-힣A-Za-z]{1,10}\s)?[가-힣A-Za-z]{0,8}(?:팀장|실장|연구원|책임|매니저|리더|이사|대표|본부장|센터장|랩장|과장|부장|차장|엔지니어)|[가-힣A-Za-z0-9][^\s@]{1,20}\s(?:[가-힣A-Za-z]{1,10}\s)?[가-힣A-Za-z]{0,8}(?:팀장|실장|책임|매니저|리더|이사|본부장|센터장|랩장|과장|부장|차장)\s[가-힣]{3}|[가-힣A-Za-z0-9][^\s@]{1,20}\s(?:[가-힣A-Za-z0-9]{1,12}(?:팀|실|본부|센터|그룹|파트)\s)?[가-힣]{3}\s(?:팀장|실장|책임|매니저|리더|본부장|센터장|랩장|과장|부장|차장)|[가-힣A-Za-z]{1,8}(?:팀장|실장|본부장|센터장)\s[가-힣]{3}|(?:[가-힣]{1,8}\s)?[가-힣]{0,8}(?:책임자|담당자)\s[가-힣]{2,4}\s(?:C[A-Z]{1,3}O|DPO|[가-힣]{0,6}(?:팀장|실장|이사|본부장|센터장)))\s?[(<\[]/;

/** "X 사업지원팀 홍길동 매니저 | 02-000-0000 | a@b.kr" (or its address first: "기술지원팀 홍길동 과장 (a@b.kr / 02-000-0000)") (or run together in plain text, "[문의] X 홍보팀 홍길동 매니저 전화 02-…"): a contact line under a 문의 heading, a person with a role then a phone number. */
const CONTACT_LINE = new RegExp(String.raw`^(?:[[<【]\s?(?:문의|연락처|담당자?)\s?[\]>】]\s?|(?:문의|연락처|담당자?)\s?[:：]\s?)?[가-힣A-Za-z0-9]{2,20}\s(?:[가-힣A-Za-z]{1,10}\s)?[가-힣]{3}\s[가-힣A-Za-z]{0,8}(?:팀장|실장|연구원|책임|매니저|리더|이사|대표|본부장|센터장|랩장|과장|부장|차장|주임|사원|엔지니어)\s?(?:[|(/·,]\s?|\s(?:전화|연락처|Tel|TEL|T|☎)\.?\s?[:：]?\s?)(?:${EMAIL.source}\s?[|/·,]\s?)?(?:\+82[-\s]?)?0?\d{1,3}[-.)\s]\s?\d{3,4}[-.\s]\d{4}`);

/** "박민수 (X AI연구소 책임연구원) · a@b.kr": a paper's corresponding author, a name with the organisation and role in parentheses, then the address (a card's maintainer list: "NAME (X 리서치 엔지니어) — `a@b.kr`"). */
const ROLE_CONTACT = new RegExp(`^[가-힣]{2,4}\\s?\\([^()@]{1,40}\\s(?:[가-힣A-Za-z]{0,6}(?:연구원|교수|팀장|실장|이사|대표|본부장|센터장|랩장|매니저|리더|박사|엔지니어|개발자)|CTO|CEO|CSO|CAIO)\\)\\s?[·|,/—–]?\\s?[(<\`]?${EMAIL.source}[)>\`]?$`);

/** "오픈소스 문의 : 홍길동 (X 연구팀장) a@b.kr": a labelled contact naming a person with the organisation and role in parentheses, then the address. */
const LABELLED_ROLE_CONTACT = new RegExp(`^[가-힣A-Za-z ]{0,12}문의\\s?[:：]\\s?[가-힣]{2,4}\\s?\\([가-힣A-Za-z0-9][^()@]{1,24}\\s[가-힣A-Za-z]{0,8}(?:팀장|실장|연구원|책임|매니저|리더|이사|대표|본부장|센터장|랩장|과장|부장|차장|엔지니어)\\)\\s?[(<]?${EMAIL.source}`);

/** "영업본부장 NAME (02-000-0000, a@b.kr)": a staff line under a 담당자 heading, the post with its unit, the name, then the number (maybe the address). */
const POST_NAME_NUMBER = new RegExp(`^[가-힣A-Za-z]{1,8}(?:팀장|실장|본부장|센터장|부장|차장|과장|매니저|이사|책임)\\s[가-힣]{2,4}\\s?\\((?:\\+82[-\\s]?)?0\\d{1,2}[-.)\\s]\\d{3,4}[-.\\s]\\d{4}(?:\\s?[,/·|]\\s?${EMAIL.source})?\\)$`);

/** True for a contact line naming a person and a role (its address dropped later), no page chrome. */
export function isContactLine(s: string): boolean {
  return CONTACT_PERSON.test(s) || CONTACT_LINE.test(s) || ROLE_CONTACT.test(s) || LABELLED_ROLE_CONTACT.test(s) || POST_NAME_NUMBER.test(s);
}
