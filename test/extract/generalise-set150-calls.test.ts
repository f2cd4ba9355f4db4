/**
 * Generalisation tests for a form first met in held-out set 150 (rows in generalise-set150.test.ts): "이번 공모" is
 * the call of the programme the headline names, and a past call ("지난 공모") is not. The articles are written for
 * these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { hasFact } from './helpers.js';

/** An article whose headline names its programme. */
function graphWithTitle(title: string, body: string) {
  return extractArticle(parseText(`${title}\n\n${body}`, { source: 'test.txt', publishedAt: '2026-03-02' }));
}

describe('set 150: "이번 공모" is the headline programme\'s call', () => {
  const title = "전북 '농업 AI 모델 실증사업' 뤼튼 컨소시엄 선정";
  it('a team in this call joins the headline programme, not the older one named since', () => {
    const g = graphWithTitle(title, "전북도는 '농업 AI 모델 실증사업' 수행 컨소시엄으로 뤼튼 컨소시엄을 뽑았다. 뤼튼은 지난해 '전북 스마트팜 실증사업'에도 참여한 바 있다. 이번 공모에는 모두 세 곳이 신청했다. 마음AI가 주관한 컨소시엄은 발표평가까지 올랐지만 최종 선정 문턱을 넘지 못했다.");
    expect(hasFact(g, 'PARTICIPATES_IN 마음AI -> 농업 AI 모델 실증사업')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN 마음AI -> 전북 스마트팜 실증사업')).toBe(false);
    expect(hasFact(g, 'PARTICIPATES_IN 뤼튼 -> 전북 스마트팜 실증사업')).toBe(true);
  });
  it('a past call ("지난 공모") is not read as this one', () => {
    const g = graphWithTitle(title, "전북도는 '농업 AI 모델 실증사업' 수행 컨소시엄으로 뤼튼 컨소시엄을 뽑았다. 뤼튼은 지난해 '전북 스마트팜 실증사업'에도 참여한 바 있다. 마음AI는 이번 공모에 신청하지 않았다.");
    expect(hasFact(g, 'PARTICIPATES_IN 마음AI -> 농업 AI 모델 실증사업')).toBe(false);
  });
});
