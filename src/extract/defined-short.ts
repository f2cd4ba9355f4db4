/**
 * Short forms an article defines in parentheses: "정보통신산업진흥원(이하 NIPA)", "‘산업특화 AI 개발사업’(이하 ‘특화
 * 사업’)", "한빛소프트웨어(이하 한빛)". The short form is the same entity as the name before the parentheses, in
 * every sentence of the article.
 */
import type { Sentence } from '../parse/types.js';
import type { KnownName } from './engine/known-names.js';
import type { Mention } from './types.js';
import { definedTerms, mayDefineTerm } from './defined-terms.js';

/** Between a name and the short form it defines: "(이하 ‘", "(장관 A, 이하 ", "(이하 '…'으로 약칭)". */
const DEFINES_SHORT = /^['"’”」』]?(?:\s(?:지원\s?)?(?:사업|프로젝트|프로그램))?\s?\((?:[^()]{0,30},\s?)?이하\s?['"‘“「『]?$/;

/** The short form's text and what may close it: "한빛)", "‘한빛’으로 약칭)", "NIPA)". */
const SHORT_FORM = String.raw`([^()'"‘“「『’”」』,]{2,20}?)['"’”」』]?(?:(?:으로|로|라|이라)(?:\s?(?:약칭|표기|칭함|지칭)(?:함|한다)?|\s?(?:한다|함))?)?\)`;

/** The same as DEFINES_SHORT, with the short form's text: "(이하 한빛)", "(이하 ‘한빛’으로 약칭)", "(대표 A, 이하 NIPA)". */
const DEFINED_SHORT_TEXT = new RegExp(String.raw`^['"’”」』]?(?:\s(?:지원\s?)?(?:사업|프로젝트|프로그램))?\s?\((?:[^()]{0,30},\s?)?이하\s?['"‘“「『]?` + SHORT_FORM);

/**
 * A contract's one-letter party ("(이하 "갑"이라 한다)", "(이하 '을')"): the parties' letters 갑, 을, 병, 정 in quotation marks,
 * the only one-character short forms read (each stands for the party named before it in every article of the contract).
 */
const DEFINED_PARTY_LETTER = /^(?:\s?주식회사|\s?㈜|\s?\(주\))?\s?\(이하\s?['"‘“「『]([갑을병정])['"’”」』](?:(?:이라|라)\s?(?:한다|함|칭한다|칭함)?)?\)/;

/** Two short forms defined at once: "(이하 '씽크포지' 또는 '발행회사')". */
const DEFINED_TWO_SHORTS = new RegExp(String.raw`^['"’”」』]?\s?\((?:[^()]{0,30},\s?)?이하\s?['"‘“「『]?([^()'"‘“「『’”」』,]{2,20}?)['"’”」』]?\s(?:또는|혹은)\s['"‘“「『]?` + SHORT_FORM);

/**
 * A short name the article says the programme it just named goes by: "도가 'X'이라는 약칭으로 부르는 이 사업은", "업계에서 흔히
 * 'X'로 줄여 부르는 이 프로그램은". X stands for the last programme named before it.
 */
const CALLED_SHORT = /['"‘“「『]([^'"‘“「『’”」』]{2,20})['"’”」』](?:이라는|라는|(?:이)?라고|으로|로)\s(?:약칭으로\s|줄여(?:서)?\s)(?:부르는|불리는|부르기도\s하는)\s이\s(?:사업|프로그램|프로젝트|과제)/;

/**
 * A party's line in a judgment's caption, its role spaced out as courts print it ("원       고        주식회사 X", "피 고 X"),
 * or in a commission's decision ("피 심 인  주식회사 X"): the role word (원고, 피고, 피심인) is the company's name in the rest
 * of the text.
 */
const PARTY_CAPTION = /^((?:피\s*)?(?:원|피|신\s*청\s*인|항\s*소\s*인|상\s*고\s*인|채\s*권\s*자|채\s*무\s*자)(?<=[원피])\s*고|(?:피\s*)?(?:신\s*청\s*인|항\s*소\s*인|상\s*고\s*인|채\s*권\s*자|채\s*무\s*자|청\s*구\s*인)|피\s*심\s*인)\s+(?:주식회사\s|㈜\s?)?/;
/**
 * The same role letter-spaced inside a cover block that runs on in one paragraph ("의 안 번 호 … 피 심 인 주식회사 X …"):
 * a role word only a caption spaces out this way.
 */
const SPACED_PARTY_CAPTION = /(?<=\s)(피 심 인|(?:피 )?청 구 인|(?:피 )?신 청 인|[원피] {1,8}고)\s+(?:주식회사\s|㈜\s?)?(?=[가-힣A-Za-z])/;

/** A cover block's letter-spaced party role and the legal form after it ("피 심 인 주식회사 "), or null. */
export function spacedPartyCaption(text: string): RegExpExecArray | null {
  return text.includes(' 인 ') || text.includes(' 고 ') ? SPACED_PARTY_CAPTION.exec(text) : null;
}

/** Whether a sentence may define a short form (an "이하" after an opening parenthesis or a comma; not "70점 이하"), or opens on a party's role. */
export function mayDefineShort(text: string): boolean {
  return mayDefineTerm(text) || text.includes(' 부르는 이 ') || text.includes(' 불리는 이 ') || (text.includes('이하') && /(?:\(|,\s?)이하/.test(text)) || ((text.startsWith('원') || text.startsWith('피') || text.startsWith('신') || text.startsWith('항') || text.startsWith('상') || text.startsWith('채') || text.startsWith('청')) && PARTY_CAPTION.test(text)) || spacedPartyCaption(text) !== null;
}

/** The role a caption line gives the company it names first, right after the role ("원 고 주식회사 X" → 원고, X). */
function partyRole(text: string, ms: Mention[]): DefinedShort | undefined {
  const p = PARTY_CAPTION.exec(text) ?? SPACED_PARTY_CAPTION.exec(text);
  const at = p ? p.index + p[0].length : -1;
  const long = p ? ms.find((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'anonymous' && m.start <= at && m.end > at) : undefined;
  return p && long ? { short: p[1]!.replace(/\s+/g, ''), long } : undefined;
}

/** Common nouns a text may define as a short form ("(이하 회사)", "(이하 재단)"): reference words, no names. */
const COMMON_SHORT = /^(?:회사|당사|당행|동사|본사|사업|재단|협회|기관|정부|부처|위원회|모델|연구소|연구원|센터|학교|대학|공사|공단|법인|그룹|본 ?사업|본 ?모델)$/;

export interface DefinedShort {
  short: string;
  long: Mention;
}

/** Each "(이하 X)" right after a name, with the name it shortens. */
export function definedShortNames(all: Mention[][], sentences: Sentence[]): DefinedShort[] {
  const out: DefinedShort[] = [];
  all.forEach((ms, i) => {
    const text = sentences[i]!.text;
    if (!mayDefineShort(text)) return;
    const party = partyRole(text, ms);
    if (party) out.push(party);
    // ('"기반모델"이란 … "Y"를 말한다', 'X Corp. (the "Company")': a defined term)
    for (const d of mayDefineTerm(text) ? definedTerms(text, ms) : []) out.push(d, ...(d.short.startsWith('the ') ? [{ short: `The ${d.short.slice(4)}`, long: d.long }] : []));
    // (the programme named last before it, not a gloss in parentheses after it: "'X 프로그램'(K-Y Champion)")
    const called = CALLED_SHORT.exec(text);
    const named = called ? all.slice(0, i + 1).flatMap((m, j) => m.filter((x) => x.type === 'Policy' && x.via !== 'reference' && x.via !== 'anonymous' && x.via !== 'blocked' && sentences[j]!.text[x.start - 1] !== '(' && (j < i || x.end <= called.index))) : [];
    const programme = named.filter((m) => m.surface !== called?.[1]).at(-1);
    if (called && programme) out.push({ short: called[1]!.trim(), long: programme });
    for (const long of ms) {
      if (long.via === 'reference' || long.via === 'anonymous') continue;
      const after = text.slice(long.end, long.end + 60);
      // ("(이하 '씽크포지' 또는 '발행회사')": two short forms, either one standing for the name)
      const two = DEFINED_TWO_SHORTS.exec(after);
      for (const found of two ? [two[1], two[2]] : [DEFINED_SHORT_TEXT.exec(after)?.[1] ?? DEFINED_PARTY_LETTER.exec(after)?.[1]]) {
        const short = found?.trim();
        if (short && short !== long.surface && !COMMON_SHORT.test(short)) out.push({ short, long });
      }
    }
  });
  return out;
}

/**
 * Key of a short form → key of the name it shortens: the short form read as a mention where it is
 * defined, or as a mention of the same type anywhere in the article under the defined text.
 */
export function definedShortForms(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const out = new Map<string, string>();
  all.forEach((ms, i) => {
    const text = sentences[i]!.text;
    if (!mayDefineShort(text)) return;
    for (const short of ms) {
      const long = ms.filter((m) => m.type === short.type && m.end <= short.start && m.via !== 'reference' && m.via !== 'anonymous').at(-1);
      if (!long || long.key === short.key || out.has(long.key) || !DEFINES_SHORT.test(text.slice(long.end, short.start))) continue;
      out.set(short.key, long.key);
    }
  });
  for (const { short, long } of definedShortNames(all, sentences))
    for (const ms of all)
      for (const m of ms)
        if (m.type === long.type && m.key !== long.key && !out.has(m.key) && !out.has(long.key) && (m.surface === short || m.aliases.includes(short))) out.set(m.key, long.key);
  return out;
}

/** Between a programme and its name in another language in parentheses: "'X'(", "」(이하 '…', 영문 ". */
const GLOSS_BEFORE = /^['"’”」』]?\s?\((?:[^()]{0,60}?,\s?)?(?:(?:영문|영문명|영어|영어명|English)\s?:?\s?)?$/;

/**
 * "'글로벌 X 육성 프로그램'(K-X Champion)", "「X 사업」(이하 'Y', 영문 Korea X Project)": a programme's name in another language,
 * in parentheses right after it, is the same programme (key of the gloss → key of the programme).
 */
export function glossedPolicyForms(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const out = new Map<string, string>();
  all.forEach((ms, i) => {
    const text = sentences[i]!.text;
    if (!text.includes('(')) return;
    const named = ms.filter((m) => m.type === 'Policy' && m.via !== 'reference' && m.via !== 'blocked');
    for (const gloss of named) {
      // (the programme the parentheses follow, past a short form they define first: "」(이하 'Y', 영문 …")
      const before = named.filter((p) => p.end <= gloss.start && GLOSS_BEFORE.test(text.slice(p.end, gloss.start))).at(0);
      if (!before || before.key === gloss.key || out.has(before.key) || !/^\s?\)/.test(text.slice(gloss.end))) continue;
      out.set(gloss.key, before.key);
    }
  });
  return out;
}

/** A filing's or a contract's defined term for a party's model: "원고 모델", "피고 모델", "신청인 모델", "갑의 모델", "대상 모델". */
const ROLE_MODEL_TERM = /^(?:원고|피고|신청인|피신청인|채권자|채무자|청구인|피청구인|항소인|피항소인|갑|을|대상|이\s사건|본건)(?:의)?\s?(?:모델|AI\s?모델|언어\s?모델)$/;

/** Adds the defined short forms as names known to the article (each an alias of the name it shortens); whether there were any. */
export function addDefinedShortNames(known: Map<string, KnownName>, all: Mention[][], sentences: Sentence[]): boolean {
  const defined = definedShortNames(all, sentences);
  // ("the Company" of '(the "Company")', "원고 모델" of "(이하 '원고 모델')": a role noun standing for the party or its
  // model, read as a reference, never the entity's name: another filing's "원고 모델" is another model)
  for (const { short, long } of defined) known.set(short, { name: short, type: long.type, key: long.key, aliasOf: long.surface, ...(/^(?:the|The)\s/.test(short) || ROLE_MODEL_TERM.test(short) ? { reference: true } : {}) });
  return defined.length > 0;
}

/** A word right before "(이하 X)" (a name no rule read, "한빛소프트웨어(이하 한빛)가"), with the short form X. */
const UNREAD_DEFINER = new RegExp(String.raw`(?<![가-힣A-Za-z0-9&·.])([가-힣A-Za-z][가-힣A-Za-z0-9&·.]{1,19})\(이하\s?['"‘“「『]?` + SHORT_FORM, 'g');

/**
 * "한빛소프트웨어(이하 한빛)는 …", where only the short form is read as a name elsewhere ("한빛은 …"): the word the
 * short form stands for is another name of that entity.
 */
export function addDefiningNames(known: Map<string, KnownName>, sentences: Sentence[]): void {
  for (const s of sentences) {
    if (!s.text.includes('(이하')) continue;
    for (const m of s.text.matchAll(UNREAD_DEFINER)) {
      const [, name, short] = m;
      const k = known.get(short!.trim());
      if (!k || k.reference || known.has(name!) || COMMON_SHORT.test(short!.trim())) continue;
      known.set(name!, { name: name!, type: k.type, key: k.key, aliasOf: k.aliasOf ?? k.name });
    }
  }
}

/** "X(이하 '당사')는": the short form a company defines for itself, in parentheses between it and its particle. */
const DEFINED_SHORT_PAREN = /^['"’”]?\((?:[^()]{0,30},\s?)?이하\s?['"‘“「『]?[^()'"‘“「『’”」』]{1,20}['"’”」』]?\)/;
/** The two characters after a company, past a short form it defines ("(이하 '당사')은" → "은 "). */
export function afterDefinedShort(text: string, end: number): string {
  const d = text[end] === '(' || text[end + 1] === '(' ? DEFINED_SHORT_PAREN.exec(text.slice(end, end + 40)) : null;
  return text.slice(end + (d ? d[0].length : 0), end + (d ? d[0].length : 0) + 2);
}
