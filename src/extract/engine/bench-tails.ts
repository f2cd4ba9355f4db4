/**
 * What may follow a benchmark's name and still be that benchmark's: a data split ("BIRD dev에서", "X eval-clean 기준"), or an
 * edition number before a particle ("HAE-RAE Bench 1.1은 … 1.0의 문항 일부를 교체한 판") — the edition a benchmark of its own.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';

/** A benchmark's data split, written in lower case after its name: " dev", " test-clean", " eval-clean", " validation". */
const DATA_SPLIT = /^\s(?:dev|test|val|validation|eval)(?:[-_](?:clean|other|set|split))?(?![A-Za-z0-9\-])/;
/** An edition right before a particle: one digit, a point, one digit (a score has a particle after it rarely, and more digits). */
const EDITION = /^\s[1-9]\.\d(?=(?:은|는|의|에서|과|와|을|를)(?![가-힣]))/;

/** Extends a benchmark mention over a data split after it, or makes it the edition named after it. */
export function extendBenchmark(text: string, m: Mention): void {
  const tail = text.slice(m.end, m.end + 14);
  const split = DATA_SPLIT.exec(tail);
  if (split) {
    m.end += split[0].length;
    return;
  }
  const edition = EDITION.exec(tail);
  if (!edition) return;
  const surface = text.slice(m.start, m.end + edition[0].length);
  Object.assign(m, { key: `benchmark:~${normalizeName(surface)}`, surface, aliases: [], end: m.end + edition[0].length, via: 'discovered' });
}
