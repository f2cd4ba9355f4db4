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

/** Two languages' names joined ("베트남어-한국어", "한국어·영어", "일본어/한국어"): what a model translates between, never a model's name. */
const LANGUAGE_PAIR = /^[가-힣]{1,6}어(?:\s?[-·/]\s?[가-힣]{1,6}어){1,3}$/;

/** Drops each discovered model whose name is a pair of languages ("베트남어-한국어 AI 모델": a bilingual model, unnamed). */
export function dropLanguagePairs(ms: Mention[]): void {
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.type === 'Model' && ms[i]!.via === 'discovered' && LANGUAGE_PAIR.test(ms[i]!.surface)) ms.splice(i, 1);
}

/** "[PB-07] 제목", "[P-12]": a poster's or a paper's number in brackets opening its entry — letters and a number, no model. */
export const ENTRY_CODE = /^\s?[[【]([A-Z]{1,4}-?\d{1,4})[\]】]/;

/** Drops the discovered model an entry's bracketed number at the line's start reads as. */
export function dropEntryCodes(text: string, ms: Mention[]): void {
  const code = ENTRY_CODE.exec(text)?.[1];
  if (code) for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.type === 'Model' && ms[i]!.via === 'discovered' && ms[i]!.surface === code) ms.splice(i, 1);
}
