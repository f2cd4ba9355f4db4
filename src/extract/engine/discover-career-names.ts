/**
 * A person a feature introduces by a career clause and then names bare, with no title after the name
 * ("… CTO였던 서하늘은", "… 언어랩장 출신인 최가온은", "… 본부장을 지낸 권도윤은"): the clause says the
 * word after it is someone who held those posts, so a Korean name there is a person.
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken } from './discover-common.js';
import { isKoreanName } from './person-names.js';
import { FULL_NAME } from './full-name.js';

/** A clause of posts held, then a three-syllable name and its topic or subject particle. */
const CAREER_NAME = new RegExp(String.raw`(?:였던|이었던|출신인|지낸|역임한|맡았던|거친)\s(${FULL_NAME})(?=(?:은|는|이|가)\s)`, 'g');

export function discoverCareerNames(text: string, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  CAREER_NAME.lastIndex = 0;
  for (let m = CAREER_NAME.exec(text); m; m = CAREER_NAME.exec(text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (!isKoreanName(name) || isTaken(taken, out, start, start + name.length)) continue;
    out.push(discoveredMention('Person', name, start, start + name.length));
  }
  return out;
}
