/** The article-level steps after the sentences: anonymous models kept where a relation needs them, consortium members in their lead's programmes, properties (family, sibling and namesake developers: article-developers.ts). */
import type { RuleSet } from './types.js';
import { parseMagnitude } from './korean.js';
import { addEntity, addRelation, type Acc } from './article-acc.js';
import type { Consortium } from './article-tables.js';

/** Anonymous models count only where a relation other than DEVELOPED uses them. */
export function keepAnonymous(acc: Acc, rules: RuleSet): void {
  const usedOutsideDeveloped = new Set<string>();
  for (const r of acc.relations.values()) if (r.type !== 'DEVELOPED') usedOutsideDeveloped.add(r.source).add(r.target);
  for (const [key, uses] of acc.anonymous) {
    const used = usedOutsideDeveloped.has(key);
    if (!used) {
      if (!acc.entities.has(key)) for (const [k, r] of acc.relations) if (r.source === key || r.target === key) acc.relations.delete(k);
      continue;
    }
    for (const { mention, ev } of uses) {
      addEntity(acc, mention, rules, ev);
      const e = acc.entities.get(key)!;
      const fam = rules.byKey.get(key);
      if (fam) for (const n of fam.names.slice(0, 1)) if (!e.aliases.includes(n)) e.aliases.push(n);
      addRelation(acc, { relation: 'DEVELOPED', source: mention.anonymousOf!, target: key, properties: {} }, { ...ev, rule: 'developed.anonymous', confidence: 0.8 });
    }
  }
}


/** "다솜-4 30B", "Foo-72B": the size a model's name ends on (not an active size "A3B", an expert count "8x7B", nor a size a variant word follows: "X-70B-lite" may be pruned). */
const NAME_SIZE = /[\s-](\d{1,4}(?:\.\d{1,2})?)\s?([BM])$/i;

function sizeInName(name: string): number | undefined {
  const m = NAME_SIZE.exec(name);
  return m ? parseMagnitude(m[1]!, m[2]!.toUpperCase()) : undefined;
}

/** Body evidence first, then the earliest sentence; parameters keep the first value that agrees with a size in the name. */
export function applyProperties(acc: Acc): void {
  for (const [key, list] of acc.props) {
    const e = acc.entities.get(key);
    if (!e || e.type !== 'Model') continue;
    list.sort((a, b) => Number(b.body) - Number(a.body) || a.order - b.order);
    // (the size any of its names ends on: "오름-V2" in the prose is "Oreum-V2-34B" in a table)
    const named = sizeInName(Object.keys(e.names)[0] ?? '') ?? Object.keys(e.names).map(sizeInName).find((x) => x !== undefined);
    for (const p of list) {
      // "‘X 32B’ … 8B·나노 포함": a count far from the size the model's own name ends on was read for another model (a rounded "1B" for 1.2B stays)
      if (p.property === 'parameters' && named && typeof p.value === 'number' && (p.value > named * 1.5 || p.value * 1.5 < named)) continue;
      if (e.properties[p.property] === undefined) e.properties[p.property] = p.value;
    }
    // a day stated for the model beats a month read for it first ("지난 9월에 낸 X" … "X는 9월 30일에 공개한")
    const month = e.properties.releasedOn;
    const day = typeof month === 'string' && month.length === 7 ? list.find((p) => p.property === 'releasedOn' && p.order < 1e6 && typeof p.value === 'string' && p.value.length === 10 && p.value.startsWith(month)) : undefined;
    if (day) e.properties.releasedOn = day.value;
  }
}

/** Title appositions ("A사 홍길동 부사장", "홍길동 A사 부사장"): they place a person without saying when. */
const APPOSITION_RULES = new Set(['works-for.company-name-title', 'works-for.name-company-title']);

/**
 * A person the article says moved to a company ("B로 자리를 옮겼다") no longer works where only a title
 * apposition placed them: in "A사 홍길동 부사장은 B로 옮겼다" the title is the post left behind.
 */
export function dropLeftEmployers(acc: Acc): void {
  const movedTo = new Map<string, Set<string>>();
  for (const r of acc.relations.values()) {
    if (r.type === 'WORKS_FOR' && r.evidence.some((e) => e.rule === 'works-for.moved-to' || e.rule === 'works-for.moved-from-to')) movedTo.set(r.source, (movedTo.get(r.source) ?? new Set()).add(r.target));
  }
  if (!movedTo.size) return;
  for (const [k, r] of acc.relations) {
    const moved = r.type === 'WORKS_FOR' ? movedTo.get(r.source) : undefined;
    if (moved && !moved.has(r.target) && r.evidence.every((e) => APPOSITION_RULES.has(e.rule))) acc.relations.delete(k);
  }
}

/**
 * An employer read only from the context ("한승우 본부장님이 …": the interview's company, the sentence naming none)
 * gives way where the article names the person's company ("한승우 한빛은행 디지털전략본부장").
 */
export function dropGuessedEmployers(acc: Acc): void {
  const named = new Set<string>();
  for (const r of acc.relations.values()) if (r.type === 'WORKS_FOR' && r.evidence.some((e) => e.rule !== 'works-for.omitted-subject')) named.add(r.source);
  for (const [k, r] of acc.relations) {
    if (r.type === 'WORKS_FOR' && named.has(r.source) && r.evidence.every((e) => e.rule === 'works-for.omitted-subject')) acc.relations.delete(k);
  }
}

/**
 * "조 대표는 "… 정부의 'X' 기조에도 부합하도록 하겠다"고 밝혔다": a company's officer who speaks of the
 * government's policy, called the government's ("정부의 X"), aligns the company with it; he does not lead it.
 */
const GOVERNMENTS_OWN = /정부(?:의|가\s추진하는|가\s내세운)\s?['"‘“]?$/;
export function dropOfficerAlignments(acc: Acc): void {
  const employed = new Set([...acc.relations.values()].filter((r) => r.type === 'WORKS_FOR' && acc.entities.get(r.target)?.type === 'Company').map((r) => r.source));
  for (const [k, r] of acc.relations) {
    if (r.type !== 'PROMOTES' || !employed.has(r.source)) continue;
    const names = Object.keys(acc.entities.get(r.target)?.names ?? {});
    if (r.evidence.every((e) => names.some((n) => e.sentence.includes(n) && GOVERNMENTS_OWN.test(e.sentence.slice(0, e.sentence.indexOf(n)))))) acc.relations.delete(k);
  }
}

/**
 * A prose score read against the wrong benchmark ("X는 71.8점으로 4위" right after a table whose last
 * column is B): when a table gives the model that very number under another benchmark and a different
 * one under B, the table's reading stands and the prose fact goes (the table adds its own).
 */
export function dropTableContradictions(acc: Acc, table: { model: { key: string }; benchmark: { key: string }; score: number }[]): void {
  for (const t of table) {
    const key = `SCORED|${t.model.key}|${t.benchmark.key}`;
    const prose = acc.relations.get(key)?.properties.score;
    if (prose === undefined || prose === t.score) continue;
    // the prose number is the table's cell of another benchmark for this model, or of another model on this benchmark
    if (table.some((u) => u.score === prose && (u.model.key === t.model.key) !== (u.benchmark.key === t.benchmark.key))) acc.relations.delete(key);
  }
}

/**
 * A word the headline quotes after "모델" ("국산 AI 모델 '족보' 따져보니", "모델 '한국어 시험' 성적표") is a catchword, not a model, when
 * nothing is said of it: a discovered Model named by plain Hangul words (no digit, no Latin; up to three words),
 * first seen in the headline and in no relation of the article, is dropped.
 */
export function dropHeadlineWords(acc: Acc): void {
  for (const [key, e] of acc.entities) {
    if (e.type !== 'Model' || !e.discovered || acc.firstSeen.get(key)?.block !== 'title') continue;
    const names = Object.keys(e.names);
    if (!names.every((n) => /^[가-힣]+(?:\s[가-힣]+){0,2}$/.test(n))) continue;
    if ([...acc.relations.values()].some((r) => r.source === key || r.target === key)) continue;
    acc.entities.delete(key);
    acc.props.delete(key);
  }
}

/** A hyphened Latin line name, no digit in it ("X-MoE", "X-Coder"). */
const HYPHENED_LINE = /^[A-Za-z][A-Za-z]*(?:-[A-Za-z][A-Za-z]*)+$/;
/** A size part after a line name's hyphen ("-21B", "-A3B"). */
const SIZE_PART = /^\d+(?:\.\d+)?[BM]$/;

/**
 * "X-MoE: … 기술 보고서" over a body that names only "X-MoE-21B-A3B": a hyphened line name read only in the headline,
 * in no relation, heads the one sized member of that line the article names; it is that model, no other.
 */
export function foldHeadlineLineNames(acc: Acc): void {
  for (const [key, e] of acc.entities) {
    if (e.type !== 'Model' || !e.discovered || acc.firstSeen.get(key)?.block !== 'title') continue;
    const names = Object.keys(e.names);
    if (!names.length || !names.every((n) => HYPHENED_LINE.test(n))) continue;
    if ([...acc.relations.values()].some((r) => r.source === key || r.target === key)) continue;
    const members = [...acc.entities.values()].filter((x) => x.type === 'Model' && x.key !== key && Object.keys(x.names).some((n) => names.some((f) => n.startsWith(`${f}-`) && n.slice(f.length + 1).split('-').some((w) => SIZE_PART.test(w)))));
    if (members.length !== 1) continue;
    for (const n of names) members[0]!.names[n] = (members[0]!.names[n] ?? 0) + e.names[n]!;
    acc.entities.delete(key);
    acc.props.delete(key);
  }
}

/**
 * "X 전작도 큐웬 썼다" in a headline, "알리바바의 큐웬2.5 7B" in the body: a gazetteer family's bare word written only once,
 * in the headline, shortens the member the body names; it is no model of its own (nor is its maker's family a fact here).
 */
export function dropHeadlineFamilies(acc: Acc, rules: RuleSet): void {
  for (const [key, e] of acc.entities) {
    const entry = rules.byKey.get(key);
    if (e.type !== 'Model' || e.discovered || !entry || entry.family || acc.firstSeen.get(key)?.block !== 'title') continue;
    const surfaces = Object.keys(e.names);
    if (Object.values(e.names).reduce((a, b) => a + b, 0) !== 1) continue;
    const member = [...acc.entities.values()].some((x) => x.type === 'Model' && x.key !== key && Object.keys(x.names).some((n) => surfaces.some((f) => n.length > f.length && n.startsWith(f))));
    const related = [...acc.relations.entries()].filter(([, r]) => r.source === key || r.target === key);
    if (!member || related.some(([, r]) => r.type !== 'DEVELOPED' || !r.evidence.every((ev) => ev.rule === 'developed.family-gazetteer'))) continue;
    for (const [k] of related) acc.relations.delete(k);
    acc.entities.delete(key);
    acc.props.delete(key);
  }
}

/**
 * "허깅페이스에 오픈 웨이트로 공개했다": a model hub (a gazetteer company of kind 'hub') named only as the place
 * where weights are published is no party to the story; it stays a node only when it is in a relation.
 */
export function dropIdleHubs(acc: Acc, rules: RuleSet): void {
  for (const [key, e] of acc.entities) {
    if (e.type !== 'Company' || rules.byKey.get(key)?.kind !== 'hub') continue;
    if ([...acc.relations.values()].some((r) => r.source === key || r.target === key)) continue;
    acc.entities.delete(key);
    acc.props.delete(key);
  }
}

/**
 * "한국전자통신연구원(ETRI)이 자체 개발한 X": a public research institute (a gazetteer company of kind 'institute') is a
 * party to the graph only where the article makes it a model's developer; elsewhere (a consortium member, an evaluator, an
 * employer) it stays out with its relations, as universities and ministries do.
 */
export function dropNonDevelopingInstitutes(acc: Acc, rules: RuleSet): void {
  const developers = new Set([...acc.relations.values()].filter((r) => r.type === 'DEVELOPED').map((r) => r.source));
  for (const [key, e] of acc.entities) {
    if (e.type !== 'Company' || rules.byKey.get(key)?.kind !== 'institute' || developers.has(key)) continue;
    acc.entities.delete(key);
    acc.props.delete(key);
    for (const [k, r] of acc.relations) if (r.source === key || r.target === key) acc.relations.delete(k);
  }
}

/** Members of a consortium take part in every programme its lead takes part in (in this article; those stated up to the consortium's sentence, if any), or only in the one their table's title names. */
export function addConsortiumMembers(acc: Acc, consortia: Consortium[]): void {
  const joined = [...acc.relations.values()].filter((r) => r.type === 'PARTICIPATES_IN');
  // a team whose table names its programme joins that one only, wherever else the pair is read
  const pairProgramme = new Map(consortia.filter((c) => c.programme).map((c) => [`${c.lead}|${c.member}`, c.programme]));
  for (const c of consortia) {
    // a member already read taking part in one of its lead's programmes is in that team: the lead's others are not its
    // ("A가 주관하는 X 사업 컨소시엄에는 B가 참여한다. A는 Y 프로젝트에도 참여하고 있다": B is in X only)
    const ofLead = joined.filter((r) => r.source === c.lead);
    const own = joined.find((r) => r.source === c.member && ofLead.some((l) => l.target === r.target))?.target;
    const only = pairProgramme.get(`${c.lead}|${c.member}`) ?? own;
    // (where the lead's programme is stated by the consortium's own sentence or before it, the team joins that one,
    // not one the lead is named a team of only later: "A는 B와 컨소시엄을 꾸려 …. 이 프로젝트의 정예팀인 A, C가")
    const leads = ofLead.filter((r) => c.member !== c.lead && (!only || r.target === only));
    const stated = leads.filter((r) => r.evidence.some((e) => e.start <= c.ev.end));
    for (const r of stated.length ? stated : leads) addRelation(acc, { relation: 'PARTICIPATES_IN', source: c.member, target: r.target, properties: {} }, c.ev);
  }
}
