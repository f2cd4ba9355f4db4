import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { expectOffsetsHold, textsOf } from './helpers.js';

/** A page whose story is a run of <figure> cards; `figures` is the markup inside the container. */
function page(figures: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[카드뉴스] 이번 주 AI 소식 - 하늘일보</title>
<meta property="og:title" content="[카드뉴스] 이번 주 AI 소식"></head><body>
<h2>[카드뉴스] 이번 주 AI 소식</h2><div id="articleBody">${figures}${COVER}</div></body></html>`;
}

/** A last card whose alt only repeats its caption: never read. */
const COVER = '<figure class="card"><img src="z.jpg" alt="이번 주 AI 소식 한눈에 보기"><figcaption>⑨ 이번 주 AI 소식 한눈에 보기 · 기획 하늘일보 AI팀</figcaption></figure>';

const card = (alt: string, caption: string): string => `<figure class="card"><img src="c.jpg" alt="${alt}"><figcaption>${caption}</figcaption></figure>`;

describe('card news: an image alt text that says more than its short caption is the story', () => {
  it.each([
    [
      'several sentences under a numbered caption',
      card("가온랩, 새 모델 공개. 가온랩이 3일 언어모델 '가온-3'를 공개했습니다. 매개변수는 80억 개입니다.", '② 가온-3 나왔어요'),
      ["가온랩, 새 모델 공개. 가온랩이 3일 언어모델 '가온-3'를 공개했습니다. 매개변수는 80억 개입니다."],
    ],
    [
      'a score card without a verb',
      card('한국어 수학 평가 점수 비교. 가온-3 71.2 / 누리-2 68.0 / 다솜 7B 60.4', '③ 점수는 회사 발표 기준'),
      ['한국어 수학 평가 점수 비교. 가온-3 71.2 / 누리-2 68.0 / 다솜 7B 60.4'],
    ],
  ])('%s', (_name, figures, body) => {
    const a = parseArticle(Buffer.from(page(figures)), { source: 'cards.html' });
    expectOffsetsHold(a);
    expect(textsOf(a, 'body')).toEqual(body);
  });

  it.each([
    ['an alt that repeats the caption', card('가온랩 연구진이 새 모델을 시연하고 있다. 가온랩 제공', '가온랩 연구진이 새 모델을 시연하고 있다.')],
    ['a short alt', card('가온랩 사옥 전경', '가온랩 판교 사옥. 가온랩 제공')],
    ['one long sentence of alt', card('가온랩 연구진이 경기 성남시 사옥에서 새 언어모델의 추론 속도를 점검하고 있는 모습', '연구진')],
  ])('a photo figure is not read from its alt: %s', (_name, figures) => {
    const a = parseArticle(Buffer.from(page(figures)), { source: 'photo.html' });
    expect(textsOf(a, 'body')).toEqual([]);
  });
});
