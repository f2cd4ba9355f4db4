/**
 * The programme a table of teams is under when the article names more than one: the one programme the sentences just
 * above the table name ("본 데이터는 「X 사업」 과제로 구축되었습니다", then "2. 구축 기관" and its table of 주관/참여 rows).
 */
import type { Sentence } from '../parse/types.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { RuleSet } from './types.js';

/** How many sentences above a table's title the programme may be named. */
const MAX_LOOKBACK = 4;

/** The key of the one programme the few sentences before `title` name (the title's own line included), if exactly one. */
export function precedingProgramme(sentences: Sentence[], title: Sentence | undefined, rules: RuleSet, known: KnownName[]): string | undefined {
  const at = title ? sentences.indexOf(title) : -1;
  if (at < 0) return undefined;
  const keys = new Set<string>();
  for (let j = at; j >= 0 && at - j <= MAX_LOOKBACK; j--) {
    for (const m of findMentions(sentences[j]!.text, rules, known)) if (m.type === 'Policy' && m.via !== 'blocked' && m.via !== 'reference') keys.add(m.key);
  }
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** A project sheet's name line ("사업명: P", "사 업 명: P", "과제명: P", "Project: P"). */
const NAME_LINE = /^(?:사\s?업\s?명|과\s?제\s?명|사업\s?이름|Project(?:\sname)?)\s?[:：]\s/i;

/** The programme a project sheet's name line among the few lines above `title` names (the nearest such line), if any. */
export function sheetProgramme(sentences: Sentence[], title: Sentence | undefined, rules: RuleSet, known: KnownName[]): string | undefined {
  const at = title ? sentences.indexOf(title) : -1;
  for (let j = at - 1; j >= 0 && at - j <= MAX_LOOKBACK; j--) {
    const s = sentences[j]!;
    if (!NAME_LINE.test(s.text)) continue;
    const named = findMentions(s.text, rules, known).filter((m) => m.type === 'Policy' && m.via !== 'blocked' && m.via !== 'reference');
    return named.length === 1 ? named[0]!.key : undefined;
  }
  return undefined;
}
