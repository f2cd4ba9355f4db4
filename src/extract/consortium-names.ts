/**
 * A consortium's own name: "X 컨소시엄" on a page (the consortium's homepage, a programme notice) whose member table or list
 * gives another company as the one 주관기관 ("주관기관 | Y", "주관기관: Y"). X is the consortium's name, no company of its
 * own: what X did ("X 컨소시엄은 … 선정", "저희는 … 공개") the lead Y did for it.
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

/** A line that is only the lead's role label (a table cell read on its own line), or the label and the lead after it. */
const LEAD_LABEL = /^(?:주관\s?기관|주관\s?기업|주관사|주관|총괄\s?주관)(?:\s?[:：|]\s?|\s)?$/;
const LEAD_LABEL_BEFORE = /^(?:[-•·▲○□]\s?)?(?:주관\s?기관|주관\s?기업|주관사)\s?[:：|]?\s?$/;
/** Right after the name: the consortium word (and a particle or the end). */
const CONSORTIUM_AFTER = /^\s?컨소시엄(?![가-힣]{2})/;

/** The one company the page labels its consortium's lead, if exactly one. */
function labelledLead(first: readonly Mention[][], sentences: readonly Sentence[]): Mention | undefined {
  const leads = new Map<string, Mention>();
  for (const [i, s] of sentences.entries()) {
    const text = s.text.trim();
    // ("주관기관" alone on its line, its cell's company on the next: a flattened member table)
    const next = LEAD_LABEL.test(text) && !first[i]!.length ? first[i + 1]?.[0] : undefined;
    if (next && next.type === 'Company' && next.start === 0 && next.via !== 'blocked') leads.set(next.key, next);
    // ("주관기관: Y" on one line)
    const inline = first[i]!.find((m) => m.type === 'Company' && m.via !== 'blocked' && LEAD_LABEL_BEFORE.test(text.slice(0, m.start)));
    if (inline) leads.set(inline.key, inline);
  }
  return leads.size === 1 ? [...leads.values()][0] : undefined;
}

/** A table's header naming each team and its lead: "정예팀 | 주관기업 | …" (the team's name first, its lead's column after it). */
const TEAM_HEADER = /^(?:정예\s?팀|팀\s?명|컨소시엄\s?명)\s?\|\s?(?:주관\s?(?:기관|기업|사)|대표\s?(?:기관|기업|사))\s?\|/;

/**
 * Key of each team name a table's rows give → key of the company its lead column names ("한빛AI | ㈜숲결데이터 | …" under
 * "정예팀 | 주관기업 | …"): "한빛AI 컨소시엄" is the team the lead heads, no company of its own.
 */
function tableTeamLeads(first: readonly Mention[][], sentences: readonly Sentence[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  const header = sentences.findIndex((s) => TEAM_HEADER.test(s.text.trim()));
  if (header < 0) return out;
  const width = sentences[header]!.text.split('|').length;
  const teams = new Map<string, Mention>();
  for (let i = header + 1; i < sentences.length && sentences[i]!.text.split('|').length === width; i++) {
    const text = sentences[i]!.text;
    const bar = text.indexOf('|');
    const team = text.slice(0, bar).trim();
    const lead = first[i]!.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start > bar && m.end <= text.indexOf('|', bar + 1));
    if (team && lead) teams.set(team, lead);
  }
  // (the team's name wherever the article reads it as a company: "온누리 컨소시엄을")
  for (const m of first.flat()) if (m.type === 'Company' && teams.has(m.surface) && teams.get(m.surface)!.key !== m.key) out.set(m.key, teams.get(m.surface)!);
  return out;
}

/** Key of a discovered name written only as "X 컨소시엄" → key of the page's one labelled lead, where that is another company. */
export function consortiumNameForms(first: readonly Mention[][], sentences: readonly Sentence[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!sentences.some((s) => s.text.includes('주관'))) return out;
  // (a table that names each team beside its lead: each team's name is its lead's consortium)
  for (const [team, lead] of tableTeamLeads(first, sentences)) out.set(team, lead.key);
  const lead = labelledLead(first, sentences);
  if (!lead) return out;
  const uses = new Map<string, { named: Mention; alone: boolean }>();
  first.forEach((ms, i) => {
    const text = sentences[i]!.text;
    for (const m of ms) {
      if (m.type !== 'Company' || m.key === lead.key || m.via === 'reference' || m.via === 'blocked') continue;
      const u = uses.get(m.key) ?? { named: m, alone: false };
      // (named anywhere without the consortium word after it, it is a company of its own)
      if (m.via !== 'discovered' || !CONSORTIUM_AFTER.test(text.slice(m.end, m.end + 6))) u.alone = true;
      uses.set(m.key, u);
    }
  });
  for (const [key, u] of uses) if (!u.alone) out.set(key, lead.key);
  return out;
}
