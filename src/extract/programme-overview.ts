/**
 * A programme's overview in labelled lines ("사업명: P", then "전담기관: … — 사업 총괄: NAME 본부장" or "사업 책임자: NAME"):
 * the person the overview names as running the programme promotes it.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** The overview's programme line. */
const PROGRAMME_LINE = /^(?:[-•·○□]\s?)?(?:사업명|과제명|프로그램명)\s?[:：]\s?$/;
/** Before the person: the label of who runs the programme ("사업 총괄: ", "총괄 책임자: ", "사업 책임자: "). */
/** (the person's post may stand before the name: "사업총괄 : 디지털산업본부장 NAME") */
const RUNS_LABEL = /(?:사업\s?총괄|총괄\s?책임자|사업\s?책임자|사업\s?담당관)\s?[:：]\s?(?:[가-힣A-Za-z]{1,14}(?:장|관)\s)?$/;

/** PROMOTES facts for the person an overview's lines name as running its programme (within the four lines after it). */
export function addProgrammeOverview(acc: Acc, articleId: string, sentences: readonly Sentence[], first: readonly Mention[][]): void {
  for (const [i, s] of sentences.entries()) {
    if (!s.text.includes('명')) continue;
    const programme = first[i]!.find((m) => m.type === 'Policy' && m.via !== 'blocked' && PROGRAMME_LINE.test(s.text.slice(0, m.start)));
    if (!programme) continue;
    for (let j = i + 1; j < Math.min(sentences.length, i + 5); j++) {
      const t = sentences[j]!;
      // (a short labelled line a plain text takes for a heading, "- 지원규모 : 40억원", is still the overview's)
      if (t.block === 'heading' && !/[:：]/.test(t.text)) break;
      for (const p of first[j]!.filter((m) => m.type === 'Person' && RUNS_LABEL.test(t.text.slice(Math.max(0, m.start - 32), m.start))))
        addRelation(acc, { relation: 'PROMOTES', source: p.key, target: programme.key, properties: {} }, evidenceOf(articleId, t, 'promotes.overview-runs', 0.6));
    }
  }
}
