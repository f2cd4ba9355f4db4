/**
 * A quoted line whose speaker is introduced with another company ("NAME B사 대표는 \"Y를 출발점으로 삼은 건 …\""): its
 * omitted subject is the speaker's company's model, not the model in focus that a different company made (h96_01:
 * one maker's head quoted right after the sentence on another company's model built on the first).
 */
import type { Sentence } from '../parse/types.js';
import type { Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** True when the sentence quotes someone of a company other than every maker the article gave the focus model. */
export function speakerDisowns(s: Sentence, mentions: Mention[], focus: Mention | undefined, acc: Acc): boolean {
  if (!focus || !(s.text.includes('"') || s.text.includes('“'))) return false;
  const open = s.text.search(/["“]/);
  if (open <= 0) return false;
  const speakers = mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.end <= open);
  if (!speakers.length || !mentions.some((m) => m.type === 'Person' && m.end <= open)) return false;
  const makers = new Set<string>();
  for (const r of acc.relations.values()) if (r.type === 'DEVELOPED' && r.target === focus.key) makers.add(r.source);
  return makers.size > 0 && !speakers.some((m) => makers.has(m.key));
}
