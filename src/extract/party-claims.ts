/**
 * A court's or a commission's decision sets out what each party claims ("2. 원고의 주장 요지", "나. 피심인의 주장")
 * before its own findings ("3. 판단"): a model's base read only inside such a section is a party's allegation (one side's
 * model derived from the other's), which the decision may go on to reject, and states nothing. (What a party says of who
 * released a model or how its own model scored is no point in dispute and stays.) The section runs from its heading to the next numbered or lettered heading that is
 * not another party's claim.
 */
import type { Sentence } from '../parse/types.js';
import type { Acc } from './article-acc.js';

/** A party's claim heading, numbered or lettered, opening the sentence (the paragraph may follow on the same line). */
const CLAIM_HEADING = /^\s?(\d{1,2}\.\s?|[가-하]\.\s?|\(\d{1,2}\)\s?)?(?:원고|피고|신청인|피신청인|채권자|채무자|청구인|피청구인|항소인|피항소인|상고인|피상고인|피심인|심사관|당사자)(?:들|\s?측)?(?:의|\s)\s?(?:주장(?:\s?요지)?|항변|반론)(?=\s|$)/;
/** Any numbered or lettered heading: where a claim section ends (unless it is another claim). */
const HEADING = /^\s?(?:\d{1,2}\.\s|[가-하]\.\s|\(\d{1,2}\)\s)/;

/** How many sentences a numbered claim section may run before its end must have come. */
const SECTION_REACH = 15;

/**
 * The text ranges of the claim sections: a numbered or lettered heading's up to the next heading (none that never ends), an
 * unmarked one's ("원고 측 주장 요지 …" in a story) its own sentence only.
 */
function claimRanges(sentences: Sentence[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const [i, s] of sentences.entries()) {
    const claim = CLAIM_HEADING.exec(s.text);
    if (!claim) continue;
    if (!claim[1]) {
      out.push({ start: s.start, end: s.end });
      continue;
    }
    const next = sentences.slice(i + 1, i + 1 + SECTION_REACH).find((x) => HEADING.test(x.text) && !CLAIM_HEADING.test(x.text));
    if (next) out.push({ start: s.start, end: next.start });
  }
  return out;
}

/** Drops the bases read only inside a party's claim section. */
export function dropPartyClaims(acc: Acc, sentences: Sentence[]): void {
  if (!sentences.some((s) => s.text.includes('주장') || s.text.includes('항변'))) return;
  const ranges = claimRanges(sentences);
  if (!ranges.length) return;
  const inside = (at: number) => ranges.some((r) => r.start <= at && at < r.end);
  for (const [key, r] of acc.relations) if (r.type === 'BASED_ON' && r.evidence.length && r.evidence.every((e) => inside(e.start))) acc.relations.delete(key);
}
