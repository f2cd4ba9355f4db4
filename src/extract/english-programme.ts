/**
 * English programme sentences read across sentences: "A, B and C advanced to the final stage … . The three teams cleared
 * the second-stage evaluation of the X project" (the counted teams are the list of that many companies the sentence
 * before named, with any added "along with D"), and a minister or ministry official who speaks of the one programme
 * the article is about ("Vice Science Minister NAME told a briefing", "NAME, the science minister, …") promotes it.
 */
import { englishNumberOf } from './korean.js';
import type { Mention } from './types.js';

const COUNTED_TEAMS = /^The\s(two|three|four|five|six)\s(?:remaining\s|selected\s|surviving\s)?(?:companies|teams|firms|consortia|finalists|contestants)\b/;
/** What lies between two companies of one coordinated list ("A, B and C", "A Co. and B", "A (code) and B"). */
const LIST_GAP = /^(?:\s(?:Co|Corp|Inc|Ltd)\.?)?(?:\s?\([^()]{0,30}\))?(?:,\s(?:and\s)?|,?\s(?:and|&)\s)$/;
const ALONG_WITH = /^,?\s(?:along|together)\swith\s(?:(?:the\s)?(?:startup|start-up|company|firm)\s)?$/;

const isCompany = (m: Mention): boolean => m.type === 'Company' && m.via !== 'blocked' && m.end > m.start;

/** The companies of the first coordinated list of exactly `n` companies in a sentence. */
function listOf(text: string, ms: Mention[], n: number): Mention[] | undefined {
  const cs = ms.filter(isCompany);
  let run: Mention[] = [];
  for (const c of cs) {
    const prev = run.at(-1);
    if (prev && LIST_GAP.test(text.slice(prev.end, c.start))) run.push(c);
    else {
      if (run.length === n) return run;
      run = [c];
    }
  }
  return run.length === n ? run : undefined;
}

/**
 * "The three teams cleared the … evaluation of the X project": the teams a counted phrase opening the sentence stands for
 * (the sentence before's list of that many companies) and those added "along with D" take part in the programme named.
 */
export function countedTeamsIn(text: string, ms: Mention[], before: { text: string; mentions: Mention[] } | undefined): { teams: Mention[]; policy: Mention } | undefined {
  if (!before || !text.startsWith('The ')) return undefined;
  const r = COUNTED_TEAMS.exec(text);
  const policy = r && ms.find((m) => m.type === 'Policy' && m.via !== 'reference');
  if (!r || !policy || ms.some((m) => isCompany(m) && m.start < r[0].length)) return undefined;
  const listed = listOf(before.text, before.mentions, englishNumberOf(r[1]!)!);
  if (!listed) return undefined;
  const added = ms.filter((m) => isCompany(m) && m.end <= policy.start && ALONG_WITH.test(text.slice(r[0].length, m.start)));
  return { teams: [...listed, ...added], policy };
}

/** A minister's or ministry official's title before or after the name. */
const TITLE_BEFORE = /(?:\b(?:Vice|Deputy)\s)?(?:[A-Z][a-z]+\s){0,2}Minister\s$/;
const TITLE_AFTER = /^,\s(?:the\s)?(?:(?:deputy\sprime\sminister|vice\sminister|minister|director\sgeneral|director-general)\b[^,.]{0,50}?,|(?:deputy\s|vice\s)?[a-z]+\sminister,)/;
/** The ministry a director's title must name: the bare "the ministry", or the science ministry ("the Ministry of Science and ICT"). */
const DIRECTOR_MINISTRY = /\bthe\s(?:ministry|science\sministry|Ministry\sof\sScience)\b/;
const SPEAKS = /\b(?:said|says|told|tells|announced|announces)\b/;
const OWNER = /^The\s(?:operational\s)?(?:owner|overseer)\sis\s$/;

/**
 * The official who speaks for, or owns, the one programme the article is about: "Vice Science Minister NAME told a
 * briefing …", "NAME, the deputy prime minister and minister of science and ICT, said …", "The operational owner is
 * NAME, the science minister". Only where the sentence names no other policy.
 */
export function officialOfProgramme(text: string, ms: Mention[], policy: Mention | undefined): Mention | undefined {
  if (!policy || !(text.includes('inister') || text.includes('irector')) || ms.some((m) => m.type === 'Policy' && m.key !== policy.key)) return undefined;
  for (const p of ms) {
    if (p.type !== 'Person' || p.via === 'blocked') continue;
    const lead = text.slice(Math.max(0, p.start - 50), p.start);
    const after = text.slice(p.end, p.end + 90);
    // (a director's title must name the bare "the ministry" the article is about, or the science ministry that runs AI
    // programmes, not another one: "at the health ministry")
    const title = TITLE_AFTER.exec(after)?.[0];
    const titled = TITLE_BEFORE.test(lead) || (title !== undefined && (!/director/.test(title) || DIRECTOR_MINISTRY.test(title)));
    if (!titled) continue;
    if (SPEAKS.test(text.slice(p.end, p.end + 120)) || OWNER.test(text.slice(0, p.start))) return p;
  }
  return undefined;
}

/** A company opening the sentence (or its clause) that applies to the programme: "X submitted its application …", "X applied to the project", "X said it submitted an application …". */
const APPLIED = /^(?:,\s[^,.;]{1,80},)?\s(?:said\s(?:that\s)?it\s)?(?:has\s|had\s|also\s)?(?:submitted\s(?:its|an|a)\s(?:formal\s)?(?:application|bid|proposal)|applied\s(?:to|for)\sthe\s(?:project|program|programme|call)\b|filed\s(?:its|an)\s(?:application|bid))/;

/** The company that applies to the programme in scope, where the sentence names no other programme and no negation. */
export function applicantOf(text: string, ms: Mention[], programme: Mention | undefined): Mention | undefined {
  if (!programme || !(text.includes('appli') || text.includes(' bid')) || ms.some((m) => m.type === 'Policy' && m.key !== programme.key) || /(?:not|never|no)/.test(text)) return undefined;
  const c = ms.find(isCompany);
  if (!c || (c.start > 0 && !/^(?:[A-Z][a-z]+,\s)?$/.test(text.slice(0, c.start)))) return undefined;
  return APPLIED.test(text.slice(c.end, c.end + 140)) ? c : undefined;
}

/** A sentence that introduces the teams a programme selected as a list after its colon ("Three teams go through to the final stage of X:"). */
const ROSTER_INTRO = /\b(?:go(?:es)?\sthrough|went\sthrough|advance[sd]?|move[sd]?\son|(?:were|was|have\sbeen|has\sbeen)\s(?:selected|chosen|picked)|qualif(?:y|ies|ied)|made\sthe\scut)\b[^:]*:\s?$/;
/** A list item's mark before the company it opens on. */
const ROSTER_ITEM = /^[-–•*·]\s/;
/** A labelled line of the same list for the teams that did not go on ("Dropped this round: X"): they took part too. */
const DROPPED_LABEL = /^(?:Dropped|Eliminated|Cut|Out)\b[^:]{0,30}:\s/;

/** The programme a roster's introduction named, while its list goes on. */
export interface EnglishRoster {
  policy?: Mention;
}

/**
 * "Three teams go through to the final stage of the X Project:" then list items "- A with its model Y", "- B's consortium
 * with Z" (and a line "Dropped this round: C"): the company each item opens on takes part in X. The walk ends at the first
 * sentence that is neither. Returns the company a sentence adds, if any.
 */
export function rosterTeamOf(roster: EnglishRoster, text: string, ms: Mention[]): { team: Mention; policy: Mention } | undefined {
  const policy = roster.policy;
  if (policy) {
    const label = ROSTER_ITEM.exec(text) ?? DROPPED_LABEL.exec(text);
    const first = label ? ms.find((m) => m.end > m.start && m.via !== 'blocked') : undefined;
    if (label && first && isCompany(first) && first.start === label[0].length) return { team: first, policy };
    if (!label) roster.policy = undefined;
    if (label) return undefined;
  }
  if (!text.endsWith(':') && !text.endsWith(': ')) return undefined;
  const named = ms.filter((m) => m.type === 'Policy' && m.via !== 'blocked');
  if (named.length === 1 && ROSTER_INTRO.test(text) && !ms.some(isCompany)) roster.policy = named[0];
  return undefined;
}
