/** A press-release site's share bar ("[이 보도자료 공유하기] 페이스북 X 링크드인"), breadcrumb and "관련 보도자료" list: no article text. */
import { describe, expect, it } from 'vitest';
import { isChromeLine, isShareBar, isWidgetHeading } from '../../src/parse/chrome.js';
import { parseText } from '../../src/parse/index.js';

describe('share bars', () => {
  it.each([
    '[이 보도자료 공유하기]  페이스북  X  링크드인  이메일',
    '기사 공유 카카오톡 페이스북 트위터',
    'Facebook Twitter LinkedIn',
    // an accessible text mode's button list, commas between, a link-copy button and the font-size button after a slash
    '기사 공유 버튼 목록: 페이스북, 트위터, 주소 복사 / 인쇄 버튼',
    '공유하기 버튼: 밴드, 카카오톡, URL 복사',
    // a plain-text page's bar: a request to share in brackets, bars between the networks
    '[이 글을 공유해 주세요] 밴드 | 트위터 | URL 복사',
    // networks between bars, the font-size buttons after them
    '[공유] 밴드 | 트위터 | 이메일      [글씨크기] 가 가',
    '공유 카카오톡 | X | URL복사',
  ])('%s is a share bar', (line) => {
    expect(isShareBar(line)).toBe(true);
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    // one network alone, a sentence naming networks
    '페이스북',
    '누리랩은 페이스북과 링크드인에 모델 소식을 올렸다.',
    // a sentence listing networks after a colon is no button list
    '공유 채널: 페이스북, 카카오톡에 새 모델 소개 영상을 올렸다',
    // a table row that names networks beside other cells
    '채널 | 페이스북 | 구독자 12만 명',
  ])('%s is not', (line) => expect(isShareBar(line)).toBe(false));
});

describe('a release list under its heading', () => {
  it.each(['관련 보도자료', '관련보도자료'])('%s opens a widget', (line) => expect(isWidgetHeading(line)).toBe(true));

  it('drops the bar, the breadcrumb and the listed headlines in plain text', () => {
    const text = [
      '누리와이어 | 보도자료 | 2026년 3월 2일', '홈 > 보도자료 > 기술', '[이 보도자료 공유하기]  페이스북  X  이메일', '',
      '가온랩, 새 모델 가온 3 공개', '', '가온랩이 새 모델 가온 3을 공개했다고 밝혔다.', '',
      '관련 보도자료', '- 다온소프트, 다온 미니 공개 (2026.02.20)', '- 누리전자, 서버 공급 (2026.02.18)', '',
    ].join('\n');
    const blocks = parseText(text, { source: 'a.txt' }).blocks.map((b) => b.text);
    expect(blocks.some((b) => /다온|페이스북|보도자료 >/.test(b))).toBe(false);
    expect(blocks.some((b) => b.includes('가온 3을 공개'))).toBe(true);
  });
});
