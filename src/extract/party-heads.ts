/**
 * The parties of a court document (판결서, 결정문, 소장): each party's label (원고, 피고, 신청인, 채권자 …, often
 * letter-spaced or set in a ruled cell, perhaps numbered "1."), a company with its legal form and address, and the
 * company's representative on the line under it ("대표이사 NAME", "대표자 사내이사 NAME"). The representative works for
 * the party whose block they stand in, until the next party or numbered item.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, addEntity, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import { isKoreanName } from './engine/person-names.js';
import type { RuleSet } from './types.js';

/** A party's label, letter-spaced or not, in a ruled cell or before the party ("원 | 고 |", "피고 1.", "채 권 자"). */
const PARTY_LABEL = /(?:^|[\s|])(?:원\s{0,7}\|?\s{0,7}고|피\s{0,7}\|?\s{0,7}고|신\s{0,3}청\s{0,3}인|피\s{0,3}신\s{0,3}청\s{0,3}인|채\s{0,3}권\s{0,3}자|채\s{0,3}무\s{0,3}자|항\s{0,3}소\s{0,3}인|피\s{0,3}항\s{0,3}소\s{0,3}인|상\s{0,3}고\s{0,3}인|피\s{0,3}상\s{0,3}고\s{0,3}인|청\s{0,3}구\s{0,3}인|피\s{0,3}청\s{0,3}구\s{0,3}인)(?:\s{0,7}\|)?\s{1,7}(?:\d{1,2}\.\s{1,4})?((?:주식회사|㈜|\(주\)|유한회사)\s{0,3})?/;
const PARTY_LABELS = new RegExp(PARTY_LABEL.source, 'g');
/** The representative's post and name, opening the line or after the party's address. */
const HEAD = /(?:^|\s)(대표이사|대표자|공동대표이사)\s{1,3}(?:(?:사내이사|이사|회장|사장)\s{1,3})?([가-힣]{3,4})(?=$|\s|,)/;
/** A line that starts another party or item: the head found after it is not this party's. */
const NEXT_PARTY = /^\s?(?:\d{1,2}\.\s|(?:원|피)\s{0,7}\|?\s{0,7}고|소송대리인|변\s?론|판\s?결)/;
/** How many lines under the party its representative may stand. */
const REACH = 2;

/** After a party's name without a legal form before it: its legal form ("X 주식회사"). */
const FORM_AFTER = /^\s{0,2}(?:주식회사|㈜|\(주\)|유한회사)/;

/** The company named right after the party's label, by key (the longest name found there), with a legal form before or after it. */
function partyCompany(acc: Acc, text: string, from: number, formed: boolean): string | undefined {
  let best: { key: string; len: number } | undefined;
  const window = text.slice(from, from + 40);
  for (const e of acc.entities.values()) {
    if (e.type !== 'Company') continue;
    for (const name of Object.keys(e.names)) if (name.length >= 2 && window.startsWith(name) && (!best || name.length > best.len)) best = { key: e.key, len: name.length };
  }
  return best && (formed || FORM_AFTER.test(window.slice(best.len))) ? best.key : undefined;
}

/** A party's name the article has not met, next to its legal form ("주식회사 X", "X 주식회사"), with where it starts in `text`. */
const NAME_AFTER_FORM = /^[가-힣A-Za-z][가-힣A-Za-z0-9]{1,11}(?=\s|$|[(（,])/;
const NAME_BEFORE_FORM = /^([가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})\s{0,2}(?:주식회사|㈜|\(주\)|유한회사)/;
function unmetParty(text: string, from: number, formed: boolean): { name: string; at: number } | undefined {
  const name = (formed ? NAME_AFTER_FORM.exec(text.slice(from))?.[0] : NAME_BEFORE_FORM.exec(text.slice(from))?.[1]) ?? undefined;
  return name ? { name, at: from } : undefined;
}

/** Adds WORKS_FOR for the representative of each company party of a court document. */
export function addPartyHeads(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[]): void {
  sentences.forEach((s, i) => {
    if (!/고|인|자/.test(s.text)) return;
    const labels = [...s.text.matchAll(PARTY_LABELS)];
    labels.forEach((label, n) => {
      const from = label.index + label[0].length;
      const known = partyCompany(acc, s.text, from, !!label[1]);
      const unmet = known ? undefined : unmetParty(s.text, from, !!label[1]);
      if (!known && !unmet) return;
      // the party's block: up to the next party in the line, else the line and the next ones up to another party or item
      const last = n === labels.length - 1;
      const lines = [{ s, from, to: last ? s.text.length : labels[n + 1]!.index }, ...(last ? sentences.slice(i + 1, i + 1 + REACH) : []).map((x) => ({ s: x, from: 0, to: x.text.length }))];
      for (const [k, line] of lines.entries()) {
        if (k > 0 && (PARTY_LABEL.test(line.s.text) || NEXT_PARTY.test(line.s.text))) return;
        const head = HEAD.exec(line.s.text.slice(line.from, line.to));
        if (!head || !isKoreanName(head[2]!)) continue;
        const at = line.s.start + line.from + head.index + head[0].lastIndexOf(head[2]!);
        let company = known;
        if (!company) {
          const m = discoveredMention('Company', unmet!.name, s.start + unmet!.at, s.start + unmet!.at + unmet!.name.length);
          addEntity(acc, m, rules, evidenceOf(articleId, s, 'works-for.party-head', 0.75));
          company = m.key;
        }
        addEmployee(acc, rules, evidenceOf(articleId, line.s, 'works-for.party-head', 0.75), head[2]!, at, at + head[2]!.length, company, { title: head[1]! });
        return;
      }
    });
  });
}
