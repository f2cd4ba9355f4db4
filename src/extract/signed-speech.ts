/**
 * A company head's speech or letter published whole (신년사, 창립기념사, 취임사, CEO 메시지, 주주서한) and signed on a closing
 * line of its own with the company, the head's post and name ("2026년 1월 2일 / X 대표이사 NAME"): the speech speaks for X
 * in the first person ("우리는 Y를 내놓았고", "저희가 …에 선정돼"), as an interview's answers speak for the speaker's company.
 */
import type { Sentence } from '../parse/types.js';
import { markNarratedBody, type Narrator } from './quoted.js';
import type { Mention } from './types.js';

/** A speech's or letter's kind in the page title. */
const SPEECH_KIND = /(?:신년사|송년사|창립\s?기념사|기념사|취임사|이임사|신년\s?메시지|(?:CEO|대표|회장)\s?메시지|주주\s?서한|임직원\s?서한|서한|인사말|연설문|편지)/;
/** A date before the signature ("2026년 1월 2일 ", "2026. 1. 2. "). */
const DATE_BEFORE = /^(?:(?:\d{4}년\s\d{1,2}월\s\d{1,2}일|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?)\s)?(?:\(주\)|㈜|주식회사\s)?$/;
/** After the company on the signature line: the head's post, then a name and nothing else. */
const HEAD_NAME_AFTER = /^\s((?:대표이사|대표|CEO|최고경영자|회장|사장|의장)(?:\s(?:대표이사|회장|사장|CEO))?)\s[가-힣]{2,4}(?:\s[가-힣]{1,4})?\s?(?:올림|드림)?\s*$/;
/** The speaker's own side spoken of in the first person. */
const FIRST_PERSON = /(?:^|\s)(?:우리|저희|저는|제가)(?:는|가|의|와|에게|\s)/;
/** How many sentences from the body's end the signature may stand (tags, a contact line, related links after it). */
const SIGNATURE_REACH = 8;

/** The company a signed speech speaks for: its signature line's, where the page's title names a speech and the body speaks as "우리". */
export function signedSpeechNarrator(title: string | undefined, sentences: Sentence[], mentions: Mention[][]): Narrator | undefined {
  if (!title || !SPEECH_KIND.test(title)) return undefined;
  const body = sentences.map((s, i) => ({ s, i })).filter(({ s }) => s.block === 'body');
  if (body.filter(({ s }) => FIRST_PERSON.test(s.text)).length < 2) return undefined;
  for (const { s, i } of body.slice(-SIGNATURE_REACH)) {
    const company = mentions[i]?.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && DATE_BEFORE.test(s.text.slice(0, m.start)));
    const post = company ? HEAD_NAME_AFTER.exec(s.text.slice(company.end)) : null;
    if (!company || !post) continue;
    markNarratedBody(sentences.filter((x) => x !== s));
    return { company, sentence: s, title: post[1]!, voice: true };
  }
  return undefined;
}
