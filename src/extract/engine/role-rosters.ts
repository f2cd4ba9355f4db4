/**
 * Consortium rosters written inline with bare role words, as plans, disclosures and reports abbreviate them:
 * "- (에너지) 주관 A(주), 참여 ㈜B·C(주)", "차순위 컨소시엄(주관 ㈜D, 참여 ㈜E)", "주관: F / 참여: G, H".
 * The word 주관 (or 주관기관, 주관사) labels the team's lead, 참여 (참여기관, 참여사, 공동, 공동수행) its members; names no
 * gazetteer knows are companies because of their label, as in a table's lead and member columns. Each roster is
 * one team, read like a consortium table's row.
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { companyIn } from './consortium-companies.js';
import type { ConsortiumRow } from './consortium-table.js';

/** A name in a roster: its characters up to a list mark, a corporate mark "(주)" kept inside. */
const NAME = String.raw`(?:\(주\)|㈜|[^,，;/()（）\s·、]|\s(?!참여|및)){2,30}?`;
/** The lead's label and name, then the members' label and their list, up to a closing parenthesis, a sentence end or the line's end. */
const ROSTER = new RegExp(
  String.raw`(?:^|[\s(（\-–·•○◦▪])주관\s?(?:기관|기업|사)?\s?[:：]?\s?(${NAME})\s?[,，;/]\s?(?:(?:공동\s?)?참여|공동\s?수행)\s?(?:기관|기업|사)?\s?[:：]?\s?((?:${NAME})(?:\s?[,，·、]\s?${NAME}|\s및\s${NAME}){0,7})(?=\s?[)）]|\s?$|\s?[.;]|\s?등(?:\s|$)|\s[—–-]\s)`,
);
/** A member's note that makes it no member ("(자문)", "(자문기관)"): an adviser to the team. */
export const ADVISER_NOTE = /[(（]\s?자문(?:\s?(?:기관|사|역할|위원))?\s?[)）]$/;

/** The teams the article's sentences write as inline rosters of role words. */
export function readRoleRosters(sentences: Sentence[], rules: RuleSet): ConsortiumRow[] {
  const rows: ConsortiumRow[] = [];
  for (const s of sentences) {
    if (!s.text.includes('주관') || !/참여|공동\s?수행/.test(s.text)) continue;
    const found = ROSTER.exec(s.text);
    if (!found) continue;
    const lead = companyIn(found[1]!.trim(), s, rules);
    if (!lead) continue;
    const members = found[2]!
      .split(/\s?(?:[,，·、]|\s및\s)\s?/)
      .map((n) => n.trim())
      .filter((n) => n && !ADVISER_NOTE.test(n))
      .map((n) => companyIn(n, s, rules))
      .filter((m): m is Mention => m !== undefined && m.key !== lead.key);
    if (members.length) rows.push({ lead, members, sentence: s });
  }
  return rows;
}
