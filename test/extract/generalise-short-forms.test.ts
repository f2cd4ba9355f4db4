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
  {
    // "큐웬3-14B" once, "큐웬3" twice in a quotation: the sized model keeps its sized name, the short form is its alias
    cat: 'name.sized-over-short-form',
    text: "별빛랩스는 '별빛 2'를 공개했다. 별빛 2는 알리바바가 공개한 큐웬3-14B(Qwen3-14B)를 미세조정해 만들었다.\n\n대표는 \"큐웬3는 토크나이저가 좋다\"며 \"그래서 큐웬3를 골랐다\"고 했다.",
    expect: ['BASED_ON 별빛 2 -> 큐웬3-14B', 'DEVELOPED 알리바바 -> 큐웬3-14B'],
    nodes: ['Model:큐웬3-14B'],
    noNodes: ['Model:큐웬3'],
  },
  {
    // a filing's defined term for a party's model ("(이하 '원고 모델'이라 한다)") stands for it, never names it: the node keeps
    // the model's own name, so another filing's "원고 모델" joins nothing across articles
    cat: 'name.role-defined-term',
    text: "(1) 원고는 한국어 언어모델을 개발하는 회사로서, '누비-12B'(이하 '원고 모델'이라 한다)를 개발하여 2024. 5. 2. 공개하였다.\n(2) 피고는 원고 모델을 기초로 미세조정하여 '마루챗 3'(이하 '피고 모델'이라 한다)를 만들었다고 원고는 주장한다. 원고 모델은 KMMLU에서 51.2점을 받았다.",
    nodes: ['Model:누비-12B'],
    noNodes: ['Model:원고 모델', 'Model:피고 모델'],
  },
];

describe('short forms of sized names', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
