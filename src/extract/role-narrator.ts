/**
 * A first-person post whose writer names their post at their company as a sentence opener ("저희 X가 …. X 리서치 리드로서 …
 * 준비한 결과물이에요"): the writer is the narrator, X the company the post speaks for.
 */
import type { Sentence } from '../parse/types.js';
import type { Narrator } from './quoted.js';
import type { Mention } from './types.js';

/** After a company opening the sentence: a post held there, as the writer's ("X 리서치 리드로서 …"). */
const AS_ROLE_AFTER = /^\s([가-힣A-Za-z]{1,10}(?:\s[가-힣A-Za-z]{1,10})?)(?:으로서|로서)\s/;
/** The writer speaking of themselves or their company ("저희 X가", "제가"). */
const WRITER_FIRST_PERSON = /(?:^|\s)(?:저희|제가|저는|우리\s?(?:회사|팀))(?=\s|가|는)/;

/** "(저희 X가 …) X 리서치 리드로서 … 준비했어요": a sentence opening on the company and the post the writer holds there, first person near. */
export function roleNarrator(sentences: Sentence[], mentions: Mention[][]): Narrator | undefined {
  for (const [i, s] of sentences.entries()) {
    if (s.block !== 'body' || !s.text.includes('로서')) continue;
    const company = mentions[i]?.find((m) => m.type === 'Company' && m.via !== 'blocked' && /^[^\s가-힣A-Za-z0-9]*$/.test(s.text.slice(0, m.start)));
    const role = company ? AS_ROLE_AFTER.exec(s.text.slice(company.end)) : null;
    if (!company || !role || !(WRITER_FIRST_PERSON.test(s.text) || (i > 0 && WRITER_FIRST_PERSON.test(sentences[i - 1]!.text)))) continue;
    return { company, sentence: s, title: role[1]! };
  }
  return undefined;
}

