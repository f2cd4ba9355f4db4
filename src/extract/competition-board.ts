/**
 * A competition platform's page (a solution write-up, a discussion under a contest): its title names the competition
 * ("… QA 챌린지 2026", "… Challenge"), and its writers give their final standing as a "Private LB" (or "Private
 * Leaderboard", or just "Private") score. That board is the competition's: the score is one on the competition as a
 * benchmark. The "Public LB" is another split of the test, and is left unread.
 */
import type { Sentence } from '../parse/types.js';
import { discoveredMention } from './engine/discover-common.js';
import type { Mention } from './types.js';

/** A title that names a competition: a contest word, maybe with its year or its round, at the end. */
const COMPETITION_TITLE = /^[^|·:]{4,60}?(?:챌린지|경진대회|대회|해커톤|Challenge|Competition|Hackathon)(?:\s?(?:20\d{2}|\d{1,2}회))?$/;
/** "Private LB 0.8734", "Private Leaderboard: 0.87", "Private 0.8702": the private board's score right after its name. */
const PRIVATE_BOARD = /(?<![A-Za-z])Private(?:\s?(?:LB|Leaderboard|리더보드|점수|[Ss]core))?(?=\s?[:：]?\s?\d)/;

const competitions = new WeakMap<Sentence[], string | null>();

/** The competition the page's title names, if any. */
function competitionOf(sentences: Sentence[]): string | undefined {
  let name = competitions.get(sentences);
  if (name === undefined) {
    const title = sentences.find((s) => s.block === 'title')?.text.trim() ?? '';
    name = COMPETITION_TITLE.test(title) ? title : null;
    competitions.set(sentences, name);
  }
  return name ?? undefined;
}

/** Adds the competition, as a benchmark, where a sentence gives a "Private LB" score and names no benchmark of its own. */
export function addCompetitionBoard(text: string, ms: Mention[], sentences: Sentence[]): void {
  if (!text.includes('Private') || ms.some((m) => m.type === 'Benchmark')) return;
  const r = PRIVATE_BOARD.exec(text);
  const name = r ? competitionOf(sentences) : undefined;
  if (!r || !name || ms.some((m) => m.start < r.index + r[0].length && r.index < m.end)) return;
  const board = discoveredMention('Benchmark', name, r.index, r.index + r[0].length);
  board.aliases.push(r[0]);
  ms.push(board);
  ms.sort((a, b) => a.start - b.start);
}
