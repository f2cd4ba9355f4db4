/**
 * A leaderboard's page names its board in a line of its own ("🏆 K-코드 리더보드 시즌2", the page's heading) or in a sentence
 * that defines it by what it measures ("X 리더보드는 … 능력을 측정합니다"): that name is a benchmark, the board's round
 * ("시즌2") left to the scores it is read with. The one-word Hangul boards of score sentences are discover-names.ts's.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, overlaps, type DiscoveryLexicon } from './discover-common.js';

/** A board's name: a Latin edition prefix maybe ("K-"), a Hangul word or two, then 리더보드. */
const BOARD = '((?:[A-Z]{1,3}-)?[가-힣]{1,6}(?:\\s[가-힣]{1,6})? 리더보드)(?:\\s?시즌\\s?\\d{1,2})?';
/** The board alone on its line, an emblem before it maybe. */
const BOARD_LINE = new RegExp(`^(?:[^\\s가-힣A-Za-z0-9]{1,4}\\s?)?${BOARD}$`);
/** The board defined by what it measures: "X 리더보드는 한국어 추론 능력을 측정합니다". */
const BOARD_DEFINED = new RegExp(`^${BOARD}(?:는|은)\\s[^.]{0,60}?(?:측정|평가|겨루|비교)(?:합니다|한다|하는|해요|하며)`);
/** Words that open no board's name ("한국어 리더보드", "이 리더보드"). */
const NOT_NAME = /^(?:이|그|저|해당|이번|같은|다른|전체|종합|오픈|공개|자체|국내|해외|글로벌|한국어|대표|주요|최신|공식)(?:\s|$)/;

export function discoverBoardTitles(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  if (!text.includes('리더보드')) return [];
  const m = BOARD_LINE.exec(text.trim()) ?? BOARD_DEFINED.exec(text);
  if (!m || NOT_NAME.test(m[1]!) || lx.generic.has(normalizeName(m[1]!))) return [];
  const start = text.indexOf(m[1]!);
  const end = start + m[1]!.length;
  const inside = ms.filter((x) => x.via !== 'blocked' || x.start < start || x.end > end);
  return overlaps(inside, start, end) ? [] : [discoveredMention('Benchmark', m[1]!, start, end)];
}
