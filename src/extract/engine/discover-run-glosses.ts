/**
 * An experiment tracker's legend under its runs table glosses each run id ("Runs: x-7b-v3-final = X 7B v3 최종 체크포인트,
 * x-8b-v2-ref = 서비스 중인 X 8B v2 다시 잰 값"): a gloss names the run's model, though with a description around it and no
 * particle or cue a reading of names needs. A sized name inside a gloss (a word or two hyphen-joined, a size in billions,
 * maybe a release tag) is a model's.
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken } from './discover-common.js';

/** A run id: a lower-case slug of letters, digits, dots, hyphens and underscores with at least one hyphen or underscore. */
export const RUN_ID = /^(?=[^\s]*[-_])[a-z0-9][a-z0-9._-]{2,60}$/;
/** One gloss of a legend: "RUN_ID = WHAT IT IS", up to the next gloss's comma or the sentence's end. */
export const GLOSS = /(?:^|[:,;]\s*)([a-z0-9][a-z0-9._-]{2,60})\s?=\s?([^=,;]{2,80}?)(?=\s*[,;]\s*[a-z0-9][a-z0-9._-]{2,60}\s?=|\s*\.?$)/g;
/** A sized name: a word (or two, hyphen-joined), a size in billions and maybe a release tag, between spaces or the gloss's ends. */
const SIZED_NAME = /(?<=^|\s)([가-힣A-Za-z][가-힣A-Za-z0-9.]{1,20}(?:-[가-힣A-Za-z0-9]{1,12})?\s\d{1,3}(?:\.\d)?B(?:\s[vV]\d{1,2}(?:\.\d{1,2})?)?)(?=\s|$)/;

/** The sized model names the run glosses of a legend line hold that nothing else has read. */
export function discoverRunGlosses(text: string, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const g of text.matchAll(GLOSS)) {
    if (!RUN_ID.test(g[1]!)) continue;
    const sized = SIZED_NAME.exec(g[2]!);
    if (!sized) continue;
    const start = g.index + g[0].length - g[2]!.length + sized.index;
    const end = start + sized[1]!.length;
    if (!isTaken(taken, out, start, end)) out.push(discoveredMention('Model', sized[1]!, start, end));
  }
  return out;
}
