/**
 * A model name's line and version: the one reader of a version number ending a name, for the passes that compare versions
 * of one line (predecessor-words, successor-developers, disputed-bases).
 */

/** A version number ending a name ("… 1.5", "…-2", "… v2", "큐웬3"), with a joining space or hyphen; not the tail of a longer number. */
const VERSION_END = /(?<![\d.])[\s-]?[vV]?(\d{1,2}(?:\.\d{1,2})?)$/;

/** A versioned name's line and version number ("Y 2" → "Y", 2; "Y-3.5" → "Y", 3.5; "Qwen2.5" → "Qwen", 2.5), or undefined for a name with no version or no letter before it. */
export function splitVersion(name: string): { line: string; version: number } | undefined {
  const m = VERSION_END.exec(name);
  if (!m) return undefined;
  const line = name.slice(0, m.index);
  return /[가-힣A-Za-z]/.test(line) ? { line, version: Number(m[1]) } : undefined;
}
