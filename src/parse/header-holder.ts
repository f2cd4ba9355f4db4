/**
 * A plain-text document a company ships with its own work (a model's NOTICE file, a licence header, a release note)
 * names its copyright holder in its header fields: "저작권 : Copyright 2026 (주)아크미 (ACME Inc.)". The holder, written
 * with its legal form and its Latin name, is the document's owner: what its "당사" means (see parse/site-owner.ts).
 */
import type { SiteOwner } from './site-owner.js';
import { normalizeSpace } from './text.js';

/** "저작권 : Copyright 2026 (주)아크미 (ACME Inc.)", "Copyright © 2025-2026 주식회사 아크미(ACME)": a header's holder field (unwrapped header lines may run it on after others). */
const HOLDER_FIELD = /(?:^|\s)(?:저작권(?:자)?\s?[:：]\s?(?:Copyright\s?)?|Copyright\s?)(?:©\s?|\([Cc]\)\s?)?(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)?\d{2})?\s(?:㈜|\(주\)|주식회사\s?)([가-힣][가-힣A-Za-z0-9]{1,14})\s?\(([A-Z][A-Za-z0-9&]{1,20}(?:\s[A-Z][A-Za-z0-9&]{1,20}){0,2})(?:,?\s(?:Inc|Corp|Corporation|Co\.,?\s?Ltd|Ltd|LLC)\.?)?\)/;

/** The owner a plain-text document's header names as its copyright holder (its first 30 lines), if any. */
export function headerHolder(lines: string[]): { siteOwner?: SiteOwner } {
  for (const line of lines.slice(0, 30)) {
    const m = HOLDER_FIELD.exec(normalizeSpace(line));
    if (m) return { siteOwner: { name: m[1]!, latin: m[2]! } };
  }
  return {};
}
