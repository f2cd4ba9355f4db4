/**
 * A company page's line of its officers, each a post before a name, the pairs set apart by slashes or bars
 * ("대표이사 NAME (前 X 수석연구원) / 최고기술책임자(CTO) NAME / 최고재무책임자(CFO) NAME", an IPO or company-profile
 * page's '주요 경영진' section): each named officer works for the company the page is about. A note in brackets
 * after a name (a former post) names no employer. So does a list under such a heading, an officer an item
 * ("[경영진]" then "- 대표이사 NAME : 前 X 상무", "• 최고기술책임자(CTO) NAME (前 Y)"): the note after the colon is a past post.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import type { Mention, RuleSet } from './types.js';
import { OFFICERS_HEADING } from './officer-table.js';

/** "대표이사 NAME", "최고기술책임자(CTO) NAME (前 …)", "CFO NAME": a company post, a Hangul name, maybe a note in brackets. */
const POST_NAME = /^((?:공동\s?)?대표(?:이사)?|최고[가-힣]{2,8}책임자(?:\s?\(C[A-Z]{1,3}O\))?|C[A-Z]{1,3}O|부사장|사장|회장|전무(?:이사)?|상무(?:이사)?|연구소장|[가-힣]{2,6}\s?총괄)\s([가-힣]{2,4})(?:\s?\([^()]{1,40}\))?$/;
/** What sets the pairs apart: a slash or a bar with spaces around it. */
const SEPARATOR = /\s[/|｜]\s/;
/** The least pairs a line needs. */
const MIN_PAIRS = 2;

/** Adds WORKS_FOR the page's company for each officer of each line made only of "POST NAME" pairs (a short one in plain text reads as a heading). */
export function addExecutiveLines(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], company: Mention | undefined): void {
  if (company?.type !== 'Company') return;
  for (const s of sentences) {
    if ((s.block !== 'body' && s.block !== 'heading') || !SEPARATOR.test(s.text)) continue;
    const parts = s.text.trim().split(SEPARATOR);
    const pairs = parts.map((p) => POST_NAME.exec(p.trim()));
    if (parts.length < MIN_PAIRS || pairs.some((p) => !p)) continue;
    let from = 0;
    for (const p of pairs) {
      const name = p![2]!;
      const at = s.text.indexOf(`${p![1]!} ${name}`, from) + p![1]!.length + 1;
      from = at + name.length;
      addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.executive-line', 0.7), name, s.start + at, s.start + at + name.length, company.key, { title: p![1]! });
    }
  }
}

/** "- 대표이사 NAME : 前 …", "• CTO NAME (前 …)": an item mark, a post, a name, then a colon and a note, a note in brackets, or nothing. */
const POST_NAME_ITEM = /^[-–•·*▪○◦]\s?((?:공동\s?)?대표(?:이사)?|최고[가-힣]{2,8}책임자(?:\s?\(C[A-Z]{1,3}O\))?|C[A-Z]{1,3}O|부사장|사장|회장|전무(?:이사)?|상무(?:이사)?|연구소장)\s([가-힣]{2,4})(?:\s?[:：]\s?[^:：]{1,80}|\s?\([^()]{1,40}\))?$/;
/** A heading's marks around its words: "[경영진]", "■ 주요 경영진", "◆ 임원 현황 ◆". */
const HEADING_MARKS = /^[\s[【〔<《■□◆◇▶▷●○※-]+|[\s\]】〕>》■□◆◇◀◁●-]+$/g;
/** The most items the list may hold. */
const MAX_ITEMS = 12;

/** Adds WORKS_FOR the page's company for each "- POST NAME : note" item right under an officers heading. */
export function addExecutiveItems(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], company: Mention | undefined): void {
  if (company?.type !== 'Company') return;
  for (const [i, h] of sentences.entries()) {
    if (h.text.length > 24 || !OFFICERS_HEADING.test(h.text.replace(HEADING_MARKS, ''))) continue;
    for (const s of sentences.slice(i + 1, i + 1 + MAX_ITEMS)) {
      const p = s.block === 'body' ? POST_NAME_ITEM.exec(s.text.trim()) : null;
      if (!p) break;
      const at = s.text.indexOf(`${p[1]!} ${p[2]!}`) + p[1]!.length + 1;
      addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.executive-item', 0.7), p[2]!, s.start + at, s.start + at + p[2]!.length, company.key, { title: p[1]! });
    }
  }
}
