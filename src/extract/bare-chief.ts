/**
 * English speakers with a bare chief's title ('"…," Chief Executive NAME told reporters'): no company named before the
 * title, so the speaker speaks for the company the story is about — the one the sentence before opened on as its subject.
 */
import type { Mention } from './types.js';

/** "…," Chief Executive NAME told reporters': an English chief's bare title right before a speaker's name (no company's name before it). */
const EN_BARE_CHIEF_BEFORE = /(?:^|[,.;:!?"”’]\s|\s(?:and|but)\s)(?:Chief Executive|Chief executive|CEO|Chief Technology Officer|CTO|Founder|Co-founder|President)\s$/;
/** Right after the speaker's name: a verb of saying ("said", "told reporters"). */
const EN_SAID_AFTER = /^(?:\s\([^()]{1,20}\))?,?\s(?:also\s)?(?:said|says|told|added|noted|explained|stressed|confirmed)\b/;

/** Whether a person in the sentence has a bare chief's title right before the name and a verb of saying after it. */
export function bareChiefSpeaks(text: string, ms: Mention[]): boolean {
  return ms.some((m) => m.type === 'Person' && EN_BARE_CHIEF_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && EN_SAID_AFTER.test(text.slice(m.end, m.end + 30)));
}

/** "Upstage rejected that account.": an English sentence opening on a company as the subject of its verb. */
export function englishOpeningCompany(s: { text: string; mentions: Mention[] } | undefined): Mention | undefined {
  const m = s?.mentions[0];
  return m?.type === 'Company' && m.start === 0 && m.via !== 'reference' && /^\s(?:also\s|has\s|had\s)?[a-z]+(?:ed|s)\s/.test(s!.text.slice(m.end, m.end + 24)) ? m : undefined;
}
