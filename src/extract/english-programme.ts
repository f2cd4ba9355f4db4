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
  // (a reference the counted phrase itself was read as, "The two firms,", is no other subject before it)
  if (!r || !policy || ms.some((m) => isCompany(m) && m.via !== 'reference' && m.start < r[0].length)) return undefined;
  const listed = listOf(before.text, before.mentions, englishNumberOf(r[1]!)!);
  if (!listed) return undefined;
  const added = ms.filter((m) => isCompany(m) && m.end <= policy.start && ALONG_WITH.test(text.slice(r[0].length, m.start)));
  return { teams: [...listed, ...added], policy };
}

/** A minister's or ministry official's title before or after the name ("Vice Minister NAME", "Vice Minister of Science and ICT NAME"). */
const TITLE_BEFORE = /(?:\b(?:Vice|Deputy)\s)?(?:[A-Z][a-z]+\s){0,2}Minister\s(?:of\s[A-Z][A-Za-z]*(?:\s(?:and\s)?[A-Z][A-Za-z]*){0,3}\s)?$/;
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

/** "A fifth team, led by …": a team led by the company that follows, perhaps described ("led by AI software firm X"). */
const TEAM_LED_BY = /\b(?:team|consortium),?\sled\sby\s(?:[A-Za-z.\-]+\s){0,4}$/;
/** Between the lead and its member: "X together with U.S. chip designer Y", "X and Y", "X with Y". */
const LED_WITH = /^\s(?:(?:together|along)\swith|with|and)\s(?:[A-Za-z.\-]+\s){0,4}$/;
/** What happened to the team: it was put on the reserve list, shortlisted or selected (it applied, so it takes part). */
const TEAM_OUTCOME = /^,?\s(?:was|were|has\sbeen|had\sbeen|is)\s(?:also\s)?(?:placed|put|kept)\son\s(?:the\s|a\s)?(?:reserve|waiting|standby)\slist\b|^,?\s(?:was|were|has\sbeen|had\sbeen|is)\s(?:also\s)?(?:selected|picked|chosen|shortlisted)\b/;

/**
 * "A fifth team, led by X together with Y, was placed on the reserve list": a team led by one company with another that
 * was put on a reserve list or selected; both take part in the programme in scope and partner each other.
 */
export function ledTeamOf(text: string, ms: Mention[]): [Mention, Mention] | undefined {
  if (!text.includes(' led by ')) return undefined;
  const cs = ms.filter(isCompany);
  for (let i = 0; i + 1 < cs.length; i++) {
    const [lead, member] = [cs[i]!, cs[i + 1]!];
    if (!TEAM_LED_BY.test(text.slice(Math.max(0, lead.start - 80), lead.start)) || !LED_WITH.test(text.slice(lead.end, member.start))) continue;
    if (TEAM_OUTCOME.test(text.slice(member.end, member.end + 80))) return [lead, member];
  }
  return undefined;
}

/** A list's introduction that names no programme, after a sentence that selected its teams for one ("… selected four consortia for the X Project …." then "Each consortium is led by …:"). */
const TEAMS_INTRO = /^(?:Each|Every|All|The)\s(?:[a-z]+\s)?(?:consortium|consortia|team|teams)\b[^:]*:\s?$/;
const SELECTED_TEAMS = /\b(?:selected|picked|chose|chosen|named)\s(?:two|three|four|five|six|seven|eight|\d{1,2})\s(?:[a-z\-]+\s)?(?:consortia|teams)\b/;
/** What lies between an item's lead and its member: "A, with B, will …", "A, together with chip startup B, …". */
const WITH_MEMBER = /^,\s(?:together\s)?with\s(?:[a-z][a-z\-]{1,15}\s){0,3}$/;

/** The programme a roster's introduction named, while its list goes on, and the last programme a roster listed teams of. */
export interface EnglishRoster {
  policy?: Mention;
  listed?: Mention;
}

/** One item of a roster: the company it opens on, the member it names with it, and the programme. */
export interface EnglishRosterItem {
  team: Mention;
  member?: Mention;
  policy: Mention;
}

/**
 * "Three teams go through to the final stage of the X Project:" then list items "- A with its model Y", "- B's consortium
 * with Z" (and a line "Dropped this round: C"): the company each item opens on takes part in X. The introduction may
 * name no programme where the sentence before selected the teams for one ("… selected four consortia for the X Project.
 * Each consortium is led by …:"); an item without a mark opens on its lead and names its member ("A, with B, will …").
 * The walk ends at the first sentence that is neither. Returns the company a sentence adds, if any.
 */
export function rosterTeamOf(roster: EnglishRoster, text: string, ms: Mention[], before?: { text: string; mentions: Mention[] }): EnglishRosterItem | undefined {
  const policy = roster.policy;
  if (policy) {
    const label = ROSTER_ITEM.exec(text) ?? DROPPED_LABEL.exec(text);
    const first = ms.find((m) => m.end > m.start && m.via !== 'blocked');
    const team = first && isCompany(first) && first.start === (label ? label[0].length : 0) ? first : undefined;
    const member = team && ms.find((m) => isCompany(m) && m.start > team.end && WITH_MEMBER.test(text.slice(team.end, m.start)));
    if (team && (label || member)) return { team, member, policy: (roster.listed = policy) };
    if (label) return undefined;
    roster.policy = undefined;
  }
  if (!text.endsWith(':') && !text.endsWith(': ')) return undefined;
  const named = ms.filter((m) => m.type === 'Policy' && m.via !== 'blocked');
  if (ms.some(isCompany)) return undefined;
  if (named.length === 1 && ROSTER_INTRO.test(text)) roster.policy = named[0];
  const selected = before?.mentions.filter((m) => m.type === 'Policy' && m.via !== 'blocked') ?? [];
  if (!named.length && TEAMS_INTRO.test(text) && selected.length === 1 && SELECTED_TEAMS.test(before!.text)) roster.policy = selected[0];
  return undefined;
}

/** What a team did in a programme's round after its name: went on to one, cleared or failed to clear one, or was added to the programme. */
const ROUND_OUTCOME = /^(?:,\s(?:a|an|the)\s[^,;]{1,60},)?\s(?:had\s|has\s|have\s|also\s)?(?:(?:advanced|moved\son|progressed|went\sthrough|made\sit|qualified)\s(?:to|into|for)\s(?:a|an|the)\s(?:(?:next|final|second|third|fourth|last|[a-z]+-)\s?)?(?:round|stage|phase|evaluation)|(?:failed\sto|did\snot|could\snot)\s(?:clear|pass|survive|get\sthrough)\s(?:a|an|the)\s(?:[a-z\-]+\s){0,2}(?:round|stage|phase|evaluation)|(?:cleared|passed|survived)\s(?:a|an|the)\s(?:[a-z\-]+\s){0,2}(?:round|stage|phase|evaluation))\b/;
/** "X, which was added to the programme in a second call": a team the programme took in later. */
const ADDED_TO = /^,?\s(?:which|that|who)?\s?(?:was|were|had\sbeen|has\sbeen)\s(?:later\s)?added\sto\sthe\s(?:programme|program|project|competition|race)\b/;

/**
 * "A, B, C and D advanced to a third round …", "The ministry said X, a Seoul-based startup, had failed to clear the
 * second-round evaluation of …", "X, which was added to the programme in a second call …": the teams of the sentence's
 * list (opening the sentence or what someone said) that went on, cleared or failed a round, or were added to the
 * programme; a team that failed a round took part all the same. A list that ends "is not a member", negated, is none.
 */
export function roundTeamsOf(text: string, ms: Mention[]): Mention[] {
  if (!/\b(?:round|stage|phase|evaluation|added)\b/.test(text)) return [];
  const cs = ms.filter(isCompany);
  for (let i = 0; i < cs.length; i++) {
    const lead = text.slice(0, cs[i]!.start);
    if (!/^(?:|[^,;]{0,80}?\b(?:said|says|announced|confirmed)\s(?:that\s)?)$/.test(lead)) continue;
    const run = [cs[i]!];
    while (run.length < cs.length - i && LIST_GAP.test(text.slice(run.at(-1)!.end, cs[i + run.length]!.start))) run.push(cs[i + run.length]!);
    const after = text.slice(run.at(-1)!.end, run.at(-1)!.end + 160);
    if (ROUND_OUTCOME.test(after) || (run.length === 1 && ADDED_TO.test(after))) return run;
    return [];
  }
  return [];
}
