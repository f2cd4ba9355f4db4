/** Coordinated versions: "세리프 1과 2는", "엑사원 3.5와 4.0을" — a bare version joined to a versioned model is that family's version. */
import type { Mention, RuleSet } from './types.js';
import { modelNamed } from './versions.js';

/** "세리프 1과 2는", "엑사원 3.5와 4.0을": a versioned model, 과/와/및, then a bare version before a particle or a space. */
const COORDINATED_VERSION = /^(?:과|와|및|,)\s?v?(\d{1,2}(?:\.\d{1,2})?)(?=(?:은|는|이|가|의|을|를|도|에|로|으로|에서)?(?:\s|$|[,.]))/;
/** "… 67.3 for Y", "… 61 on B", "… 88 points": an English preposition or unit after a number (a score, not a version). */
const SCORE_PREPOSITION_AFTER = /^\s(?:for|on|in|from|by|points?|percent)\b/;
/** A model name ending in a version number (integer or dotted): its head, the separator and the version. */
const NUMBERED_NAME = /^(.*?[^\s\-])([\s-]?)v?(\d{1,2}(?:\.\d{1,2})?)$/;

/**
 * A version joined to a versioned model by 과/와 ("세리프 1과 2는 모두 오픈소스로 공개돼") is that family's version:
 * "<head><sep><version>" (edits `ms` in place).
 */
export function addCoordinatedVersions(text: string, ms: Mention[], rules: RuleSet): void {
  if (!/\d\s?(?:과|와|및|,)\s?\d/.test(text)) return;
  let added = false;
  for (const m of [...ms]) {
    if (m.type !== 'Model') continue;
    const v = NUMBERED_NAME.exec(m.surface);
    if (!v || !/[A-Za-z가-힣]/.test(v[1]!)) continue;
    const c = COORDINATED_VERSION.exec(text.slice(m.end, m.end + 12));
    if (!c || c[1] === v[3]) continue;
    const start = m.end + c[0].length - c[1]!.length;
    const end = m.end + c[0].length;
    // ("57.9 for X-2, 67.3 for Y": a number a preposition follows is a score in a list, not a version)
    if (SCORE_PREPOSITION_AFTER.test(text.slice(end, end + 12))) continue;
    if (ms.some((x) => x.start < end && start < x.end)) continue;
    ms.push(modelNamed(`${v[1]}${v[2]}${c[1]}`, start, end, rules));
    added = true;
  }
  if (added) ms.sort((a, b) => a.start - b.start);
}
