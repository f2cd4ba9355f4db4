/**
 * "KT가 MS와 공동 개발한 'X 2' … X의 업그레이드 버전": the model a new one of a line succeeds, its maker not named, is the
 * earlier model of the same maker: the new model's developer (a partner that only co-developed the new one aside).
 */
import { addRelation, type Acc } from './article-acc.js';
import type { RelationDraft } from './types.js';

/** Rules that read a partner co-developing with the model's maker, not the maker itself ("A는 B와 함께 M을 공개": B). */
export const PARTNER_RULE = /^developed\.(?:co-developed-relative-partner|partner-made-together|joint-noun-partner|co-developed-with|focus-co-developed-with|focus-co-developed-omitted-subject|focus-both-parties-agreement|focus-joined-as-co-developer|focus-development-done-with|topic-co-developer|together|called-co-developed)$/;

/** "연구팀이 지난해 선보인 'Y'의 후속작": the sentence names who made the earlier model (someone else, maybe no company). */
const MAKER_CLAUSE = /[가-힣A-Za-z0-9)](?:이|가)\s(?:[^\s.]+\s){0,3}(?:선보인|공개한|개발한|내놓은|만든|출시한|선보였던|공개했던|개발했던|내놨던|만들었던)\s/;

/** "저자의 선행 모델인 Y": a model the page gives as its author's own earlier work (a thesis's), not the company's. */
const AUTHORS_OWN_BEFORE = /(?:저자|필자|연구자|본인)(?:들)?의\s(?:(?:선행|이전|기존|앞선|과거)\s)?(?:연구\s)?(?:모델|연구)(?:인|으로|에서)?\s['"‘“]?$/;

/** Whether the model is first met as its page's author's own (AUTHORS_OWN_BEFORE): no company's line or family gives it a maker. */
export function authorsOwn(acc: Acc, key: string): boolean {
  const e = acc.entities.get(key);
  const ev = acc.firstSeen.get(key);
  const at = e && ev ? ev.sentence.indexOf(Object.keys(e.names)[0]!) : -1;
  return at > 0 && AUTHORS_OWN_BEFORE.test(ev!.sentence.slice(Math.max(0, at - 30), at));
}

/** "X GGUF (비공식 양자화)", "X-AWQ (unofficial)": a copy marked right after its name as no release of its family's maker. */
const UNOFFICIAL_AFTER = /^['"’”]?\s?[([]?\s?(?:비공식|unofficial)/i;

/** Whether the model is first met marked as unofficial (UNOFFICIAL_AFTER): no family gives it its maker. */
export function markedUnofficial(acc: Acc, key: string): boolean {
  const e = acc.entities.get(key);
  const ev = acc.firstSeen.get(key);
  if (!e || !ev) return false;
  return Object.keys(e.names).some((n) => {
    const at = ev.sentence.indexOf(n);
    return at >= 0 && UNOFFICIAL_AFTER.test(ev.sentence.slice(at + n.length, at + n.length + 16));
  });
}

/** DEVELOPED for each model a model succeeds that has no developer of its own, from the one maker of its successor. */
export function addPredecessorDevelopers(acc: Acc): void {
  const developers = new Map<string, { source: string; partner: boolean }[]>();
  for (const r of acc.relations.values()) {
    if (r.type !== 'DEVELOPED') continue;
    developers.set(r.target, [...(developers.get(r.target) ?? []), { source: r.source, partner: r.evidence.every((e) => PARTNER_RULE.test(e.rule)) }]);
  }
  for (const r of [...acc.relations.values()]) {
    if (r.type !== 'SUCCEEDS' || developers.has(r.target) || !r.target.startsWith('model:~') || r.evidence.some((e) => MAKER_CLAUSE.test(e.sentence)) || authorsOwn(acc, r.target)) continue;
    const makers = (developers.get(r.source) ?? []).filter((d) => !d.partner);
    if (makers.length !== 1 || !acc.firstSeen.has(r.target)) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: makers[0]!.source, target: r.target, properties: {} }, { ...acc.firstSeen.get(r.target)!, rule: 'developed.predecessor-line', confidence: 0.6 });
  }
}

/** The co-developer readings whose partner is the model's own maker, read elsewhere: a topic's ("이번 모델은 B와 공동으로
 * 개발했다") and a relative clause's ("B 디지털혁신부와 같이 만든 상담 모델 M", the maker named by another sentence or the name). */
const CO_DEVELOPER_RULE = /^developed\.(?:topic-co-developer|co-developed-with|focus-joined-as-co-developer|focus-development-done-with)$/;

/** "모델 개발에는 B가 공동 개발기관으로 참여해": a sentence that names the development, not a model, as what a co-developer joined. */
const GENERIC_DEVELOPMENT = /^(?:(?:이번|해당|이|본|새|신규)\s)?(?:모델\s)?(?:개발|연구\s?개발)(?:에는|에|엔|과정에는|과정에)\s/;
const JOINED_RULE = 'developed.focus-joined-as-co-developer';

/**
 * "M을 공개했다. 함께 공개된 경량 M 라이트는 … 모델 개발에는 B가 공동 개발기관으로 참여해": a co-developer said to join "the
 * model's development", no model named, joined the maker's main model (the one of its models the article names most), not
 * whichever sibling the paragraph before was about.
 */
export function retargetGenericCoDevelopers(acc: Acc): void {
  const made = new Map<string, string[]>();
  for (const r of acc.relations.values()) if (r.type === 'DEVELOPED' && !r.evidence.every((e) => PARTNER_RULE.test(e.rule))) made.set(r.source, [...(made.get(r.source) ?? []), r.target]);
  const mentions = (key: string): number => Object.values(acc.entities.get(key)?.names ?? {}).reduce((a, b) => a + b, 0);
  for (const [k, r] of [...acc.relations]) {
    if (r.type !== 'DEVELOPED' || !r.evidence.every((e) => e.rule === JOINED_RULE && GENERIC_DEVELOPMENT.test(e.sentence))) continue;
    const makers = [...made].filter(([, models]) => models.includes(r.target));
    if (makers.length !== 1) continue;
    const ranked = makers[0]![1].map((m) => ({ m, n: mentions(m) })).sort((a, b) => b.n - a.n);
    const main = ranked[0]!;
    if (main.m === r.target || (ranked[1] && ranked[1].n === main.n)) continue;
    acc.relations.delete(k);
    for (const ev of r.evidence) addRelation(acc, { relation: 'DEVELOPED', source: r.source, target: main.m, properties: {} }, ev);
  }
}

/**
 * "M을 공개했다. … 이번 모델은 B와 공동으로 개발했다": a partner read co-developing a model whose maker the article has read
 * (the subject left out) partners that maker; co-development is a stated collaboration.
 */
export function addCoDeveloperPartners(acc: Acc): void {
  const partners: RelationDraft[] = [];
  const makers = new Map<string, string[]>();
  for (const r of acc.relations.values()) {
    if (r.type !== 'DEVELOPED') continue;
    if (r.evidence.every((e) => CO_DEVELOPER_RULE.test(e.rule))) partners.push(r);
    else if (!r.evidence.every((e) => PARTNER_RULE.test(e.rule))) makers.set(r.target, [...(makers.get(r.target) ?? []), r.source]);
  }
  for (const p of partners) {
    const own = makers.get(p.target) ?? [];
    if (own.length !== 1 || own[0] === p.source) continue;
    const rule = p.evidence[0]!.rule === 'developed.co-developed-with' ? 'partners.co-developed-with-maker' : 'partners.topic-co-developer';
    addRelation(acc, { relation: 'PARTNERS_WITH', source: own[0]!, target: p.source, properties: {} }, { ...p.evidence[0]!, rule, confidence: 0.65 });
  }
}
