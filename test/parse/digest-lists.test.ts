/**
 * A one-line-per-story digest ("<ul><li><strong>headline</strong><p>two sentences</p></li>…") beside an editor's closing note
 * that outweighs any single item: the list's items together are the page's body. A list in page chrome, or one whose items
 * together hold less prose than the story beside it, is not.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const items = [
  ['가온랩, 새 모델 공개', '가온랩이 7일 번역 특화 모델 가온-T를 공개했다. 가중치는 연구용으로 풀었다.'],
  ['나루AI·다솜데이터 협약', '나루AI와 다솜데이터가 공공 문서 요약 모델을 함께 만들기로 하고 협약을 맺었다.'],
  ['라온소프트, 투자 유치', '라온소프트가 80억 원 규모의 투자를 받았다고 밝혔다. 투자금은 학습 인프라에 쓴다.'],
  ['마루텍, 인사', '마루텍은 연구 조직을 이끌 최고기술책임자로 외부 인사를 영입했다고 전했다.'],
];
const note = '<div class="outro"><p>오늘의 한 줄 평: 자체 개발이냐 해외 모델 기반이냐를 두고 업계의 논쟁이 다시 뜨거워지고 있습니다. 같은 날 두 회사가 정반대 노선을 내세운 것이 눈에 띕니다.</p>' +
  '<p>에디터 메모: 공모 일정이 나오면 지원 자격과 평가 기준을 따로 정리해 드리겠습니다. 점수 발표가 잇따르지만 측정 조건이 회사마다 달라 단순 비교는 어렵습니다.</p>' +
  '<p>내일 브리핑에서는 스타트업들의 분기 투자 유치 현황을 정리해 드립니다. 구독하시면 매일 아침 메일로 받아보실 수 있습니다.</p></div>';
const list = (cls: string): string =>
  `<ul class="${cls}">${items.map(([h, p]) => `<li><strong><a href="/r">${h}</a></strong><p>${p} 회사는 하반기에 후속 계획도 내놓을 예정이라고 덧붙였다.</p></li>`).join('')}</ul>`;
const page = (body: string): Buffer =>
  Buffer.from(`<html><head><title>[브리핑] 오늘의 AI 소식</title><meta property="article:published_time" content="2026-04-09T07:30:00+09:00"></head><body><h1>[브리핑] 오늘의 AI 소식</h1>${body}</body></html>`);

describe('a digest list beside a longer closing note', () => {
  it('reads every item of the list', () => {
    const a = parseArticle(page(list('digest') + note), { source: 'digest.html' });
    expect(a.text).toMatch(/가온-T[^]*다솜데이터[^]*80억 원[^]*최고기술책임자/);
  });
  it('leaves a list in page chrome (a most-read box) out', () => {
    const a = parseArticle(page(list('popular') + note), { source: 'popular.html' });
    expect(a.text).not.toMatch(/가온-T|다솜데이터/);
    expect(a.text).toMatch(/에디터 메모/);
  });
  it('keeps a story that outweighs the list beside it', () => {
    const story = `<div class="story">${note.replace(/<\/?div[^>]*>/g, '').repeat(2)}</div>`;
    const a = parseArticle(page(story + list('news')), { source: 'story.html' });
    expect(a.text).toMatch(/에디터 메모/);
    expect(a.text).not.toMatch(/가온-T/);
  });
});
