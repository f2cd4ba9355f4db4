/**
 * References to a programme by one of its parts, where the sentence names no programme of its own.
 *
 * A contest's rounds named bare after the contest: "'X 챌린지' 본선 진출팀 명단. 본선에 오른 12개 팀에는 A, B 등이 이름을
 * 올렸다", "예선에 참가했던 C는 …". The round word stands for the contest named last (a public programme whose name ends in a
 * contest word), so the relation patterns read the teams as taking part in it.
 */
import { referenceAt } from './references.js';
import type { Mention } from './types.js';

/** "본선에 오른", "예선에 참가했던", "결선에서", "본선 진출팀에는": a round of a contest, bare (no name before it). */
const CONTEST_ROUND_REF = /(?<![가-힣A-Za-z0-9'’"”」』]\s?)(?:예선|본선|결선|결승)(?=(?:에|에서|에는)\s|\s?진출\s?(?:팀|기업)(?:에는|은|는|으로|에)\s)/;
/** A programme named as a contest: "… 챌린지", "… 경진대회", "… 공모전", "… 해커톤", "… 대회". */
const CONTEST_END = /(?:챌린지|경진대회|공모전|해커톤|대회)$/;

/** Adds the contest named last (`policy`) where a sentence that names no programme of its own speaks of one of its rounds. */
export function addContestRoundReference(text: string, ms: Mention[], policy: Mention | undefined): void {
  if (!policy || !CONTEST_END.test(policy.surface) || ms.some((x) => x.type === 'Policy')) return;
  const r = CONTEST_ROUND_REF.exec(text);
  if (!r || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  ms.push(referenceAt(policy, r));
  ms.sort((a, b) => a.start - b.start);
}

/**
 * "'X 지원사업' 2차 수요·공급기업 명단을 발표했다. … B도 공급기업 명단에 포함됐다": a list of the companies a programme selected
 * (its suppliers, its participants), named by their role before the list word, stands for the programme named last.
 */
const ROLE_LIST_REF = /(?<![가-힣])(?:공급|수요|수행|참여|선정|지원\s?대상|수혜)\s?(?:기업|기관|업체|사)(?=\s?(?:명단|목록|리스트)(?:에|에도|에는)\s)/;

/** Adds the programme named last (`policy`) where a sentence that names none puts a company on the list of those it selected. */
export function addRoleListReference(text: string, ms: Mention[], policy: Mention | undefined): void {
  if (!policy || ms.some((x) => x.type === 'Policy') || !ms.some((x) => x.type === 'Company')) return;
  const r = ROLE_LIST_REF.exec(text);
  if (!r || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  ms.push(referenceAt(policy, r));
  ms.sort((a, b) => a.start - b.start);
}

/** "A와 B가 공급기업으로 들어와 있고": suppliers (or buyers) entering the article's programme, none named (not "X 컨소시엄에는 B가 수요기업으로": the consortium rules read that). */
const SUPPLIER_ROLE_REF = /(?<=(?:이|가|도)\s)(?=(?:공급|수요)\s?(?:기업|기관|업체|사)(?:으로|로)\s(?:들어와|들어왔|들어가|들어갔|들어온|참여하|참여해|참여했|참여한|합류))/;

/** "당초 수요기업으로 선정됐던 한 업체는": a buyer or supplier selected in that role (the adnominal before the firm; not "B가 공급기업으로 선정돼", which the subject rules read), selected for the article's programme. */
const ROLE_SELECTED_REF = /(?<![가-힣])(?=(?:공급|수요)\s?(?:기업|기관|업체|사)(?:으로|로)\s(?:최종\s)?(?:선정됐던|선정되었던|선정된|뽑혔던|뽑힌)\s)/;

/**
 * "X도 자사 모델로 공급기업에 선정되었다", "수요기업으로는 A, B 등이 선정되어 있다": a supplier or buyer role the firms are selected
 * into stands for the article's programme (the role word read as the programme's name).
 */
const ROLE_SELECTED_INTO = /(?<![가-힣])(?:공급|수요)\s?(?:기업|기관|업체|사)(?=에\s(?:최종\s)?(?:선정되|선정됐|선정돼|뽑혔)|(?:으로는|로는)\s[^.]{0,60}?(?:이|가)\s(?:최종\s)?(?:선정되|선정됐|선정돼|뽑혔))/;

/** Suppliers or buyers entering the programme, no programme named (unlike addReference: a reference to the same programme elsewhere, "선정 기업은", does not stop it; a programme named there does) */
export function addSupplierRoleReference(text: string, ms: Mention[], programme: Mention | undefined): void {
  const r = programme ? (SUPPLIER_ROLE_REF.exec(text) ?? ROLE_SELECTED_REF.exec(text) ?? ROLE_SELECTED_INTO.exec(text)) : null;
  if (!r || ms.some((x) => x.type === 'Policy' && (x.via !== 'reference' || x.key !== programme!.key))) return;
  ms.push(referenceAt(programme!, r));
  ms.sort((a, b) => a.start - b.start);
}

/**
 * "X는 지난 1·2차 평가에는 주관기관으로 참여하였으나", "2차 심사에 응모했다": a bare round of evaluation a company takes part in,
 * no programme named in the sentence, is a round of the programme the article is about.
 */
const BARE_ROUND_REF = /(?<![가-힣0-9])(?:[1-9](?:\s?[·,]\s?[1-9])*차)\s?(?:평가|심사|공모)(?=(?:에는|에도|에)\s(?:[^\s.]{1,10}\s){0,2}?(?:참여|참가|응모|지원했|지원한|신청))/;

export function addBareRoundReference(text: string, ms: Mention[], programme: Mention | undefined): void {
  const r = programme ? BARE_ROUND_REF.exec(text) : null;
  if (!r || ms.some((x) => x.type === 'Policy' || (x.start < r.index + r[0].length && r.index < x.end)) || !ms.some((x) => x.type === 'Company' && x.end <= r.index)) return;
  ms.push(referenceAt(programme!, r));
  ms.sort((a, b) => a.start - b.start);
}
