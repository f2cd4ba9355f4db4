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

/** A photo-news page: a short lead in a box of its own, then a gallery of figures whose captions tell the story. */
function photoPage(gallery: string, galleryClass = 'shot-list'): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[포토] 판교 AI 주간 개막 - 새벽일보</title></head><body>
<div id="top"><ul class="menu"><li><a href="/">홈</a></li><li><a href="/photo">포토</a></li></ul></div>
<div class="view-wrap"><h2>[포토] 판교 AI 주간 개막</h2>
<div class="view-lead"><p>경기 성남시 판교에서 3일 'AI 주간' 행사가 열렸다. 닷새 동안 기업 80여 곳이 부스를 차린다. 현장을 사진으로 담았다.</p></div>
<div class="${galleryClass}">${gallery}</div>
<p class="byline">하은별 기자</p></div></body></html>`;
}

const shot = (caption: string): string => `<figure class="shot"><img src="s.jpg" alt="현장 사진"><figcaption>${caption}</figcaption></figure>`;
const SHOTS = [
  "▲가온테크 부스에서 관람객이 새 언어모델 '가온-5'로 만든 통역 서비스를 써 보고 있다. /사진=하은별 기자",
  '▲누리소프트 연구진이 자사 추론 칩 위에서 소형 모델을 돌리는 시연을 하고 있다. /사진=누리소프트',
  '▲개막식에서 참석자들이 테이프를 자르고 있다. 주최 측은 닷새 동안 3만 명이 찾을 것으로 내다봤다. /사진=하은별 기자',
];

describe('photo news: a gallery of captioned figures beside a short lead is the story', () => {
  it('reads the lead and every long caption', () => {
    const a = parseArticle(Buffer.from(photoPage(SHOTS.map(shot).join(''))), { source: 'photo-news.html' });
    expectOffsetsHold(a);
    expect(textsOf(a, 'body')[0]).toMatch(/^경기 성남시 판교에서/);
    const captions = textsOf(a, 'caption');
    expect(captions).toHaveLength(3);
    expect(captions[0]).toMatch(/가온-5/);
  });

  it.each([
    ['two photos only: no gallery', SHOTS.slice(0, 2).map(shot).join(''), 'shot-list'],
    ['short credits, no sentences', SHOTS.map(() => shot('▲행사장 전경. /사진=하은별')).join(''), 'shot-list'],
    ['a related-photos box is page chrome', SHOTS.map(shot).join(''), 'related-photo'],
  ])('keeps to the lead: %s', (_name, gallery, cls) => {
    const a = parseArticle(Buffer.from(photoPage(gallery, cls)), { source: 'photo-news.html' });
    expect(textsOf(a, 'caption')).toEqual([]);
    expect(textsOf(a, 'body')[0]).toMatch(/^경기 성남시 판교에서/);
  });
});
