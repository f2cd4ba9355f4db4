/**
 * A company's own page (release notes, a developer blog, product docs) signs its footer as a
 * corporation ("© 2026 Acme Labs Inc."): the name the body glosses with that holder's name
 * ("아크미랩스(Acme Labs)") is the company, wherever the article names it.
 */
import { CORPORATE_FORMS, corporateHolder } from '../parse/site-owner.js';
import type { Sentence } from '../parse/types.js';
import { escapeRegex } from './engine/compile.js';

/** The legal forms a holder signs with here (a German one too: a foreign maker's own pages). */
const HOLDER_FORMS = [...CORPORATE_FORMS, 'GmbH'];

/** The body's Hangul names glossed with the corporate holder's name ("한글명(Latin)" or "Latin(한글명)"). */
export function holderGlossedNames(publisher: string | undefined, sentences: Sentence[]): string[] {
  const holder = corporateHolder(publisher, HOLDER_FORMS);
  if (!holder) return [];
  const latin = escapeRegex(holder);
  const gloss = new RegExp(`(?<![가-힣A-Za-z0-9])([가-힣][가-힣A-Za-z0-9]{1,11})\\(${latin}\\)|(?<![A-Za-z0-9])${latin}\\(([가-힣][가-힣A-Za-z0-9]{1,11})\\)`);
  const out = new Set<string>();
  for (const s of sentences) {
    if (!s.text.includes(holder)) continue;
    const m = gloss.exec(s.text);
    if (m) out.add((m[1] ?? m[2])!);
  }
  return [...out];
}
