/**
 * Words that close a name though a scan stops before them. A Latin legal form right after a known company's Latin name
 * ("Google LLC가 개발한", "Microsoft Corporation의", "Meta Platforms, Inc."): part of that name in a licence notice, a
 * copyright line or a filing, so the form is never read as a company of its own ("LLC"). A lower-case size word after a
 * discovered Latin model's name ("KoGram-T5 base를", "Foo-BERT large는"): the checkpoint's size, as T5 and BERT
 * checkpoints are named, so part of the model's name.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';

const LEGAL_FORM = /^,?\s(?:LLC|L\.L\.C\.|Inc\.|Inc(?![A-Za-z0-9])|Corporation|Corp\.|Co\.,\s?Ltd\.|Ltd\.|Limited|GmbH|PLC|plc|S\.A\.S\.|S\.A\.|AG|SE)(?![A-Za-z0-9])/;
/** A checkpoint size word, then a particle, a space, punctuation or the end — not before a word of English ("base model", "the X base weights") nor "모델", "가중치". */
const SIZE_WORD = /^\s(?:base|large|small|tiny|mini|medium|xl|xxl)(?=(?:은|는|이|가|을|를|의|와|과|도|로|으로|에서|에)?(?:[\s,.·)]|$))(?!\s(?:[A-Za-z]|모델|버전|가중치|웨이트|체크포인트))/;

/** Extends each known company's Latin mention over a legal form that follows it. */
export function absorbLegalForms(text: string, ms: Mention[]): void {
  for (const m of ms) {
    if (m.type !== 'Company' || !/[A-Za-z]$/.test(m.surface)) continue;
    const f = LEGAL_FORM.exec(text.slice(m.end, m.end + 16));
    if (f) extendOver(text, m, ms, m.end + f[0].length);
  }
}

/** Extends each discovered Latin model's mention over a checkpoint size word that follows it. */
export function absorbSizeWords(text: string, ms: Mention[]): void {
  for (const m of ms) {
    if (m.type !== 'Model' || m.via !== 'discovered' || !/[A-Za-z][A-Za-z0-9.\-]*\d[A-Za-z0-9.]*$/.test(m.surface)) continue;
    const w = SIZE_WORD.exec(text.slice(m.end, m.end + 24));
    if (!w) continue;
    const end = m.end + w[0].length;
    if (ms.some((x) => x !== m && x.start < end && x.end > m.end)) continue;
    m.surface = text.slice(m.start, end);
    m.key = `model:~${normalizeName(m.surface)}`;
    m.end = end;
  }
}

function extendOver(text: string, m: Mention, ms: Mention[], end: number): void {
  if (ms.some((x) => x !== m && x.start < end && x.end > m.end)) return;
  const full = text.slice(m.start, end);
  if (!m.aliases.includes(full)) m.aliases = [...m.aliases, full];
  m.end = end;
}
