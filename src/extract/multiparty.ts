/**
 * Multi-party agreements. "A는 B, C, D와 업무협약(MOU)을 맺었다" reads as three partnerships of A,
 * but an agreement all four sign is one collaboration among all of them: every pair partners.
 * Applies where one body sentence (or any line naming a three-party or larger agreement, "3자 협약") gives one
 * company two or more partners by the same rule and speaks of a signed agreement (협약, MOU); not where the partners are separate ("각각", "개별"),
 * and not for consortia or alliances around one hub (a supplier and its customers), whose members
 * need not work with each other — except on a consortium's roster line, a line without a predicate that
 * lists one team ("◇ A 컨소시엄 — B, C ⇒ 통과", "▲A 컨소시엄(A·B·C) - 통과"): its members are one team.
 */
import { CONSORTIUM_RULES } from './article-cues.js';
import type { FactEvidence, RelationDraft } from './types.js';

const JOINT_AGREEMENT = /협약|MOU|양해각서/;
const SEPARATE = /각각|각자|개별|별도로|따로/;
/** "3자 협약", "4자 간 MOU": an agreement the words say several parties signed, so a headline's pairs are all one agreement's too. */
const MULTI_PARTY = /(?:[3-9]|삼|사|오)자\s?(?:간\s?)?(?:업무\s?)?(?:협약|MOU|양해각서)/;
/**
 * A sentence ending as sentences do (a full stop, a verb's "다"/"요", or a report's nominal ending, "함께하고 있음", "참여하였음",
 * "제출함", "대상임"), which a roster line does not.
 */
const SENTENCE_END = /(?:[.!?。]|다|요|[가-힣]\s?있음|[가-힣](?:였음|었음|았음|했음|됐음|임|함))\s*["'”’)\]]*\s*$/;

/** Whether one evidence's companies are all one team: a joint agreement in the body, or a consortium's roster line. */
function isOneTeam(ev: FactEvidence): boolean {
  if (SEPARATE.test(ev.sentence)) return false;
  if (CONSORTIUM_RULES.has(ev.rule) && !SENTENCE_END.test(ev.sentence)) return true;
  return (ev.block === 'body' || MULTI_PARTY.test(ev.sentence)) && JOINT_AGREEMENT.test(ev.sentence);
}

export interface PairFact {
  source: string;
  target: string;
  ev: FactEvidence;
}

/** Pairs among the partners of a hub named in one joint-agreement sentence. */
export function multiPartyPairs(relations: Iterable<RelationDraft>): PairFact[] {
  const groups = new Map<string, { ev: FactEvidence; edges: [string, string][] }>();
  for (const r of relations) {
    if (r.type !== 'PARTNERS_WITH') continue;
    for (const ev of r.evidence) {
      const k = `${ev.articleId}|${ev.start}|${ev.rule}`;
      const g = groups.get(k) ?? { ev, edges: [] };
      g.edges.push([r.source, r.target]);
      groups.set(k, g);
    }
  }
  const out: PairFact[] = [];
  for (const { ev, edges } of groups.values()) {
    if (edges.length < 2 || !isOneTeam(ev)) continue;
    const degree = new Map<string, number>();
    for (const [s, t] of edges) for (const x of [s, t]) degree.set(x, (degree.get(x) ?? 0) + 1);
    for (const [hub, n] of degree) {
      if (n < 2) continue;
      const partners = edges.filter((e) => e.includes(hub)).map(([s, t]) => (s === hub ? t : s));
      for (const [i, a] of partners.entries()) for (const b of partners.slice(i + 1)) if (a !== b) out.push({ source: a, target: b, ev: { ...ev, rule: 'partners.multi-party', confidence: Math.min(ev.confidence, 0.7) } });
    }
  }
  return out;
}
