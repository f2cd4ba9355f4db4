/** A watch page saved with its transcript panel open: the description and the speech read as the article. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { punctuateSpeech } from '../../src/parse/layouts/video.js';
import { writeSpokenNumbers } from '../../src/parse/spoken-numbers.js';
import { expectOffsetsHold } from './helpers.js';

function segment(at: string, text: string): string {
  return `<div class="segment"><div class="segment-timestamp">${at}</div><yt-formatted-string class="segment-text">${text}</yt-formatted-string></div>`;
}

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>별빛랩 신모델 발표 - YouTube</title>
<meta itemprop="uploadDate" content="2026-09-14T09:00:00-07:00"></head><body>
<div id="primary"><h1><yt-formatted-string>별빛랩 신모델 발표</yt-formatted-string></h1>
<div id="description"><span>조회수 1,024회</span><yt-attributed-string><span>별빛랩이 새 모델 별빛-3을 소개합니다.
0:00 인트로
🔗 https://example.com/model
#별빛랩 #LLM</span></yt-attributed-string></div>
<div id="transcript">${segment('0:00', '[음악]')}${segment('0:05', '안녕하세요 별빛랩 대표 한지오입니다 오늘은 별빛-3 얘기를')}${segment('0:12', '해 보려고 합니다 점수는 팔십이 점 사가 나왔고요')}${segment('2:30', '다음은 사업 얘기인데요 협약을 맺었습니다')}</div>
<div id="comments"><p>댓글: 구아람 모델보다 낫네요 정말 대단합니다 응원합니다 화이팅</p></div></div>
<div id="secondary"><div class="compact-video"><span class="title">다른 회사의 모델 리뷰 영상입니다 꼭 보세요 정말 재밌어요</span></div></div>
</body></html>`;

describe('a transcript panel', () => {
  const a = parseArticle(Buffer.from(PAGE), { source: 'watch.html' });

  it('reads the description and the transcript, not the comments or related videos', () => {
    expect(a.text).toContain('별빛랩이 새 모델 별빛-3을 소개합니다.');
    expect(a.text).toContain('오늘은 별빛-3 얘기를 해 보려고 합니다.');
    expect(a.text).not.toContain('구아람');
    expect(a.text).not.toContain('다른 회사의');
    expect(a.text).not.toContain('https://');
    expect(a.text).not.toContain('[음악]');
    expect(a.meta.publishedAt).toBe('2026-09-14');
    expectOffsetsHold(a);
  });

  it('writes the spoken score as digits', () => {
    expect(a.text).toContain('점수는 82.4가 나왔고요.');
  });
});

describe('punctuating unpunctuated speech', () => {
  it.each([
    ['네 반갑습니다 오늘 발표할게요', '네 반갑습니다. 오늘 발표할게요.'],
    ['그러니까 이건 중요해요 필요하죠', '그러니까 이건 중요해요. 필요하죠.'],
    ['주요 내용은 이렇습니다', '주요 내용은 이렇습니다.'],
  ])('%s', (speech, written) => {
    expect(punctuateSpeech(speech)).toBe(written);
  });
});

describe('spoken numerals', () => {
  it.each([
    ['정답률은 구십일 점 오였습니다', '정답률은 91.5였습니다'],
    ['사백억 파라미터 모델', '400억 파라미터 모델'],
    ['카드 삼백 장', '카드 300 장'],
    ['지난 이십일에 공개', '지난 20일에 공개'],
    ['만일 천사가 사이에', '만일 천사가 사이에'],
    ['오일 가격과 이사 선임', '오일 가격과 이사 선임'],
    ['규모는 3천억 파라미터', '규모는 3천억 파라미터'],
  ])('%s', (speech, written) => {
    expect(writeSpokenNumbers(speech)).toBe(written);
  });
});
