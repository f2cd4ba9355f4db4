/**
 * "하람소프트는 '루미마인드 14B'를 내놨다 … 두 회사는 루미마인드를 장터에 올린다": a word ending in one of the kind
 * suffixes company discovery reads ("…마인드", "…브레인", "…데이터") that heads the sized model names an article gives, and
 * that no company word or company role stands beside anywhere in the article, is the bare name of that model line: the
 * first sized model the article names with it, not a company of that name.
 */
import type { Sentence } from '../parse/types.js';
import { wordStartsOf } from '../parse/text.js';
import type { KnownName } from './engine/known-names.js';
import type { Mention } from './types.js';

/** The kind suffixes a company is discovered by alone (see discover-companies.ts). */
const KIND_SUFFIXED = /[가-힣]{2}(?:테크|시스템즈|데이터|웍스|다이내믹스|인텔리전스|마인드|브레인|클라우드)$/;
/** A company word right before the name ("스타트업 X", "(주)X"). */
const COMPANY_WORD_BEFORE = /(?:스타트업|기업|업체|회사|개발사|법인|\(주\)|㈜|주식회사)\s?$/;
/** A company's role or side right after the name ("X 대표", "X 관계자", "X 측", "X에 합류"). */
const COMPANY_ROLE_AFTER = /^(?:\s?(?:대표|관계자|측|CEO|CTO|COO|창업자|공동\s?창업자|임직원|직원|연구진|연구소|컨소시엄|본사|사옥|주가|투자)|(?:은|는|이|가)\s(?:[^\s.,]{1,10}\s){0,3}?(?:회사|기업|스타트업|업체)(?:이다|다|로|으로|이며|입니다))|^에\s(?:합류|입사|투자)/;

/** Whether the article names the word beside a company word or role anywhere. */
function namedAsCompany(word: string, sentences: Sentence[]): boolean {
  for (const s of sentences)
    for (const at of wordStartsOf(s.text, word)) {
      if (COMPANY_WORD_BEFORE.test(s.text.slice(Math.max(0, at - 8), at)) || COMPANY_ROLE_AFTER.test(s.text.slice(at + word.length, at + word.length + 40))) return true;
    }
  return false;
}

/**
 * Rewrites the known names (`known`) of such words from the company discovery read to the first sized model of their line.
 * `heads`: each head of the article's discovered sized model names → the keys of those models, in the order first named.
 */
export function readModelLineHeads(known: Map<string, KnownName>, heads: Map<string, Set<string>>, all: Mention[][], sentences: Sentence[]): void {
  for (const [head, keys] of heads) {
    const k = known.get(head);
    if (!k || k.type !== 'Company' || k.aliasOf || !KIND_SUFFIXED.test(head) || namedAsCompany(head, sentences)) continue;
    const firstKey = [...keys][0]!;
    const model = all.flat().find((m) => m.key === firstKey);
    if (model) known.set(head, { name: head, type: 'Model', key: firstKey, aliasOf: model.surface });
  }
}
