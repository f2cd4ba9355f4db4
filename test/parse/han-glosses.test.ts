import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { stripHanGlosses } from '../../src/parse/text.js';

describe('Chinese-character glosses', () => {
  it.each([
    ['루이펑(瑞丰)-2는 공개됐다.', '루이펑-2는 공개됐다.'],
    ['장하오(张浩, Zhang Hao) 대표는 말했다.', '장하오(Zhang Hao) 대표는 말했다.'],
    ['쿤룬AI(昆仑AI, Kunlun AI)와 손잡았다.', '쿤룬AI(Kunlun AI)와 손잡았다.'],
    ['바다(OCEAN·海洋)도 있다.', '바다(OCEAN)도 있다.'],
    ["'루이펑-2-미니(瑞丰-2-Mini)'는 작다.", "'루이펑-2-미니'는 작다."],
    ['앞섰다(领先)고 했다.', '앞섰다고 했다.'],
  ])('%s', (input, want) => {
    expect(stripHanGlosses(input)).toBe(want);
  });

  it.each([
    ['한자 없는 괄호(AI)는 그대로다.'],
    ['中 정부가 발표했다.'],
    ['(北京) 현지 시각 기준이다.'],
  ])('leaves %s', (input) => {
    expect(stripHanGlosses(input)).toBe(input);
  });

  it('reads a page with glossed names as the Korean text writes them', () => {
    const a = parseText("기사 제목\n\n중국 AI 기업 루이펑(瑞丰, Ruifeng)이 새 모델 '루이펑(瑞丰)-2'를 공개했다.", { source: 't.txt' });
    expect(a.text).toContain("루이펑(Ruifeng)이 새 모델 '루이펑-2'를");
  });
});
