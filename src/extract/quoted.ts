/**
 * A paragraph that is one quotation and nothing else (an interview answer, a quoted statement on a
 * line of its own: "…입니다. …이고요. …했습니다.") is read sentence by sentence, like any other
 * paragraph: the parser keeps a quotation whole, so its sentences would otherwise be one.
 */
import type { Sentence } from '../parse/types.js';
import { splitSentences } from '../parse/sentences.js';

/** The whole sentence is one quotation: it opens on a quote mark and closes on the matching one, with no reporting verb after. */
const WHOLE_QUOTE = /^(["“])([^"“”]+)(["”])$/;

/** A quotation-only sentence split into the sentences inside it; any other sentence as it is. */
export function splitQuotedParagraph(s: Sentence): Sentence[] {
  const q = WHOLE_QUOTE.exec(s.text);
  if (!q || (q[1] === '"') !== (q[3] === '"')) return [s];
  const inner = splitSentences(q[2]!, s.start + 1);
  if (inner.length < 2) return [s];
  return inner.map((x) => ({ ...s, text: x.text, start: x.start, end: x.end }));
}
