/**
 * A notice written in a company unit's voice ("(주)X 기술지원팀입니다", "X 고객지원센터에서 안내드립니다"): its owner is that
 * company, so the people it names with a bare in-house post and no company ("기술지원팀 NAME 과장", a contact line) are the
 * company's staff (internal-staff.ts adds them).
 */
import type { Sentence } from '../parse/types.js';
import type { Acc } from './article-acc.js';

/** The company's name (a legal mark before it maybe), its unit, then the unit speaking ("입니다", "에서 안내드립니다"). */
const UNIT_VOICE = /(?:^|[\s.])(?:\(주\)\s?|㈜\s?|주식회사\s)?([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,19})\s(?:[가-힣A-Za-z]{1,10}(?:팀|실|본부|센터|파트|사업부))(?:입니다|이에요|에서\s(?:알려|안내))/;

/** The company whose unit the article's opening speaks as, when the article has that company. */
export function unitVoiceOwner(acc: Acc, sentences: readonly Sentence[]): { key: string } | undefined {
  for (const s of sentences.slice(0, 20)) {
    const m = s.block === 'body' ? UNIT_VOICE.exec(s.text) : null;
    if (!m) continue;
    const e = [...acc.entities.values()].find((x) => x.type === 'Company' && (m[1]! in x.names || x.aliases.includes(m[1]!)));
    if (e) return { key: e.key };
  }
  return undefined;
}
