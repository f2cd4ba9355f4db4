/**
 * A company no list knows, named only by one of its officers: the name, a chief's title, then the officer's full name
 * ("딥솔 CTO 한가람님이", "바른데이터 대표이사 서윤하는", "Mireon CEO 남궁하늘"), or the name, the officer's full name
 * and a C-level title ("딥솔 한가람 CTO는"). A word shaped like a verb's form, a particle's or a role noun's is no name. A chat, a forum or a news story names a company so; the word before the title
 * is the officer's employer, whatever its shape (the title says the word is an organisation; the name says whose post).
 * So is the word before a chief's title a person named first in the sentence was appointed to ("NAME이 … 바른데이터
 * 대표이사에 선임됐다", "NAME 씨는 딥솔 CTO로 취임했다"): the verb of appointment says whose post it is.
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { isCountryWord } from './company-countries.js';
import { FULL_NAME } from './full-name.js';
import { isKoreanName } from './person-names.js';
import { looksLikeCompanyName } from './person-orgs.js';
import { matchesIn } from './text-scans.js';

/** A chief's title: the Latin C-level ones, and before the name the head's full one (대표이사; a bare 대표 is often a title's word). */
const CHIEF = String.raw`(?:C[ETFOPS]O|CAIO)`;
const CHIEF_BEFORE_NAME = String.raw`(?:C[ETFOPS]O|CAIO|대표이사)`;
/** What ends a name: a particle, 님, a comma, a stop or the text's end. */
const NAME_END = String.raw`(?=(?:님)?(?:은|는|이|가|을|를|의|과|와|도|께서|에게)?(?:[\s,.)]|$))`;
/** The organisation's word (Hangul, or a Latin name), a space, the title, a space, the full name. */
const ORG_TITLE_NAME = new RegExp(String.raw`(?<![가-힣A-Za-z0-9·&\-])([가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9&]{2,15})\s${CHIEF_BEFORE_NAME}\s(${FULL_NAME})${NAME_END}`, 'g');
/** The organisation's word, a space, the full name, a space, the title. */
const ORG_NAME_TITLE = new RegExp(String.raw`(?<![가-힣A-Za-z0-9·&\-])([가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9&]{2,15})\s(${FULL_NAME})\s${CHIEF}${NAME_END}`, 'g');
/** The organisation's word, a chief's title, then the particle and verb of an appointment to it ("X 대표이사에 선임됐다", "X CTO로 취임"). */
const ORG_POST_APPOINTED = new RegExp(String.raw`(?<![가-힣A-Za-z0-9·&\-])([가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9&]{2,15})\s${CHIEF_BEFORE_NAME}(?:\s?\([A-Za-z가-힣]{2,10}\))?(?:에|으로|로)\s(?:새로\s|정식\s)?(?:선임|임명|취임|선출|내정|발탁)`, 'g');
/** A person named as the sentence's subject before the appointment ("NAME이", "NAME (학과 02) 동문은", "NAME 씨가"). */
const PERSON_SUBJECT = new RegExp(String.raw`(?:^|[\s"'“‘])${FULL_NAME}(?:\s?\([^()]{1,20}\))?(?:\s?(?:씨|님|박사|동문))?(?:은|는|이|가)\s`);
/** Words before a title that are its part or a time, no organisation ("공동 대표", "신임 CTO", "당시 대표"). */
const NOT_HEAD_ORG = /^(?:공동|각자|신임|초대|차기|신규|단독|사내|그룹|전임|후임|현|전|前|現|당시|현재|지금|이제|이번|그|이|저|그거|이거|저거|그래서|그런데|그리고|근데|또|또는|및|겸|우리|저희|당사|자사|회사|업체|기업|스타트업|대표|사장|회장|부사장|수장|선임|직접|새|본인|다음|첫|한국|국내|해외|지난달|지난주|지난해|작년|올해|이달|최근|어제|오늘)$/;
/** A word that ends like a verb's or an adnominal form, a particle, a person's role noun: no name ("출신인", "이끈", "대해", "일했던", "했어요", "창업자", "책임자"). */
const NOT_NAME_ENDING = /(?:인|한|던|된|은|는|을|를|의|에|고|며|면|서|해|요|게|다|도|로|과|와|께|님|했|였|대해|니다|으나|지만|는데|자|장|원|운|끈|든|친|낸|긴|룬)$/;

/** Companies named before an officer's title and full name, or before the full name and the title. */
export function discoverTitledHeads(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  if (!/C[ETFOPS]O|CAIO|대표/.test(text)) return [];
  const out: Mention[] = [];
  for (const re of [ORG_TITLE_NAME, ORG_NAME_TITLE]) {
    for (const m of matchesIn(re, text)) {
      const [org, person] = [m[1]!, m[2]!];
      if (NOT_HEAD_ORG.test(org) || (/[가-힣]$/.test(org) && NOT_NAME_ENDING.test(org)) || !isKoreanName(person) || isCountryWord(org, lx) || !looksLikeCompanyName(org, lx)) continue;
      if (isTaken(taken, out, m.index, m.index + org.length)) continue;
      out.push(discoveredMention('Company', org, m.index, m.index + org.length));
    }
  }
  if (/선임|임명|취임|선출|내정|발탁/.test(text)) {
    for (const m of matchesIn(ORG_POST_APPOINTED, text)) {
      const org = m[1]!;
      const before = text.slice(0, m.index);
      if (!PERSON_SUBJECT.test(before) || NOT_HEAD_ORG.test(org) || (/[가-힣]$/.test(org) && NOT_NAME_ENDING.test(org)) || isCountryWord(org, lx) || !looksLikeCompanyName(org, lx)) continue;
      if (isTaken(taken, out, m.index, m.index + org.length)) continue;
      out.push(discoveredMention('Company', org, m.index, m.index + org.length));
    }
  }
  return out;
}
