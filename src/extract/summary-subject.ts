/**
 * A summary block that introduces a company in two sentences ("X는 … 스타트업입니다. 2026년 'Y 사업' 공급기업으로
 * 선정됐으며, …"; a company page's intro box, a review site's or a job board's 기업 소개): the second sentence omits
 * its subject, the company the first one is about. Only a subject the summary itself gave is carried, and only from one
 * summary sentence to the next.
 */
import type { Sentence } from '../parse/types.js';
import { addOmittedSubject, subjectCompanyOf } from './company-references.js';
import type { Mention } from './types.js';

export interface SummaryVoice {
  subject?: Mention | undefined;
}

/**
 * Reads a summary sentence's omitted subject as the company the summary sentence before was about; notes this one's
 * and returns it (the subject the body's first sentences omit too, where none of them has given one yet).
 */
export function addSummarySubject(voice: SummaryVoice, s: Sentence, mentions: Mention[]): Mention | undefined {
  if (s.block !== 'summary') {
    voice.subject = undefined;
    return undefined;
  }
  const own = subjectCompanyOf(s.text, mentions);
  if (!own) addOmittedSubject(s.text, mentions, voice.subject);
  voice.subject = own;
  return own;
}
