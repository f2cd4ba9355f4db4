/**
 * English products named by what they are built on: "its previous product, Foo Chat, had been built on
 * Bar 3", "Acme built its Foo 2 assistant on Bar 3". A capitalised name that a sentence says was built,
 * based, trained or fine-tuned on a model the text already names is a model too.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { matchesIn } from './text-scans.js';

/** A capitalised product name: words that open on a capital, or a version number after one ("Foo Chat", "Foo 2", "Foo-X"). */
const NAME = String.raw`[A-Z][A-Za-z0-9]{1,15}(?:[ \-](?:[A-Z][A-Za-z0-9.]{0,12}|\d{1,2}(?:\.\d{1,2})?(?![\d,]))){0,2}`;
/** What sits between the verb and the base model: "top of", "the", a maker's possessive ("Meta's"). */
const BEFORE_BASE = String.raw`(?:top\sof\s)?(?:the\s)?(?:[A-Z][A-Za-z]{1,15}(?:\s[A-Z][A-Za-z]{1,15})?['’]s\s)?`;
/** "…, Foo Chat, had been built on " (the name after a comma or opening the sentence). */
const SUBJECT_BUILT_ON = new RegExp(String.raw`(?:^|,\s)(${NAME}),?\s(?:was|is|had been|has been)\s(?:(?:also|originally|initially|reportedly|largely)\s)?(?:built|based|trained|fine-tuned)\s(?:on|upon)\s${BEFORE_BASE}`, 'g');
/** "built its Foo 2 assistant on ": a possessed object of a making verb, with the product's noun. */
const OBJECT_BUILT_ON = new RegExp(String.raw`\b(?:built|trained|fine-tuned|based)\s(?:its|their)\s(?:(?:new|own|latest|first|flagship)\s)?(${NAME})\s(?:(?:model|assistant|chatbot|LLM|service)\s)?(?:on|upon)\s${BEFORE_BASE}`, 'g');
/** Words that open a sentence or a clause but name nothing. */
const NOT_NAME = /^(?:The|This|That|It|Its|Their|They|We|Our|He|She|Which|What|Some|Most|All|Both|Each|Many|Several|One|Another|Other|Everything|Nothing|Anything)\b/;

export function discoverBuiltOnModels(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (!(text.includes(' on ') || text.includes(' upon '))) return out;
  // (the verbs every form needs: most sentences have none)
  if (!(text.includes('built ') || text.includes('based ') || text.includes('trained ') || text.includes('fine-tuned '))) return out;
  for (const re of [SUBJECT_BUILT_ON, OBJECT_BUILT_ON]) {
    for (const m of matchesIn(re, text)) {
      const name = m[1]!;
      const start = m.index + m[0].indexOf(name, re === SUBJECT_BUILT_ON && m[0].startsWith(',') ? 2 : 0);
      const end = start + name.length;
      const baseAt = m.index + m[0].length;
      // the base must be a model the text already names
      if (!taken.some((x) => x.type === 'Model' && x.start === baseAt)) continue;
      if (NOT_NAME.test(name) || isTaken(taken, out, start, end) || lx.generic.has(normalizeName(name))) continue;
      out.push(discoveredMention('Model', name, start, end));
    }
  }
  return out;
}
