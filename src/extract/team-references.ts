/**
 * A competition's teams named as a company's ("대상은 X의 '한울' 팀에 돌아갔다"): a later sentence that opens on the
 * team ("이 팀은 …", "한울 팀은 …") speaks of what the company's team did, so its subject is that company. A team
 * named with no company ("대학원생들로 꾸려진 '세종' 팀", an individuals' team) stands for no company.
 */
import type { Mention } from './types.js';
import { referenceTo } from './references.js';

export interface Teams {
  /** Each team's company by the team's name (undefined: a team of no company). */
  byName: Map<string, Mention | undefined>;
  /** The team named last: what "이 팀" means. */
  last?: string;
}

/** "X의 '한울' 팀", "'한울' 팀": a team's name, quoted before 팀. */
const TEAM_NAME = /['‘"“]([^'’"”]{1,20})['’"”]\s?팀/g;

export const newTeams = (): Teams => ({ byName: new Map() });

/** Notes the teams a sentence names, with their companies ("X의 'T' 팀"). */
export function noteTeams(text: string, ms: Mention[], teams: Teams): void {
  for (const t of text.matchAll(TEAM_NAME)) {
    const owner = ms.find((m) => m.type === 'Company' && m.via !== 'blocked' && /^의\s$/.test(text.slice(m.end, t.index)));
    teams.byName.set(t[1]!, owner);
    teams.last = t[1];
  }
}

/** "이 팀은 …", "T 팀은 …" at a sentence's start: the team's company as the subject. */
export function addTeamReference(text: string, ms: Mention[], teams: Teams): void {
  const r = /^(?:(?:이|그|해당)\s팀|([^\s]{1,20})\s?팀)(?=은\s|는\s|이\s|도\s)/.exec(text);
  const name = r ? (r[1] ?? teams.last) : undefined;
  const company = name !== undefined ? teams.byName.get(name) : undefined;
  if (!r || !company || ms.some((m) => m.start < r[0].length)) return;
  ms.unshift(referenceTo(company, 0, r[0].length));
}
