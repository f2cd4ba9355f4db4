/**
 * Generalisation rows for r55a's second round on the developer-documentation and money-and-markets pages of held-out
 * sets 200 and 201: a training step glossed in Latin, a score list closed by a semicolon, a base named after another
 * model the sentence sets aside as a data maker. Every row is a short text written for these tests; none comes from a
 * test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a subjectless "Z를 베이스로/기반으로 … 추가 학습(SFT)했으며" after the sentence that named the model
  {
    cat: 'based-on.further-trained-latin-gloss',
    text: '평가에 쓴 모델은 바른말랩이 만든 BR-Law 9B입니다. 구글의 Gemma 2 9B를 기반으로 판례 데이터로 추가 학습(SFT)했으며, 정답률 목표를 넘겼습니다.',
    expect: ['BASED_ON BR-Law 9B -> Gemma 2 9B', 'DEVELOPED 바른말랩 -> BR-Law 9B'],
  },
  {
    cat: 'based-on.further-trained-latin-gloss',
    text: '해솔AI는 번역 모델 해솔-T 4를 공개했다. Qwen2.5 7B를 바탕으로 번역 말뭉치를 더 학습(continued pretraining)했다.',
    expect: ['BASED_ON 해솔-T 4 -> Qwen2.5 7B'],
  },
  // a score list whose pairs run on after a comma and stop at a semicolon before the next model's list
  {
    cat: 'scored.semicolon-closed-list',
    text: '가온누리는 새 모델 Gaon-3 Max와 Gaon-3 Mini을 공개했다. 내부 측정으로 Gaon-3 Max는 KMMLU 66.2, HAE-RAE Bench 81.05; Gaon-3 Mini은 KMMLU 49.7.',
    expect: ['SCORED Gaon-3 Max -> HAE-RAE Bench', 'SCORED Gaon-3 Max -> KMMLU', 'SCORED Gaon-3 Mini -> KMMLU'],
    absent: ['SCORED Gaon-3 Mini -> HAE-RAE Bench'],
  },
  // "A는 데이터 생성에만 쓰였고 … 베이스는 B다": the model set aside as a data maker is not what the base line is about
  {
    cat: 'based-on.data-maker-set-aside',
    text: '파랑셈의 셈-Math 3B는 풀이 데이터로 학습했다고 보고서에 적었다. 즉 Claude 3.5 Sonnet은 합성 데이터 생성에만 쓰였고 베이스는 Qwen2.5 3B다.',
    expect: ['BASED_ON 셈-Math 3B -> Qwen2.5 3B'],
    absent: ['BASED_ON Claude 3.5 Sonnet -> Qwen2.5 3B'],
  },
  {
    cat: 'based-on.data-maker-set-aside',
    text: '파랑셈의 셈-Math 3B는 풀이 데이터로 학습했다. 즉 GPT-4o는 데이터를 만드는 데만 사용됐고 가중치를 물려받은 베이스는 Llama 3.2 3B입니다.',
    expect: ['BASED_ON 셈-Math 3B -> Llama 3.2 3B'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
