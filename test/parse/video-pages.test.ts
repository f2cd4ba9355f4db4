/** Video pages: an editor's lead set before the body container, a transcript whose turns open on the reporter's label. */
import { describe, expect, it } from 'vitest';
import { isChromeLine } from '../../src/parse/chrome.js';
import { parseArticle } from '../../src/parse/index.js';
import { textsOf } from './helpers.js';

const SCRIPT = `<div class="vod-body" id="articleBody"><h2>영상 스크립트</h2>
<p><span>[00:00]</span> <b>윤하늘 기자</b> 오늘은 가람소프트 최도윤 대표님 모셨습니다. 새 모델 얘기부터 해 볼까요?</p>
<p><span>[00:09]</span> <b>최도윤 대표</b> 네, 저희가 이번에 가람-7을 공개했어요. 한국어 문서를 많이 학습시켰습니다.</p></div>`;

/** A video article: the lead paragraph sits beside the player, before the body container. */
function page(lead: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>가람소프트 대표 인터뷰</title></head><body><main><article>
<h1>가람소프트 대표 "한국어 문서는 자신 있다"</h1><div class="player"><iframe src="https://video.example/embed/1"></iframe></div>
${lead}${SCRIPT}</article></main></body></html>`;
}

describe('a lead set before the body container', () => {
  it.each([
    ['video__lead', '<div class="video__lead"><p>AI 스타트업 가람소프트가 지난 3일 언어모델 가람-7을 내놨습니다. 최도윤 대표에게 개발 과정을 들었습니다.</p></div>'],
    ['standfirst', '<p class="standfirst">AI 스타트업 가람소프트가 지난 3일 언어모델 가람-7을 내놨습니다. 최도윤 대표에게 개발 과정을 들었습니다.</p>'],
  ])('%s is kept as the summary', (_name, lead) => {
    const a = parseArticle(Buffer.from(page(lead)), { source: 'video.html' });
    expect(textsOf(a, 'summary').join(' ')).toContain('가람소프트가 지난 3일 언어모델 가람-7을 내놨습니다.');
  });

  it.each([
    ['a label', '<div class="video__lead">인터뷰 · AI</div>'],
    ['a link list', '<ul class="intro-links"><li><a href="/a">지난 인터뷰 보기</a></li></ul>'],
    ['a div of no lead class', '<div class="notice">이 영상은 광고를 포함하지 않은 인터뷰 영상이며 누구나 무료로 볼 수 있습니다.</div>'],
  ])('%s is no lead', (_name, lead) => {
    const a = parseArticle(Buffer.from(page(lead)), { source: 'video.html' });
    expect(textsOf(a, 'summary')).toEqual([]);
  });
});

describe("a transcript's turn on the reporter's label", () => {
  it.each([
    '[02:34] 윤하늘 기자 외산 모델이랑 비교하면 어때요?',
    '[12:05] 윤하늘 기자 공개는 언제쯤인가요?',
    '윤하늘 기자 투자 유치는 마무리됐나요?',
  ])('keeps %s', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });

  it('keeps the short question turn of a script', () => {
    const html = page('').replace('새 모델 얘기부터 해 볼까요?</p>', '</p><p><span>[00:05]</span> <b>윤하늘 기자</b> 새 모델은 언제 내셨어요?</p>');
    const a = parseArticle(Buffer.from(html), { source: 'video.html' });
    expect(a.text).toContain('윤하늘 기자 새 모델은 언제 내셨어요?');
  });
});
