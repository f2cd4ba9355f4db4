/**
 * A company page's history (연혁) or a profile's milestones: lines without a subject, each a noun phrase that
 * ends on what happened ("2024.05 · 부처 'P' 공급기업 선정", "'P' 1차 평가 통과 — …"). The page is about one
 * company (the profile's title names it, or the page speaks for itself), so a programme such a line names
 * is one that company takes part in.
 */
import type { Sentence } from '../parse/types.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention, RuleSet } from './types.js';

/** The head of a line, before a dash that explains it ("… 선정 — 컨소시엄에 합류해 …"). */
const EXPLANATION = /\s[—–]\s/;
/** A milestone's end: selected, passed, joined (maybe glossed in parentheses); no verb ending. */
const MILESTONE_END = /(?:선정|통과|참여|합류|진출)(?:\s?\([^()]{1,60}\))?$/;
/** After a company on a milestone line: its consortium, which the page's company joined or is one of. */
const JOINED_TEAM = /^\s?컨소시엄(?:에\s(?:합류|참여|참가|가세)|의?\s(?:일원|구성원|참여사|참여\s?기업))/;
/** A history heading ("연혁", "회사 연혁", "주요 연혁") or a milestone list's. */
const HISTORY_HEADING = /^(?:회사\s?|주요\s?)?연혁$|^(?:주요\s?)?(?:이력|마일스톤|milestones?|history)$/i;

/** True when the page carries its history or milestones as a section of its own. */
function hasHistory(sentences: Sentence[]): boolean {
  return sentences.some((s) => s.text.length <= 12 && HISTORY_HEADING.test(s.text.trim()));
}

/** PARTICIPATES_IN for each milestone line that names a programme, with the page's company as the participant. */
export function addMilestoneProgrammes(acc: Acc, rules: RuleSet, articleId: string, page: { owner: Mention | undefined; self: Mention | undefined }, sentences: Sentence[], mentions: Mention[][]): void {
  if (!sentences.some((s) => /선정|통과|참여|합류|진출|체결/.test(s.text))) return;
  // (a profile's title names its company; a company's own page with a history section speaks for itself)
  const history = hasHistory(sentences);
  const owner = page.owner ?? (history ? page.self : undefined);
  if (!owner || !acc.entities.has(owner.key)) return;
  for (const [i, s] of sentences.entries()) {
    if (s.block === 'title') continue;
    const head = s.text.split(EXPLANATION)[0]!.trim();
    if (history) addMilestonePartner(acc, rules, articleId, owner, s, head, mentions[i] ?? []);
    if (!MILESTONE_END.test(head)) continue;
    const inHead = (mentions[i] ?? []).filter((m) => m.end <= head.length);
    // (a line that names another company before the programme is that company's milestone)
    const programme = inHead.find((m) => m.type === 'Policy');
    if (!programme || inHead.some((m) => m.type === 'Company' && m.key !== owner.key && m.start < programme.start)) continue;
    const ev = evidenceOf(articleId, s, 'participates.milestone-line', 0.65);
    if (!acc.entities.has(programme.key)) addEntity(acc, programme, rules, ev);
    addRelation(acc, { relation: 'PARTICIPATES_IN', source: owner.key, target: programme.key, properties: {} }, ev);
    // ("… 선정 — X 컨소시엄에 합류해 …", "(X 컨소시엄 일원으로 …)": the page's company joined X's team, a partnership)
    for (const c of mentions[i] ?? []) {
      if (c.type !== 'Company' || c.key === owner.key || c.via === 'reference' || !JOINED_TEAM.test(s.text.slice(c.end, c.end + 16))) continue;
      const pev = evidenceOf(articleId, s, 'partners.milestone-consortium', 0.65);
      if (!acc.entities.has(c.key)) addEntity(acc, c, rules, pev);
      addRelation(acc, { relation: 'PARTNERS_WITH', source: owner.key, target: c.key, properties: {} }, pev);
    }
  }
}

/** A partnership signed on a history line: "COMPANY와 전략적 협업 계약(SCA) 체결", "X와 업무협약(MOU) 체결"; a purchase or supply contract none. */
const AGREEMENT_SIGNED = /^\s?(?:와|과)\s(?:[가-힣A-Za-z]{1,8}\s){0,2}?(?:전략적\s)?(?:협업|협력|업무\s?협약|업무\s?제휴|제휴|파트너십|MOU|동맹)(?:\s?(?:계약|협약|관계))?(?:\s?\([A-Za-z]{2,6}\))?\s(?:체결|구축|맺음)$/;

function addMilestonePartner(acc: Acc, rules: RuleSet, articleId: string, owner: Mention, s: Sentence, head: string, mentions: Mention[]): void {
  // (the company opens the line after its date: "2026.02 X와 …")
  const c = mentions.find((m) => m.type === 'Company' && m.key !== owner.key && m.via !== 'reference' && m.end <= head.length && /^(?:\d{4}[.\-/년]\s?(?:\d{1,2}[.\-/월]?\s?(?:\d{1,2}[.일]?\s?)?)?)?$/.test(head.slice(0, m.start).trim().replace(/\s+/g, ' ')));
  if (!c || !AGREEMENT_SIGNED.test(head.slice(c.end))) return;
  const ev = evidenceOf(articleId, s, 'partners.milestone-agreement', 0.65);
  if (!acc.entities.has(c.key)) addEntity(acc, c, rules, ev);
  addRelation(acc, { relation: 'PARTNERS_WITH', source: owner.key, target: c.key, properties: {} }, ev);
}
