/** A member leaving a consortium the sentence does not name: the one the article was just talking about, not one left out. */
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
