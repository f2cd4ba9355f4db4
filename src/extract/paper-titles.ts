/**
 * A paper's entry in a table of contents or a publication list: its title, then its authors and their affiliations
 * ("새롬-3B: 처음부터 학습한 … 언어모델 NAME, NAME (㈜X)", "… 언어모델 Y의 지속 사전학습 및 평가 NAME¹ (¹X, ²대학교)"). Where
 * every author is printed with an affiliation and every one that is a company is the same, the model the title presents as the paper's own work — the title
 * opening on its name and a colon, its name before "의 개발/학습/구축…", or the title ending on it after "모델"/"…한"
 * — was built by that company. A title that compares or re-evaluates models presents none of them as its own.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { placeCompany, type TailAuthor } from './engine/author-tails.js';
import type { Mention } from './types.js';

/** A title that compares, re-measures or analyses models rather than presenting one. */
const NOT_OWN_WORK = /비교|\bvs\.?\b|대비|재현|재평가|재측정|분석|편향|검증|인가[:?]|Comparing|Comparison|Evaluating|Benchmarking/;
/** After the model: the paper's own work on it. */
const OWN_WORK_AFTER = /^['’"”]?(?::\s|의\s(?:[가-힣]{1,8}\s){0,2}?(?:개발|학습|사전학습|구축|설계|구현|공개|제작)(?:\s|$)|\s(?:(?:변형|경량|소형|특화)\s)?모델\s?$|\s?$)/;
/** Before a model ending the title: a model noun or an adnominal verb ("… 언어모델 Y", "미세조정한 Y"). */
const ENDING_AFTER = /(?:모델|[가-힣]한)\s['‘"“]?$/;

/** DEVELOPED for the model a paper's title presents as its own, by the one company its authors work at. */
export function addPaperTitleDevelopers(acc: Acc, articleId: string, s: Sentence, authors: TailAuthor[], mentions: Mention[]): void {
  const title = s.text.slice(0, authors[0]!.start).trimEnd();
  // (every author printed with an affiliation: a list that leaves some unmarked, the page's own members, says nothing of who built it)
  if (!title || NOT_OWN_WORK.test(title) || authors.some((a) => !a.places.length)) return;
  const companies = new Set(authors.flatMap((a) => a.places.map((p) => placeCompany(p, mentions)?.key).filter((k): k is string => k !== undefined)));
  if (companies.size !== 1) return;
  const [company] = companies;
  for (const m of mentions) {
    if (m.type !== 'Model' || m.via === 'blocked' || m.end > title.length) continue;
    const after = title.slice(m.end);
    const opening = m.start === 0 && /^['’"”]?:\s/.test(after);
    const own = /^['’"”]?의\s/.test(after) && OWN_WORK_AFTER.test(after);
    const ending = /^['’"”]?(?:\s(?:(?:변형|경량|소형|특화)\s)?모델)?\s?$/.test(after) && ENDING_AFTER.test(title.slice(0, m.start));
    if (opening || own || ending) addRelation(acc, { relation: 'DEVELOPED', source: company!, target: m.key, properties: {} }, evidenceOf(articleId, s, 'developed.paper-title-authors', 0.65));
  }
}
