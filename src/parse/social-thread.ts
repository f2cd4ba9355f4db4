/**
 * A social-media thread saved as text ("김지우 Jiwoo Kim @jiwoo_kim_ml" as its profile line, then posts headed
 * "[1] 김지우 Jiwoo Kim @jiwoo_kim_ml · 오전 9:02"): the thread's writer is the page's author.
 */

/** A profile line: a Korean name, maybe its Latin spelling, and a handle. */
const PROFILE_LINE = /^([가-힣]{2,4})(?:\s[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})?\s@([A-Za-z0-9_]{3,30})$/;

/** The writer of a thread whose profile line opens the page and whose handle heads at least two posts. */
export function socialThreadAuthor(lines: string[], from: number): string | undefined {
  for (let k = from; k < Math.min(lines.length, from + 12); k++) {
    const p = PROFILE_LINE.exec((lines[k] ?? '').trim());
    if (!p) continue;
    const header = `@${p[2]!} ·`;
    let posts = 0;
    for (const line of lines) if (line.includes(header) && line.includes(p[1]!)) posts++;
    return posts >= 2 ? p[1] : undefined;
  }
  return undefined;
}
