/**
 * A list of cases, each a numbered item opened by a company's name, a dash and what the company did ("③ X - 올해 'Y'
 * 수요기업으로 선정돼 …를 도입했다", "2. X — Z와 손잡고 …를 개발했다"): a survey's or a report's cases, a roundup's
 * items. A name no gazetteer knows is a company there when two or more items are so written and its item speaks of AI;
 * the item's clause is then read as said of it (see engine/encode.ts).
 */
import type { Sentence } from '../parse/types.js';
import { AI_WORD } from './section-roster.js';
import { isKoreanName } from './engine/person-names.js';

/** "③ X - clause": a mark, one word of a name, a dash and a clause of its own. */
const ITEM_CLAUSE = /^\s?(?:[①-⑳❶-❿]|\d{1,2}[.)])\s?([가-힣][가-힣A-Za-z0-9]{1,11}|[A-Z][A-Za-z0-9&]{1,15})\s[-–—]\s(\S.{8,})$/;
/** The clause's verb: something the company did or is ("도입했다", "선정돼", "보류했다", "이다"). */
const CLAUSE_VERB = /(?:했|됐|였|한다|된다|이다|있다|없다)(?:다|으며|고|지만|으나)?[.]?(?:\s|$)|(?:했|됐)(?:으며|고|다)|선정돼|손잡고/;
/** Words that title a report's parts, not a company ("요약 - …", "배경 - …"). */
const PART_WORD = /^(?:개요|요약|배경|결론|시사점|현황|전망|과제|목표|문제|해결|방법|내용|결과|특징|장점|단점|참고|주의|사례|기타|비고|질문|답변|정리)$/;

/** The names that open two or more of the article's dashed case items, each item speaking of AI. */
export function itemClauseCompanyNames(sentences: Sentence[]): string[] {
  if (!sentences.some((s) => / [-–—] /.test(s.text))) return [];
  const out: string[] = [];
  let items = 0;
  for (const s of sentences) {
    const m = ITEM_CLAUSE.exec(s.text);
    if (!m || !CLAUSE_VERB.test(m[2]!)) continue;
    items++;
    const name = m[1]!;
    if (isKoreanName(name) || PART_WORD.test(name) || !AI_WORD.test(m[2]!)) continue;
    out.push(name);
  }
  return items >= 2 ? out : [];
}
