/**
 * "A는 'P 사업'의 주관 기업으로 선정됐다. … 이 사업에는 B가 참여 기관으로 함께한다.": the members a programme takes in under
 * its one named lead form the lead's consortium — partners of the lead (as the fixtures pair a lead with each member).
 * Companies selected side by side ("A와 B가 각각 선정됐다") name no lead and no member: no partnership.
 */
import { addRelation, type Acc } from './article-acc.js';
import type { FactEvidence } from './types.js';

/** The sentence names its subject the programme's lead ("주관 기업으로 선정", "주관사로 뽑혔다", "주관기관을 맡는다"). */
const LEAD = /주관\s?(?:기업|기관|사|업체)(?:로|으로)\s?(?:선정|뽑히|뽑혔|낙점|확정)|주관\s?(?:기업|기관|사|업체)(?:를|을)\s맡/;
/** The sentence takes a member in under the programme ("참여 기관으로 함께한다", "참여사로 합류했다"). */
const MEMBER = /참여\s?(?:기관|기업|업체|사)(?:로|으로)\s(?:함께|합류|힘을 보|동참)/;
/** The member's sentence names its own lead ("B는 … 컨소시엄을 주관하고, C가 참여기관으로 함께한다"): the members are that lead's, not the programme's one named lead's. */
const OWN_LEAD = /(?:주관|주도)하고|이끌고|(?:이끄는|주관하는|주도하는)\s?컨소시엄/;

export function addProgrammeLeadPartners(acc: Acc): void {
  const leads = new Map<string, Set<string>>();
  const members = new Map<string, { company: string; ev: FactEvidence }[]>();
  for (const r of acc.relations.values()) {
    if (r.type !== 'PARTICIPATES_IN') continue;
    for (const ev of r.evidence) {
      if (LEAD.test(ev.sentence)) leads.set(r.target, (leads.get(r.target) ?? new Set()).add(r.source));
      else if (MEMBER.test(ev.sentence) && !OWN_LEAD.test(ev.sentence)) members.set(r.target, [...(members.get(r.target) ?? []), { company: r.source, ev }]);
    }
  }
  for (const [programme, led] of leads) {
    if (led.size !== 1) continue;
    const [lead] = [...led];
    for (const m of members.get(programme) ?? []) {
      if (m.company === lead || led.has(m.company)) continue;
      addRelation(acc, { relation: 'PARTNERS_WITH', source: lead!, target: m.company, properties: {} }, { ...m.ev, rule: 'partners.programme-lead-member', confidence: 0.6 });
    }
  }
}
