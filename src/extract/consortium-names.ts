/**
 * A consortium's own name: "X 컨소시엄" on a page (the consortium's homepage, a programme notice) whose member table or list
 * gives another company as the one 주관기관 ("주관기관 | Y", "주관기관: Y"). X is the consortium's name, no company of its
 * own: what X did ("X 컨소시엄은 … 선정", "저희는 … 공개") the lead Y did for it.
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

/** A line that is only the lead's role label (a table cell read on its own line), or the label and the lead after it. */
const LEAD_LABEL = /^(?:주관\s?기관|주관\s?기업|주관사|주관|총괄\s?주관)(?:\s?[:：|]\s?|\s)?$/;
const LEAD_LABEL_BEFORE = /^(?:[-•·▲○□]\s?)?(?:주관\s?기관|주관\s?기업|주관사)\s?[:：|]?\s?$/;
/** Right after the name: the consortium word (and a particle or the end). */
const CONSORTIUM_AFTER = /^\s?컨소시엄(?![가-힣]{2})/;

/** The one company the page labels its consortium's lead, if exactly one. */
function labelledLead(first: readonly Mention[][], sentences: readonly Sentence[]): Mention | undefined {
  const leads = new Map<string, Mention>();
  for (const [i, s] of sentences.entries()) {
    const text = s.text.trim();
    // ("주관기관" alone on its line, its cell's company on the next: a flattened member table)
    const next = LEAD_LABEL.test(text) && !first[i]!.length ? first[i + 1]?.[0] : undefined;
    if (next && next.type === 'Company' && next.start === 0 && next.via !== 'blocked') leads.set(next.key, next);
    // ("주관기관: Y" on one line)
    const inline = first[i]!.find((m) => m.type === 'Company' && m.via !== 'blocked' && LEAD_LABEL_BEFORE.test(text.slice(0, m.start)));
    if (inline) leads.set(inline.key, inline);
  }
  return leads.size === 1 ? [...leads.values()][0] : undefined;
}

/** Key of a discovered name written only as "X 컨소시엄" → key of the page's one labelled lead, where that is another company. */
export function consortiumNameForms(first: readonly Mention[][], sentences: readonly Sentence[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!sentences.some((s) => s.text.includes('주관'))) return out;
  const lead = labelledLead(first, sentences);
  if (!lead) return out;
  const uses = new Map<string, { named: Mention; alone: boolean }>();
  first.forEach((ms, i) => {
    const text = sentences[i]!.text;
    for (const m of ms) {
      if (m.type !== 'Company' || m.key === lead.key || m.via === 'reference' || m.via === 'blocked') continue;
      const u = uses.get(m.key) ?? { named: m, alone: false };
      // (named anywhere without the consortium word after it, it is a company of its own)
      if (m.via !== 'discovered' || !CONSORTIUM_AFTER.test(text.slice(m.end, m.end + 6))) u.alone = true;
      uses.set(m.key, u);
    }
  });
  for (const [key, u] of uses) if (!u.alone) out.set(key, lead.key);
  return out;
}
