/**
 * A signed agreement's signature block: each party with its legal form or its party letter ("(갑) 주식회사 X", "을: Y
 * 주식회사"), then its head's post and name before the seal mark ("대표이사 홍 길 동 (인)", the name often letter-spaced).
 * Two columns side by side come out as one line: the parties first, then their signatures in the same order. Each
 * signatory works for the party in its place.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import { isKoreanName } from './engine/person-names.js';
import { hasSealMark, SEAL_MARK } from './seal-mark.js';
import type { RuleSet } from './types.js';

/** A signatory: the head's post, the name (perhaps letter-spaced), the seal or signature mark. */
const SIGNATORY = new RegExp(String.raw`(?<![가-힣])(대표이사|대표|사장|회장|총장|원장|이사장)\s{1,4}((?:[가-힣]\s{0,2}){1,3}[가-힣])\s{0,4}` + SEAL_MARK, 'g');
/**
 * Before a party's name: its letter ("(갑)", "갑:"), perhaps with a legal form ("(갑) 주식회사 "), or a legal form opening the
 * text (not one that ends the name before: "Y 주식회사 서울특별시 …" is Y's form and then its address).
 */
const PARTY_BEFORE = /(?:(?:[(（][갑을병정][)）]|(?:^|\s)[갑을병정]\s?[:：])\s{0,4}|^)(?:(?:주식회사|㈜|\(주\))\s{0,4})?$/;
/** After a party's name: a legal form. */
const PARTY_AFTER = /^\s{0,2}(?:주식회사|㈜|\(주\))/;

/** The article's companies named as parties in `text` before `end`, in their order (each once). */
function partiesIn(acc: Acc, text: string, end: number): string[] {
  const found: { at: number; key: string }[] = [];
  for (const e of acc.entities.values()) {
    if (e.type !== 'Company') continue;
    for (const name of Object.keys(e.names)) {
      if (name.length < 2) continue;
      for (let at = text.indexOf(name); at >= 0 && at < end; at = text.indexOf(name, at + name.length)) {
        if (PARTY_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || PARTY_AFTER.test(text.slice(at + name.length, at + name.length + 8))) found.push({ at, key: e.key });
      }
    }
  }
  const keys: string[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) if (!keys.includes(f.key)) keys.push(f.key);
  return keys;
}

/** Adds WORKS_FOR for each signatory of a signature block, at the party in the same place of the block. */
export function addSignatories(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[]): void {
  sentences.forEach((s, i) => {
    if (!hasSealMark(s.text)) return;
    const signers = [...s.text.matchAll(SIGNATORY)].filter((m) => isKoreanName(m[2]!.replace(/\s+/g, '')));
    if (!signers.length) return;
    let parties = partiesIn(acc, s.text, signers[0]!.index);
    // (one column a line: the party stands on the line or two before its signature)
    if (!parties.length && signers.length === 1) parties = sentences.slice(Math.max(0, i - 2), i).flatMap((p) => partiesIn(acc, p.text, p.text.length)).slice(-1);
    if (parties.length !== signers.length) return;
    signers.forEach((m, k) => {
      const at = s.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
      addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.signatory', 0.75), m[2]!.replace(/\s+/g, ''), at, at + m[2]!.length, parties[k]!, { title: m[1]! });
    });
  });
}
