/**
 * Terms a contract, a filing or a notice defines: '"기반모델"이란 … 언어모델 "Y"를 말한다', '"공급사"라 함은 주식회사 X를
 * 말한다', '"Base Model" means the … model Y', and a party's defined name in English ('X, Inc. ("Short")', 'X Corporation
 * (the "Company")'). The term stands for the entity it defines in every sentence of the text, as "(이하 X)" does.
 */
import type { DefinedShort } from './defined-short.js';
import type { Mention } from './types.js';

/** The quoted term opening a definition clause (after an item mark: "① ", "1. ", "가. "), "이란"/"란"/"이라 함은" after it. */
const KOREAN_TERM = /(?:^|[.:]\s)(?:[①-⑳]\s?|\d{1,2}[.)]\s|[가-하][.)]\s)?['"‘“「『]([^'"‘“「『’”」』\s][^'"‘“「『’”」』]{0,18}[^'"‘“「『’”」』\s])['"’”」』]\s?(?:이란|란|(?:이)?라\s?함은)\s/g;
/** What closes the definition right after the entity it names: "를 말한다", "(가칭)을 말한다", "을 의미한다". */
const KOREAN_CLOSE = /^['"’”」』]?(?:\s?\([^()]{1,40}\))?\s?(?:을|를)\s?(?:말한다|말함|말하며|의미한다|의미함|뜻한다|가리킨다)/;
/** An English definition: '"Base Model" means ', '"Partner" shall mean ', '"Lab" refers to '. */
const ENGLISH_TERM = /["“]([A-Z][A-Za-z0-9\- ]{1,30}[A-Za-z0-9])["”]\s(?:shall\smean|means|refers\sto)\s/g;
/** Between "means" and the entity it names: a few words ("the language model known as "). */
const ENGLISH_LEAD = /^(?:[^.;"“”]{0,80}?\s)?["“]?$/;
/**
 * A party's defined name in parentheses right after its name: '("Harbor Pine")', '(the "Company")', '(the "Company" or "한빛텔레콤")',
 * '(hereinafter "Vendor")', '(together, the "Parties")' is none (a plural term names no one party).
 */
export const ENGLISH_PARTY = /^(?:,?\s(?:Inc\.|Corp\.|Corporation|Co\.,\sLtd\.|Co\.\sLtd\.|Ltd\.|LLC|Limited|plc|PLC|GmbH|S\.A\.))?,?\s?\((?:hereinafter(?:\sreferred\sto\sas)?\s|hereafter\s)?(?:the\s)?["“]([A-Z][A-Za-z0-9\-&. ]{0,30}[A-Za-z0-9]|[가-힣][가-힣A-Za-z0-9 ]{0,20}[가-힣A-Za-z0-9])["”](?:\sor\s(?:the\s)?["“]([^"“”()]{2,30})["”])?\)/;
/** The capitalised role nouns a filing or a contract defines for a party ('(the "Company")'): the term is "the Company". */
export const ROLE_TERM = /^(?:Company|Issuer|Registrant|Licensor|Licensee|Vendor|Supplier|Purchaser|Buyer|Seller|Partner|Investor|Lender|Borrower)$/;
/** Plural terms ("Parties", "Affiliates") and words no term of one entity is. */
const NO_PARTY_TERM = /^(?:Parties|Party|Affiliates?|Agreement|Effective Date|Closing|Shares|Securities|Exchange Act|Act|Board|Transaction|Transactions)$/;

/** Whether a sentence may define a term: a quoted term before "이란"/"이라 함은", or an English "means"/defined party. */
export function mayDefineTerm(text: string): boolean {
  return ((text.includes('란 ') || text.includes('함은')) && text.includes('말')) || text.includes('" means ') || text.includes('” means ') || text.includes('shall mean') || text.includes('refers to') || text.includes('("') || text.includes('(the "') || text.includes('(“') || text.includes('(the “');
}

/** The definitions the sentence states, each with the mention of the entity it defines. */
export function definedTerms(text: string, ms: Mention[]): DefinedShort[] {
  const out: DefinedShort[] = [];
  const named = ms.filter((m) => m.via !== 'reference' && m.via !== 'anonymous' && m.via !== 'blocked' && (m.type === 'Model' || m.type === 'Company' || m.type === 'Policy' || m.type === 'Benchmark'));
  for (const t of text.matchAll(KOREAN_TERM)) {
    const from = t.index + t[0].length;
    // (the entity the clause closes on: the last one before "를 말한다", no other definition opening between)
    const long = named.find((m) => m.start >= from && m.start - from <= 200 && KOREAN_CLOSE.test(text.slice(m.end, m.end + 50)));
    if (long && !/['"‘“「『][^'"‘“「『’”」』]{1,20}['"’”」』]\s?(?:이란|란)\s/.test(text.slice(from, long.start))) out.push({ short: t[1]!, long });
  }
  if (text.includes('mean') || text.includes('refers')) {
    for (const t of text.matchAll(ENGLISH_TERM)) {
      const from = t.index + t[0].length;
      const long = named.find((m) => m.start >= from && ENGLISH_LEAD.test(text.slice(from, m.start)));
      if (long && !NO_PARTY_TERM.test(t[1]!)) out.push({ short: t[1]!, long });
    }
  }
  for (const long of named) {
    // (the name as written: its mention may already cover the legal form and the parentheses, see paren-aliases.ts)
    const end = text.startsWith(long.surface, long.start) ? long.start + long.surface.length : long.end;
    if (long.type !== 'Company' || (text[end] !== ' ' && text[end] !== ',' && text[end] !== '(')) continue;
    const p = ENGLISH_PARTY.exec(text.slice(end, end + 90));
    if (!p) continue;
    for (const short of [p[1], p[2]]) {
      if (!short || short === long.surface || NO_PARTY_TERM.test(short)) continue;
      // ('(the "Company")': the capitalised common noun is the term only with its article, "the Company")
      out.push({ short: ROLE_TERM.test(short) ? `the ${short}` : short, long });
    }
  }
  return out;
}
