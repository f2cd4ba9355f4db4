import type { Mention } from '../types.js';

/**
 * "에이닷 엑스 케이원, A.X K1은": a family's name spelled out in Hangul (with the version read aloud, "케이원"), then a comma and a
 * version of that family: the spelled-out words are the version's alias, not a model of their own.
 */
export function foldSpelledApposition(text: string, ms: Mention[]): void {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type !== 'Model') continue;
    const gap = SPELLED_GAP.exec(text.slice(m.end, m.end + 12));
    if (!gap) continue;
    const next = ms.find((x) => x.type === 'Model' && x.start === m.end + gap[0].length);
    if (!next || next.family !== m.key || !/^['"’”]?(?:은|는|이|가|을|를|의|도)\s/.test(text.slice(next.end, next.end + 3))) continue;
    next.aliases.push(text.slice(m.start, m.end + gap[1]!.length).trim());
    ms.splice(i, 1);
  }
}
/** The rest of the spelled-out name (a version read aloud: "케이원", "포", "투 프로") and the comma before the version's own name. */
const SPELLED_GAP = /^((?:\s[가-힣]{1,4}){0,2}),\s/;
