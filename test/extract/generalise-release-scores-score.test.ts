/**
 * Generalisation rows of generalise-release-scores: the 'score' rows.
 * The others are in the other generalise-release-scores-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a score expected or aimed at is no score reached ("N점을 받을 것으로 예상된다", "N점을 목표로"); a base the industry only supposes is none
  { cat: 'score.future', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 70점을 받을 것으로 예상된다.", absent: ['SCORED 누리 바람 2 -> KMMLU'] },
  { cat: 'score.future', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. KMMLU에서 누리 바람 2는 70점을 기록할 전망이다.", absent: ['SCORED 누리 바람 2 -> KMMLU'] },
  { cat: 'score.future', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 80점을 목표로 한다.", absent: ['SCORED 누리 바람 2 -> KMMLU'] },
  { cat: 'score.future', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 70점을 받았다.", expect: ['SCORED 누리 바람 2 -> KMMLU'] },
  // a bound or a rough figure is no score ("70점 이상", "75점을 넘겼다", "80점에 육박", "60점을 밑돌았다", "70점 안팎"),
  // unless the number is stated as another model's score ("GPT-4o가 받은 70.1점에 근접했다")
  { cat: 'score.bound', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 70점 이상을 받았다.", absent: ['SCORED 누리 바람 2 -> KMMLU'] },
  { cat: 'score.bound', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 75점을 넘기며 선두에 섰다.", absent: ['SCORED 누리 바람 2 -> KMMLU'] },
  { cat: 'score.bound', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 80점에 육박하는 점수를 냈다.", absent: ['SCORED 누리 바람 2 -> KMMLU'] },
  { cat: 'score.bound', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 60점을 밑돌았다.", absent: ['SCORED 누리 바람 2 -> KMMLU'] },
  { cat: 'score.bound', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 70점 안팎을 기록했다.", absent: ['SCORED 누리 바람 2 -> KMMLU'] },
  {
    cat: 'score.bound',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 66.2점을 기록해 GPT-4o가 받은 69.5점에 근접했다.",
    expect: ['SCORED 누리 바람 2 -> KMMLU', 'SCORED GPT-4o -> KMMLU'],
    edgeProps: ['SCORED 누리 바람 2 -> KMMLU score=66.2', 'SCORED GPT-4o -> KMMLU score=69.5'],
  },
  {
    cat: 'score.bound',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 71.8점을 받아 GPT-4o가 기록한 69.5점을 넘어섰다.",
    expect: ['SCORED 누리 바람 2 -> KMMLU', 'SCORED GPT-4o -> KMMLU'],
    edgeProps: ['SCORED 누리 바람 2 -> KMMLU score=71.8', 'SCORED GPT-4o -> KMMLU score=69.5'],
  },
  // a bound passed by a little ("70점을 살짝 넘긴 70.4점"): the bound is no score, the score after it is
  {
    cat: 'score.bound',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KoBEST에서 80점을 조금 넘긴 80.6점을 받았다.",
    edgeProps: ['SCORED 누리 바람 2 -> KoBEST score=80.6'],
  },
  { cat: 'score.bound', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 60점을 살짝 넘겼다.", absent: ['SCORED 누리 바람 2 -> KMMLU'] },
  {
    cat: 'score.bound',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 한국어 이해를 묻는 CLIcK에서는 60점을 훌쩍 넘긴 68.1점을 기록했다.",
    edgeProps: ['SCORED 누리 바람 2 -> CLIcK score=68.1'],
  },
  // "N점 가까이 앞섰다", "N점 앞섰다": a lead over another model, not a score
  {
    cat: 'score.lead-is-no-score',
    text: '연구의 출발점은 알리바바의 오픈 웨이트 모델 Qwen2.5-14B다. 같은 예산에서 미세조정 쪽이 KoBEST 기준 6점 가까이 앞섰다고 한다.',
    absent: ['SCORED Qwen2.5-14B -> KoBEST'],
  },
  { cat: 'score.lead-is-no-score', text: '가온 3는 KoBEST에서 라마 3.1을 4.5점 앞섰다.', absent: ['SCORED 가온 3 -> KoBEST', 'SCORED 라마 3.1 -> KoBEST'] },
  { cat: 'score.lead-is-no-score', text: '가온 3는 KoBEST에서 81.5점을 받아 라마 3.1을 앞섰다.', expect: ['SCORED 가온 3 -> KoBEST'] },
  // a subject model's list of scores, each with a rival's score in parentheses after it
  {
    cat: 'score.topic-list-with-paren-asides',
    text: '하람-R 7B는 KMMLU 58.2점(GPT-4o-mini 61.0점), CLIcK 74.9점(GPT-4o-mini 70.3점)을 받았다.',
    expect: ['SCORED 하람-R 7B -> KMMLU', 'SCORED 하람-R 7B -> CLIcK', 'SCORED GPT-4o-mini -> CLIcK'],
    edgeProps: ['SCORED 하람-R 7B -> KMMLU score=58.2', 'SCORED 하람-R 7B -> CLIcK score=74.9', 'SCORED GPT-4o-mini -> CLIcK score=70.3'],
  },
  {
    cat: 'score.topic-list-with-paren-asides',
    text: '하람-R 7B는 KMMLU에서 58.2점을 받아 GPT-4o-mini(61.0점)에 못 미쳤지만, CLIcK에서는 74.9점으로 GPT-4o-mini(70.3점)를 앞섰다.',
    expect: ['SCORED 하람-R 7B -> KMMLU', 'SCORED 하람-R 7B -> CLIcK'],
    edgeProps: ['SCORED 하람-R 7B -> KMMLU score=58.2', 'SCORED 하람-R 7B -> CLIcK score=74.9'],
  },
  // benchmark–score pairs under the sentence that presents the model: dashes, pipes
  {
    cat: 'score.focus-pairs-dash-pipe',
    text: '하람-R 7B의 벤치마크 점수는 다음과 같다.\n\nKMMLU — 58.2\n\nCLIcK — 74.9',
    expect: ['SCORED 하람-R 7B -> KMMLU', 'SCORED 하람-R 7B -> CLIcK'],
    edgeProps: ['SCORED 하람-R 7B -> KMMLU score=58.2', 'SCORED 하람-R 7B -> CLIcK score=74.9'],
  },
  {
    cat: 'score.focus-pairs-dash-pipe',
    text: '하람-R 7B를 직접 돌려 봤다.\n\nKMMLU 58.2 | CLIcK 74.9 | HAE-RAE 80.1',
    expect: ['SCORED 하람-R 7B -> KMMLU', 'SCORED 하람-R 7B -> CLIcK', 'SCORED 하람-R 7B -> HAE-RAE'],
    edgeProps: ['SCORED 하람-R 7B -> KMMLU score=58.2', 'SCORED 하람-R 7B -> CLIcK score=74.9', 'SCORED 하람-R 7B -> HAE-RAE score=80.1'],
  },
  // "X의 후속 모델인데, Y를 바탕으로 …": the clause after 인데 is about the release, not a successor of X named Y;
  // "베이스로 쓴 Y 원본은 같은 벤치에서 N점": the base's own score ("원본", the original, is the model itself)
  {
    cat: 'score.base-original',
    text: "한빛비전은 지난달 '한빛-V 3'를 공개했다. 한빛-V 2의 후속 모델인데, 알리바바의 Qwen2.5-VL-7B를 바탕으로 한국어 데이터를 추가로 학습시켰다. VisKo에서 한빛-V 3가 70.2점을 받았다. 베이스로 쓴 Qwen2.5-VL-7B 원본은 같은 벤치에서 61.5점이다.",
    expect: ['SUCCEEDS 한빛-V 3 -> 한빛-V 2', 'BASED_ON 한빛-V 3 -> Qwen2.5-VL-7B', 'SCORED 한빛-V 3 -> VisKo', 'SCORED Qwen2.5-VL-7B -> VisKo'],
    absent: ['SUCCEEDS Qwen2.5-VL-7B -> 한빛-V 2'],
    edgeProps: ['SCORED Qwen2.5-VL-7B -> VisKo score=61.5'],
  },
  // lines of a benchmark and its score alone ("- KMMLU: 61.5") under a sentence that says the model's scores follow: the model in focus scored them
  { cat: 'score.focus-line', text: "누리소프트가 자사 누리 1.5의 후속 모델인 누리 2 14B를 내놨습니다. 회사가 밝힌 성적은 아래와 같습니다.\n\n- KMMLU: 61.5\n\n- CLIcK: 70.2점\n\n해외 모델보다 높다는 설명입니다.", edgeProps: ['SCORED 누리 2 14B -> KMMLU score=61.5', 'SCORED 누리 2 14B -> CLIcK score=70.2'] },
  { cat: 'score.focus-line', text: "Hanul Labs released Sora-4 on Monday. Its results are as follows:\n\nKoBEST: 77.1\n\nKMMLU: 64.0", edgeProps: ['SCORED Sora-4 -> KoBEST score=77.1', 'SCORED Sora-4 -> KMMLU score=64.0'] },
  // not where the line before says nothing of the model or its scores, nor a figure that is no score
  { cat: 'score.focus-line', text: "누리소프트가 누리 2 14B를 내놨습니다. 평가에 쓰인 벤치마크는 여럿이다.\n\n- KMMLU: 61.5", absent: ['SCORED 누리 2 14B -> KMMLU'] },
  { cat: 'score.focus-line', text: "누리소프트가 누리 2 14B를 내놨습니다. 성적은 아래와 같습니다.\n\n- KMMLU: 2024년판", absent: ['SCORED 누리 2 14B -> KMMLU'] },
];

describe('release stories with scores', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
