/**
 * "X 사업은 … 추진하고 있는 사업입니다. 현재 A와 B 두 곳이 참여하고 있습니다": companies said to take part with no programme
 * in their sentence take part in the programme the sentence before (or the one before it) has as its topic ("X 사업은",
 * "프로젝트는"). A sentence naming a programme, a place of taking part ("…에 참여") or a denial gives none.
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Sentence } from '../parse/types.js';
import { wordStartsOf } from '../parse/text.js';
import type { Mention } from './types.js';

/** After the last company of the list: a count or 등, a subject particle, then taking part ("참여하고 있습니다", "참여 중"). */
const TAKING_PART = /^(?:\s?등|\s(?:두|세|네|다섯|\d{1,2})\s?(?:곳|개\s?(?:사|기업|업체|기관)|개사))?(?:이|가)\s(?:(?:함께|현재|모두)\s)?(?:참여|참가)(?:하고\s있|\s?중)/;
/** Between two companies of one list. */
const LIST_JOIN = /^(?:와|과|,|\s?및)\s?$/;
/** A place of taking part in the sentence, or a denial or hedge. */
const OTHER_OR_DENIED = /(?:에|에서)\s(?:함께\s)?(?:참여|참가)|않|아니|아닙|없|[?？]/;

type Named = { key: string; start: number; end: number };

/** The sentence's mentions of the type, and the article's entities of the type named in it (found after its first reading), in order. */
function namedIn(acc: Acc, type: string, text: string, ms: Mention[]): Named[] {
  const out: Named[] = ms.filter((m) => m.type === type && acc.entities.has(m.key)).map((m) => ({ key: m.key, start: m.start, end: m.end }));
  const names = [...acc.entities.values()].filter((e) => e.type === type).flatMap((e) => Object.keys(e.names).filter((n) => n.length >= 2).map((n) => ({ key: e.key, n })));
  names.sort((a, b) => b.n.length - a.n.length);
  for (const { key, n } of names)
    for (const at of wordStartsOf(text, n)) {
      const end = at + n.length;
      if (out.some((o) => o.start < end && at < o.end)) continue;
      out.push({ key, start: at, end });
    }
  return out.sort((a, b) => a.start - b.start);
}

/** The topic programme of a sentence: a programme named and followed by a topic particle. */
function topicProgramme(acc: Acc, s: Sentence, ms: Mention[]): Named | undefined {
  return namedIn(acc, 'Policy', s.text, ms).find((m) => /^['"’”」』]?(?:은|는)\s/.test(s.text.slice(m.end)));
}

export function addTopicProgrammeEntrants(acc: Acc, articleId: string, sentences: Sentence[], mentions: Mention[][]): void {
  for (const [i, s] of sentences.entries()) {
    if (!/참여|참가/.test(s.text) || OTHER_OR_DENIED.test(s.text)) continue;
    const ms = mentions[i] ?? [];
    if (namedIn(acc, 'Policy', s.text, ms).length) continue;
    const companies = namedIn(acc, 'Company', s.text, ms);
    const last = companies.findIndex((m) => TAKING_PART.test(s.text.slice(m.end)));
    if (last < 0) continue;
    // the list: the companies joined by 와/과/, up to the last
    let first = last;
    while (first > 0 && LIST_JOIN.test(s.text.slice(companies[first - 1]!.end, companies[first]!.start))) first--;
    let programme: Named | undefined;
    for (let j = i - 1; j >= Math.max(0, i - 2) && !programme; j--) programme = topicProgramme(acc, sentences[j]!, mentions[j] ?? []);
    if (!programme) continue;
    for (const c of companies.slice(first, last + 1))
      addRelation(acc, { relation: 'PARTICIPATES_IN', source: c.key, target: programme.key, properties: {} }, evidenceOf(articleId, s, 'participates.topic-programme-before', 0.65));
  }
}
