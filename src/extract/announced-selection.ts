/**
 * A selection announced, then listed. One sentence says a programme's selected companies were announced ("'X 사업'의 …
 * 지원 대상도 함께 발표됐다"), and the next opens on the companies, counted ("A와 B, C 3곳이 … 쓸 수 있다"): each of them
 * takes part in that programme.
 */
import type { Sentence } from '../parse/types.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention, RuleSet } from './types.js';

/** After the programme: its selected companies announced or confirmed. */
const ANNOUNCED_AFTER = /^['"’”]?[^.]{0,60}?(?:지원|수혜|선정|참여)\s?(?:대상|기업|업체)(?:도|이|가|은|는)?\s(?:[가-힣]{1,4}\s)?(?:발표|확정|공개)(?:됐|되었|돼)/;
/** A sentence opening on a list of names closed by their count ("A와 B, C 3곳이"). */
const COUNTED_OPENING = /^(?:[^,.]{1,24}(?:,\s|(?<=[가-힣A-Za-z0-9])(?:와|과)\s)){1,9}[^,.\s]{1,20}\s(?:등\s)?\d{1,2}\s?(?:곳|개사|개\s?(?:기업|업체|팀))(?:이|가|은|는|도|만)\s/;
/** A sentence that takes the selection back or doubts it. */
const UNSETTLED = /않|못(?:\s|했|한|하)|없(?:다|었|습)|취소|철회|포기|검토/;

/** Adds PARTICIPATES_IN for the companies a sentence lists right after one announcing a programme's selection. */
export function addAnnouncedSelection(acc: Acc, articleId: string, sentences: readonly Sentence[], first: readonly Mention[][], rules: RuleSet, shortForms: ReadonlyMap<string, string>): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const policies = (first[i] ?? []).filter((m) => m.type === 'Policy' && m.via !== 'blocked');
    const programme = policies.length === 1 && ANNOUNCED_AFTER.test(sentences[i]!.text.slice(policies[0]!.end)) ? policies[0]! : undefined;
    const next = sentences[i + 1]!;
    const list = programme && next.block === sentences[i]!.block ? COUNTED_OPENING.exec(next.text) : null;
    if (!programme || !list || UNSETTLED.test(next.text)) continue;
    const companies = (first[i + 1] ?? []).filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.end <= list[0].length);
    const key = shortForms.get(programme.key) ?? programme.key;
    if (companies.length < 2 || !acc.entities.has(key)) continue;
    const ev = evidenceOf(articleId, next, 'participates.announced-selection', 0.65);
    for (const c of companies) {
      if (!acc.entities.has(c.key)) addEntity(acc, c, rules, ev);
      addRelation(acc, { relation: 'PARTICIPATES_IN', source: c.key, target: key, properties: {} }, ev);
    }
  }
}
