/**
 * Every match of a global regex over a text, kept for the article being extracted: a sentence whose known names
 * add mentions is read again by the mention finder (mentions.ts), and its discoverers' scans of the text alone
 * (what no mention found before changes) are read from here the second time.
 */

/** What a scan that matches nothing keeps (most do): one shared empty list. */
const NONE: readonly RegExpExecArray[] = [];

/** The article's scans: regex → text → its matches, in order. */
let scans: Map<RegExp, Map<string, readonly RegExpExecArray[]>> | undefined;

/** Runs `read` with a fresh store of scans (one article's extraction). */
export function withTextScans<T>(read: () => T): T {
  const before = scans;
  scans = new Map();
  try {
    return read();
  } finally {
    scans = before;
  }
}

/**
 * What `for (let m = re.exec(text); m; m = re.exec(text))` visits after `re.lastIndex = 0` (`re` global or sticky, its
 * lastIndex 0 afterwards as it is after such a loop). The matches are shared: a caller reads them, never changes them.
 */
export function matchesIn(re: RegExp, text: string): readonly RegExpExecArray[] {
  const byText = scans?.get(re);
  const kept = byText?.get(text);
  if (kept) {
    re.lastIndex = 0;
    return kept;
  }
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  const found = out.length ? out : NONE;
  if (scans) {
    if (byText) byText.set(text, found);
    else scans.set(re, new Map([[text, found]]));
  }
  return found;
}
