/**
 * A line that is only a full date and one model's name — a release timeline's step ("2026.06.17 · X 2") or a version
 * history's heading ("X v3 (2026년 10월 20일)"): the day that model came out. A month alone ("2025.12 · X 1.5",
 * "X v2 (2025년 11월)") gives no day.
 */
import { toIso } from '../../parse/dates.js';
import type { Mention } from '../types.js';
import type { PropertyFact } from './properties.js';

/** "2026.06.17 · ", "2026-06-17 — ": a full date and a separator before the name. */
const DATE_LEAD = /^\s*(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})\.?\s?[·•|—–:-]\s?['"‘“]?$/;
/** " (2026년 10월 20일)", " (2026.10.20)": a full date in brackets after the name, ending the line. */
const DATE_TAIL = /^['"’”]?\s?\((?:(\d{4})년\s?(\d{1,2})월\s?(\d{1,2})일|(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})\.?)\)\s*$/;

function iso(y: string, m: string, d: string): string | undefined {
  return toIso(Number(y), Number(m), Number(d));
}

/** The release day a dated title line gives its one model. */
export function datedTitleRelease(text: string, mentions: readonly Mention[]): PropertyFact | undefined {
  if (text.length > 60 || !/\d{4}/.test(text) || mentions.length !== 1) return undefined;
  const m = mentions[0]!;
  if (m.type !== 'Model' || m.via === 'reference' || m.via === 'anonymous' || m.via === 'blocked') return undefined;
  const lead = DATE_LEAD.exec(text.slice(0, m.start));
  const tail = !lead && /^\s*['"‘“]?$/.test(text.slice(0, m.start)) ? DATE_TAIL.exec(text.slice(m.end)) : null;
  if (lead && text.slice(m.end).trim().replace(/^['"’”]/, '') !== '') return undefined;
  const day = lead ? iso(lead[1]!, lead[2]!, lead[3]!) : tail ? iso(tail[1] ?? tail[4]!, tail[2] ?? tail[5]!, tail[3] ?? tail[6]!) : undefined;
  return day ? { key: m.key, property: 'releasedOn', value: day, rule: 'property.dated-title' } : undefined;
}
