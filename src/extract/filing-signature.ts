/**
 * An English filing's signature block (SEC forms 6-K, 8-K, 10-K, 20-F, and the like): the registrant's name in capitals,
 * "By: /s/ NAME", then "Name: NAME" and "Title: TITLE" (on one line or several). The signer works for the registrant
 * with that title.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import type { RuleSet } from './types.js';

/** "By: /s/ NAME" (the conformed signature), or "/s/ NAME" alone. */
const SIGNED = /(?:^|\s)(?:By:\s{0,3})?\/s\/\s{0,3}([A-Z][A-Za-z.'\-]{1,20}(?:\s[A-Z][A-Za-z.'\-]{0,20}){1,3})(?=\s|$)/;
/** "Name: NAME" and "Title: TITLE" (the title up to the line's end). */
const NAME_FIELD = /(?:^|\s)Name:\s{0,3}([A-Z][A-Za-z.'\-]{1,20}(?:\s[A-Z][A-Za-z.'\-]{0,20}){1,3}?)(?=\s+Title:|\s*$)/;
const TITLE_FIELD = /(?:^|\s)Title:\s{0,3}([A-Z][A-Za-z,&.'\-]{1,30}(?:\s[A-Za-z,&.'\-]{1,30}){0,9})\s*$/;
/** A registrant's legal form at the end of its name in capitals ("CORPORATION", "CO., LTD.", "INC."). */
const LEGAL_FORM = /[\s,]+(?:CORPORATION|CORP\.?|COMPANY|CO\.,?\s?LTD\.?|CO\.|LTD\.?|LIMITED|INC\.?|HOLDINGS|PLC)$/i;
/** How many lines before the signature the registrant's name may stand. */
const REACH = 4;

/** The article's company whose name is the line's capitals without their legal form ("HANBIT SYSTEMS CORPORATION" → Hanbit Systems). */
function registrantOf(acc: Acc, line: string): string | undefined {
  const t = line.trim();
  if (!/^[A-Z0-9&.,'\-\s]{3,80}$/.test(t)) return undefined;
  const bare = t.replace(LEGAL_FORM, '').trim().toLowerCase();
  for (const e of acc.entities.values())
    if (e.type === 'Company' && [...Object.keys(e.names), ...e.aliases].some((n) => n.toLowerCase() === t.toLowerCase() || n.toLowerCase().replace(LEGAL_FORM, '').trim() === bare)) return e.key;
  return undefined;
}

/** Adds WORKS_FOR for the signer of each signature block, at the registrant named in capitals above it. */
export function addFilingSigners(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[]): void {
  sentences.forEach((s, i) => {
    const signed = s.text.includes('/s/') ? SIGNED.exec(s.text) : null;
    if (!signed) return;
    const lines = sentences.slice(i, i + 3);
    const named = lines.map((l) => NAME_FIELD.exec(l.text)).find((m) => m);
    const title = lines.map((l) => TITLE_FIELD.exec(l.text)).find((m) => m);
    if (!title || (named && named[1] !== signed[1])) return;
    const company = sentences.slice(Math.max(0, i - REACH), i).map((l) => registrantOf(acc, l.text)).filter((k) => k).at(-1);
    if (!company) return;
    const at = s.start + signed.index + signed[0].indexOf(signed[1]!);
    addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.filing-signer', 0.75), signed[1]!, at, at + signed[1]!.length, company, { title: title[1]!.replace(/[,\s]+$/, '') });
  });
}
