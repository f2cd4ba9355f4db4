/**
 * The company a table cell names: from the gazetteer or, in a company column, by its form alone (a corporate mark, a
 * department or a gloss in parentheses aside); universities, hospitals and public institutes are none. Shared by the
 * consortium, selection, programme and roster table readers.
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { CORPORATE_MARK } from './company-words.js';
import { discoveredMention } from './discover.js';
import { findMentions } from './mentions.js';

/** Member-column names that are no company: universities, hospitals, public institutes, and the column's own title ("업체명"). */
const NOT_A_COMPANY = /(?:대학교|대학|대|과학기술원|공과대|병원|의료원|재단|협회|학회|진흥원|공단|공사|연구회|정부|시청|도청|산학협력단)$|^(?:KAIST|UNIST|GIST|DGIST|POSTECH|포스텍|카이스트|ETRI)$|^(?:업체|기업|회사|기관|법인|상호)\s?명$/;
/** A name in Hangul alone ending in an institute's word ('한국XX연구원', 'XX보안원', 'XX연구소'): a public institute, unless the gazetteer knows it. */
const PUBLIC_INSTITUTE = /^[가-힣]{2,}(?:연구원|연구소|보안원|정보원|평가원|개발원|기술원|관리원|진흥회)$/;
const COMPANY_LIKE = /^[가-힣A-Za-z][가-힣A-Za-z0-9&.\-]{1,15}(?:\s[가-힣A-Za-z0-9&]{1,10})?$/;

/** A footnote's number glued after a name: "X1)", "X㈜2)". */
const FOOTNOTE_MARK = /(?<=[가-힣A-Za-z㈜)])\d\)$/;
/** "X(Y)": a name with its other spelling in parentheses ("(주)엔씨에이아이(NC AI)"). */
const GLOSSED = /^(.+?)\s?[(（]([^()（）]{2,20})[)）]$/;

/**
 * The one company a cell names, from the gazetteer or — in a company column — by its form alone;
 * a name glossed in parentheses is the company either spelling names (the known one first).
 */
export function companyIn(cell: string, s: Sentence, rules: RuleSet): Mention | undefined {
  // (a footnote's number glued to the name, "㈜X1)", as a report prints it, is no part of it)
  const name = cell.trim().replace(FOOTNOTE_MARK, '');
  const glossed = GLOSSED.exec(name.trim());
  if (glossed) {
    const [head, gloss] = [companyOfCell(glossed[1]!, s, rules), companyOfCell(glossed[2]!, s, rules)];
    const known = [head, gloss].find((m) => m && m.via !== 'discovered');
    const other = known === head ? gloss : head;
    if (known && other && other.key !== known.key) return { ...known, aliases: [...known.aliases, other.surface] };
    if (known ?? head ?? gloss) return known ?? head ?? gloss;
  }
  return companyOfCell(name, s, rules);
}

const CORPORATE_MARKS = new RegExp(CORPORATE_MARK, 'g');

/** "X 디지털혁신부", "X AI사업본부": a company's department, a word ending in a unit's name after the company's. */
const DEPARTMENT = /^(.+?)\s[가-힣A-Za-z]{1,10}(?:본부|사업부|부|팀|실|센터)$/;

function companyOfCell(name: string, s: Sentence, rules: RuleSet): Mention | undefined {
  // (a department stands for its company: "X 디지털혁신부" is X)
  const unit = DEPARTMENT.exec(name.trim());
  const owner = unit ? companyOfCell(unit[1]!, s, rules) : undefined;
  if (owner) return owner;
  // a corporate mark before or after the name ("(주)X", "X(주)", "㈜X") is no part of it
  const t = name.trim().replace(CORPORATE_MARKS, '').replace(/^['"‘“(]|['"’”)]$/g, '').replace(/\s?(?:등|외)$/, '');
  if (!t || NOT_A_COMPANY.test(t) || NOT_A_COMPANY.test(t.replace(/\s?\([^()]{1,20}\)?$/, ''))) return undefined;
  const ms = findMentions(t, rules);
  const whole = ms.find((m) => m.start === 0 && m.end >= t.length - 1);
  if (whole) return whole.type === 'Company' && whole.via !== 'blocked' ? { ...whole, start: s.start, end: s.start } : undefined;
  if (ms.some((m) => m.via === 'blocked') || PUBLIC_INSTITUTE.test(t) || !COMPANY_LIKE.test(t) || /\d{2,}/.test(t)) return undefined;
  return discoveredMention('Company', t, s.start, s.start);
}
