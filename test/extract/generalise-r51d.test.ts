/**
 * Session r51d: quiz choices and menu items that are versioned model names (no scores), the topic model a sentence derives
 * from a base as the focus of the next sentences, a first generation named by its stem, a successor as the improved object,
 * a development name, a family's bare name, written with invented wording and names.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // lines that are versioned names the prose uses as names ("가람 2.5를 썼다는"): choices, not a score list
  {
    cat: 'score-lines.versioned-names',
    text: "문제 2. 다온AI의 '다온-S 2'는 KMMLU에서 몇 점을 받았을까요? 해설: 55.2점이다.\n\n문제 3. '다온-S 2'는 어느 모델을 바탕으로 만들었을까요?\n\n젬마 2.0\n\n클로드 3.5\n\n그록 1.5\n\n해설: 다온AI는 젬마 2.0을 바탕으로 다온-S 2를 만들었다. 클로드 3.5나 그록 1.5를 썼다는 소문은 틀렸다.",
    expect: ['BASED_ON 다온-S 2 -> 젬마 2.0'],
    absent: ['SCORED 젬마 -> KMMLU', 'SCORED 클로드 -> KMMLU', 'SCORED 그록 -> KMMLU', 'SCORED 젬마 2.0 -> KMMLU'],
  },
  // a score list whose lines carry scores stays one
  {
    cat: 'score-lines.versioned-names',
    text: "KMMLU 결과\n\n누리-7B 61.5\n\n가람-9B 58.0\n\n한빛-3B 52.4\n\n누리-7B 61.5, 가람-9B 58.0 순이었다.",
    expect: ['SCORED 누리-7B -> KMMLU', 'SCORED 가람-9B -> KMMLU', 'SCORED 한빛-3B -> KMMLU'],
  },
  // "Y(Y')는 Z를 바탕으로 … 학습했다": the topic the next subject-less sentence's successor is about, not a model named before
  {
    cat: 'focus.derived-topic',
    text: "별빛소프트가 지난달 공개한 별빛-M 3는 KMMLU에서 60.1점을 받았다. 별빛-M 2의 업그레이드 버전이다.\n\n정답 ③ 한결텍의 한결-R 2(Hangyeol-R 2)는 누리랩의 누리-9B를 기반으로 법률 데이터를 더 학습시켰다. 1세대 한결-R의 후속 모델이다.",
    expect: ['SUCCEEDS 한결-R 2 -> 한결-R', 'SUCCEEDS 별빛-M 3 -> 별빛-M 2', 'BASED_ON 한결-R 2 -> 누리-9B'],
    absent: ['SUCCEEDS 별빛-M 3 -> 한결-R'],
  },
  {
    cat: 'focus.derived-topic',
    text: "솔빛AI가 공개한 솔빛-7B는 자체 평가에서 좋은 결과를 냈다. 솔빛-6B를 잇는다.\n\n② 마루텍의 '마루-L 3'는 솔빛AI의 솔빛-7B를 미세조정해 의료 기록을 더 익혔다. 마루-L 2의 업그레이드 버전이다.",
    expect: ['SUCCEEDS 마루-L 3 -> 마루-L 2', 'BASED_ON 마루-L 3 -> 솔빛-7B'],
    absent: ['SUCCEEDS 솔빛-7B -> 마루-L 2'],
  },
  // (not a sibling distilled from the model in focus: the next subject-less score stays the focus's)
  {
    cat: 'focus.derived-topic',
    text: "가온랩이 새 모델 가온-3 프로를 공개했다. 가온-3 프로는 KMMLU에서 66.0점을 받았다. 소형 모델 가온-3 미니(2B)는 가온-3 프로를 교사 모델로 삼아 증류했다. HAE-RAE에서도 80.4점으로 경쟁 모델을 앞섰다.",
    expect: ['SCORED 가온-3 프로 -> HAE-RAE'],
    absent: ['SCORED 가온-3 미니 -> HAE-RAE'],
  },
  // (nor a first generation a contrast moves on from: "X는 A를 토대로 했지만, 2세대는 B를 바탕으로 …")
  {
    cat: 'focus.derived-topic',
    text: "조선텍이 조선 특화 모델 '바다-M 2'를 공개했다. 1세대 바다-M은 구글의 젬마 2 9B를 토대로 했지만, 2세대는 메타의 라마 3.1 8B를 바탕으로 미세조정했다. KMMLU에서 58.2점을 받았다.",
    expect: ['SCORED 바다-M 2 -> KMMLU'],
    absent: ['SCORED 바다-M -> KMMLU'],
  },
  // "1세대 X" beside "X-2", "X 1.5": the first generation is the stem's own model, the one a changelog line's note is about
  {
    cat: 'names.first-generation-stem',
    text: "바람랩스가 바람-3를 내놨다. 바람-3는 바람 2.1의 후속 모델이다.\n\n2025.03.02 바람 2.1 출시. 바람랩스는 1세대 바람을 손봐 이 모델을 만들었다.\n\n2024.05.20 1세대 바람 출시. 구글의 젬마 2 9B를 바탕으로 만든 모델이다.\n\n바람랩스는 다음 세대도 준비하고 있다.",
    expect: ['BASED_ON 바람 -> 젬마 2 9B', 'SUCCEEDS 바람-3 -> 바람 2.1'],
    nodes: ['Model:바람'],
    absent: ['BASED_ON 바람 2.1 -> 젬마 2 9B'],
  },
  // after a line that names Y, a subject-less "X를 한층 고도화한 후속 모델." (or "…개선한 업그레이드 버전이다.")
  {
    cat: 'succeeds.focus-improved-of',
    text: "누리랩스가 새 모델 '누리봇 5'를 공개했다. 지난해 나온 '누리봇 4'도 여전히 서비스된다.\n\n2026.04.01 누리봇 5 출시. 누리봇 4를 한층 고도화한 후속 모델이다.\n\n누리랩스는 가격을 내렸다.",
    expect: ['SUCCEEDS 누리봇 5 -> 누리봇 4'],
  },
  {
    cat: 'succeeds.focus-improved-of',
    text: "솔빛AI가 솔빛-L 4를 선보였다. 솔빛-L 3를 대폭 개선한 업그레이드 버전이다.",
    expect: ['SUCCEEDS 솔빛-L 4 -> 솔빛-L 3'],
  },
  // the name a model went by while it was made, then the one it was released under: one model
  {
    cat: 'renamed.development-name',
    text: "하늘소프트가 만든 언어모델 하늘-5는 개발 단계에서 '하늘 4.5' 모델로 알려졌지만, 데이터를 전부 바꿔 지난달 '하늘-5'라는 이름으로 정식 공개했다.",
    sameNode: ['하늘-5=하늘 4.5'],
  },
  {
    cat: 'renamed.development-name',
    text: "시험판 모델 '도담 0.9'는 지난봄 일부 고객에게 먼저 풀렸다. 도담랩은 '도담 0.9'라는 이름으로 불리던 이 모델을 '도담-1'이라는 이름으로 정식 출시했다.",
    sameNode: ['도담-1=도담 0.9'],
  },
  // a bare name the article calls a family is a line of models, not its one sized member
  {
    cat: 'names.family-not-sized-member',
    text: "가람-X(GARAM-X)는 가람랩스가 개발한 한국어 모델 패밀리입니다. 대표 모델 가람-X 40B는 400억 파라미터 모델입니다. 가람-X 라이트는 가람-X 40B에서 증류했습니다.",
    nodes: ['Model:가람-X', 'Model:가람-X 40B'],
    expect: ['DEVELOPED 가람랩스 -> 가람-X', 'BASED_ON 가람-X 라이트 -> 가람-X 40B'],
  },
];

describe('r51d: versioned names in lists, a derived topic as the focus', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
