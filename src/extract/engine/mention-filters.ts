/**
 * Small filters over a sentence's first mentions: a name that only looks like a benchmark's because a size follows it
 * ("X-FinQA 14B" is a model's), a company's name that is a setting's value in a line of code ('provider="x"').
 */
import type { Mention } from '../types.js';

/** A parameter count right after a name (" 14B", " 7.8B"): what a model's name ends on, never a benchmark's. */
export const SIZED_AFTER = /^\s\d{1,3}(?:\.\d)?[BM](?![A-Za-z0-9])/;

/** 'provider="x"', "vendor='x'": a setting's name, an equals sign and an opening quote right before a name. */
const CODE_VALUE_BEFORE = /[A-Za-z_]\s?=\s?["'`]$/;

/** Drops each company whose name is the quoted value of a setting in a line of code: an identifier, not the company spoken of. */
export function dropCodeValues(text: string, ms: Mention[]): void {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type === 'Company' && CODE_VALUE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && /^["'`]/.test(text.slice(m.end, m.end + 1))) ms.splice(i, 1);
  }
}
