/**
 * A line of item marks each before one name, maybe glossed ("▷A(분야) ▷B(분야)"), is an inline list the article gives,
 * not a promo link; a ▷ line of headline words still is one.
 */
import { describe, expect, it } from 'vitest';
import { isChromeLine } from '../../src/parse/chrome.js';

describe('marked name lists', () => {
  it.each([
    '▷누리젠(농업 영상 판독) ▷한빛데이터(항만 물류 예측) ▷소담AI(민원 요약)',
    '▶바로랩 ▶코어링크 ▶달빛소프트',
    '▷가온테크(음성 인식 고도화) ▷메타온(제조 품질 검사)',
  ])('keeps %s', (line) => expect(isChromeLine(line)).toBe(false));
  it.each([
    '▷ 관련기사: 정부, AI 바우처 예산 두 배로 늘린다',
    '▶ 다른 기사 보러가기 ▶ 구독하기',
    '▷누리젠',
  ])('drops %s', (line) => expect(isChromeLine(line)).toBe(true));
});
