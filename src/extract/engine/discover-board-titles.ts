/**
 * A leaderboard's page names its board in a line of its own ("🏆 K-코드 리더보드 시즌2", the page's heading) or in a sentence
 * that defines it by what it measures ("X 리더보드는 … 능력을 측정합니다"): that name is a benchmark, the board's round
 * ("시즌2") left to the scores it is read with. The one-word Hangul boards of score sentences are discover-names.ts's.
 * A quoted name that ends in a board's noun ("'K-AI 리더보드'", "'오픈 Ko 아레나'") is one board too.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, overlaps, type DiscoveryLexicon } from './discover-common.js';
import { matchesIn } from './text-scans.js';

/** A board's name: a Latin edition prefix maybe ("K-"), a Hangul word or two, then 리더보드. */
const BOARD = '((?:[A-Z]{1,3}-)?[가-힣]{1,6}(?:\\s[가-힣]{1,6})? 리더보드)(?:\\s?시즌\\s?\\d{1,2})?';
/** The board alone on its line, an emblem before it maybe. */
const BOARD_LINE = new RegExp(`^(?:[^\\s가-힣A-Za-z0-9]{1,4}\\s?)?${BOARD}$`);
/** The board defined by what it measures: "X 리더보드는 한국어 추론 능력을 측정합니다". */
const BOARD_DEFINED = new RegExp(`^${BOARD}(?:는|은)\\s[^.]{0,60}?(?:측정|평가|겨루|비교)(?:합니다|한다|하는|해요|하며)`);
/** Words that open no board's name ("한국어 리더보드", "이 리더보드"). */
const NOT_NAME = /^(?:이|그|저|해당|이번|같은|다른|전체|종합|오픈|공개|자체|국내|해외|글로벌|한국어|대표|주요|최신|공식)(?:\s|$)/;

/** "이 리더보드는 … 'A'에서 'B'로 이름을 바꿨습니다": a board renamed, both its quoted names a benchmark's (an edition's, "B" = "A v2"). */
const BOARD_RENAMED = /(?:이|그|해당|본|우리)\s(?:리더보드|벤치마크|평가판|아레나)(?:는|은|의)\s[^'‘"“.]{0,30}['‘"“]([^'’"”]{2,20})['’"”](?:에서|으로부터)\s['‘"“]([^'’"”]{2,24})['’"”](?:으로|로)\s(?:이름|명칭)(?:을|를)?\s?(?:바꿨|바꾸었|변경했|변경하였|바꾼|바꿉)/;

/** Both names of a board the sentence says was renamed, where no other mention holds them. */
function renamedBoards(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const r = BOARD_RENAMED.exec(text);
  if (!r) return [];
  const at = [text.indexOf(r[1]!, r.index), text.indexOf(r[2]!, text.indexOf(r[1]!, r.index) + r[1]!.length)];
  return [r[1]!, r[2]!].flatMap((n, k) => (lx.generic.has(normalizeName(n)) || overlaps(ms, at[k]!, at[k]! + n.length) ? [] : [discoveredMention('Benchmark', n, at[k]!, at[k]! + n.length)]));
}

export function discoverBoardTitles(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  if (!text.includes('리더보드') && !text.includes('평가판') && !text.includes('벤치마크')) return [];
  const renamed = text.includes('이름') || text.includes('명칭') ? renamedBoards(text, ms, lx) : [];
  if (renamed.length) return renamed;
  const m = text.includes('리더보드') ? (BOARD_LINE.exec(text.trim()) ?? BOARD_DEFINED.exec(text)) : null;
  if (!m || NOT_NAME.test(m[1]!) || lx.generic.has(normalizeName(m[1]!))) return [];
  const start = text.indexOf(m[1]!);
  const end = start + m[1]!.length;
  const inside = ms.filter((x) => x.via !== 'blocked' || x.start < start || x.end > end);
  return overlaps(inside, start, end) ? [] : [discoveredMention('Benchmark', m[1]!, start, end)];
}

/** "'K-AI 리더보드'", "'오픈 Ko 아레나'": a quoted name ending in a board's noun (the name of one board, whatever a word in it names alone). */
const QUOTED_BOARD = /['‘"“]((?:[A-Za-z가-힣][A-Za-z0-9가-힣\-]{0,14}\s){1,2}(?:리더보드|아레나))['’"”]/g;

/** Quoted boards as benchmarks; a listed name inside one (a programme's short name: "K-AI") is no mention of its own there. */
export function discoverQuotedBoards(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(QUOTED_BOARD, text)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    if (ms.some((x) => x.type === 'Benchmark' && x.start < end && start < x.end)) continue;
    for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.start >= start && ms[i]!.end <= end && ms[i]!.type !== 'Person') ms.splice(i, 1);
    out.push(discoveredMention('Benchmark', m[1]!, start, end));
  }
  return out;
}
