/**
 * A foreign company and its local branch in one article ("세피라AI" and "세피라AI코리아", "Orbis" and
 * "Orbis Korea"): the parent makes the models, the branch launches them here and signs the local deals.
 * Headlines and launch sentences blur the two; the body's own wording decides.
 */
import type { Acc } from './article-acc.js';
import type { RelationDraft } from './types.js';

/** A branch's name: the parent's name and "코리아"/"Korea" (or "한국 법인"/"한국지사"). */
const BRANCH_TAIL = /^\s?(?:코리아|Korea|KOREA|한국\s?(?:법인|지사))$/;

/** A launch in the market, not a making: "국내에 공식 출시", "국내 출시", "launch". */
const LAUNCH = /출시|선보|launch/i;
const MAKING = /개발|만든|만들|학습|구축|설계|developed|built|trained/i;

function namesOf(acc: Acc, key: string): string[] {
  return Object.keys(acc.entities.get(key)?.names ?? {});
}

/** Parent key → its branch's key, for companies of the article whose names differ by a branch tail only. */
function branchesOf(acc: Acc): Map<string, string> {
  const out = new Map<string, string>();
  const companies = [...acc.entities.values()].filter((e) => e.type === 'Company');
  for (const p of companies)
    for (const b of companies) {
      if (p.key === b.key) continue;
      const isBranch = namesOf(acc, p.key).some((pn) => pn.length >= 2 && namesOf(acc, b.key).some((bn) => bn.startsWith(pn) && BRANCH_TAIL.test(bn.slice(pn.length))));
      if (isBranch) out.set(p.key, b.key);
    }
  return out;
}

const fromHeadline = (r: RelationDraft): boolean => r.evidence.every((e) => e.block === 'title');
const fromLaunch = (r: RelationDraft): boolean => r.evidence.every((e) => LAUNCH.test(e.sentence) && !MAKING.test(e.sentence));

/**
 * Drops (1) a headline partnership of the parent where the body gives the branch the same partner
 * ("세피라AI, … LG유플러스와 맞손" over "세피라AI코리아는 LG유플러스와 업무협약을 체결했다"), and (2) the branch's
 * DEVELOPED of a model the parent developed, read only from launch sentences ("…의 한국 법인 Y가 'M'을 국내에 출시").
 */
export function dropBranchBlurs(acc: Acc): void {
  const branches = branchesOf(acc);
  if (!branches.size) return;
  const rels = [...acc.relations.entries()];
  const has = (type: string, source: string, target: string): RelationDraft | undefined =>
    rels.find(([, r]) => r.type === type && ((r.source === source && r.target === target) || (type === 'PARTNERS_WITH' && r.source === target && r.target === source)))?.[1];
  for (const [k, r] of rels) {
    if (r.type === 'PARTNERS_WITH' && fromHeadline(r)) {
      for (const [parent, other] of [[r.source, r.target], [r.target, r.source]] as const) {
        const branch = branches.get(parent);
        const body = branch && has('PARTNERS_WITH', branch, other);
        if (body && !fromHeadline(body)) acc.relations.delete(k);
      }
    }
    if (r.type === 'DEVELOPED' && fromLaunch(r)) {
      const parent = [...branches].find(([, b]) => b === r.source)?.[0];
      if (parent && has('DEVELOPED', parent, r.target)) acc.relations.delete(k);
    }
  }
}
