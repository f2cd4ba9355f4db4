/**
 * A known programme's English name inside a longer English programme name: "Korea Medical AI Foundation Model Project" holds the
 * gazetteer's "AI Foundation Model Project" but names another programme.
 */
/** Capitalised English words right before (up to three) or after (up to five) a known programme's English name: "Korea Medical AI Foundation Model Project", "K-AI Champion". */
const CAPITALISED_BEFORE = /(?<![A-Za-z0-9'’\-])((?:[A-Z][A-Za-z\-]*\s){1,3})$/;
const CAPITALISED_AFTER = /^((?:\s[A-Z][A-Za-z\-]*){1,5})(?![A-Za-z0-9'’\-])/;
/** Words that may stand before or after a programme's English name without making it another one ("the Korean …", "… Phase 2"). */
const NAME_NEUTRAL = /^(?:The|A|An|In|On|At|For|Its|This|That|With|And|By|From|Of|To|Korea|Korean|South|Government|Gov|National|Seoul|Ministry|MSIT|Phase|Round|Stage|Under|As|While|But|Then|Also|Meanwhile|Project|Program|Programme|Initiative|Plan|Scheme|Fund|Strategy|Policy)$/;

/** The longer English name a known programme's English name is part of (other capitalised words joined to it), if any. */
export function longerEnglishProgramme(text: string, start: number, end: number): { start: number; end: number } | undefined {
  if (!/^[A-Za-z]/.test(text.slice(start, end))) return undefined;
  const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  const after = CAPITALISED_AFTER.exec(text.slice(end, end + 40))?.[1] ?? '';
  const words = [...before.split(/\s/), ...after.split(/\s/)].filter((w) => w !== '');
  // (only a programme's name: "K-AI Leaderboard Steering Committee", "K-AI Bench" are no programmes)
  if (!words.some((w) => !NAME_NEUTRAL.test(w)) || !/\b(?:Project|Program|Programme|Initiative)$/.test(text.slice(start, end) + after)) return undefined;
  return { start: start - before.length, end: end + after.length };
}
