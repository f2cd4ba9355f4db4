/** A video's subtitle file saved as text (SubRip or WebVTT): cues joined into running text. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { expectOffsetsHold, textsOf } from './helpers.js';

const SRT = `1
00:00:00,000 --> 00:00:02,100
[누리방송 경제뉴스 | 2026년 3월 9일 월요일]

2
00:00:02,200 --> 00:00:04,900
다온랩스가 새 언어모델 '누리-3'을

3
00:00:05,000 --> 00:00:06,400
오늘 공개했습니다.

4
00:00:06,500 --> 00:00:08,000
어떤 모델입니까?

5
00:00:08,100 --> 00:00:10,300
네, 매개변수는 80억 개로
처음부터 직접 학습했습니다.
`;

describe('a subtitle file saved as text', () => {
  it('drops cue numbers and timings, joins a sentence split across cues, and ends a paragraph at a question', () => {
    const a = parseArticle(SRT, { source: 'clip.txt' });
    expect(a.meta.title).toBe('[누리방송 경제뉴스 | 2026년 3월 9일 월요일]');
    expect(a.meta.publishedAt).toBe('2026-03-09');
    expect(textsOf(a, 'body')).toEqual(["다온랩스가 새 언어모델 '누리-3'을 오늘 공개했습니다. 어떤 모델입니까?", '네, 매개변수는 80억 개로 처음부터 직접 학습했습니다.']);
    expect(a.text).not.toMatch(/-->/);
    expectOffsetsHold(a);
  });
  it('a WebVTT file the same way', () => {
    const vtt = `WEBVTT\n\n00:00.000 --> 00:02.000\n다온랩스가 새 모델을\n\n00:02.100 --> 00:04.000\n오늘 공개했습니다.\n\n00:04.100 --> 00:06.000\n크기는 80억 개입니다.\n`;
    const a = parseArticle(vtt, { source: 'clip.vtt.txt' });
    expect(a.text).toContain('다온랩스가 새 모델을 오늘 공개했습니다. 크기는 80억 개입니다.');
  });
  it('text with a timing line or two (a transcript quoting one) is left alone', () => {
    const t = '제목\n\n00:00:01,000 --> 00:00:02,000 구간만 인용했다.\n\n다온랩스가 새 모델을 공개했다.';
    const a = parseArticle(t, { source: 'a.txt' });
    expect(a.text).toContain('-->');
  });
});
