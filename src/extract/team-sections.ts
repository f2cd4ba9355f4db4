/**
 * Consortia laid out team by team under subheads ("SK텔레콤 팀: 게임사부터 반도체 스타트업까지", "■ A 컨소시엄"):
 * the subhead names the team's lead, and the section under it, up to the next subhead, says what each member brings
 * ("게임사 B는 … 데이터를 보탠다", "C는 추론 인프라를 맡았고, D는 … 검수를 담당한다", "E가 파트너로 참여해 …").
 * A company that is the subject of such a contribution in the section (not in quoted words, not denied) is a
 * member: it takes part in the article's one programme and partners with the lead, who takes part too.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { isSpoken } from './quoted.js';
import type { Mention } from './types.js';

/** After the lead's name in a subhead: the team word, then the subhead's end or its note ("A 팀: …", "A 컨소시엄 — …"). */
const TEAM_HEAD = /^\s?(?:\([^()]{0,20}\))?\s?(?:컨소시엄|팀|연합)\s?(?:$|[:：|—–\-…,]|\]|』|」)/;
/** Before the lead's name in a subhead: marks and brackets only. */
const HEAD_MARK = /^[\s■□◆◇▶▷●○\-•[【「『<]*$/;
/** A member's contribution: what it brings to, takes on in, or supplies the team. */
/** (not the noun for a team's members: "B 등 컨소시엄 참여사와 함께" is said by a lead of its own members) */
const CONTRIBUTES = /보태|책임지|책임진|보탠|보탭|보탰|맡(?:았|는|고|아|을|은|기로)|맡는다|담당|공급|제공|참여(?!\s?(?:사|기업|기관|업체))|합류|가세|동참|파트너로/;
/** After a member's name: its subject or topic particle. */
const SUBJECT_AFTER = /^\s?(?:\([^()]{0,20}\))?(?:은|는|이|가|도)\s/;
/** A denial, a withdrawal, a failure: no membership. */
const NOT_MEMBER = /설이|설을|사실무근|아니다|않았|않는|않기로|않고|없다|없었|불참|탈락|빠졌|빠진|이탈|탈퇴|검토/;

function usable(m: Mention): boolean {
  return m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.via !== 'anonymous';
}

/** A subhead written into the body as a marked line ("[A 팀] …", "■ B 컨소시엄"): a mark first, no predicate's ending last. */
const MARKED_LINE = /^\s?[■□◆◇▶▷●○[【]/;
const PROSE_END = /(?:다|요|죠)[.!?]?["'”’)]?\s?$/;

/** A subhead: a heading block, or a marked line of the body. */
function isSubhead(s: Sentence): boolean {
  return s.block === 'heading' || (s.block === 'body' && MARKED_LINE.test(s.text) && !PROSE_END.test(s.text));
}

/** The lead a subhead names as its team's ("A 팀: …"), if it names just one company that way. */
function teamLeadOf(s: Sentence, mentions: Mention[]): Mention | undefined {
  if (!(s.text.includes('팀') || s.text.includes('컨소시엄') || s.text.includes('연합'))) return undefined;
  const leads = mentions.filter((m) => usable(m) && HEAD_MARK.test(s.text.slice(0, m.start)) && TEAM_HEAD.test(s.text.slice(m.end, m.end + 30)));
  return leads.length === 1 ? leads[0] : undefined;
}

/** The members one body sentence of a team's section names: subjects of a contribution, after which it is said. */
function membersIn(s: ParagraphSentence, lead: string): Mention[] {
  if (isSpoken(s) || !CONTRIBUTES.test(s.text) || NOT_MEMBER.test(s.text)) return [];
  return s.mentions.filter((m) => usable(m) && m.key !== lead && SUBJECT_AFTER.test(s.text.slice(m.end, m.end + 24)) && CONTRIBUTES.test(s.text.slice(m.end)));
}

/** The one programme the article's teams are in: the programmes taken part in so far and those the body names before the first team. */
function programmeOf(acc: Acc, body: ParagraphSentence[], firstTeamAt: number): string | undefined {
  const keys = new Set<string>();
  for (const r of acc.relations.values()) if (r.type === 'PARTICIPATES_IN') keys.add(r.target);
  for (const s of body) if (s.start < firstTeamAt) for (const m of s.mentions) if (m.type === 'Policy' && m.via !== 'blocked') keys.add(m.key);
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** Adds the teams the article lays out under subheads: members PARTICIPATES_IN the programme and PARTNERS_WITH the lead. */
export function addTeamSections(acc: Acc, articleId: string, sentences: Sentence[], first: Mention[][], body: ParagraphSentence[]): void {
  const heads = sentences.flatMap((s, i) => (isSubhead(s) ? [{ s, lead: teamLeadOf(s, first[i] ?? []) }] : []));
  const teams = heads.filter((h) => h.lead);
  if (!teams.length || !acc.entities.has(teams[0]!.lead!.key)) return;
  const programme = programmeOf(acc, body, teams[0]!.s.start);
  if (!programme) return;
  heads.forEach((h, k) => {
    const lead = h.lead;
    if (!lead || !acc.entities.has(lead.key)) return;
    const end = heads[k + 1]?.s.start ?? Infinity;
    const section = body.filter((s) => s.start > h.s.start && s.start < end && !isSubhead(s));
    for (const s of section)
      for (const m of membersIn(s, lead.key)) {
        if (!acc.entities.has(m.key)) continue;
        addRelation(acc, { relation: 'PARTICIPATES_IN', source: m.key, target: programme, properties: {} }, evidenceOf(articleId, s, 'participates.team-section', 0.7));
        addRelation(acc, { relation: 'PARTNERS_WITH', source: lead.key, target: m.key, properties: {} }, evidenceOf(articleId, s, 'partners.team-section', 0.7));
        addRelation(acc, { relation: 'PARTICIPATES_IN', source: lead.key, target: programme, properties: {} }, evidenceOf(articleId, s, 'participates.team-section', 0.7));
      }
  });
}
