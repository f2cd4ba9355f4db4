/**
 * Generalisation rows for a wire service's 일문일답: questions marked by a dash ("-성능은 어느 정도인가."), answers by "="
 * and the speaker in parentheses ("=(김 CTO) …"). An answer to a question that names no model is about the model the
 * lead introduced, not the one the previous answer talked about; a model named only inside words the lead quotes is not
 * what the lead introduces. Every sentence is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const QA =
  "국내 AI 스타트업 다온AI가 22일 차세대 모델 '다온-2 프로'를 공개했다. 축사에 나선 한 관계자는 \"다온-2 같은 모델이 현장에 쓰이길 바란다\"고 말했다.\n\n" +
  '-다온-2 프로는 어떤 모델인가.\n\n=(한 대표) 지난해 내놓은 다온-1의 후속 모델이다. 우리가 처음부터 직접 학습했다.\n\n' +
  '-같이 공개한 다온-2 미니는 어떤가.\n\n=(김 CTO) 미니는 사정이 다르다. 작은 모델이다.\n\n' +
  '-성능은 어느 정도인가.\n\n=(김 CTO) 한국어 지식 평가인 KMMLU에서 71.5점, 해례 벤치에서 80.2점을 받았다.';

const rows: FactRow[] = [
  {
    cat: 'interview.equals-answer-turn',
    text: QA,
    expect: ['SCORED 다온-2 프로 -> KMMLU', 'DEVELOPED 다온AI -> 다온-2 프로'],
    absent: ['SCORED 다온-2 미니 -> KMMLU', 'SCORED 다온-2 -> KMMLU'],
  },
];

describe("a wire service's 일문일답", () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
