/**
 * Consortia described team by team over several sentences (a scope opened by a team's lead, closed by a clear end):
 * "먼저 A가 이끄는 컨소시엄입니다. B, C가 힘을 보탭니다. 또 한 팀은 D가 주관하고, E와 F가 함께합니다." or, once the
 * article said A leads a team ("A, D가 각각 이끄는 컨소시엄을 선정"), "A는 B, C와 손잡고 … 나선다".
 * A scope opens at a sentence naming a team's lead (a relative clause "A가 이끄는/주관하는/주도하는" or "A 컨소시엄은|에는"
 * in a sentence about a 컨소시엄 or 팀, or a known lead as the subject of a joining verb); it stays open over the next
 * sentences that only add members (joining words before which the members stand: 힘을 보태, 함께하, 참여, 합류, 가세,
 * 손잡), and closes at the next lead, at a sentence without a joining word, at spoken lines, rumours and denials.
 * The members take part in the team's programme and partner with its lead. The programme is the lead's one programme,
 * else the one programme a selection sentence just before the first team named.
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { RESPECTIVELY } from './korean.js';
import { isSpoken } from './quoted.js';
import { formerMembersOf } from './left-consortium.js';
import { selectedProgramme } from './selected-programme.js';
import { labelledCompanies, LEAD_LABEL, MEMBER_LABEL, usable } from './consortium-labels.js';
import type { Mention } from './types.js';

/** Cheap gate: the article talks of teams being led. */
const GATE = /이끄|이끌|주관|주도|컨소시엄/;
/** A sentence about a team. */
const TEAM = /컨소시엄|팀(?!장)/;
const TEAM_ALL = new RegExp(TEAM.source, 'g');
/** After the lead's name: the relative clause or clause that makes it the lead. */
const LEAD_CLAUSE = /^\s?(?:\([^()]{0,20}\))?(?:이|가)\s(?:[가-힣]{1,6}\s)?(?:이끄|이끌|이끈|주관하|주관한|주관을|주관\s?(?:사|기관|기업)(?:로|으로|를|을)[\s,]|주도하|주도한|맡은|맡고|맡는다|맡았다|맡게\s됐다)/;
/** After the lead's name: the team named after it ("A 컨소시엄은", "A 팀입니다"). */
const LEAD_NAMED = /^\s?(?:컨소시엄|팀)(?:은|는|이|가|에는|엔|에선|에서는|입니다|이다|이며|의)(?:\s|$|\.)/;
/** After a known lead's name at the start of a sentence: its topic particle. */
const LEAD_SUBJECT = /^\s?(?:\([^()]{0,20}\))?(?:은|는|이|가)\s/;
/** A subject forming its team ("A는 B, C와 컨소시엄을 꾸렸다", "A는 B, C와 꾸린 팀으로 통과했다"). */
const FORMS_TEAM = /(?:컨소시엄|팀)을 (?:꾸|구성|이루|이뤘|결성)|(?:와|과)\s(?:꾸린|구성한|결성한|이룬)\s(?:컨소시엄|팀)(?:으로|로)\s/;
/** After a company's name: a topic of its own ("B는 …"). */
const TOPIC = /^\s?(?:\([^()]{0,20}\))?(?:은|는)\s/;
/** Words that add members to the team in scope ("B와 C 등이 같은 팀에 속해 있다", "B, C와 함께 3단계에 진출했다", "B, C와 꾸린 팀으로 통과했다", "B, C가 그대로 남았다"). */
const JOIN = /(?<=(?:와|과)\s)(?:함께|(?:꾸린|구성한|이룬|결성한|만든)\s(?:팀|컨소시엄)(?:으로|로))\s(?:[^\s.,]{1,10}\s){0,2}?(?:진출|통과|올랐|오른|올라|살아남|선정|뽑혔)|(?:같은\s)?(?:팀|컨소시엄)에\s(?:함께\s)?속(?:해|한|했|합)|힘을 (?:보태|보탭|보탠|보탰|더하|더한|더합)|함께(?:하|한|합|했|\s?참여|\s?꾸|\s?구성)|참여(?:한|하|해|했|합|사|기업)|참여\s?기관(?:으로|에)\s|(?:그대로|여전히|계속)\s남(?:았|아\s?있|는다|습니다|아요)|합류|가세|동참|참가(?:한|하|했|합)|합세|손잡|손을 잡|컨소시엄을 (?:꾸|구성|이루|결성)/;
const JOIN_ALL = new RegExp(JOIN.source, 'g');
/** A rumour, a denial, a plan, a failure: no membership. */
const NOT_MEMBER = /설이|설을|설에|검토|사실무근|아니다|않았|않는|않기로|않고|없다|없었|할 수도|가능성|관측|전망|예정|계획|불참|탈락|고배/;
/**
 * After a member's name: its particle, a list comma, "등" (with its particle or before more words: "B 등 기존 참여사들과"), or "에 더해"
 * (the list goes on: "기존 참여사인 B, C에 더해 D가 합류"), or "외에도" ("B 외에도 C, D 등이 참여": B is one too); a count of the firms
 * may close the list ("B, C 두 곳이 참여사로").
 */
const AFTER_MEMBER = /^\s?(?:\([^()]{0,20}\))?(?:\s?등(?=\s)|(?:\s?등)?(?:\s(?:두|세|네|다섯|[2-9])\s?(?:곳|개사))?(?:이|가|도|,|와|과|및|까지|에 더해|에 이어|\s외에도|\s외에|(?:을|를)\s비롯해))(?:\s|$)/;
interface Scope {
  lead: Mention;
  programme: string;
  /** A sentence that names no company came between (one about the team's model): only a sentence naming the team goes on. */
  dormant?: boolean;
}

/** "B와 C가 컨소시엄에 참여해", "D도 팀에 합류했다": a sentence that names the team just described as the one joined. */
const TEAM_JOINED = /(?:컨소시엄|팀)에(?:는|도)?\s/;

/**
 * The programme each company takes part in, when it is exactly one, as stated up to a point of the text: a lead
 * named as another programme's team only later ("이 프로젝트의 정예팀인 A, B가") keeps the team of the selection before.
 */
function oneProgrammeOf(acc: Acc, upTo = Infinity): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const r of acc.relations.values()) {
    if (r.type !== 'PARTICIPATES_IN' || !r.evidence.some((e) => e.start <= upTo)) continue;
    const had = out.get(r.source);
    out.set(r.source, had === undefined || had === r.target ? r.target : null);
  }
  return out;
}

/** Leads the article names in a list of teams ("A, B가 각각 이끄는 3개 컨소시엄"). */
function listedLeads(sentences: ParagraphSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    if (!TEAM.test(s.text) || !RESPECTIVELY.test(s.text)) continue;
    const at = s.text.search(/(?:이|가)\s(?:각각|각기)\s(?:이끄|주관하|주도하)/);
    if (at < 0) continue;
    for (const m of s.mentions) if (usable(m) && m.end <= at + 1) out.add(m.key);
  }
  return out;
}

/** A sentence that opens on one of the fields a programme is split into ("제조 분야는", "금융 분야에서는"). */
const FIELD_TOPIC = /^[가-힣·]{1,10}\s?분야(?:는|에서는|에선|에는)\s/;

/** The leads a sentence opens teams with, each with where its clause ends (several: the sentence describes several teams). */
function openersOf(s: ParagraphSentence, leads: Set<string>): { lead: Mention; from: number }[] {
  const labelled = LEAD_LABEL.exec(s.text);
  if (labelled) return labelledCompanies(s, labelled[0].length).slice(0, 1).map((m) => ({ lead: m, from: m.end }));
  const team = TEAM.test(s.text);
  const out: { lead: Mention; from: number }[] = [];
  for (const m of s.mentions) {
    if (!usable(m) || out.some((o) => o.lead.key === m.key)) continue;
    const after = s.text.slice(m.end, m.end + 24);
    // (a lead's own word, "주관", needs no team word: "제조 분야는 A가 주관기관을 맡고 B가 함께한다")
    const clause = LEAD_CLAUSE.exec(after);
    // (nor does one that takes on a field the programme is split into: "제조 분야는 A가 맡는다")
    if ((team || clause?.[0].includes('주관') || (clause?.[0].includes('맡') && FIELD_TOPIC.test(s.text))) && !RESPECTIVELY.test(s.text) && (clause || LEAD_NAMED.test(after))) out.push({ lead: m, from: m.end });
    else if (m.start <= 2 && LEAD_SUBJECT.test(after) && (FORMS_TEAM.test(s.text) || (leads.has(m.key) && JOIN.test(s.text)))) out.push({ lead: m, from: m.end });
  }
  return out;
}

/** A sentence that cannot go on adding members to the team before: several teams, or another company as its topic. */
function endsScope(s: ParagraphSentence, lead?: string): boolean {
  if (severalTeams(s.text) || (s.text.match(TEAM_ALL)?.length ?? 0) >= 2) return true;
  // (not a member the sentence calls one: "기존 구성원인 B는 그대로 남는다")
  return s.mentions.some((m) => usable(m) && m.key !== lead && TOPIC.test(s.text.slice(m.end, m.end + 24)) && !isNamedMember(s.text, m));
}

/** "A, B가 각각 이끄는 …": several teams; not "B와 C가 합류해 각각 … 맡는다", members who join and then share the work. */
function severalTeams(text: string): boolean {
  const each = RESPECTIVELY.exec(text);
  if (!each) return false;
  const join = JOIN.exec(text);
  return !join || join.index > each.index;
}

/** A sentence naming no company but the lead as its topic or subject ("A.X K1은 … 허깅페이스에 공개됐다", "A는 이 모델을 …": about the team's model). */
function namesNoSubjectCompany(s: ParagraphSentence, lead: string): boolean {
  return !s.mentions.some((m) => usable(m) && m.key !== lead && TOPIC_OR_SUBJECT_AT.test(s.text.slice(m.end, m.end + 24)));
}
const TOPIC_OR_SUBJECT_AT = /^\s?(?:\([^()]{0,20}\))?(?:은|는|이|가|도|과|와)\s/;

/** Members a sentence adds to the team of `lead`: companies after `from` standing before a joining word. */
function membersOf(s: ParagraphSentence, lead: Mention, from: number, to = s.text.length): Mention[] {
  const clean = s.text.replace(/["“][^"”]{0,200}["”]/g, '');
  if (NOT_MEMBER.test(clean)) return [];
  // (not past a later clause with another company as its topic: "A 컨소시엄은 B와 함께 …하며, C는 D와 손잡고 …")
  const other = s.mentions.find((m) => usable(m) && m.key !== lead.key && m.start > from && m.start < to && /,\s$/.test(s.text.slice(Math.max(0, m.start - 2), m.start)) && /^(?:은|는)\s/.test(s.text.slice(m.end, m.end + 3)));
  if (other) to = other.start;
  // up to the last joining word: "B가 가세했고, C도 동참한다"
  let join = -1;
  for (const x of s.text.slice(from, to).matchAll(JOIN_ALL)) join = x.index!;
  // "A는 B, C와 함께 … 개발한다": with the lead as the sentence's topic, the companies it works "together with" are its team
  if (join < 0 && (leadIsTopic(s, lead) || (teamIsTopic(s, lead) && TEAM_KEPT.test(s.text)))) join = s.text.slice(from, to).search(/(?<=[와과]\s)함께\s/);
  if (join < 0) return [];
  const end = from + join;
  return s.mentions.filter((m) => usable(m) && m.key !== lead.key && m.start >= from && m.end <= end && (AFTER_MEMBER.test(s.text.slice(m.end, m.end + 24)) || isNamedMember(s.text, m)));
}

/** Before a member's name, the word that calls it one ("기존 구성원인 데이터 기업 B는 그대로 남는다"); its topic particle after. */
const MEMBER_WORD_BEFORE = /(?:구성원|참여사|참여\s?기업|멤버|구성사|회원사)(?:인|이던|이었던)\s(?:[가-힣A-Za-z]{1,8}\s){0,3}$/;

function isNamedMember(text: string, m: Mention): boolean {
  return MEMBER_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 36), m.start)) && TOPIC.test(text.slice(m.end, m.end + 24));
}

/** The sentence opens on the lead's team as its topic, which keeps its make-up with the companies it names ("A 팀은 B, C와 함께 기존 진용으로 간다"; not "A 컨소시엄은 B, C와 함께 본선에 올랐다": teams advancing side by side). */
const TEAM_TOPIC = /^\s?(?:컨소시엄|팀)(?:은|는)\s/;
const TEAM_KEPT = /(?<=[와과]\s)함께\s(?:기존|현재의?|지금의|종전)?\s?(?:구성|진용|체제|팀\s?구성)(?:을|를|으로|로|대로)\s/;
function teamIsTopic(s: ParagraphSentence, lead: Mention): boolean {
  const first = s.mentions.find((m) => usable(m));
  return !!first && first.key === lead.key && first.start <= 2 && TEAM_TOPIC.test(s.text.slice(first.end, first.end + 8));
}
/** The sentence opens on the lead as its topic ("A는 …"). */
function leadIsTopic(s: ParagraphSentence, lead: Mention): boolean {
  const first = s.mentions.find((m) => usable(m));
  return !!first && first.key === lead.key && first.start <= 2 && TOPIC.test(s.text.slice(first.end, first.end + 4));
}

/** Adds the members of teams described across sentences: PARTICIPATES_IN the team's programme, PARTNERS_WITH its lead. */
export function addScopedConsortia(acc: Acc, articleId: string, sentences: ParagraphSentence[]): void {
  if (!sentences.some((s) => GATE.test(s.text))) return;
  const programmeOf = oneProgrammeOf(acc);
  const leads = new Set([...listedLeads(sentences)].filter((k) => programmeOf.get(k)));
  let scope: Scope | undefined;
  let selection: string | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (isSpoken(s)) {
      scope = undefined;
      continue;
    }
    const openers = TEAM.test(s.text) || GATE.test(s.text) || leads.size || FIELD_TOPIC.test(s.text) ? openersOf(s, leads) : [];
    const opener = openers.length === 1 ? openers[0] : undefined;
    // "A가 주관하는 컨소시엄에는 B와 C가 함께했고, D 컨소시엄에는 E가 손을 잡았다": one clause per team, each up to the next lead
    if (openers.length > 1 && !RESPECTIVELY.test(s.text) && (s.text.match(TEAM_ALL)?.length ?? 0) === openers.length) {
      selection ??= selectedProgramme(sentences, i);
      openers.forEach((o, k) => {
        const programme = (selection && !otherProgramme(s, selection) ? selection : undefined) ?? oneProgrammeOf(acc, s.end).get(o.lead.key);
        if (programme) addTeam(acc, articleId, s, { lead: o.lead, programme }, membersOf(s, o.lead, o.from, openers[k + 1]?.lead.start));
      });
      scope = undefined;
      continue;
    }
    // "C는 단독으로 선정됐다": a company selected on its own, in the programme whose teams the sentences list
    const alone = selection && !opener && !NOT_MEMBER.test(s.text) ? ALONE.exec(s.text) : null;
    if (alone) {
      const solo = s.mentions.find((m) => usable(m) && m.end <= alone.index && TOPIC_OR_SUBJECT.test(s.text.slice(m.end, alone.index)));
      if (solo && acc.entities.has(solo.key)) addRelation(acc, { relation: 'PARTICIPATES_IN', source: solo.key, target: selection!, properties: {} }, evidenceOf(articleId, s, 'participates.selected-alone', 0.7));
      scope = undefined;
      continue;
    }
    // "제조 분야는 A와 B가 손을 잡은 팀이 뽑혔고요": companies joined by 와/과 form a team of their own, no members of the one before
    // (a programme named with its selection just before, "다음은 X입니다. … 2개 팀을 선정했습니다", is the one the team is in)
    const formed = !opener ? FORMED_TEAM.exec(s.text) : null;
    if (formed) selection = selectedProgramme(sentences, i) ?? selection;
    if (formed && selection && !NOT_MEMBER.test(s.text)) {
      const team = s.mentions.filter((m) => usable(m) && m.end <= formed.index + formed[0].length && AFTER_MEMBER.test(s.text.slice(m.end, m.end + 24)));
      if (team.length >= 2 && COORDINATED.test(s.text.slice(team[0]!.end, team[0]!.end + 4))) {
        addTeam(acc, articleId, s, { lead: team[0]!, programme: selection }, team.slice(1));
        // "…이 구성한 컨소시엄은 X를, 로봇 스타트업 C는 Y를 개발합니다": the gapped clause's topic is another team selected
        for (const solo of s.mentions.filter((m) => usable(m) && m.start > formed.index && GAPPED_TOPIC_BEFORE.test(s.text.slice(formed.index, m.start)) && TOPIC.test(s.text.slice(m.end, m.end + 4)))) {
          if (acc.entities.has(solo.key)) addRelation(acc, { relation: 'PARTICIPATES_IN', source: solo.key, target: selection, properties: {} }, evidenceOf(articleId, s, 'participates.selected-alone', 0.65));
        }
      }
      scope = undefined;
      continue;
    }
    // "작년에 함께했던 B는 올해 사업에는 참여하지 않았다": a member of the team's earlier round, leaving it now, was one
    const former = scope && !opener ? formerMembersOf(s.text, s.mentions, scope.lead.key) : [];
    if (former.length) addTeam(acc, articleId, s, scope!, former);
    if (former.length || openers.length > 1 || (!opener && endsScope(s, scope?.lead.key))) {
      scope = undefined;
      continue;
    }
    let from = 0;
    if (opener) {
      selection ??= selectedProgramme(sentences, i);
      const programme = (selection && !otherProgramme(s, selection) ? selection : undefined) ?? oneProgrammeOf(acc, s.end).get(opener.lead.key);
      scope = programme ? { lead: opener.lead, programme } : undefined;
      from = opener.from;
    }
    if (!scope) continue;
    if (scope.dormant && !opener && !TEAM_JOINED.test(s.text)) {
      scope = undefined;
      continue;
    }
    const label = opener ? null : MEMBER_LABEL.exec(s.text);
    const members = [...(label ? labelledCompanies(s, label[0].length).filter((m) => m.key !== scope!.lead.key) : membersOf(s, scope.lead, from)), ...formerMembersOf(s.text, s.mentions, scope.lead.key)];
    if (!members.length) {
      // a sentence that adds nobody ends the team, unless no company is its subject ("A.X K1은 … 공개됐다": the team's model)
      if (!opener) scope = scope.dormant || !namesNoSubjectCompany(s, scope.lead.key) ? undefined : { ...scope, dormant: true };
      continue;
    }
    scope = { ...scope, dormant: false };
    addTeam(acc, articleId, s, scope, members);
  }
}

/** A programme the sentence names other than the selection's (a reference to the selection's own is no other). */
function otherProgramme(s: ParagraphSentence, selection: string | undefined): boolean {
  return s.mentions.some((m) => m.type === 'Policy' && m.key !== selection);
}

/** "A와 B가 손을 잡은 팀", "A와 B가 함께 꾸린 컨소시엄": the team the companies before the verb form. */
const FORMED_TEAM = /(?:이|가)\s(?:함께\s|공동으로\s)?(?:손을 잡은|손잡은|꾸린|구성한|결성한|이룬|뭉친)\s(?:팀|컨소시엄)/;
/** Before a gapped clause's topic: the first clause's object, a comma and maybe the topic's description ("'X'를, 로봇 스타트업 "). */
const GAPPED_TOPIC_BEFORE = /['"’”]?(?:을|를),\s(?:[가-힣A-Za-z]{1,8}\s){0,2}$/;
/** After the first of a team's companies: the particle joining the next. */
const COORDINATED = /^\s?(?:와|과|하고)\s/;
/** "C는 단독으로 선정됐다", "D가 단독 컨소시엄으로 참여한다", "E는 홀로 뽑혔다". */
const ALONE = /(?:단독|홀로|혼자)(?:으로|서)?\s(?:(?:컨소시엄|팀)으로\s)?(?:선정|참여|참가|뽑혔|뽑힌|이름을 올)/;
const TOPIC_OR_SUBJECT = /^\s?(?:\([^()]{0,20}\))?(?:은|는|이|가|도)\s$/;

/** The members of one team: PARTICIPATES_IN its programme, PARTNERS_WITH its lead (and the lead takes part too). */
function addTeam(acc: Acc, articleId: string, s: ParagraphSentence, scope: Scope, members: Mention[]): void {
  if (!members.length) return;
  for (const m of members) {
    if (!acc.entities.has(m.key)) continue;
    addRelation(acc, { relation: 'PARTICIPATES_IN', source: m.key, target: scope.programme, properties: {} }, evidenceOf(articleId, s, 'participates.consortium-scope', 0.7));
    addRelation(acc, { relation: 'PARTNERS_WITH', source: scope.lead.key, target: m.key, properties: {} }, evidenceOf(articleId, s, 'partners.consortium-scope', 0.7));
  }
  if (acc.entities.has(scope.lead.key)) addRelation(acc, { relation: 'PARTICIPATES_IN', source: scope.lead.key, target: scope.programme, properties: {} }, evidenceOf(articleId, s, 'participates.consortium-scope', 0.7));
}
