/**
 * An anonymous workplace community post (Blind and the like): its author line names the writer's
 * company as a tag before a nickname ("X · qW7tr2 2026.07.15 조회 …"), and the writer speaks of it as
 * "우리 회사". The body is then the company's voice, as a team chat's messages are: its subjectless
 * sentences ("LG CNS랑 MOU 맺었음", "지원사업에 선정돼서") are about the company.
 */
import type { Sentence } from '../parse/types.js';
import { markSpoken, type Narrator } from './quoted.js';
import type { Mention } from './types.js';

/** The writer's own company in the title or the post's opening ("우리 회사 X 나온 김에", "저희 회사가"). */
const OUR_COMPANY = /(?:우리|저희)\s?(?:회사|회사가|회사는|회사에서)(?=[\s,.]|$)/;
/** After the company tag: a middle dot and a nickname of Latin letters and digits, then the date or the end. */
const TAG_TAIL = /^\s?·\s?[A-Za-z0-9_]{3,20}(?=\s|$)/;
/** Any poster's tag line in the body ("X · a1B2c3", "공무원 · Gv9e4P"): a thread of several posters is read by addPosterReference. */
const ANY_TAG_LINE = /^[^\s·]{1,20}(?:\s[^\s·]{1,10})?\s·\s[A-Za-z0-9_]{3,20}(?=\s|$)/;
/** The author line is among the first lines of the page. */
const AUTHOR_LINE_WITHIN = 3;

/** The company a workplace community post's author tag names, when the writer speaks of "우리 회사"; the body marked as its voice. */
export function taggedPoster(sentences: Sentence[], mentions: Mention[][]): Narrator | undefined {
  let seen = 0;
  let ours = false;
  for (const [i, s] of sentences.entries()) {
    if (s.block === 'title') {
      ours ||= s.text.includes('회사') && OUR_COMPANY.test(s.text);
      continue;
    }
    if (++seen > AUTHOR_LINE_WITHIN) return undefined;
    if (!s.text.includes('·')) continue;
    const company = mentions[i]?.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start === 0);
    if (!company || !TAG_TAIL.test(s.text.slice(company.end))) continue;
    const body = sentences.filter((x) => x.block === 'body');
    // (one post: a thread whose replies carry their own tags speaks in several voices)
    if (sentences.filter((x) => x.block !== 'title' && x.text.includes('·') && ANY_TAG_LINE.test(x.text)).length > 1) return undefined;
    ours ||= body.slice(0, 6).some((x) => x.text.includes('회사') && OUR_COMPANY.test(x.text));
    if (!ours) return undefined;
    markSpoken(body);
    return { company, sentence: s, voice: true };
  }
  return undefined;
}
