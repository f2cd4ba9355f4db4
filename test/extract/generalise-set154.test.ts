/**
 * Generalisation rows for phrasings met in blind set 154 (English and mixed pages of models, sizes and scores): a
 * benchmark named by an English apposition that calls it a test ("On X, an in-house test of …", "… a new coding
 * benchmark, X."), a capitalised board's name ("the X Leaderboard"), and a board's table of averages read under the one
 * board the article named before it. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const BOARD_TABLE = 'Rank | Model | Developer | Average\n\n1 | Nuri-9B | Dorim Labs | 81.0\n\n2 | Pado-7B | Gaon Soft | 78.5';

const rows: FactRow[] = [
  // a sentence that opens on a name its apposition calls a test (the noun within a few words, an of-phrase after it)
  {
    cat: 'benchmark.en-opening-test',
    text: 'On Hanji-Law QA, an in-house test of bar-exam questions that Dorim Labs built last year, Nuri-9B recorded 71.2.',
    nodes: ['Benchmark:Hanji-Law QA'],
    edgeProps: ['SCORED Nuri-9B -> Hanji-Law QA score=71.2'],
  },
  {
    cat: 'benchmark.en-opening-test',
    text: 'On KoChem-300, a Korean version of a well-known chemistry exam, Nuri-9B scored 66.0.',
    nodes: ['Benchmark:KoChem-300'],
    edgeProps: ['SCORED Nuri-9B -> KoChem-300 score=66'],
  },
  // … not a day or a place that opens the sentence
  {
    cat: 'benchmark.en-opening-test',
    text: 'On Monday, an internal test of the new chip ended early, Dorim Labs said.',
    noNodes: ['Benchmark:Monday'],
  },
  // a test named by an apposition after it, closing the clause; "that test" is it
  {
    cat: 'benchmark.en-trailing-name',
    text: 'Dorim Labs also introduced a new coding benchmark, Pado-Code. On that test, Nuri-9B scored 55.1.',
    nodes: ['Benchmark:Pado-Code'],
    edgeProps: ['SCORED Nuri-9B -> Pado-Code score=55.1'],
  },
  // … not who said so after the clause
  {
    cat: 'benchmark.en-trailing-name',
    text: 'Nuri-9B failed the exam, DLab said.',
    noNodes: ['Benchmark:DLab'],
  },
  // capitalised words before "Leaderboard" after "the" name a board; a describing word does not
  {
    cat: 'benchmark.en-named-board',
    text: 'Nuri-9B topped the Sobaek Leaderboard this week with a score of 81.0.',
    nodes: ['Benchmark:Sobaek Leaderboard'],
    edgeProps: ['SCORED Nuri-9B -> Sobaek Leaderboard score=81'],
  },
  {
    cat: 'benchmark.en-named-board',
    text: 'Nuri-9B topped the Korean Leaderboard this week.',
    noNodes: ['Benchmark:Korean Leaderboard'],
  },
  // a table of averages with no benchmark column reads the one board the article named paragraphs before
  {
    cat: 'scored.board-average-table',
    text: `Dorim Labs's Nuri-9B took first place in the third season of the Sobaek Leaderboard.\n\nThe board is run by a university lab in Daegu.\n\nDorim Labs said the model was trained on public data.\n\nIts chief executive thanked the team.\n\nThe top of the table follows.\n\n${BOARD_TABLE}`,
    edgeProps: ['SCORED Nuri-9B -> Sobaek Leaderboard score=81', 'SCORED Pado-7B -> Sobaek Leaderboard score=78.5'],
  },
  // … not a benchmark that is no board: an average over tasks is no score on it
  {
    cat: 'scored.board-average-table',
    text: `Dorim Labs's Nuri-9B posted 70.1 on KMMLU last week.\n\nThe company said the model was trained on public data.\n\nIts chief executive thanked the team.\n\nAnother paragraph of news follows here.\n\nThe top of the table follows.\n\n${BOARD_TABLE}`,
    absent: ['SCORED Pado-7B -> KMMLU'],
    edgeProps: ['SCORED Nuri-9B -> KMMLU score=70.1'],
  },
  // … nor a board when the article named two benchmarks before the table
  {
    cat: 'scored.board-average-table',
    text: `Nuri-9B took first place on the Sobaek Leaderboard, and it also led KMMLU.\n\nThe company said the model was trained on public data.\n\nIts chief executive thanked the team.\n\nAnother paragraph of news follows here.\n\nThe top of the table follows.\n\n${BOARD_TABLE}`,
    absent: ['SCORED Pado-7B -> Sobaek Leaderboard', 'SCORED Pado-7B -> KMMLU'],
  },
  // "That earlier model was …" opening a sentence is the model the previous sentence named as the predecessor
  {
    cat: 'reference.en-earlier-model',
    text: 'Dorim Labs unveiled Nuri 3 on Monday as the successor to Nuri 2. The previous version was built on Gemma 2 9B.',
    expect: ['BASED_ON Nuri 2 -> Gemma 2 9B'],
    absent: ['BASED_ON Nuri 3 -> Gemma 2 9B'],
  },
  {
    cat: 'reference.en-earlier-model',
    text: "Pado 5 succeeds Pado 4, which Gaon Soft unveiled in March. That earlier model was a fine-tuned version of Meta's Llama 3.1 8B.",
    expect: ['BASED_ON Pado 4 -> Llama 3.1 8B'],
    absent: ['BASED_ON Pado 5 -> Llama 3.1 8B'],
  },
  // … and nothing where the previous sentence names no predecessor
  {
    cat: 'reference.en-earlier-model',
    text: 'Dorim Labs unveiled Nuri 3 on Monday. The previous version was built on Gemma 2 9B.',
    absent: ['BASED_ON Nuri 3 -> Gemma 2 9B'],
  },
  // "the 32B model" in a sentence naming no sized model is the article's model of that size (the one in focus's line)
  {
    cat: 'reference.en-sized-model',
    text: 'Dorim Labs released Nuri 2 32B and Nuri 2 Lite on Monday. On KMMLU, Nuri 2 32B scored 67.3, compared with 61.8 for Qwen3-32B. On Hanji-Law QA, an in-house test of bar-exam questions, the 32B model recorded 81.5.',
    edgeProps: ['SCORED Nuri 2 32B -> Hanji-Law QA score=81.5'],
    absent: ['SCORED Qwen3-32B -> Hanji-Law QA'],
  },
  // … and none where the article names no model of that size
  {
    cat: 'reference.en-sized-model',
    text: 'Dorim Labs released Nuri 2 32B on Monday. On Hanji-Law QA, an in-house test, the 70B model recorded 81.5.',
    absent: ['SCORED Nuri 2 32B -> Hanji-Law QA'],
  },
  // a verb's conditional form before a size ("…에 따르면 32B는") is no brand of a model "따르면 32B"; a name before one still is
  {
    cat: 'model.size-after-conditional',
    text: "가온소프트가 '가온 2 14B'와 '가온 2 3B'를 공개했다. 가온소프트에 따르면 14B는 처음부터 자체 학습한 모델이다.",
    noNodes: ['Model:따르면 14B'],
  },
  {
    cat: 'model.size-after-conditional',
    text: '하람랩이 공개한 하람 14B는 KMMLU에서 60.1점을 받았다.',
    nodes: ['Model:하람 14B'],
  },
  // a bare size beside another line's sized model is the article's own model of that size, no sibling of that line
  {
    cat: 'reference.size-of-other-line',
    text: "누리랩이 '누리 3 14B'와 '누리 3 3B'를 공개했다. 3B는 구글의 '젬마 3 4B'로 가중치를 초기화한 뒤 14B를 교사 모델로 삼아 증류했다.",
    expect: ['BASED_ON 누리 3 3B -> 누리 3 14B'],
    noNodes: ['Model:젬마 3 14B'],
  },
];

describe('set 154 phrasings, in other words', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
