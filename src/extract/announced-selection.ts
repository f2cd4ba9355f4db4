/**
 * A selection announced, then listed. One sentence says a programme's selected companies were announced ("'X 사업'의 …
 * 지원 대상도 함께 발표됐다", "… 기업 선정 결과를 발표했다"), and the next opens on the companies, counted ("A와 B, C 3곳이 … 쓸 수
 * 있다"), or names them, counted, as its complement ("최종 명단에 오른 곳은 A, B, C 등 7개사다"): each of them takes part in that programme.
 */
import type { Sentence } from '../parse/types.js';
import { addParticipants, evidenceOf, type Acc } from './article-acc.js';
import type { Mention, RuleSet } from './types.js';

/** After the programme: its selected companies announced or confirmed ("… 지원 대상이 확정됐다", "… 기업 선정 결과를 발표했다"). */
const ANNOUNCED_AFTER = /^['"’”]?[^.]{0,60}?(?:(?:지원|수혜|선정|참여)\s?(?:대상|기업|업체)(?:도|이|가|은|는)?\s(?:[가-힣]{1,4}\s)?(?:발표|확정|공개)(?:됐|되었|돼)|(?:대상|기업|업체)\s?선정\s?결과를\s(?:최종\s)?(?:발표|공개|확정)(?:했|하였|한다)|(?:지원|수혜|선정)\s?(?:대상|기업|업체)\s?(?:\d{1,3}\s?(?:곳|개사|개\s?(?:기업|업체))\s?)?(?:을|를)\s(?:최종\s)?(?:발표|공개|확정)(?:했|하였|한다|합니다))/;
/** A sentence opening on a list of names closed by their count ("A와 B, C 3곳이"). */
const COUNTED_OPENING = /^(?:[^,.]{1,24}(?:,\s|(?<=[가-힣A-Za-z0-9])(?:와|과)\s)){1,9}[^,.\s]{1,20}\s(?:등\s)?\d{1,2}\s?(?:곳|개사|개\s?(?:기업|업체|팀))(?:이|가|은|는|도|만)\s/;
/** A sentence opening on a list of names that it says made the list ("A와 B가 이름을 올렸다", "A, B도 포함됐다"). */
const LISTED_OPENING = /^(?:[^,.]{1,24}(?:,\s|(?<=[가-힣A-Za-z0-9])(?:와|과)\s)){1,9}[^,.\s]{1,20}(?:\s등)?(?:이|가|도)\s(?=(?:[가-힣]{1,6}\s)?(?:이름을\s올|포함(?:됐|되었|돼)|명단에\s(?:올|포함|들)))/;
/** A sentence whose complement is the counted list ("최종 명단에 오른 곳은 A, B, C 등 7개사다"): the list's start, in group 1. */
const COUNTED_COPULA = /^[^,.]{0,30}?(?:곳|기업|업체|팀)(?:은|는)\s((?:[^,.]{1,24}(?:,\s|(?<=[가-힣A-Za-z0-9])(?:와|과)\s)){1,9}[^,.\s]{1,20}\s(?:등\s)?\d{1,2}\s?(?:곳|개사|개\s?(?:기업|업체|팀)))(?:이다|다|입니다)\.?$/;

/**
 * The span of the counted list a sentence opens on or is completed by, if it has one, and the fewest companies it must name
 * (a list said to have made it, "A와 B가 이름을 올렸다", may name one company the gazetteer knows beside a word it does not).
 */
function countedList(text: string): [number, number, number] | undefined {
  const opening = COUNTED_OPENING.exec(text);
  if (opening) return [0, opening[0].length, 2];
  const listed = LISTED_OPENING.exec(text);
  if (listed) return [0, listed[0].length, 1];
  const copula = COUNTED_COPULA.exec(text);
  return copula ? [copula[0].indexOf(copula[1]!), copula[0].indexOf(copula[1]!) + copula[1]!.length, 2] : undefined;
}

/** A sentence that takes the selection back or doubts it, or lists the companies left off it. */
const UNSETTLED = /않|못(?:\s|했|한|하)|없(?:다|었|습)|취소|철회|포기|검토|빠진|빠졌|제외|탈락|떨어진|떨어졌/;

/** Adds PARTICIPATES_IN for the companies a sentence lists right after one announcing a programme's selection. */
export function addAnnouncedSelection(acc: Acc, articleId: string, sentences: readonly Sentence[], first: readonly Mention[][], rules: RuleSet, shortForms: ReadonlyMap<string, string>): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const policies = (first[i] ?? []).filter((m) => m.type === 'Policy' && m.via !== 'blocked');
    const programme = policies.length === 1 && ANNOUNCED_AFTER.test(sentences[i]!.text.slice(policies[0]!.end)) ? policies[0]! : undefined;
    const next = sentences[i + 1]!;
    const list = programme && next.block === sentences[i]!.block ? countedList(next.text) : undefined;
    if (!programme || !list || UNSETTLED.test(next.text)) continue;
    const companies = (first[i + 1] ?? []).filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.start >= list[0] && m.end <= list[1]);
    const key = shortForms.get(programme.key) ?? programme.key;
    if (companies.length < list[2] || !acc.entities.has(key)) continue;
    addParticipants(acc, rules, evidenceOf(articleId, next, 'participates.announced-selection', 0.65), companies, key);
  }
}
