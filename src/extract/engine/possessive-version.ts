/**
 * A maker's name read as a model only with a version ("DeepSeek", "딥시크") followed by its possessive
 * and a bare version label: "DeepSeek's R1", "딥시크(DeepSeek)의 V3" name the model DeepSeek R1 / V3.
 */

/** After the name: an optional gloss in parentheses, the possessive, then a letter-and-digit label. */
const POSSESSIVE_VERSION = /^(?:\([^()]{1,20}\))?(?:'s|’s|의)\s([VRvr]\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z\d]|\.\d)/;

export interface PossessiveVersion {
  /** where the label starts and ends */
  start: number;
  end: number;
  /** the label as written ("R1") */
  label: string;
}

/** Reads "'s R1" / "의 V3" right after a version-only name ending at `end`. */
export function readPossessiveVersion(text: string, end: number): PossessiveVersion | undefined {
  const c = text[end];
  if (c !== "'" && c !== '’' && c !== '의' && c !== '(') return undefined;
  const m = POSSESSIVE_VERSION.exec(text.slice(end, end + 32));
  if (!m) return undefined;
  const label = m[1]!;
  const start = end + m[0].length - label.length;
  return { start, end: start + label.length, label };
}
