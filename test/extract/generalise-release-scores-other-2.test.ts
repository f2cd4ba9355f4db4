/**
 * Generalisation rows of generalise-release-scores: the 'scored', 'succeeds', 'developed', 'based-on', 'gazetteer', 'focus', 'from-scratch', 'name-meaning', 'hedge', 'discovery', 'open-source', 'coref', 'model', 'false' rows (part 2 of 2).
 * The others are in the other generalise-release-scores-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // a licence named after a model is no model ("… 라이선스")
    cat: 'false.licence-name',
    text: "가온소프트의 '가온-8B'는 라마 3.3 커뮤니티 라이선스로, 한빛AI의 '한빛-7B'는 Qwen2.5 라이선스로 배포된다.",
    nodes: ['Model:가온-8B', 'Model:한빛-7B'],
    noNodes: ['Model:라마 3.3', 'Model:Qwen2.5'],
  },
  {
    cat: "after a small sibling was introduced, 'BENCH에서 M은 N점을 받았다' makes M what the next subject-less score sentence is about",
    text: [
      "가온소프트는 새 모델 '바람 3.0'을 공개했다.",
      "경량 모델 '바람 3.0 미니'도 함께 내놨다.",
      '매개변수 15억 개 규모로, 바람 3.0을 교사 모델로 삼아 증류했다.',
      'KMMLU에서 바람 3.0은 66.2점을 받았다.',
      "수학 평가 MATH-500에서는 81.5점, 새로 만든 추론 평가셋 '다온리즌'에서는 72.4점을 기록했다.",
    ].join('\n\n'),
    expect: ['SCORED 바람 3.0 -> MATH-500', 'SCORED 바람 3.0 -> 다온리즌', 'SCORED 바람 3.0 -> KMMLU'],
    absent: ['SCORED 바람 3.0 미니 -> MATH-500', 'SCORED 바람 3.0 미니 -> 다온리즌'],
  },
  // a programme round's results told team by team: the team's model, topic after its consortium or after the rank it reached,
  // is what the team's next subject-less sentence is about (its predecessor), not the round's winner named first
  {
    cat: 'focus.team-topic',
    text: "1위는 한빛텔레콤 컨소시엄이 차지했다. 한빛텔레콤이 1차 평가 때 선보인 '누리 바람'의 후속 모델 '누리 바람 2'는 KMMLU에서 80.1점을 받았다. 누리 바람 2의 매개변수는 2천억개(200B) 규모다. 다온소프트 컨소시엄의 '다온 LM 3'은 77.4점으로 뒤를 이었다. 다온소프트가 1차 평가에 내놨던 '다온 LM 2'를 잇는 모델로, 매개변수를 두 배로 늘렸다.",
    expect: ['SUCCEEDS 누리 바람 2 -> 누리 바람', 'SUCCEEDS 다온 LM 3 -> 다온 LM 2'],
    absent: ['SUCCEEDS 누리 바람 2 -> 다온 LM 2'],
  },
  {
    cat: 'focus.rank-topic',
    text: "1위는 한빛텔레콤의 '누리 바람 2'가 차지했다. 누리 바람 2는 80.1점을 받았다. 3위로 예선을 넘은 가온랩스의 '가온-7 2'는 74.6점을 기록했다. 700억개(70B) 규모였던 전작 '가온-7'보다 두 배 큰 1400억개(140B) 매개변수를 갖췄다.",
    expect: ['SUCCEEDS 가온-7 2 -> 가온-7'],
    absent: ['SUCCEEDS 누리 바람 2 -> 가온-7'],
    props: ['가온-7 2=parameters:140000000000'],
  },
];

describe('release stories with scores', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
