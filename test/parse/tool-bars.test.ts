/** A page's tool or service bar ("공유하기 | 글씨크기 | 스크랩") and a widget heading of several words ("[이 기사와 함께 많이 본 뉴스]"): no article text. */
import { describe, expect, it } from 'vitest';
import { isChromeLine, isWidgetHeading } from '../../src/parse/chrome.js';
import { parseText } from '../../src/parse/index.js';

describe('tool bars', () => {
  it.each([
    '공유하기 | 글씨크기 가 가 | 스크랩',
    '인쇄 | 스크랩 | URL 복사',
    '누리일보 앱 다운로드 | 기사제보 | 구독신청',
    '북마크 | 공유 | 글자 크기',
    // one-word tools parted by spaces only
    '글자크기 공유 스크랩 인쇄',
    '인쇄하기 북마크 공유하기',
    // tools' links printed with no space between (set 159)
    '인쇄글자크기공유스크랩',
    '공유하기북마크URL복사',
    '글자크기스크랩',
  ])('%s is chrome', (line) => expect(isChromeLine(line)).toBe(true));

  it.each([
    // a table's row, a sentence with bars, a menu of sections without a tool
    '가온랩 | 가온 3 | 71.2',
    '정치 | 경제 | 사회',
    '가온랩은 공유하기 기능을 새로 넣었다 | 다온은 스크랩을 뺐다',
    // words parted by spaces, not all a tool's
    '공유 스크랩 서비스 출시',
    // glued words, not all a tool's
    '인쇄공유스크랩서비스',
    '스크랩북',
  ])('%s is not', (line) => expect(isChromeLine(line)).toBe(false));
});

describe('widget headings of several words', () => {
  it.each(['[이 기사와 함께 많이 본 뉴스]', '이 시간 많이 본 기사'])('%s opens a widget', (line) => expect(isWidgetHeading(line)).toBe(true));

  it('drops the headlines listed under it in plain text', () => {
    const text = '가온랩, 새 모델 공개\n2026-03-02\n\n가온랩이 새 모델 가온 3을 공개했다.\n\n[이 기사와 함께 많이 본 뉴스]\n· 다온소프트, 의료 AI 허가\n· 누리전자 주가 급등…왜?\n';
    const blocks = parseText(text, { source: 'a.txt' }).blocks.map((b) => b.text);
    expect(blocks.some((b) => b.includes('다온소프트'))).toBe(false);
    expect(blocks.some((b) => b.includes('가온 3'))).toBe(true);
  });
});
