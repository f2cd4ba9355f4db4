/**
 * Generalisation rows for a further round on sets 67 and 70: a successor told by a demonstrative with the adverbial
 * ending ("B는 그 후속 모델로, …"); an English employer whose name joins two words with '&' ("an analyst at X
 * Investment & Securities"); an English partnership relied on after a which-clause ("X, which …, has leaned on its
 * multiyear partnership with Y"); "His consortium" for the company of the one person named just before; "Y still led the table with N"
 * after a sentence of scores on one benchmark; "원본 모델이 N점, 우리 모델이 M점" (the base, also one
 * called "바탕이 된 Y" just before, and the writer's own model) on the benchmark the sentence before named; a ranked score far below the one benchmark the
 * article has named; "the successor to that prototype" for the model named as a prototype a
 * few sentences before.
 * Sentences and names written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "B는 그 후속 모델로, …": the subject of the demonstrative successor word succeeds the one model of its brand the sentence before named
  { cat: 'succeeds.successor-previous-sentence', text: "가람소프트가 2024년 내놓은 첫 모델 '가람-L 1'은 공개 모델을 미세조정한 모델이었다. 가람-L 2는 그 후속 모델로, 긴 문서 요약을 크게 개선했다.", expect: ['SUCCEEDS 가람-L 2 -> 가람-L 1'] },
  { cat: 'succeeds.successor-previous-sentence', text: "가람소프트는 지난해 '가람-L 1'을 공개했다. 가람-L 1은 그 후속 모델로 교체될 예정이다.", absent: ['SUCCEEDS 가람-L 1 -> 가람-L 1'] },
  { cat: 'succeeds.successor-previous-sentence', text: "가람소프트는 지난해 '가람-L 1'을 공개했다. 가람-L 2는 그 모델로 학습한 데이터로 만들었다.", absent: ['SUCCEEDS 가람-L 2 -> 가람-L 1'] },
  // "an analyst at X Investment & Securities": the employer's name runs on past '&'
  { cat: 'works-for.en-role-at', text: "The sector keeps growing.\n\n\"Costs are falling,\" said Jung Da-eun, an analyst at Sori Investment & Securities.", expect: ['WORKS_FOR Jung Da-eun -> Sori Investment & Securities'], noNodes: ['Company:Sori Investment'] },
  { cat: 'works-for.en-role-at', text: "The sector keeps growing.\n\n\"Costs are falling,\" said Jung Da-eun, an analyst at Sori Investment.", expect: ['WORKS_FOR Jung Da-eun -> Sori Investment'] },
  // "X, which …, has leaned on its multiyear partnership with Y": a which-clause after the subject, a partnership relied on
  { cat: 'partners.en', text: "Chips are scarce.\n\nLG U+, which stayed out of the contest, has instead relied on its multiyear partnership with Google to build models.", expect: ['PARTNERS_WITH Google -> LG U+'] },
  { cat: 'partners.en', text: "Chips are scarce.\n\nLG U+ has relied on its long-term partnership with Google.", expect: ['PARTNERS_WITH Google -> LG U+'] },
  { cat: 'partners.en', text: "Chips are scarce.\n\nLG U+ has not leaned on its partnership with Google.", absent: ['PARTNERS_WITH Google -> LG U+'] },
  // "X CEO NAME has argued …. His consortium includes B and C": the pronoun's consortium is the company of the one person just named
  { cat: 'partners.en-consortium-includes', text: "Costs matter more than size.\n\nUpstage CEO Park Jin-woo has argued that firms need affordable models. His consortium includes the data startup Selectstar and the chip designer Rebellions.", expect: ['PARTNERS_WITH Selectstar -> Upstage', 'PARTNERS_WITH Rebellions -> Upstage'] },
  { cat: 'partners.en-consortium-includes', text: "Costs matter more than size.\n\nUpstage CEO Park Jin-woo has argued, like Naver, that firms need affordable models. His consortium includes the data startup Selectstar.", absent: ['PARTNERS_WITH Selectstar -> Upstage', 'PARTNERS_WITH Naver -> Selectstar'] },
  // "Y still led the table with N" after a sentence giving scores on one benchmark: Y's score is on that benchmark
  { cat: 'scored.en-bench-first', text: "Costs matter.\n\nIn a survey out in May, Upstage's Solar Pro 2 scored 64.0 on KMMLU, ahead of Kakao's Kanana 1.5 at 60.2. Anthropic's Claude Opus 4 still led the table with 80.5.", edgeProps: ['SCORED Claude Opus 4 -> KMMLU score=80.5'] },
  { cat: 'scored.en-bench-first', text: "Costs matter.\n\nIn a survey out in May, Upstage's Solar Pro 2 scored 64.0 on KMMLU. Anthropic's Claude Opus 4 still led the table with a wide margin.", absent: ['SCORED Claude Opus 4 -> KMMLU'] },
  // "원본 모델이 N점, 우리 모델이 M점이었다" after a sentence naming one benchmark: the base and the writer's own model score there
  { cat: 'scored.bench-then-model', text: "가온랩은 '가온-LM 7B'를 공개했다. 가온-LM 7B는 엑사원 3.5 7.8B를 바탕으로 만들었다. 평가는 KMMLU와 CLIcK으로 했다. CLIcK에서는 차이가 더 벌어졌다. 원본 모델이 55.0점, 우리 모델이 66.1점이었다.", edgeProps: ['SCORED 가온-LM 7B -> CLIcK score=66.1', 'SCORED 엑사원 3.5 7.8B -> CLIcK score=55'] },
  { cat: 'scored.bench-then-model', text: "가온랩은 '가온-LM 7B'를 공개했다. 평가는 KMMLU로 했다. 가온-LM 7B는 KMMLU에서 50.2점을 받았다. 바탕이 된 엑사원 3.5 7.8B가 같은 조건에서 44.0점이었다. CLIcK에서는 차이가 더 벌어졌다. 원본 모델이 55.0점, 우리 모델이 66.1점이었다.", edgeProps: ['SCORED 가온-LM 7B -> CLIcK score=66.1', 'SCORED 엑사원 3.5 7.8B -> CLIcK score=55'] },
  { cat: 'scored.bench-then-model', text: "가온랩은 '가온-LM 7B'를 공개했다. 평가는 CLIcK으로 했다. 우리 모델이 목표로 삼은 점수는 아직 멀었다.", absent: ['SCORED 가온-LM 7B -> CLIcK'] },
  // a ranked score far below the one benchmark the article has named ("X는 이번 주 1274점으로 11위에 머물렀다"): on that board
  { cat: 'scored.bench-then-model', text: "한빛 리더보드 42주차 순위가 나왔다. 한빛 리더보드는 사용자 투표로 점수를 매긴다. 이번 주에는 3만 건의 투표가 반영됐다. 투표 수는 지난주보다 늘었다. 운영진은 중복 투표를 걸렀다고 밝혔다. 해외 모델의 강세가 이어졌다. 지난주 9위에 올랐던 업스테이지의 솔라 프로 2는 이번 주 1250점을 받아 12위로 밀렸다.", edgeProps: ['SCORED 솔라 프로 2 -> 한빛 리더보드 score=1250'] },
  { cat: 'scored.bench-then-model', text: "한빛 리더보드 42주차 순위가 나왔다. 한빛 리더보드는 사용자 투표로 점수를 매긴다. 이번 주에는 3만 건의 투표가 반영됐다. 투표 수는 지난주보다 늘었다. 한편 KMMLU 결과도 함께 공개됐다. 해외 모델의 강세가 이어졌다. 운영진은 중복 투표를 걸렀다고 밝혔다. 지난주 9위에 올랐던 업스테이지의 솔라 프로 2는 이번 주 1250점을 받아 12위로 밀렸다.", absent: ['SCORED 솔라 프로 2 -> 한빛 리더보드'] },
  // "Our 2025 prototype, X 0.5, ran on Y. … X 7B is the successor to that prototype": the model named as a prototype
  { cat: 'succeeds.en', text: "We build assistants for clinics.\n\nOur 2024 prototype, Gaon-Med 0.5, ran on Meta's Llama 3.1 8B. It worked for demos but was slow for customers. Clinical notes are long and dense. Gaon-Med 7B is the successor to that prototype in almost every way.", expect: ['SUCCEEDS Gaon-Med 7B -> Gaon-Med 0.5'] },
  { cat: 'succeeds.en', text: "We build assistants for clinics.\n\nOur 2024 prototype, Gaon-Med 0.5, ran on Meta's Llama 3.1 8B. Our second prototype, Gaon-Med 0.7, ran on Qwen3-8B. Gaon-Med 7B is the successor to that prototype in almost every way.", absent: ['SUCCEEDS Gaon-Med 7B -> Gaon-Med 0.5'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
