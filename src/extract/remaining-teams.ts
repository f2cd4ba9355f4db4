/**
 * The teams still in a programme's stage, counted and then named ("지금 2단계에는 세 개 팀이 남아 있습니다. A가 이끄는
 * 컨소시엄, 그리고 B 컨소시엄과 C 컨소시엄입니다.", "3차 평가를 통과한 팀은 A 컨소시엄과 B 컨소시엄이다"): the
 * stage is the programme's named last before (a speech, a briefing or a report that named it a few sentences earlier), and
 * each lead the roster names by its team ("A 컨소시엄", "A가 이끄는 팀") takes part in it. The members joined to a lead
 * later ("A 컨소시엄에는 D와 E가 함께하고 있습니다") are read by the consortium scopes from the leads found here.
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { isSpoken } from './quoted.js';
import type { Mention } from './types.js';

/** A stage (or round) with the teams left in it, or the teams that passed into it. */
const STAGE_TEAMS = /(?:[1-9]|[일이삼사오])\s?(?:단계|차|라운드|차\s?평가|단계\s?평가)(?:에는|에선|에서는|에|엔|까지|를|을)?\s(?:[^\s.,]{1,10}\s){0,3}?(?:팀|컨소시엄|곳|기업)(?:이|가|만|은|는)?\s(?:[^\s.,]{1,6}\s)?(?:남아|남았|남은|남습니다|살아남|진출|올라|올랐|통과)|(?:[1-9]|[일이삼사오])\s?(?:단계|차|라운드)(?:에|를|을)?\s(?:진출한|올라간|오른|통과한|남은|살아남은)\s(?:[^\s.,]{1,6}\s)?(?:팀|컨소시엄|곳|기업)(?:들)?(?:은|는|이|가)\s/;
/** After a lead's name: its team ("A 컨소시엄", "A 팀") or the clause that makes it the lead ("A가 이끄는 컨소시엄"). */
const TEAM_AFTER = /^\s?(?:\([^()]{0,20}\))?(?:\s?(?:컨소시엄|팀)(?!장|원|워크)|(?:이|가)\s(?:이끄는|이끈|주관하는|주관한|주도하는|맡은)\s(?:[가-힣]{1,6}\s)?(?:컨소시엄|팀))/;
/** Between names in one list: a comma, a conjunction. */
const LISTED_AFTER = /^\s?(?:\([^()]{0,20}\))?(?:,\s?|와\s|과\s|및\s|,\s?그리고\s)$/;
/** A denial, a plan, a rumour or a failure. */
const NOT_PART = /않았|않는|않기로|않고|없다|없습니다|검토|예정|계획|불참|탈락|고배|설이|가능성/;
/** How far back the programme may be named. */
const PROGRAMME_REACH = 8;

function usable(m: Mention): boolean {
  return m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.via !== 'anonymous';
}

/** The one programme named last, from the cue back. */
function programmeBefore(sentences: ParagraphSentence[], i: number): string | undefined {
  for (let j = i; j >= Math.max(0, i - PROGRAMME_REACH); j--) {
    const ps = new Set(sentences[j]!.mentions.filter((m) => m.type === 'Policy' && m.via !== 'blocked').map((m) => m.key));
    if (ps.size) return ps.size === 1 ? [...ps][0] : undefined;
  }
  return undefined;
}

/** The leads a roster names by their teams, a list of names before one team word counting for each ("A, B 컨소시엄"). */
function rosterLeads(s: ParagraphSentence, from: number): Mention[] {
  const ms = s.mentions.filter((m) => m.start >= from && usable(m));
  const out: Mention[] = [];
  let next: Mention | undefined;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    const after = s.text.slice(m.end, m.end + 30);
    const listed = next && out.includes(next) && LISTED_AFTER.test(s.text.slice(m.end, next.start));
    if (TEAM_AFTER.test(after) || listed) out.unshift(m);
    next = m;
  }
  return out;
}

/** Adds the leads of the teams left in (or passed into) a programme's stage: PARTICIPATES_IN the programme. */
export function addRemainingTeams(acc: Acc, articleId: string, sentences: ParagraphSentence[]): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!/단계|차|라운드/.test(s.text) || isSpoken(s)) continue;
    const cue = STAGE_TEAMS.exec(s.text);
    if (!cue || NOT_PART.test(s.text)) continue;
    const programme = programmeBefore(sentences, i);
    if (!programme) continue;
    // the roster in the cue's own sentence, else in the next one
    let roster = { s, from: cue.index + cue[0].length };
    let leads = rosterLeads(s, roster.from);
    const next = sentences[i + 1];
    if (!leads.length && next && !isSpoken(next) && !NOT_PART.test(next.text) && !next.mentions.some((m) => m.type === 'Policy' && m.key !== programme)) {
      roster = { s: next, from: 0 };
      leads = rosterLeads(next, 0);
    }
    for (const lead of leads) {
      if (acc.entities.has(lead.key)) addRelation(acc, { relation: 'PARTICIPATES_IN', source: lead.key, target: programme, properties: {} }, evidenceOf(articleId, roster.s, 'participates.remaining-teams', 0.7));
    }
  }
}
