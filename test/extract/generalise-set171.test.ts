/**
 * Generalisation rows for set 171's forms: a model line whose generation number is glued to its Hangul stem ("X3",
 * "X3-V", "X3 8B") or written as a Roman numeral ("X II", "X Ⅲ 라이트", one model with "X 2"); the stem giving the line's
 * siblings their developer; a size alone after 에서, and in a sentence that names only unsized variants of the line; a
 * student distilled from a teacher ("Y에서 (지식) 증류로 만들었다", a line-up item's "Y에서 증류."); a variant word before
 * a definition list's colon; a spreadsheet's table with section rows, a blank last remark, a remark of two sentences
 * and a remark naming the predecessor. Every name and sentence is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const cells = (rows: string[][]) => rows.flat().join('\n\n');

/** A community tracker's sheet: a header row, section rows across the table, one blank remark, a remark of two sentences. */
const SHEET =
  '국산 공개 모델 목록을 정리했다.\n\n' +
  cells([
    ['모델', '개발사', '크기', '기반 모델', 'KMMLU', '비고'],
    ['솔내음랩 · 솔내음 라인'],
    ['솔내음 3.0 24B', '솔내음랩', '24B', 'Qwen3-32B', '60.5', '주력. 추론 겸용'],
    ['솔내음 3.0 6B', '솔내음랩', '60억', '솔내음 3.0 24B (증류)', '52.0'],
    ['솔내음 3.0 VL', '솔내음랩', '7B', '솔내음 3.0 6B + 이미지 인코더', '—', '비전 변형'],
    ['바다결AI · 물보라 시리즈'],
    ['물보라 2.5', '바다결AI', '30억', 'Llama 3.2 3B', '40.5', '전작: 물보라 2.0'],
  ]);

const rows: FactRow[] = [
  // a generation number glued to a Hangul stem, in a sentence about models: the line, a hyphenated variant and a size
  { cat: 'names.glued-generation', text: "누리봇3는 가람소프트가 개발한 3세대 언어모델이다. 누리봇3 8B는 누리봇2의 후속 모델이다.", expect: ['DEVELOPED 가람소프트 -> 누리봇3', 'SUCCEEDS 누리봇3 8B -> 누리봇2'], props: ['누리봇3 8B=parameters:8000000000'] },
  { cat: 'names.glued-generation', text: "누리봇3-V(nuribot3-v)는 이미지 인코더를 붙인 비전 모델이다.", nodes: ['Model:누리봇3-V'], sameNode: ['누리봇3-V=nuribot3-v'] },
  // the line's stem gives its siblings the developer of one of them
  { cat: 'names.glued-generation', text: "누리봇3는 가람소프트가 개발한 3세대 언어모델이다. 누리봇3 8B는 알리바바의 Qwen3-8B를 바탕으로 추가 학습했다. 누리봇3-V는 비전 변형이다.", expect: ['DEVELOPED 가람소프트 -> 누리봇3 8B', 'DEVELOPED 가람소프트 -> 누리봇3-V'] },
  // (traps: a counter after the number, a caption's numbering, a season, a disease; a sentence about no model)
  { cat: 'names.glued-generation', text: "통신3사는 지난해 AI 모델 투자를 두 배로 늘렸다. (사진1) 가람소프트 대표가 모델 학습 현황을 설명하고 있다.", noNodes: ['Model:통신3', 'Model:사진1'] },
  { cat: 'names.glued-generation', text: "시즌2 방영을 앞두고 코로나19 이후 처음으로 모델 촬영이 재개됐다. 하늘빛3는 오늘 개장한다.", noNodes: ['Model:시즌2', 'Model:코로나19', 'Model:하늘빛3'] },
  // a Roman numeral after a Hangul stem is a generation: one model with its Arabic spelling, a successor and a base
  { cat: 'names.roman-generation', text: "한결테크의 첫 모델 새벽 I은 처음부터 학습한 13억 파라미터 모델이었다. 새벽 II(새벽2)는 새벽 I의 후속 모델로, 메타의 라마 3 8B를 바탕으로 만들었다.", expect: ['SUCCEEDS 새벽 II -> 새벽 I', 'BASED_ON 새벽 II -> 라마 3 8B'], sameNode: ['새벽 II=새벽2'] },
  { cat: 'names.roman-generation', text: "새벽 Ⅲ 라이트는 새벽 Ⅲ에서 증류한 경량 모델이다. 새벽 3은 KMMLU에서 60.1점을 받았다.", expect: ['BASED_ON 새벽 Ⅲ 라이트 -> 새벽 Ⅲ', 'SCORED 새벽 Ⅲ -> KMMLU'], sameNode: ['새벽 3=새벽 Ⅲ'] },
  // (traps: a trial phase, a season; a sentence about no model)
  { cat: 'names.roman-generation', text: "임상 II 단계에 들어간 신약 모델 연구와 시즌 III 촬영이 동시에 진행된다. 한강 II는 오늘 개통했다.", noNodes: ['Model:임상 II', 'Model:시즌 III', 'Model:한강 II'] },
  // a size alone after 에서 is the line's model of that size
  { cat: 'versions.bare-size-particle', text: "누리봇3 14B는 Qwen3-14B를 바탕으로 만들었다. 누리봇3 3B는 14B에서 지식 증류로 만들었다.", expect: ['BASED_ON 누리봇3 3B -> 누리봇3 14B'] },
  // a sentence naming only unsized variants of the line reads a size alone as the line's model of that size
  { cat: 'versions.variant-sizes', text: "누리봇3 14B는 Qwen3-14B를 바탕으로 만들었다. 누리봇3 3B는 가장 작은 모델이다. 누리봇3-V는 3B 모델에 이미지 인코더를 붙인 비전 변형이며, 누리봇3-씽크는 14B를 기반으로 강화학습한 추론 모델이다.", expect: ['BASED_ON 누리봇3-V -> 누리봇3 3B', 'BASED_ON 누리봇3-씽크 -> 누리봇3 14B'] },
  // (trap: a size before 에 with no 모델 is no model: "8B에 … 이면")
  { cat: 'versions.bare-size-particle', text: "가람-2 1.2B는 KMMLU에서 40.1점을 받았다. 8B에 KMMLU 58.3이면 가람-2 1.2B보다 훨씬 높다.", noNodes: ['Model:가람-2 8B'] },
  // "Y에서 증류." after a line-up item's name, and a definition list's "X 씽크:" naming the sibling
  { cat: 'based-on.distilled-from', text: "보라-2는 한결테크가 개발한 언어모델 패밀리다.\n\n보라-2 40B: 플래그십. 400억 파라미터.\n\n보라-2 미니: 7B. 보라-2 40B에서 증류. 오픈 웨이트로 공개.\n\n보라-2 씽크: 보라-2 40B를 기반으로 강화학습한 추론 모델.", expect: ['BASED_ON 보라-2 미니 -> 보라-2 40B', 'BASED_ON 보라-2 씽크 -> 보라-2 40B'] },
  // a spreadsheet's table: section rows, a blank last remark, a remark of two sentences, a predecessor in a remark
  { cat: 'tables.section-rows', text: SHEET, expect: ['SCORED 솔내음 3.0 24B -> KMMLU', 'SCORED 솔내음 3.0 6B -> KMMLU', 'SCORED 물보라 2.5 -> KMMLU', 'DEVELOPED 바다결AI -> 물보라 2.5', 'BASED_ON 솔내음 3.0 24B -> Qwen3-32B', 'BASED_ON 솔내음 3.0 6B -> 솔내음 3.0 24B', 'BASED_ON 솔내음 3.0 VL -> 솔내음 3.0 6B', 'BASED_ON 물보라 2.5 -> Llama 3.2 3B', 'SUCCEEDS 물보라 2.5 -> 물보라 2.0'] },
  // (trap: a remark that names the predecessor's rival only as a comparison is no predecessor)
  { cat: 'tables.section-rows', text: SHEET.replace('전작: 물보라 2.0', '물보라 2.0과 비교'), absent: ['SUCCEEDS 물보라 2.5 -> 물보라 2.0'] },
  // a list item's head model with a note in brackets and a colon is what the item's next sentences are about
  { cat: 'focus.item-colon', text: "가람소프트의 모델을 정리한다.\n\n- 누리봇3 (2026.3): 80억 파라미터. Qwen3-8B를 기반으로 만들었다.\n\n- 누리봇2 (2025.1): 30억 파라미터. 처음부터 학습했다.", expect: ['BASED_ON 누리봇3 -> Qwen3-8B'], absent: ['BASED_ON 누리봇2 -> Qwen3-8B'] },
  { cat: 'focus.item-colon', text: "가람소프트의 모델을 정리한다.\n\n- 누리봇3 (2026.3): 누리봇2의 후속. 80억 파라미터.", expect: ['SUCCEEDS 누리봇3 -> 누리봇2'] },
  // a family word glossed with its own year ("솔라 프로(Solar Pro, 2024):") is that first model, not the article's later version of it
  { cat: 'families.dated-gloss', text: "업스테이지의 솔라 라인을 정리한다.\n\n- 솔라 프로(Solar Pro, 2024): 마이크로소프트의 Phi-3-medium을 기반으로 220억(22B)까지 키웠다.\n\n- 솔라 프로 2(Solar Pro 2, 2025.7): 솔라 프로의 후속. 310억(31B).", expect: ['BASED_ON 솔라 프로 -> Phi-3-medium', 'SUCCEEDS 솔라 프로 2 -> 솔라 프로'], absent: ['BASED_ON 솔라 프로 2 -> Phi-3-medium'] },
  // a quoted name after "퀴즈셋" is a test set; a model run on it and its score
  { cat: 'bench.quiz-set', text: "강의 실습 결과: Qwen3-8B를 우리 수업용 퀴즈셋 '경영퀴즈-40'에 돌려 본 결과 55.0점.", expect: ['SCORED Qwen3-8B -> 경영퀴즈-40'], nodes: ['Benchmark:경영퀴즈-40'] },
  { cat: 'bench.quiz-set', text: "주말 퀴즈 '모델 이름 맞히기'에 5000명이 참여했다.", noNodes: ['Benchmark:모델 이름 맞히기'] },
  // "Y 역시 … X의 후속 모델이었다": Y, named before 역시, is the subject; the predicate's 모델 stands for no other model in focus
  { cat: 'topic-predicate.yeoksi-subject', text: "누리봇3는 가람소프트가 개발한 3세대 언어모델 패밀리다. 누리봇3는 지난해 나온 누리봇2의 후속이다. 누리봇2 역시 2024년 공개된 1세대 '누리봇'의 후속 모델이었다.", expect: ['SUCCEEDS 누리봇2 -> 누리봇', 'SUCCEEDS 누리봇3 -> 누리봇2'], absent: ['SUCCEEDS 누리봇3 -> 누리봇'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
