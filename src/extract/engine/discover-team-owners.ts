/**
 * A company named only as the owner of an in-house team ("저희 팀은 X 사내 팀이고", "X의 사내 연구팀으로"): a competition
 * team's or a study group's write-up says whose team it is.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { NOT_COMPANY } from './company-words.js';
import { matchesIn } from './text-scans.js';

/** "저희 팀은 X 사내 팀이고", "X의 사내 연구팀으로": the name whose in-house team a team is, a company. */
const IN_HOUSE_TEAM = /(?<![가-힣A-Za-z0-9])([가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9&]{1,15})(?:의)?\s사내\s(?:[가-힣A-Za-z]{1,6}\s?)?(?:팀|연구팀|스터디)(?=이|입니다|으로|로|,|\s|\(|$)/g;
/** Words before 사내 that name no company. */
const NOT_TEAM_OWNER = /^(?:저희|우리|회사|같은|다른|이|그|각|해당|본|당사|당행|자사|기존|별도|신설)$/;

export function inHouseTeamOwners(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(IN_HOUSE_TEAM, text)) {
    const name = m[1]!;
    if (NOT_TEAM_OWNER.test(name) || NOT_COMPANY.has(name) || lx.generic.has(normalizeName(name)) || isTaken(taken, out, m.index, m.index + name.length)) continue;
    out.push(discoveredMention('Company', name, m.index, m.index + name.length));
  }
  return out;
}
