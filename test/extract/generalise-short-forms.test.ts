/** Short forms of sized model names: a Latin-prefixed name read whole, a family's short form no node's name, a relative clause no topic. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "T-바람 7B는": a sized Hangul name after a Latin prefix and a hyphen is no model "바람 7B" (whose family word "바람" then
    // took the bare "T-바람" later as a model of its own)
    cat: 'sized.latin-prefix',
    text: "솔잎AI는 한울랩스가 지난봄 내놓은 'T-바람 7B'를 가져와 추가 학습한 '솔잎-7B'를 공개했다. T-바람 7B는 메타의 라마 3를 교사로 삼아 증류한 모델이다.\n\n연구진은 \"라마의 추론 능력을 물려받은 T-바람을 출발점으로 삼았다\"고 말했다.",
    expect: ['BASED_ON 솔잎-7B -> T-바람 7B', 'BASED_ON T-바람 7B -> 라마 3'],
    absent: ['BASED_ON 라마 3 -> 바람', 'BASED_ON 라마 -> 바람'],
    noNodes: ['Model:바람', 'Model:바람 7B'],
  },
  {
    // a sized Hangul name with nothing glued before it is still read
    cat: 'sized.plain',
    text: '가람소프트는 새 언어모델 하늬 7B를 공개했다. 하늬 7B는 KMMLU에서 55.1점을 받았다.',
    expect: ['DEVELOPED 가람소프트 -> 하늬 7B', 'SCORED 하늬 7B -> KMMLU'],
  },
  {
    // "X의 … 이어받은 Y를 출발점으로": the possessive opens a relative clause on Y, no topic basing X on Y
    cat: 'base.possessive-relative',
    text: "다솜AI는 자체 모델 '다솜 2'를 공개했다. 회사는 \"젬마 3의 다국어 능력을 이어받은 큐웬 2.5를 출발점으로 삼았다\"고 설명했다.",
    absent: ['BASED_ON 젬마 3 -> 큐웬 2.5'],
  },
  {
    // "X의 최신 버전은 Y를 기반으로": a possessive topic still reads
    cat: 'base.possessive-topic',
    text: "다솜AI의 '다솜 2'는 구글의 젬마 3를 기반으로 개발됐다.",
    expect: ['BASED_ON 다솜 2 -> 젬마 3'],
  },
];

describe('short forms of sized names', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
