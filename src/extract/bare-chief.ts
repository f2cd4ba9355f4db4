/**
 * English speakers with a bare chief's title ('"…," Chief Executive NAME told reporters'): no company named before the
 * title, so the speaker speaks for the company the story is about — the one the sentence before opened on as its subject.
 */
import type { Mention } from './types.js';

/** "…," Chief Executive NAME told reporters': an English chief's bare title right before a speaker's name (no company's name before it). */
const EN_BARE_CHIEF_BEFORE = /(?:^|[,.;:!?"”’]\s|\s(?:and|but)\s)(?:Chief Executive|Chief executive|CEO|Chief Technology Officer|CTO|Founder|Co-founder|President)\s$/;
/** Right after the speaker's name: a verb of saying ("said", "told reporters"). */
// (or wrote it: "CEO NAME wrote on LinkedIn that …", "… posted on X that …")
const EN_SAID_AFTER = /^(?:\s\([^()]{1,20}\))?,?\s(?:also\s)?(?:said|says|told|added|noted|explained|stressed|confirmed|wrote|writes|posted)\b/;
/** "Interview with their CTO, NAME (…)", "its chief executive, NAME,": a chief's title owned by the company the story is about. */
const EN_OWN_CHIEF_BEFORE = /\b(?:its|their)\s(?:Chief Executive|chief executive|CEO|Chief Technology Officer|chief technology officer|CTO|founder|co-founder)(?:\sOfficer)?,?\s$/;

/** Whether a person in the sentence has a bare chief's title right before the name and a verb of saying after it. */
export function bareChiefSpeaks(text: string, ms: Mention[]): boolean {
  return ms.some((m) => m.type === 'Person' && ((EN_BARE_CHIEF_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && EN_SAID_AFTER.test(text.slice(m.end, m.end + 30))) || EN_OWN_CHIEF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))));
}

/** Right after a subject: its verb in the past or the present ("rejected", "also unveils", "has released"). */
const SUBJECT_VERB_AFTER = /^\s(?:also\s|has\s|had\s)?[a-z]+(?:ed|s)\s/;

/** What may stand before an English subject company: its country or city, or a kind word ("Korea's X", "Seoul-based X", "Startup X"). */
const EN_SUBJECT_PLACE_SOURCE = String.raw`(?:(?:South\s)?Korea['’]s\s|[A-Z][a-z]{2,12}-based\s|(?:South\s)?Korean\s(?:AI\s)?(?:startup|start-up|company|firm|lab)\s|(?:AI\s)?(?:Startup|Start-up|Chipmaker|Unicorn)\s)?$`;
const EN_SUBJECT_PLACE = new RegExp(`^${EN_SUBJECT_PLACE_SOURCE}`);
/** The same after a site's label and a dash in a headline ("r/LocalLLaMA - X …"). */
const EN_HEADLINE_PLACE = new RegExp(String.raw`^(?:[^\s]{1,30}\s[-–—|:]\s)?${EN_SUBJECT_PLACE_SOURCE}`);

/** "Upstage rejected that account.", "Seoul-based X has raised …": an English sentence opening on a company as the subject of its verb. */
export function englishOpeningCompany(s: { text: string; mentions: Mention[] } | undefined): Mention | undefined {
  const m = s?.mentions[0];
  return m?.type === 'Company' && m.start >= 0 && EN_SUBJECT_PLACE.test(s!.text.slice(0, m.start)) && m.via !== 'reference' && SUBJECT_VERB_AFTER.test(s!.text.slice(m.end, m.end + 24)) ? m : undefined;
}

/** "r/LocalLLaMA - X released Y (…)", "X unveils Y", "Korea's X raises …", "Startup X bets on …": an English headline opening (after a site's label and a dash, if any) on a company as the subject of its verb. */
export function englishHeadlineCompany(sentences: { text: string; block: string }[], first: Mention[][]): Mention | undefined {
  const at = sentences.findIndex((x) => x.block === 'title');
  const text = sentences[at]?.text ?? '', m = first[at]?.find((x) => x.type === 'Company' && x.via !== 'reference');
  if (!m || !EN_HEADLINE_PLACE.test(text.slice(0, m.start))) return undefined;
  return SUBJECT_VERB_AFTER.test(text.slice(m.end, m.end + 24)) ? m : undefined;
}
