/**
 * Relations from a clause structure: each argument attaches to the predicate of its clause (the
 * next verb-like word after it; a topic to every non-relative predicate after it in the sentence;
 * the noun a relative clause modifies to that clause's predicate as its 'head'), and each frame of
 * clauses.jsonl reads a relation from (predicate class, argument roles, entity types).
 */
import type { PropertyValue } from '../../graph/index.js';
import type { RawFact } from '../engine/match.js';
import { RESPECTIVELY } from '../korean.js';
import { scoreBetween } from './clause-scores.js';
import { ASKED_AND_DENIED, ASKED_RIGHT_AFTER, DONE_WITHOUT, RUMOUR_DENIED } from '../engine/clause-ends.js';
import type { ClauseRules, Frame, Role } from './data.js';
import { claimStatusOf } from '../raised-claims.js';
import type { Arg, Clause, Pred } from './structure.js';

/** "전 네이버 리더", "前 KT 상무": the word that marks a post as a former one, right before the company. */
const FORMER_BEFORE = /(?:^|\s)(?:전|前|옛)\s$/;

/** A fact the clause pass reads: the same shape as a pattern's (RawFact). */
export type ClauseFact = RawFact;

/** Roles that attach to the next predicate in their clause. */
const LOCAL: ReadonlySet<Role> = new Set(['subj', 'obj', 'with', 'at', 'to', 'basis', 'teacher', 'instr']);
/** Between a possessive and its predicate noun: nothing, or a word that only qualifies the noun ("정식 후속작", "공식 후속 모델"). */
const POSS_GAP = /^\s?(?:(?:정식|공식|공식적인|직계|첫|사실상의?|본격)\s)?$/;
/** Words between a relative predicate and the noun it modifies: no particle, no verb. */
const HEAD_GAP = /^[^\n]{0,25}$/;
/** "Y를 만든 데 이어, Z를 …": the relative clause modifies a bound noun ("데", "뒤", "후"), not the argument after it. */
/** A clause's end between a relative predicate and a later argument ("… 모델이어서, 두 모델은"; a notice's nominal end before a remark, "… 모델임(제안서상 Z 기반)"): the noun it modifies came before it. */
const CLAUSE_END_GAP = /[가-힣],\s|[가-힣][임함음]\s?[(（]/;
/** Right after a relative predicate: the bare word for a model and the copula ("한 모델이다", "한 모델이어서", "한 모델로,"). */
const GENERIC_HEAD_COPULA = /^\s(?:(?:[가-힣]{1,6}\s)?(?:언어\s?)?모델)(?:이다|입니다|이며|이고|이어서|이라|이지만|로,|로서)/;
const BOUND_NOUN_GAP = /^\s(?:데|뒤|후|다음)\s(?:이어|이어서|더해|뒤이어)?/;
const GAP_PARTICLE = /(?:을|를|이|가|은|는|에|에서|에선|의|로|과|와|고|며|다)(?=[\s,]|$)/;
/** The government that runs a programme, as the head noun's possessor ("참여하고 있는 정부의 P"): no noun of its own between. */
const OWNER_GAP = /^\s?(?:정부|국가|과기정통부|과학기술정보통신부|산업통상자원부|산업부|중기부|중소벤처기업부|행정안전부|행안부)의\s['"‘“「]?$/;
/** An object or a destination between a subject and its predicate: the verb is about that, not a programme. */
/** (a stage of the programme, "2단계에 진출했다", "본선에 올랐다", is the programme's own, no other destination) */
const OTHER_COMPLEMENT = /(?<!(?:^|\s)(?:새|따|주|실제|별도|정식|추가|최종적으|공식적으|본격적으|최초|처음으))(?<![1-9]\s?단계|본선|결선)(?<=[가-힣A-Za-z0-9)'"’”])(?:을|를|으로|로|에게|에|에서)\s/;
/** A programme's own round as the complement ("1차 평가를 통과해 2차 단계에 올랐다", "최종 심사에서 살아남았다"), or the consortium formed to apply ("컨소시엄을 꾸려 지원했다"): no other thing taken part in. */
const ROUND_COMPLEMENT = /(?:(?:[1-9]\s?차|최종|본)\s?(?:단계\s?)?|(?<=(?:^\s?|[이가은는도]\s)))(?:평가|심사|관문|문턱|단계|예선|본선)(?:을|를|에서|에)\s|컨소시엄을\s(?:꾸려|꾸리고|구성해|구성하여|구성하고|이뤄|만들어)\s/g;
/** A programme's role as the complement ("첫 실증 기업으로 뽑혔다", "공급기업으로 선정됐다"): the role a selection gives, no other thing taken part in. */
const PROGRAMME_ROLE_COMPLEMENT = /(?:(?:첫|최종|신규|올해)\s)?(?:수요|공급|수행|참여|주관|도입|실증|협력|수혜|지원\s?대상)\s?(?:기업|기관|업체|사업자|스타트업|팀)(?:으로|로)\s/g;
/** The complement before a taking-part verb without the programme's rounds and roles, where the subject is the sentence's own (a carried one may be no subject of the round). */
function roundsOut(gap: string, sources: { arg: Arg }[]): string {
  return sources.some((x) => x.arg.carried) ? gap : gap.replace(ROUND_COMPLEMENT, ' ').replace(PROGRAMME_ROLE_COMPLEMENT, ' ');
}
/** A contrast right after applying that says the applicant was not chosen. */
const FAILED_AFTER = /^[가-힣]{0,2}(?:지만|으나|는데|다가),?\s(?:[^\s.,]+\s){0,3}?(?:최종\s?)?(?:선정되지|뽑히지|선발되지|들지 못|탈락|고배|떨어졌|떨어지)/;

/** The light verb's adnominal right after a basis ("Y를 바탕으로 한 A"). */
const LIGHT_ADNOMINAL = /^\s(?:한|된)\s/;

/** Which arguments each predicate takes, with the role they fill. */
export function attach(c: Clause): Map<Pred, { arg: Arg; role: Role }[]> {
  const out = new Map<Pred, { arg: Arg; role: Role }[]>();
  for (const p of c.preds) out.set(p, []);
  const preds = c.preds;
  let first = 0; // the first predicate after the argument (arguments and predicates are in text order)
  for (const a of c.args) {
    while (first < preds.length && preds[first]!.start < a.end) first++;
    if (a.role === 'context') {
      // the programme the article is about, in a sentence that names none: every predicate may take it
      for (const p of preds) if (p.form !== 'question') out.get(p)!.push({ arg: a, role: 'context' });
    } else if (LOCAL.has(a.role)) {
      // the next predicate of its clause; an argument left before a comma goes to the next clause's first non-relative one
      let p: Pred | undefined;
      // "Y를 바탕으로 한 A와 처음부터 학습한 B를 내놨다": a basis its light adnominal verb closes modifies the noun right after it, no later verb's
      const head = a.role === 'basis' && LIGHT_ADNOMINAL.test(c.text.slice(a.end, a.end + 4)) ? c.args.find((x) => x.start > a.end) : undefined;
      // (a verb describing a list's member, "A, 그리고 새로 뽑힌 B가", is inside that list: not the clause's predicate)
      for (let k = first; k < preds.length && preds[k]!.seg === a.seg && !p; k++) if (fits(a, preds[k]!) && !opens(c, a, preds[k]!) && !(head && preds[k]!.start > head.start) && !c.args.some((x) => x.start < preds[k]!.start && preds[k]!.start < x.end)) p = preds[k];
      // a base with no making verb after it: the verb that says the model uses it ("X는 Y를 기본 골격으로 사용한다")
      if (!p && !head && (a.role === 'basis' || a.role === 'teacher')) p = preds.find((q, k) => k >= first && q.seg === a.seg && q.cls === 'use' && q.form === 'finite');
      const next = c.segs[a.seg + 1];
      if (!p && next !== undefined && /,\s*$/.test(c.text.slice(a.end, next)))
        for (let k = first; k < preds.length && !p; k++) {
          const q = preds[k]!;
          if (q.seg === a.seg + 1 && q.form !== 'relative' && fits(a, q)) p = q;
        }
      if (p) out.get(p)!.push({ arg: a, role: a.role });
    } else if (a.role === 'topic') {
      for (let k = first; k < preds.length; k++) if (preds[k]!.form !== 'relative') out.get(preds[k]!)!.push({ arg: a, role: 'topic' });
    } else if (a.role === 'poss') {
      // "X의 후속": a possessive attaches only to a predicate noun right after it (or after a word that only qualifies it: "X의 정식 후속작")
      const p = preds[first];
      if (p && POSS_GAP.test(c.text.slice(a.end, p.start))) out.get(p)!.push({ arg: a, role: 'poss' });
    }
  }
  // a topic or subject takes a predicate after a later clause of its own type only until another one appears
  for (const [p, list] of out) {
    const own = list.filter((x) => x.role === 'subj' || (x.role === 'topic' && x.arg.seg === p.seg));
    if (own.length) out.set(p, list.filter((x) => x.role !== 'topic' || x.arg.seg === p.seg || !own.some((o) => o.arg.type === x.arg.type && o.arg !== x.arg)));
  }
  // the noun a relative clause modifies
  for (const p of c.preds) {
    if (p.form !== 'relative') continue;
    const h = c.args.find((a) => a.start >= p.end);
    const gap = h ? c.text.slice(p.end, h.start) : '';
    if (h && HEAD_GAP.test(gap) && !CLAUSE_END_GAP.test(gap) && !BOUND_NOUN_GAP.test(gap) && (!GAP_PARTICLE.test(gap) || (h.type === 'Policy' && OWNER_GAP.test(gap))) && !c.preds.some((q) => q.start >= p.end && q.start < h.start)) {
      out.get(p)!.push({ arg: h, role: 'head' });
      shareHead(c, out, p, h);
      takeNamedProgramme(c, out, p);
    }
    // "X는 (B가) Y를 파인튜닝한 모델이다": a relative clause on the bare word for a model, that word the copula's, modifies the topic
    else if (GENERIC_HEAD_COPULA.test(c.text.slice(p.end, p.end + 16))) {
      const topic = c.args.filter((a) => a.role === 'topic' && a.type === 'Model' && a.end <= p.start).pop();
      if (topic) out.get(p)!.push({ arg: topic, role: 'head' });
    }
    // "X는 Y를 학습하는 방식으로": a relative clause with neither its own subject nor an argument as its noun is the topic's
    // (only the topic of its own clause where it has one of that type: "A는 …하고 있고, B는 Y를 공개한 뒤 …" is B's;
    //  "…했다"며 "Y는 Z를 기반으로 학습한 것" is Y's)
    else if (!out.get(p)!.some((x) => x.role === 'subj')) {
      const topics = c.args.filter((a) => a.role === 'topic' && a.end <= p.start);
      for (const a of topics) if (a.seg === p.seg || !topics.some((o) => o.seg === p.seg && o.type === a.type)) out.get(p)!.push({ arg: a, role: 'topic' });
    }
  }
  return out;
}

/** A participant's status noun in the past before its company ("주관기업이었던 X", "참여기업이던 X"). */
const PAST_STATUS = /(?:기업|업체|기관|사)(?:이었던|였던|이던)$/;

/**
 * "2차년도 주관기업이었던 X는 이번 공모에 신청하지 않았다": a past participant's status noun before its company takes the
 * programme the sentence names elsewhere (the main clause's own verb, maybe negated, is about a later call).
 */
function takeNamedProgramme(c: Clause, out: Map<Pred, { arg: Arg; role: Role }[]>, p: Pred): void {
  if (p.cls !== 'participate' || !PAST_STATUS.test(c.text.slice(p.start, p.end)) || out.get(p)!.some((x) => x.arg.type === 'Policy')) return;
  const programme = c.args.find((a) => a.type === 'Policy' && a.role !== 'poss' && a.role !== 'context');
  if (programme) out.get(p)!.push({ arg: programme, role: 'context' });
}

/** "-하고", "-해": a connective that joins its clause to the relative clause after it. */
const JOINING_CONNECTIVE = /(?:하고|해|하여|되고|돼)$/;
/** The predicates whose object is what was made: only they share a relative clause's model. */
const MAKING: ReadonlySet<string> = new Set(['develop', 'train', 'partner']);

/**
 * "A와 B가 공동 개발하고 C가 검증한 'D'", "A가 개발해 함께 선보인 'D'": a joining connective right before a relative clause
 * modifies the same noun, where the connective makes something and its own clause has a subject (not one carried from
 * a sentence before) and no object of its own.
 */
function shareHead(c: Clause, out: Map<Pred, { arg: Arg; role: Role }[]>, p: Pred, h: Arg): void {
  const q = c.preds[c.preds.indexOf(p) - 1];
  if (!q || q.form !== 'connective' || !MAKING.has(q.cls) || q.seg !== p.seg - 1 || !JOINING_CONNECTIVE.test(c.text.slice(q.start, q.end))) return;
  const own = out.get(q)!;
  if (own.some((x) => x.role === 'obj' || x.role === 'head') || !own.some((x) => (x.role === 'subj' || x.role === 'topic') && !x.arg.carried)) return;
  own.push({ arg: h, role: 'head' });
}

/** "Y를 기반으로" modifies a making verb, or the light verb right after it ("Y를 바탕으로 했다"): it skips others ("쓰일", "모은"). */
function fits(a: Arg, q: Pred): boolean {
  return !(a.role === 'basis' || a.role === 'teacher') || q.cls === 'develop' || q.cls === 'train' || q.cls === 'derive' || (q.cls === 'rest' && a.role === 'basis' && q.start === a.end + 1);
}

/**
 * A subject between the argument and a relative predicate opens that relative clause ("A와 함께 B가
 * 개발한 Y를"): the argument is the main clause's (a bare 와/과 before it is that clause's own: "A와 B가 꾸린 컨소시엄").
 */
function opens(c: Clause, a: Arg, q: Pred): boolean {
  if (q.form !== 'relative' || (a.role === 'with' && !a.particle?.includes('함께'))) return false;
  for (const b of c.args) if (b.role === 'subj' && b.start >= a.end && b.end <= q.start) return true;
  // so does a passive's agent ("Y를 B에 의해 개발된 Z를 바탕으로 만든"): the relative clause is Z's, Y is the main clause's object
  const gap = c.text.slice(a.end, q.start);
  return gap.includes('의해') && PASSIVE_AGENT.test(gap);
}
const PASSIVE_AGENT = /[가-힣A-Za-z0-9'"’”)]에\s?의해\s(?:[가-힣]{1,4}\s)?$/;

/** After a relative clause: its head noun, then a copular negation ("… 후속 모델이 아니라", "… 버전이 아니다"). */
const DENIED_HEAD = /^\s?(?:[가-힣A-Za-z0-9]{1,8}\s){0,2}[가-힣A-Za-z0-9]{1,8}(?:이|가|은|는|도)\s?(?:아니(?:라|다|며|고|었|에요|죠)|아닙니다)/;

/** After a basis: its particle and basis word, a making verb's adnominal, 것/모델 and a copular negation ("를 기반으로 한 것이 아니고"). */
const DENIED_BASIS_AFTER = /^(?:['"’”]?(?:\([^()]{1,20}\))?(?:을|를)\s?(?:기반으로|바탕으로|토대로|베이스로))?\s(?:한|만든|개발한|학습한)\s(?:것|모델)(?:이|은)\s?아니/;

/** Facts of one sentence's clause structure. */
export function factsOfClause(c: Clause, rules: ClauseRules): ClauseFact[] {
  const facts: ClauseFact[] = [];
  const attached = attach(c);
  for (const [p, list] of attached) {
    if (!list.length || p.form === 'question') continue;
    // "X는 Y와 제휴한 회사인가요?": a predicate asked about right after, its head noun's copula a question, states nothing
    if (ASKED_RIGHT_AFTER.test(c.text.slice(p.end, p.end + 24))) continue;
    // ("Y와 공동개발? 사실무근": a predicate asked about and answered no is denied)
    if (ASKED_AND_DENIED.test(c.text.slice(p.end, p.end + 24))) continue;
    for (const f of rules.frames) {
      if (!f.predicates.has(p.cls)) continue;
      // (a group noun — "두 회사는", "양사는" — only where the frame asks for a word of doing it together: "함께 개발하기도 했다")
      const pairsWithin = f.relation === 'PARTNERS_WITH' && list.some((x) => x.arg.members.length > 1 && !x.arg.separate && (!x.arg.group || (f.requires !== undefined && !x.arg.carried)) && x.arg.type === f.source.type && f.source.roles.has(x.role));
      if (!pairsWithin && !(list.some((x) => x.arg.type === f.target.type && f.target.roles.has(x.role)) && list.some((x) => x.arg.type === f.source.type && f.source.roles.has(x.role)))) continue;
      if (f.requires && !f.requires.test(c.text.slice(c.segs[p.seg]!, c.segs[p.seg + 1] ?? c.text.length))) continue;
      // cues in its clause or any later one ("…세웠다고 알려졌지만 사실이 아니다": the negation is about the report)
      // (a relative clause of taking part is embedded: "X에 참여하고 있는 A는 … 쓰지 않는다" — the main clause's negation is not its own;
      // a model's base or score keeps the whole rest, where a comparison may follow: "Y를 기반으로 학습한 모델로, Z 대비")
      const embedded = p.form === 'relative' && f.relation !== 'BASED_ON' && f.relation !== 'SCORED';
      let rest = embedded ? c.text.slice(c.segs[p.seg]!, p.end + 8) : c.text.slice(c.segs[p.seg]!);
      // "KT도 지원했지만 선정되지 않았다": an application that failed is still taking part; the negation is the selection's
      if (f.relation === 'PARTICIPATES_IN' && p.form === 'connective') {
        const failed = FAILED_AFTER.exec(c.text.slice(p.end - 3, p.end + 40));
        if (failed) rest = c.text.slice(c.segs[p.seg]!, p.end);
      }
      if (f.veto?.test((f.relation === 'BASED_ON' ? rest : rest.replace(DONE_WITHOUT, ' ')).replace(RUMOUR_DENIED, ' '))) continue;
      // "Y를 개량한 후속 모델이 아니라": a relative clause whose head noun the sentence denies is denied with it
      if (embedded && f.veto && DENIED_HEAD.test(c.text.slice(p.end, p.end + 20))) continue;
      // (the object of a deriving verb that a making verb follows is a base itself, not the model made: "Z를 기반으로, Y를 증류해 만든")
      const inputOnly = p.cls === 'derive' && c.preds.find((q) => q.start >= p.end)?.cls === 'develop';
      let sources = list.filter((x) => x.arg.type === f.source.type && f.source.roles.has(x.role) && !(inputOnly && x.role === 'obj'));
      // ("Y를 교사 모델로 삼아 학생 모델 X를 증류했다": a derived model the clause names itself is the one built, not the model carried from before)
      if (f.relation === 'BASED_ON' && sources.some((x) => !x.arg.carried && (x.role === 'obj' || x.role === 'head'))) sources = sources.filter((x) => !x.arg.carried);
      // "A와 B가 손잡았다", "A, B, C가 꾸린 컨소시엄": the members of a subject list are partners of each other
      if (f.relation === 'PARTNERS_WITH') for (const x of sources) if (x.arg.members.length > 1 && !x.arg.separate && (!x.arg.group || (f.requires !== undefined && !x.arg.carried))) emit(facts, f, [x.arg], [x.arg], {});
      // ("김하늘 전 네이버 리더는 X에 합류했다": a company marked as a former post is no employer)
      // ("알리바바의 Qwen3-8B를 가져와 추가 학습했다": a model its possessor owns is another company's, not the subject's making;
      // "양사는 Y를 병원용 서비스로 함께 개발한다": a model made into a product is what the product is built from)
      const targets = list.filter((x) => x.arg.type === f.target.type && f.target.roles.has(x.role) && !(f.relation === 'WORKS_FOR' && FORMER_BEFORE.test(c.text.slice(Math.max(0, x.arg.start - 3), x.arg.start))) && !(f.relation === 'DEVELOPED' && (ownedByOther(c.text, c.args, x.arg, sources) || MADE_INTO.test(c.text.slice(x.arg.end, p.start) + c.text.slice(p.start, p.end)))));
      if (!sources.length || !targets.length) continue;
      // "Y를 기반으로 한 것이 아니고, … 자체 학습한": a basis its own clause denies is none, whichever later verb the frame read
      if (f.relation === 'BASED_ON' && targets.every((x) => DENIED_BASIS_AFTER.test(c.text.slice(x.arg.end, x.arg.end + 30)))) continue;
      // the programme in context only where the clause takes nothing else ("A는 B에 GPU를 지원했다", "올해의 기업으로 선정됐다")
      // (the selected object itself is no other complement: "A와 B를 최종 선정했다")
      // (a topic's earlier clause keeps its own objects: "A는 B를 참여사로 끌어들여 컨소시엄을 구성하고 역시 신청을 마쳤다")
      if (targets.every((x) => x.role === 'context') && (list.some((x) => (x.role === 'to' || x.role === 'obj' || x.role === 'at') && !sources.includes(x)) || OTHER_COMPLEMENT.test(roundsOut(c.text.slice(complementFrom(c, p, sources), p.start), sources)))) continue;
      // ("A는 특허 출원 신청을 마쳤다": an application for another thing than the programme in context)
      if (targets.every((x) => x.role === 'context') && APPLYING.test(c.text.slice(p.start, p.end)) && !appliesForCall(c.text.slice(c.segs[p.seg]!, p.start))) continue;
      // (nor where the subject too is carried from a sentence before: two guesses make no fact)
      if (targets.every((x) => x.role === 'context') && sources.every((x) => x.arg.carried)) continue;
      const props: Record<string, PropertyValue> = {};
      if (f.relation === 'BASED_ON') props.status = claimStatusOf(c.text, p.end, f.dispute, f.raise);
      if (f.score) {
        if (sources.flatMap((s) => s.arg.members).length !== 1 || targets.length !== 1) continue;
        const score = scoreBetween(c.text, targets[0]!.arg.end, p.start);
        if (score === undefined) continue;
        props.score = score;
      }
      // "A와 B는 각각 X와 Y를 …": the two lists pair by order, never crosswise (unequal lists: nothing)
      const [s0, t0] = [sources[0]!.arg, targets[0]!.arg];
      if (sources.length === 1 && targets.length === 1 && s0.members.length > 1 && t0.members.length > 1 && RESPECTIVELY.test(c.text)) {
        if (s0.members.length === t0.members.length) s0.members.forEach((m, i) => emit(facts, f, [{ ...s0, members: [m] }], [{ ...t0, members: [t0.members[i]!] }], props));
        continue;
      }
      // ("두 회사는 B가 자체 개발한 'M'을 가볍게 만들어": the model's own maker, named in the clause before it, is the one that developed it)
      const maker = f.relation === 'DEVELOPED' && targets.length === 1 ? adnominalMaker(c.text, c.args, targets[0]!.arg) : undefined;
      emit(facts, f, maker ? [maker] : sources.map((x) => x.arg), targets.map((x) => x.arg), props);
    }
  }
  return facts;
}

/**
 * Where the complement of a predicate starts: after its sources, or, where every source is a topic that an applying verb
 * ("신청을 마쳤다") takes in a later clause of its own after a connective, at that clause's start.
 */
function complementFrom(c: Clause, p: Pred, sources: { arg: Arg; role: Role }[]): number {
  const after = Math.max(...sources.map((x) => x.arg.end));
  const own = c.segs[p.seg]!;
  const laterClause = p.seg > 0 && own > after && APPLYING.test(c.text.slice(p.start, p.end)) && sources.every((x) => x.role === 'topic' && x.arg.seg < p.seg && !x.arg.carried);
  return laterClause && CONNECTIVE_BEFORE.test(c.text.slice(after, own)) ? own : after;
}
/** The word right before a verb of applying: none, an adverb, or one that names the call itself ("역시 신청을", "참가 신청서를"). */
const CALL_WORD_BEFORE = /(?:^|\s)(?:역시|이미|모두|함께|곧바로|나란히|또한|먼저|일찌감치|최종|정식|공식|참가|참여|공모|사업)\s$/;
function appliesForCall(before: string): boolean {
  return !/[가-힣A-Za-z0-9]\s$/.test(before) || CALL_WORD_BEFORE.test(before) || /(?:은|는|이|가|도)\s$/.test(before);
}
/** A verb of filing an application ("신청을 마쳤다", "신청서를 냈다"). */
const APPLYING = /^신청(?:을|서를)\s/;
/** A clause joined to the next by a connective ending ("…구성하고 ", "…꾸려 "). */
const CONNECTIVE_BEFORE = /(?:하고|하며|해|고|며|려|여)\s?$/;

/** "B가 자체 개발한 언어모델 'M'": a making verb's subject in the relative clause right before the model. */
const MAKER_CLAUSE = /^(?:이|가)?\s(?:자체\s|독자\s|직접\s)?(?:개발|설계|구축)한\s(?:[가-힣A-Za-z]{1,10}\s){0,2}['"‘“]?$/;
function adnominalMaker(text: string, args: readonly Arg[], model: Arg): Arg | undefined {
  return args.find((a) => a.type === 'Company' && a.members.length === 1 && a.end <= model.start && MAKER_CLAUSE.test(text.slice(a.end, model.start)));
}

/** After a model object (its particle maybe already its own), to its making verb: the product it is made into ("를 병원용 서비스로 (함께) 개발"). */
const MADE_INTO = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)?\s[^,]{0,30}?(?:서비스|솔루션|플랫폼|제품|앱|애플리케이션)(?:으)?로\s(?:함께\s|공동\s|공동으로\s)?(?:개발|구축|만들)/;

/** A company's possessive right before the model ("B의 'M'을"), the company none of the sources. */
function ownedByOther(text: string, args: readonly Arg[], model: Arg, sources: { arg: Arg }[]): boolean {
  const own = new Set(sources.flatMap((x) => x.arg.members.map((m) => m.key)));
  return args.some((a) => a.type === 'Company' && a.role === 'poss' && a.end <= model.start && /^\s?['"‘“]?$/.test(text.slice(a.end, model.start)) && a.members.every((m) => !own.has(m.key)));
}

function emit(facts: ClauseFact[], f: Frame, sources: Arg[], targets: Arg[], props: Record<string, PropertyValue>): void {
  for (const s of sources)
    for (const t of targets)
      for (const sm of s.members)
        for (const tm of t.members) {
          if (sm.key === tm.key) continue;
          if (f.relation === 'PARTNERS_WITH' && s === t && sm.key > tm.key) continue;
          const carried = s.carried || t.carried;
          facts.push({ relation: f.relation, source: sm, target: tm, properties: { ...props }, rule: carried ? `${f.id}-carried` : f.id, confidence: carried ? f.confidence - 0.1 : f.confidence });
        }
}
