/**
 * Selection references: a sentence that tells a programme's selection outcome without naming the programme reads the
 * programme named just before (or the article's), put before the sentence; a selection told in a later clause of a
 * sentence whose first clause names the programme reads it again at that clause's start.
 */
import { PROGRAMME_NAME, referenceTo } from './references.js';
import { matchesIn } from './engine/text-scans.js';
import type { Mention } from './types.js';

/**
 * Selection outcomes ("… 등은 최종 선정되지 못했다", a results line's "A 등 120곳 선정", "1단계에 함께했던 X는 … 빠졌다", "정예팀에서 탈락한", "A, B가 각각 이끄는 2개 팀이 뽑혔다", "지원 대상으로 X 등 9곳을 선정했다", "X를 3차 단계 진출팀으로 확정했다", "A, B 등 23곳이 공급기업으로 등록했다", "A, B 컨소시엄의 3차 단계 진출을 발표"): about the programme
 * named just before (consortia selected as a programme's performers are read team by team, in consortium-scope.ts).
 */
const SELECTION_STATEMENT = /컨소시엄\s?\([^)]{2,60}\)|,\s(?:another|a\sfellow)\s(?:participant|contender|finalist|team)(?:\sin\sthe\s(?:project|program|programme))?,|[1-9]\s?(?:단계|년\s?차|차년도|차|기)(?:에|에는|때)\s(?:함께\s?|같이\s?)?(?:했던|참여했던|참가했던|합류했던)\s[^.]{2,100}(?:빠졌|빠진다|하차했|이탈했|탈퇴했)|(?:을|를)\s?(?:주관사|주관\s?기업|주관\s?기관|대표\s?기업|대표사)(?:로|으로)\s(?:하는|한|삼은|둔)\s?컨소시엄|(?:이|가)\s(?:각각\s|각기\s)?(?:이끄는|주도하는|주관하는)\s(?:(?:\d+|두|세|네|다섯|여섯)\s?(?:개\s?)?(?:팀|컨소시엄)|(?:팀|컨소시엄)\s?(?:\d+|두|세|네|다섯|여섯)\s?(?:곳|개|팀))(?:이|가)\s(?:최종\s)?(?:뽑혔|선정됐|선정되었|[1-9]\s?단계에\s(?:진출|올랐)|진출했)|(?:주관|수행|참여|제공|공급|협력|지원)\s?(?:사|기관|기업|업체)(?:으로는|로는|으로|로)\s(?:[^\s.]{1,20}\s){0,4}?(?:참여|참가)(?:했|한|해|하고|하며|하는|한다)|(?:수요|공급|수행|참여|주관|도입|실증)\s?(?:기업|기관|사업자|업체|사)(?:으로|로)\s?(?:최종\s)?(?:선정|뽑히|뽑혀|뽑혔|지정|(?:공식\s|정식\s)?등록(?:했|됐|되었|돼))|(?:와|과) 함께 (?:최종\s)?(?:선정됐|선정되었|선정돼|뽑혔)|컨소시엄(?:에는|에도|엔)\s|컨소시엄(?:은|는)\s[^.]{2,60}(?:으)?로\s?(?:꾸려졌|꾸려진다|꾸려져|구성됐|구성되었|구성된다|구성돼|이뤄졌|이루어졌|짜였)|(?:이|가)\s(?:이끄는|주관하는|주도하는|꾸린)\s?컨소시엄(?:이|도)\s(?:[가-힣]{1,6}\s)?(?:참여|합류|참가|가세)|(?:와|과) (?:한 ?팀을|컨소시엄을) (?:꾸|이|구성|결성)|관문을 넘지 못|문턱을 넘지 못|(?:평가|심사)(?:를|을)\s(?:최종\s)?통과하지\s?못|(?:한|이번|[1-9]차)\s?단계를 넘지 못|기준\s?(?:점수|점)(?:\s?\([^()]{1,12}\))?에 (?:미치지 못|미달)|(?:선정|평가|심사)에서 제외|등\s(?:총\s)?\d[\d,]*\s?(?:곳|개사|개\s?(?:기업|팀|업체|기관)|팀)(?:이|가)?\s(?:최종\s)?(?:선정|통과|합격)|탈락|고배|선정되지 못|참여를 접었|중도\s?하차했|최종 선정|(?:신규|추가)\s?(?:선정|진입|합류)\s?:\s|^(?:통과|선정|진출|합격)\s?[:：]\s|정예팀|발표 평가|서면 평가|단계 평가|[12]차 평가|[12]차 심사|최종 후보|(?:[1-9]\s?(?:단계|차)\s?(?:평가\s?)?)?차점\s?(?:팀|기업|업체|컨소시엄)(?:이었던|였던|이던|인)\s|(?:통과|선정|낙점)(?:한|된) (?:곳|팀|기업|컨소시엄)|[1-9]차 단계에 (?:진출|합류|올랐|오른|참여)|(?:의|이|가)\s[1-9]차\s?단계\s?(?:진출|진입)(?:을|를|이|가|이\s확정|\s?(?:확정|성공))|(?:[1-9]차\s?(?:단계\s?)?)?(?:진출|수행|참여)\s?(?:팀|기업|기관|컨소시엄)(?:으로|로)\s(?:최종\s)?(?:확정|선정|낙점)|[1-9]차(?:\s?단계)?(?:를|을|에서|에선)?\s(?:통과|떨어|탈락|고배|쓴맛|쓴잔)|(?:은|는|도) (?:(?:아쉽게(?:도)?|이번에|결국|안타깝게(?:도)?) ){1,3}떨어졌|[1-9]차(?:로|에|으로)\s(?:최종\s)?(?:진출|올라|올랐|오른)|(?:곳|군데|팀)(?:이|가|만) (?:아직 |현재 |지금 )?(?:남아 ?있|남았)|(?:남아 ?있는|(?<![가-힣])남은) (?:팀|곳|컨소시엄)(?:은|는) |\b(?:did not|didn't|failed to) make the cut\b|\b(?:cut|dropped|eliminated|removed)\s(?:[A-Z]|\uE001)[^.;]{0,80}?\sfrom\sthe\s(?:project|program|programme|race|competition)\b|\b(?:survived|made it through|got through) the (?:first|second|third|initial|final|preliminary) (?:evaluation|round|stage|phase|review|assessment|cut)\b|(?:평가|심사|관문)에서\s[^.]{2,80}(?:을|를|만)\s(?:최종\s)?(?:남겼|남긴|살렸|통과시켰)|\b(?:was|were|had been|have been) (?:dropped|eliminated|knocked out) (?:in|after|at|from) (?:the |its |[A-Z][a-z]+['’]s )?(?:first|second|third|initial|final|first-round|second-round|first-phase|second-phase|preliminary) (?:evaluation|round|stage|phase|review|assessment)\b|['’]s (?:consortium|team|bid|entry) (?:was|had been|has been) (?:eliminated|dropped|knocked out)\b|\b(?:consortium|team),? (?:led|headed) by [^.,]{2,60},? (?:was|were|had been|has been) (?:eliminated|dropped|knocked out|cut)\b|\b(?:consortia|teams)(?: (?:left standing|still standing|remaining|left|(?:picked|selected|chosen) (?:in|last) [A-Z][a-z]+(?: \d{4})?))?(?:,| [—–-])? (?:those )?(?:(?:are|were|will be) )?(?:each )?led by\b|\btook part in the (?:first|second|third|previous|earlier|final) (?:phase|round|stage)\b|\bapplied but (?:was|were) not selected\b|\b(?:in|into|to) the (?:second|third|final|next) (?:stage|round|phase)\b|(?:추가 공모|재공모|추가 선발)(?:에서|에선|를 통해|으로|로)\s[^.]{0,60}(?:선정|뽑|합류|참여|참가|통과)|(?:추가 공모|재공모)에\s(?:[^.\s]{1,20}\s){0,3}(?:지원|응모|도전)(?:했|해|한)|(?:지원|수혜|수행|실증|사업)\s?(?:대상|기업|기관)(?:으로|로)\s(?:(?!컨소시엄)[^.]){0,60}(?:선정했|선정됐|선정되|선정하|뽑았|뽑혔)|(?:지원|수혜|수행|실증)\s?(?:대상|기업|기관)(?:으로|로)\s(?:최종\s)?(?:결정|확정)(?:됐|되었|돼)|\b(?:teams|companies|consortia|contestants|finalists|participants) (?:were|have been|had been) (?:initially |originally |first )?(?:selected|chosen|picked|named)\b[^:.;]{0,40}:\s|\b(?:lead|led|head|headed) the (?:two|three|four|five|six|\d) (?:[a-z]+ ){0,2}(?:teams|consortia) (?:that|which) (?:survived|advanced|made it through|passed|remain)\b|\b(?:leads|led|heads|headed|is leading) one of the (?:[a-z]+ ){0,2}(?:consortia|teams)\b|\b(?:which|who) (?:were|was|are|is) (?:among|one of) the (?:[a-z]+ ){0,2}(?:teams|consortia|contestants|finalists|participants)\b|\b(?:one|two|three|four|five|six|all) of the (?:[a-z]+ ){0,2}(?:teams|consortia|contestants|finalists|participants) (?:still |remaining |left )?(?:in|selected for|chosen for) the (?:program|programme|project|initiative)\b|\b(?:[Tt]eams|[Cc]ompanies|[Cc]onsortia|[Pp]articipants) (?:(?:currently|still|now) )?(?:in|on) the (?:program|programme|project|competition|initiative) (?:include|includes|are)\b/;

/**
 * "1차년도에 A 컨소시엄의 참여기업이었던 B는 … 2차년도부터 참여를 철회했다", "1단계에서 X 구축을 맡았던 B는 2단계에는 참여하지
 * 않기로 했다": a member of an earlier round that leaves a later one, about the programme named just before.
 */
const EARLIER_ROUND_LEFT = /[1-9]\s?(?:단계|년\s?차|차년도|차|기)(?:에|에는|에서|때)\s[^.]{2,60}?(?:맡았던|수행했던|담당했던|이었던|였던|참여했던|참가했던|함께했던|합류했던)\s[^.]{2,100}?[1-9]\s?(?:단계|년\s?차|차년도|차|기)(?:에는|에|부터|부터는|에서는|에선)\s(?:[^\s.]{1,10}\s){0,2}?(?:참여(?:를|도)?\s?(?:철회|포기|접|하지\s?않)|불참|빠지|빠졌|빠진|하차|이탈|제외)/;

/** "1차 선정 기업 명단에서 눈에 띄는 곳은 B다": a selected company presented from the list of those selected (not one "빠진" from it). */
const PRESENTED_FROM_SELECTED = /(?:선정|참여|지원\s?대상|수혜)\s?(?:기업|업체|스타트업|팀|컨소시엄)(?:\s?명단)?(?:에서|에선|\s?가운데서|\s?가운데|\s?중에서|\s?중)\s(?![^.]{0,30}?(?:빠진|빠졌|제외|탈락|떨어진|못한|못 한|없는|않은|아닌))[^.]{0,30}?(?:곳|기업|회사|업체|스타트업)(?:은|는)\s/;

/** A round or stage of an evaluation ("1차 평가", "the first round", "the second evaluation"). */
const ROUND_WORD = /[1-9]차\s?(?:평가|심사|단계)|\b(?:round|stage|phase)\b|\b(?:first|second|third|fourth|final|[1-9](?:st|nd|rd|th))\s(?:evaluation|review|assessment)\b/;

/** An evaluation's outcome for teams (dropped, or those left): about the programme the sentences before still call by a reference. */
const TEAM_OUTCOME = /탈락|고배|쓴맛|쓴잔|(?:남아 ?있는|(?<![가-힣])남은) (?:팀|곳|컨소시엄)(?:은|는) /;

/**
 * A consortium's make-up ("X 컨소시엄에는 A가 참여한다", "X 컨소시엄은 A와 B로 꾸려졌다", "X가 이끄는 컨소시엄이 새로 참여한다"):
 * about the programme the sentences before still call by a reference, like a team's outcome.
 */
const CONSORTIUM_MAKEUP = /컨소시엄(?:에는|에도|엔)\s|컨소시엄(?:은|는)\s[^.]{2,60}(?:으)?로\s?(?:꾸려졌|꾸려진다|꾸려져|구성됐|구성되었|구성된다|구성돼|이뤄졌|이루어졌|짜였)|(?:이|가)\s(?:이끄는|주관하는|주도하는|꾸린)\s?컨소시엄(?:이|도)\s(?:[가-힣]{1,6}\s)?(?:참여|합류|참가|가세)/;

/**
 * "B는 A가 주관하는 컨소시엄에 참여기업으로 합류했다", "A가 주관하고, B와 C가 참여기업으로 들어와 있다": a company joining a
 * consortium another leads, a team of the programme the sentences before name.
 */
const JOINED_LED_CONSORTIUM = /(?:이|가)\s(?:이끄는|주관하는|주도하는|꾸린)\s?컨소시엄에\s(?:[가-힣]{1,6}(?:으로|로)\s)?(?:참여|합류|참가|가세|들어)|(?:주관하고|이끌고|주도하고),\s[^.]{2,80}(?:이|가)\s(?:참여\s?기업|참여사|참여\s?기관)(?:으로|로)\s(?:들어와|들어왔|참여|합류)/;

/** A bare programme word the companies take part in ("모두 프로젝트에 계속 참여 중이며", "사업에 함께 참여한다"): the word names its programme's kind. */
const BARE_HEAD_JOINED = /(?<![가-힣A-Za-z0-9'"’”」』])(프로젝트|사업|프로그램)(?=에\s(?:(?:계속|함께|모두|그대로|현재)\s)?(?:참여|참가|합류))/;

/** A system's act applied for ("검토를 신청", "심사를 함께 신청"): the system's name is the act and 제 ("검토제"). */
const SYSTEM_ACT_APPLIED = /(?<![가-힣A-Za-z0-9'"‘“])([가-힣]{2,4})(?:를|을)\s(?:함께\s|공동으로\s|먼저\s|미리\s)?신청/;

/**
 * The programme a selection outcome is about, where the sentence calls it by a bare head word: not the programme named last
 * when that is of another kind, but the one programme named so far whose name ends in that word ("'X 프로젝트' … 후속 'Y 2단계
 * 사업' … A, B는 모두 프로젝트에 계속 참여 중": X).
 */
export function programmeOfHead(text: string, policy: Mention, named: readonly Mention[]): Mention {
  // ("「X 검토제」 … 「Y 안내서」 … ㈜A — … 검토를 신청해": an act applied for is the system named for it, though a document was named since)
  const act = text.includes('신청') ? SYSTEM_ACT_APPLIED.exec(text)?.[1] : undefined;
  const system = act && !policy.surface.endsWith(`${act}제`) ? named.filter((p) => p.surface.endsWith(`${act}제`)).at(-1) : undefined;
  if (system) return system;
  const head = BARE_HEAD_JOINED.exec(text)?.[1];
  // (a head word a demonstrative points with, "이 프로젝트를 위해" after '… 프로젝트' and an agenda such as '소버린 AI' named since: the last so named)
  const pointed = head ? undefined : POINTED_HEAD.exec(text)?.[1];
  if (pointed && !named.some((p) => p.key === policy.key && namedAs(p, pointed)) && !namedAs(policy, pointed)) return named.filter((p) => p.surface.endsWith(pointed)).at(-1) ?? policy;
  if (!head || policy.surface.endsWith(head)) return policy;
  const ofHead = named.filter((p) => p.surface.endsWith(head));
  return ofHead.length === 1 ? ofHead[0]! : policy;
}

/** Whether a programme goes by a name ending in the head word, in Korean or in English ("… Project" for 프로젝트). */
function namedAs(policy: Mention, head: string): boolean {
  const en = head === '프로젝트' ? 'Project' : head === '프로그램' ? 'Program' : undefined;
  return [policy.surface, ...policy.aliases].some((n) => n.endsWith(head) || (en !== undefined && n.endsWith(en)));
}

/** A programme's head word after a demonstrative ("이 프로젝트를", "해당 사업에"). */
const POINTED_HEAD = /(?<![가-힣A-Za-z0-9])(?:이|그|해당|같은)\s(프로젝트|사업|프로그램)(?=에|의|은|는|을|를|이|가|과|와|도)/;

/** A selection outcome's programme, put before the sentence (`referred`: the programme the last sentences called by a reference, read only for a team's outcome when no policy is recent; `fallback`: the one programme the body names; `named`: every policy named so far) */
export function addSelectionReference(text: string, ms: Mention[], recent: Mention | undefined, programme?: Mention, referred?: Mention, fallback?: Mention, named: readonly Mention[] = [], subject?: Mention, spokenAgenda = false): void {
  // ("X는 P 2차 공모 지원 여부를 검토 중이다. 1차 때 고배를 마신 만큼 …": the subject before lost a round of the programme just named)
  if (!ms.length && recent && subject?.type === 'Company' && ROUND_LOST_OPENING.test(text)) return void ms.push(referenceTo(recent, 0, 0), referenceTo(subject, 0, 0));
  // (a reference after the companies, "… 참여하며, 모델을 선정 기업에 제공한다", is whom they serve: no programme named before them)
  const firstCompany = ms.find((x) => x.type === 'Company');
  const inSentence = ms.filter((x) => x.type === 'Policy' && !(x.via === 'reference' && firstCompany && x.start >= firstCompany.end));
  if (inSentence.length) {
    if (!addRoundLoserReference(text, ms, firstCompany, inSentence, named)) addClauseSelectionReference(text, ms);
    return;
  }
  // (a team's elimination far after the programme was named, agendas such as '소버린 AI' named between: the one programme named so far)
  const last = recent ?? (referred && (TEAM_OUTCOME.test(text) || CONSORTIUM_MAKEUP.test(text)) ? referred : undefined) ?? fallback ?? (ELIMINATION.test(text) ? soleProgrammeOf(named) : undefined);
  const policy = last && programmeOfHead(text, last, named);
  if (!policy || !firstCompany || !(SELECTION_STATEMENT.test(text) || EARLIER_ROUND_LEFT.test(text) || PRESENTED_FROM_SELECTED.test(text) || JOINED_LED_CONSORTIUM.test(text)) || ms.some((x) => x.type === 'Policy' && x.key !== policy.key)) return;
  // (a round is a programme's: "survived the first round" after an agenda named last, "… calls sovereign AI", is the programme's round;
  // so is a consortium's make-up after an agenda someone spoke of: "A가 주관하고, B가 참여기업으로 들어와 있다" after a turn's "'소버린 AI'는 구호가 아니라 …")
  const roundOf = programme && !PROGRAMME_NAME.test(policy.surface) && (ROUND_WORD.test(text) || (spokenAgenda && policy === recent && (CONSORTIUM_MAKEUP.test(text) || JOINED_LED_CONSORTIUM.test(text)))) ? programme : policy;
  ms.unshift(referenceTo(roundOf, 0, 0));
  // ("정부는 … 평가를 진행했으며, 그 결과 A 컨소시엄과 B 컨소시엄이 지원 대상으로 결정됐다": past a clause's end, out of the list
  // patterns' reach, the programme stands again at the start of the clause the companies are named in)
  const cut = clauseStartBefore(text, 0, firstCompany.start);
  if (cut > 0 && SELECTION_STATEMENT.test(text.slice(cut))) insertReference(ms, referenceTo(roundOf, cut, cut));
}

/** A team's elimination ("탈락", "고배", "were eliminated"). */
const ELIMINATION = /탈락|고배|쓴잔|\b(?:was|were|had been|have been) (?:eliminated|dropped|knocked out)\b/;

/** The one programme among the policies named so far ("… 사업", "… 프로젝트", "… Project" by one of its names), agendas aside. */
function soleProgrammeOf(named: readonly Mention[], except?: string): Mention | undefined {
  const programmes = named.filter((m) => m.key !== except && [m.surface, ...m.aliases].some((n) => PROGRAMME_NAME.test(n)));
  return programmes.length === 1 ? programmes[0] : undefined;
}

/** "1차 평가에서 탈락한 X가": a company eliminated at a round, opening the sentence (after a question's label). */
const ROUND_LOSER_BEFORE = /^(?:[-–·•▲]\s?)?(?:질문\s?[:：]\s?|Q[.:]\s?)?(?:지난\s|올해\s|지난해\s)?(?:[1-9]\s?(?:차|단계)\s?(?:평가|심사|선정|공모)?)(?:에서|에선|\s?때)\s(?:아쉽게\s)?(?:탈락한|고배를\s마신|떨어진|쓴잔을\s마신)\s$/;
/** A subject-less sentence opening on a round lost ("1차 때 고배를 마신 만큼", "지난 1차 평가에서 탈락한 뒤"). */
const ROUND_LOST_OPENING = /^(?:(?:지난|올해|지난해|앞서)\s)?[1-9]\s?(?:차|단계)\s?(?:평가|심사|선정|공모)?(?:에서|에선|\s?때)\s(?:아쉽게\s)?(?:탈락한|고배를\s마신|떨어진|쓴잔을\s마신)\s(?:만큼|뒤|후|데다|탓에|이후|바\s있어)/;

/** "…가 P에는 들어갔는데": the programme the sentence names is set against another ("에는", "에선"). */
const CONTRASTED_AFTER = /^['"’”」』]?(?:에는|에선|에서는|엔)\s/;

/**
 * "1차 평가에서 탈락한 X가 P에는 들어갔는데": X was eliminated from a round of another programme than the P the sentence contrasts,
 * the one other programme named so far; it stands, with no room, at the start of the sentence. True when put.
 */
function addRoundLoserReference(text: string, ms: Mention[], company: Mention | undefined, inSentence: Mention[], named: readonly Mention[]): boolean {
  const p = inSentence[0]!;
  if (!company || inSentence.some((x) => x.key !== p.key || x.start < company.end) || !ROUND_LOSER_BEFORE.test(text.slice(0, company.start)) || !CONTRASTED_AFTER.test(text.slice(p.end, p.end + 5))) return false;
  const other = soleProgrammeOf(named, p.key);
  if (other) ms.unshift(referenceTo(other, 0, 0));
  return other !== undefined;
}

/** Where the last clause that ends between `from` and `to` is joined to the next (-1: none). */
function clauseStartBefore(text: string, from: number, to: number): number {
  let cut = -1;
  for (const j of matchesIn(CLAUSE_JOIN, text)) if (j.index >= from && j.index + j[0].length <= to) cut = j.index + j[0].length;
  return cut;
}

function insertReference(ms: Mention[], ref: Mention): void {
  ms.push(ref);
  ms.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** How far before a list of companies the list patterns look for its programme ({GAP:40}). */
const LIST_REACH = 40;
/** The end of a clause joined to the next by a connective ending and a comma ("…을 기록했으며, ", "…가 신청했고, ", "…를 분석한 결과, "). */
const CLAUSE_JOIN = /[가-힣](?:으며|하며|이며|고),\s|(?<=[가-힣])\s결과,\s/g;

/**
 * "이번 공모에는 41개사가 신청해 … 기록했으며, 서면평가를 거쳐 A, B 등 6개사가 최종 선정됐다": a selection told in a later
 * clause of a sentence whose first clause names (or refers to) one programme: the programme stands again, with no room,
 * at the start of the clause the selected companies are named in.
 */
export function addClauseSelectionReference(text: string, ms: Mention[]): void {
  const policies = ms.filter((x) => x.type === 'Policy');
  if (!policies.length || policies.some((x) => x.key !== policies[0]!.key)) return;
  const last = policies.at(-1)!;
  const company = ms.find((x) => x.type === 'Company' && x.start >= last.end);
  // (a programme within the reach of the sentence's list patterns is read by them: the token would only stand between)
  if (!company || company.start - last.end <= LIST_REACH) return;
  const cut = clauseStartBefore(text, last.end, company.start);
  if (cut < 0 || !SELECTION_STATEMENT.test(text.slice(cut))) return;
  insertReference(ms, referenceTo(last, cut, cut));
}
