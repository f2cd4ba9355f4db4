/**
 * An anonymous workplace community post (Blind and the like): its author line names the writer's
 * company as a tag before a nickname ("X · qW7tr2 2026.07.15 조회 …"), and the writer speaks of it as
 * "우리 회사". The body is then the company's voice, as a team chat's messages are: its subjectless
 * sentences ("LG CNS랑 MOU 맺었음", "지원사업에 선정돼서") are about the company.
 */
import type { Sentence } from '../parse/types.js';
import { markSpoken, type Narrator } from './quoted.js';
import { POSTER_TAG } from './company-references.js';
import { CHAT_MESSAGE_HEADER } from './time-stamps.js';
import { referenceTo } from './references.js';
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

/** A developer forum's poster line: a handle with an underscore or a digit ("lawbot_dev"), alone or before the poster's name, company and post. */
const HANDLE = /^(?=[A-Za-z0-9_]{0,20}[_0-9])[A-Za-z][A-Za-z0-9_]{2,20}(?:$|\s[가-힣]{2,4}\s)/;
/** After the company of a poster line: the post, a few words closing the line ("ML 엔지니어", "CTO", "A.X 팀"). */
const POST_AFTER = /^\s[^\s.,]{1,12}(?:\s[^\s.,]{1,12}){0,2}$/;

/** "lawbot_dev NAME X CTO": the company of the poster whose reply follows; null for a handle alone ("hjkim_nlp"). */
function handleLineCompany(text: string, ms: Mention[]): Mention | null | undefined {
  if (!text.includes(' ')) return null;
  const company = ms.find((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked');
  const name = /^\S+\s[가-힣]{2,4}\s$/;
  return company && name.test(text.slice(0, company.start)) && POST_AFTER.test(text.slice(company.end)) ? company : undefined;
}

const POSTER_TAG_LINE = /^[^\s·]{1,20}(?:\s[^\s·]{1,10})?\s·\s[A-Za-z0-9]{4,12}$/;

/**
 * A forum poster's tag line ("X · a1B2c3") or a chat message's header ("[2026-10-08 11:50] NAME | X CTO"): the company it names,
 * whose "우리"/"저희" and omitted subjects the lines under it are, or null where it names none ("공무원 · …", "[…] nickname");
 * undefined for any other sentence.
 */
export function posterTagCompany(text: string, ms: Mention[]): Mention | null | undefined {
  if (text.startsWith('[')) {
    // a chat message's header ("[2026-10-08 11:50] NAME | X CTO"): the company after the bar, none for a nickname alone
    const header = CHAT_MESSAGE_HEADER.exec(text);
    const post = header?.[1];
    if (header) return post ? (ms.find((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked' && m.start === text.length - post.length) ?? null) : null;
  }
  if (HANDLE.test(text)) return handleLineCompany(text, ms);
  if (!text.includes('·') || !POSTER_TAG_LINE.test(text)) return undefined;
  const first = ms.find((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked');
  return first && first.start === 0 && POSTER_TAG.test(text.slice(first.end)) ? first : null;
}
/** A poster's bare first person opening a clause ("우리는 …", "우린 …", "우리도 …"): the poster's company in its reply. */
const POSTER_WE = /(?:^|\s)(우리(?:는|도|가)?|우린)(?=\s)/;
/** Under a workplace forum's tag line ("X · a1B2c3"), "우리"/"우린" is the tagged company, where the sentence names no company before it. */
export function addPosterReference(text: string, ms: Mention[], poster: Mention | null | undefined): void {
  if (!poster) return;
  addPosterChief(text, ms, poster);
  if (!text.includes('우리')) return;
  const r = POSTER_WE.exec(text);
  if (!r) return;
  const at = r.index + r[0].length - r[1]!.length;
  if (text.startsWith('우리 회사', at) || ms.some((x) => (x.type === 'Company' && x.start < at) || (x.start < at + r[1]!.length && at < x.end))) return;
  ms.push(referenceTo(poster, at, at + 2));
  ms.sort((a, b) => a.start - b.start);
}
/** "그거 NAME 대표가 직접 …": a chief named with no company in a poster's reply heads the tagged company. */
const CHIEF_AFTER_NAME = /^\s(?:대표(?:이사)?|C[A-Z]{1,3}O)(?:님)?(?:은|는|이|가|도|께서)\s/;
function addPosterChief(text: string, ms: Mention[], poster: Mention): void {
  if (ms.some((m) => m.type === 'Company') || !ms.some((m) => m.type === 'Person' && CHIEF_AFTER_NAME.test(text.slice(m.end, m.end + 12)))) return;
  ms.unshift(referenceTo(poster, 0, 0));
}
