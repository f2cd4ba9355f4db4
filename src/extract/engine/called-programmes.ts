/**
 * "“자주 AI 기초 모형 프로젝트”(…, 한국어로 “독자 AI 파운데이션 모델 프로젝트”라고 부름)": a programme named in a translation's
 * own words, then glossed in parentheses by the name it is called by where it runs. The gloss names a programme the text
 * knows: the outer name is one more name of that programme, not a second one.
 */
import type { Mention } from '../types.js';

/** Right after the outer name: its closing quote (if any) and the opening parenthesis. */
const PAREN_AFTER = /^['"’”」』]?\s?\(/;
/** After the inner name: its closing quote and a calling verb ("…라고 부름", "…이라고 불린다", "…라 부른다"). */
const CALLED_AFTER = /^['"’”」』]?\s?(?:이)?라(?:고)?\s?(?:부름|부른다|부르는|부릅니다|불린다|불리는|불립니다|불림|칭함|칭한다)/;

/** Folds each glossed programme into the programme its gloss names (edits `ms` in place). */
export function foldCalledProgrammes(text: string, ms: Mention[]): void {
  if (!/라고?\s?(?:부|불|칭)/.test(text)) return;
  for (const m of ms) {
    if (m.type !== 'Policy' || m.via !== 'discovered') continue;
    const paren = PAREN_AFTER.exec(text.slice(m.end, m.end + 3));
    if (!paren) continue;
    const open = m.end + paren[0].length - 1;
    const close = text.indexOf(')', open);
    if (close < 0 || close - open > 100) continue;
    const named = ms.find((x) => x !== m && x.type === 'Policy' && x.via !== 'discovered' && x.start > open && x.end < close && CALLED_AFTER.test(text.slice(x.end, close)));
    if (!named || named.key === m.key) continue;
    m.aliases.push(m.surface);
    Object.assign(m, { key: named.key, surface: named.surface, via: named.via });
  }
}
