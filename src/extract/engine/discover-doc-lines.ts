/**
 * Names a developer document's own lines give without the cues news prose has:
 * - a paper card's author line, the authors' names, a middle dot, their company and the date ("NAME, NAME, NAME · X랩(X Lab)
 *   · 2026-05-02"): each name is a person (works-for.byline-authors reads where they work);
 * - a change log's item that opens on a model's id in lower case and the change made to it ("x-1-legacy 제거.", "x-embed-v2
 *   지원 추가"): the id is a model's.
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken } from './discover-common.js';
import { addPerson } from './person-names.js';

/** An author line: two to eight Korean names between commas, then a middle dot (or a bar) and more. */
const BYLINE_AUTHORS = /^[가-힣]{2,4}(?:,\s?[가-힣]{2,4}){1,7}\s?[·|]\s?[^\s·|]/;
const AUTHOR_NAME = /(?:^|,\s?)([가-힣]{2,4})(?=,|\s?[·|])/g;

/** A model's id in lower case with a number in it, opening the line, then the change (maybe a kind word before it) and the line's end. */
const CHANGED_ID = /^(?:[-*•]\s)?([a-z][a-z0-9]{1,15}(?:[-_.][a-z0-9]{1,12}){1,4})\s(?:[가-힣A-Za-z]{1,8}\s)?(?:제거|삭제|폐기|지원\s?(?:추가|종료|중단)?|추가|교체|서비스\s?종료)(?:\s\([^()]{1,48}\))?[.]?\s*$/;

/** Persons of an author line, and the model id a change log item opens on. */
export function discoverDocLines(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  if (BYLINE_AUTHORS.test(text)) {
    const names = text.slice(0, text.search(/\s?[·|]/) + 2);
    for (const m of names.matchAll(AUTHOR_NAME)) addPerson(text, ms, out, m[1]!, m.index + m[0].indexOf(m[1]!));
  }
  const id = CHANGED_ID.exec(text);
  const at = id ? id[0].indexOf(id[1]!) : 0;
  if (id && /\d/.test(id[1]!) && !isTaken(ms, out, at, at + id[1]!.length)) out.push(discoveredMention('Model', id[1]!, at, at + id[1]!.length));
  return out;
}
