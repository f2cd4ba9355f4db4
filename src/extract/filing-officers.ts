/**
 * A disclosure viewer's filing (`parsed.siteOwner.filer`, see parse/site-owner.ts) is signed by the filer's officers,
 * who are named with a bare post and no company of their own: the signature's "대표이사 NAME" under the filer's legal
 * name, the contact line's "공시책임자: NAME 상무". They work for the filer.
 */
import type { ParsedArticle, Sentence } from '../parse/types.js';
import { wordStartsOf } from '../parse/text.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';

/** A corporate officer's post (the signer's, the disclosure officer's). */
const POST = '(?:대표이사|대표|사장|부사장|전무(?:이사)?|상무(?:이사)?|상무보|이사|감사|CEO|CFO|CTO|공시\\s?(?:책임|담당)자|공시\\s?담당\\s?임원)';
/** The post before the name, opening the line or after a label's colon ("대표이사 NAME", "공시책임자: NAME"). */
const POST_BEFORE = new RegExp(`(?:^|[:：]\\s?)${POST}\\s?[:：]?\\s?$`);
/** The post right after the name ("NAME 상무", "NAME 대표이사"), ending there or before a bracket or comma. */
const POST_AFTER = new RegExp(`^\\s${POST}(?=$|[\\s,.)(·])`);

/** Whether the sentence names `name` with a bare officer's post, and no company but the filer. */
function officerLine(text: string, name: string, filer: string): boolean {
  for (const at of wordStartsOf(text, name)) {
    const before = text.slice(Math.max(0, at - 16), at);
    const after = text.slice(at + name.length, at + name.length + 12);
    if (POST_BEFORE.test(before) || (POST_AFTER.test(after) && (before.trim() === '' || /[:：]\s?$/.test(before)))) return !text.replace(filer, '').match(/(?:주식회사|㈜|\(주\))/);
  }
  return false;
}

/** WORKS_FOR the filer for each person with no employer yet whom a line of the filing names with a bare officer's post. */
export function addFilingOfficers(acc: Acc, articleId: string, sentences: Sentence[], parsed: ParsedArticle): void {
  const owner = parsed.siteOwner;
  if (!owner?.filer) return;
  const filer = [...acc.entities.values()].find((x) => x.type === 'Company' && owner.name in x.names);
  if (!filer) return;
  const employed = new Set([...acc.relations.values()].filter((r) => r.type === 'WORKS_FOR').map((r) => r.source));
  for (const e of acc.entities.values()) {
    if (e.type !== 'Person' || employed.has(e.key)) continue;
    const names = Object.keys(e.names);
    const s = sentences.find((x) => x.block === 'body' && names.some((n) => officerLine(x.text, n, owner.name)));
    if (s) addRelation(acc, { relation: 'WORKS_FOR', source: e.key, target: filer.key, properties: {} }, evidenceOf(articleId, s, 'works-for.filing-officer', 0.7));
  }
}
