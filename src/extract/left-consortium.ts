/**
 * A consortium a sentence refers to without naming it ("이 컨소시엄은 …", a member leaving "컨소시엄에서 빠졌고"): the one
 * the article was just talking about, not one left out; and the lead a later bare "컨소시엄" means (namedConsortiumLead).
 */
import { referenceTo } from './references.js';
import type { Mention } from './types.js';

/** "…루닛은 지난 9월 컨소시엄에서 빠졌고": the bare "컨소시엄" a member leaves, mid-sentence, with no lead named before it. */
const LEFT_BARE_CONSORTIUM = /(?<=[\s\d])(?=컨소시엄에서\s(?:[가-힣]{1,6}\s)?(?:빠졌|빠지|빠진|이탈|탈퇴|하차|나갔|떠났))/;

/**
 * What a sentence says of a consortium it names after its lead that leaves it out of the programme (or of a member that
 * leaves a later round: "B는 2단계에는 참여하지 않기로 했다", "2차년도부터 참여를 철회했다").
 */
const LEFT_OUT = /선정되지\s?(?:않|못)|탈락했|고배를 마셨|떨어졌다|불참했|빠졌다|참여하지\s?않기로|참여를\s(?:철회|포기)|불참하기로|빠지기로|하차했|하차하기로|이탈했/;

/** Whether the sentence goes on to leave out the team `lead` leads ("B 컨소시엄은 … 선정되지 않았다", "B가 이끈 컨소시엄은 탈락했다"). */
export function isLeftOut(text: string, lead: Mention): boolean {
  return LEFT_OUT.test(text.slice(lead.end));
}

/** The last "컨소시엄" before a name opens the roster of its members ("2단계 컨소시엄에는 … A가 남았고, B가 새로 이름을 올렸다"). */
const ROSTER_OPEN = /컨소시엄(?:에는|에도|엔)\s(?![^]*컨소시엄)[^]*$/;

/** Whether `m` is named as a member in a consortium's roster, not as the lead a later bare "컨소시엄" means. */
export function isRosterMember(text: string, m: Mention): boolean {
  return ROSTER_OPEN.test(text.slice(0, m.start));
}

/** Puts a reference to `lead` before a bare "컨소시엄" a member leaves. */
export function addLeftConsortiumReference(text: string, ms: Mention[], lead: Mention): void {
  const left = text.includes('컨소시엄에서') ? LEFT_BARE_CONSORTIUM.exec(text) : null;
  if (!left || ms.some((x) => x.end === left.index)) return;
  const at = ms.findIndex((x) => x.start >= left.index);
  ms.splice(at < 0 ? ms.length : at, 0, referenceTo(lead, left.index, left.index));
}

/**
 * Before a member's name, the past it took part in: "1차년도까지 함께했던 B는", "작년에 참여했던 데이터 기업 B는", "1년차에
 * 함께한 B는" (up to four words describing it between).
 */
const FORMER_MEMBER_BEFORE = /(?:까지|(?:지난해|작년|앞서|그동안|그간|이전|기존)(?:에|에는)?|[1-9]차년도(?:에|에는)?|[1-9]년차(?:에|에는)?)\s(?:[가-힣]{1,6}\s)?(?:함께했던|함께\s했던|함께한|참여했던|참가했던|몸담았던)\s(?:[^\s.,'"]{1,12}\s){0,4}$/;
/** After a former member's topic: it leaves, or does not take part in, the round now ("올해부터 컨소시엄에서 빠지기로 했다", "이번 사업에는 참여하지 않았다"). */
const LEAVES_AFTER = /^[^.]{0,80}?(?:빠지기로|빠졌|빠진다|빠지면서|빠지게|참여하지\s?않|참여하지\s?않기로|불참|하차|이탈|탈퇴|떠났|떠나기로|합류하지\s?않)/;

/**
 * Members of a team who took part in an earlier round and leave it now ("…까지 함께했던 B는 올해부터 컨소시엄에서
 * 빠지기로 했다"): they took part in the programme and worked with its lead, as a member that stays did.
 */
export function formerMembersOf(text: string, ms: Mention[], lead: string): Mention[] {
  return ms.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.via !== 'anonymous' && m.key !== lead
    && FORMER_MEMBER_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))
    && /^\s?(?:\([^()]{0,20}\))?(?:은|는)\s/.test(text.slice(m.end, m.end + 24)) && LEAVES_AFTER.test(text.slice(m.end)));
}

/** "이 컨소시엄은 … 선정됐다", "컨소시엄에는 B, C가 참여했다": the consortium of the company the article was just talking about. */
/** (and "컨소시엄 참여사인 Y": a member of that consortium; a release's bullet may open the line: "□ 컨소시엄이 개발할 모델은") */
const CONSORTIUM_REF = /^\s?(?:[□■○●◆◇▶▲△•-]\s)?(?:(?:이|해당|같은|이번|정예팀|정예)\s?)?(?=컨소시엄(?:에는|에|은|는|이|의)\s|컨소시엄\s?(?:참여사|참여\s?기업|참여\s?기관|구성사|멤버사)(?:인|이자)\s)/;

/** Puts a reference to the consortium `lead` leads where the sentence opens on "이 컨소시엄" or leaves "컨소시엄" bare. */
export function addConsortiumReference(text: string, ms: Mention[], lead: Mention | undefined): void {
  if (!lead) return;
  addLeftConsortiumReference(text, ms, lead);
  const r = CONSORTIUM_REF.exec(text);
  // (a programme reference put at the start by addSelectionReference takes no room)
  if (!r || ms.some((x) => x.end > 0 && x.start < r[0].length + 4)) return;
  const at = ms.findIndex((x) => x.end > 0);
  ms.splice(at < 0 ? ms.length : at, 0, referenceTo(lead, 0, r[0].length));
}

/** "탈락한 X 컨소시엄의 …": the last company named as a consortium's lead, for a later bare "컨소시엄에 참여한 Y". */
/** (or the company a report's item is labelled with, "③ (X) NAME 대표는 …": whose consortium the item's "컨소시엄" is) */
const ITEM_LABEL = /^\s?(?:[①-⑳]|\d{1,2}[.)]|[•·▲■□○◆◇▶ㅇ*-])?\s?\($/;
export function namedConsortiumLead(text: string, ms: Mention[]): Mention | undefined {
  const own = (m: Mention): boolean => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked';
  const label = ms.find((m) => own(m) && ITEM_LABEL.test(text.slice(0, m.start)) && text[m.end] === ')');
  const lead = ms.filter((m) => own(m) && /^\s?컨소시엄/.test(text.slice(m.end, m.end + 6))).at(-1) ?? label;
  // (a consortium the sentence goes on to say was not selected, "함께 신청한 B 컨소시엄은 … 선정되지 않았다", is not the one a later
  // "컨소시엄" means; one named as eliminated before, "떨어진 C 컨소시엄의 대표는", still is)
  return lead && isLeftOut(text, lead) ? undefined : lead;
}
