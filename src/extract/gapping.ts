/**
 * Gapping: "A는 X를, B는 Y를 각각 기반 모델로 삼아 …", "A가 X와, B가 Y와 각각 협력 중" — the first clause's verb is left
 * out and is the second's. A fact a rule reads in either clause (between B and Y, or between A and X) holds in the other.
 */
import type { RawFact } from './engine/match.js';
import type { Mention } from './types.js';

/** Between a topic (or a subject) and its object: the particle, then maybe a few words describing the object ("A는 의료 특화 모델 'X'를"). */
const TOPIC_GAP = /^(?:은|는|이|가)\s(?:[가-힣A-Za-z]{1,8}\s){0,3}['"‘“]?$/;
/** Between a team's company and the object: the team it formed as the topic ("A와 B가 함께 구성한 컨소시엄은 'X'를"). */
const TEAM_TOPIC_GAP = /^(?:이|가)\s(?:함께\s|공동으로\s)?(?:구성한|꾸린|결성한|이룬)\s(?:컨소시엄|팀)은\s(?:[가-힣A-Za-z]{1,8}\s){0,3}['"‘“]?$/;
/** Between the first object and the second topic: the object particle (or 와/과 of a partner), a comma, maybe the topic's description ("로봇 스타트업 B는"). */
const OBJECT_GAP = /^['"’”]?(?:(?:을|를)|(와|과)),\s(?:[가-힣A-Za-z]{1,8}\s){0,2}$/;

/** "A는 X를, B는 Y를": by the start of each topic and each object, the other clause's pair (same types, in that order). */
function gappedPairs(text: string, ms: Mention[]): Map<number, [Mention, Mention]> {
  const out = new Map<number, [Mention, Mention]>();
  const named = ms.filter((m) => m.via !== 'anonymous' && m.end > m.start).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 3 < named.length; i++) {
    let [a, x, b, y] = named.slice(i, i + 4) as [Mention, Mention, Mention, Mention];
    if (a.type !== b.type || x.type !== y.type || a.key === b.key || x.key === y.key) continue;
    const gaps = [text.slice(a.end, x.start), text.slice(x.end, b.start), text.slice(b.end, y.start)];
    if (!TOPIC_GAP.test(gaps[0]!) && !TEAM_TOPIC_GAP.test(gaps[0]!)) continue;
    const objectGap = OBJECT_GAP.exec(gaps[1]!);
    if (!objectGap || !TOPIC_GAP.test(gaps[2]!)) continue;
    // "A와 B가 함께 구성한 컨소시엄은 X를, C는 Y를": the team's first company, its lead, is the first clause's subject
    const lead = named[i - 1];
    if (TEAM_TOPIC_GAP.test(gaps[0]!) && lead?.type === a.type && /^\s?(?:와|과)\s$/.test(text.slice(lead.end, a.start))) a = lead;
    // the second object takes the same particle, and the verb follows
    if (!(objectGap[1] ? /^['"’”]?(?:와|과)\s/ : /^['"’”]?(?:을|를)\s/).test(text.slice(y.end, y.end + 3))) continue;
    const [first, second]: [Mention, Mention][] = [[a, x], [b, y]];
    for (const m of first!) out.set(m.start, second!);
    for (const m of second!) out.set(m.start, first!);
  }
  return out;
}

/** The sentence's facts, with each gapped clause's counterpart of a fact read in the other. */
export function withGappedFacts(text: string, ms: Mention[], facts: RawFact[]): RawFact[] {
  if (!text.includes(', ')) return facts;
  const pairs = gappedPairs(text, ms);
  if (!pairs.size) return facts;
  const extra: RawFact[] = [];
  const add = (f: RawFact, source: Mention, target: Mention): void => {
    if (facts.some((g) => g.relation === f.relation && g.source.key === source.key && g.target.key === target.key)) return;
    extra.push({ ...f, source, target, rule: `${f.rule}.gapped`, confidence: f.confidence * 0.9 });
  };
  for (const f of facts) {
    const p = pairs.get(f.source.start);
    if (p && pairs.get(f.target.start) === p) {
      const [a, x] = p;
      if (f.source.start < f.target.start) add(f, a, x);
      else add(f, x, a);
      continue;
    }
    // "A는 X와, B는 Y와 각각 짝을 이뤄 P에 들어간다": what the second clause's topic or partner does to a thing named
    // after both clauses (the verb they share), the first clause's does too
    const q = f.target.start > f.source.start ? pairs.get(f.source.start) : undefined;
    if (!q || f.target.start < Math.max(...q.map((m) => m.end), f.source.end) || pairs.has(f.target.start)) continue;
    const [c, y] = pairs.get(q[0].start)!;
    if (f.source.start === c.start) add(f, q[0], f.target);
    else if (f.source.start === y.start) add(f, q[1], f.target);
  }
  return [...facts, ...extra];
}

/** Whether a fact joins an entity of one gapped clause to one of the other ("A는 X를, B는 Y를 공개했다": never B and X). */
export function crossesGap(text: string, ms: Mention[]): (f: RawFact) => boolean {
  const pairs = text.includes(', ') ? gappedPairs(text, ms) : new Map<number, [Mention, Mention]>();
  return (f) => {
    const [p, q] = [pairs.get(f.source.start), pairs.get(f.target.start)];
    return p !== undefined && q !== undefined && p !== q;
  };
}
