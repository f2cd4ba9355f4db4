/** Layouts met again in held-out set 148: a dialogue's participants line in a subtitle set before the body container; an episode page's "listen on" list. */
import { describe, expect, it } from 'vitest';
import { isChromeLine } from '../../src/parse/chrome.js';
import { parseArticle } from '../../src/parse/index.js';
import { textsOf } from './helpers.js';

const BODY = `<div class="talk-body"><p>올해를 돌아보는 대담을 마련했다. 대담은 지난 2일 서울에서 열렸다.</p>
<p><b>한서윤</b> 올해는 공공 데이터 개방이 가장 큰 변화였습니다. 내년엔 더 넓힐 계획입니다.</p>
<p><b>문태오</b> 저희도 그 데이터로 모델을 다시 학습하고 있습니다. 결과는 내년 봄에 공개합니다.</p></div>`;

/** A magazine's dialogue page: the headline, a line under it, a dateline, then the body container. */
function page(sub: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>연말 대담</title></head><body><div class="talk">
<h1>“데이터가 다음 경쟁력”</h1>${sub}<p class="dateline">입력 2026.11.30 10:00</p>
${BODY}</div></body></html>`;
}

describe("a dialogue's participants line before the body container", () => {
  it.each([
    ['talk-sub', '<p class="talk-sub">한서윤 디지털부 데이터정책관 × 문태오 가온랩스 AI 담당 상무</p>'],
    ['article-subtitle', '<div class="article-subtitle">한서윤 디지털부 데이터정책관 ✕ 문태오 가온랩스 AI 담당 상무</div>'],
  ])('a %s line is kept as the summary', (_name, sub) => {
    const a = parseArticle(Buffer.from(page(sub)), { source: 'talk.html' });
    expect(textsOf(a, 'summary').join(' ')).toContain('문태오 가온랩스 AI 담당 상무');
  });

  it.each([
    ['a subtitle that joins no participants', '<p class="talk-sub">공공 데이터 개방 1년, 무엇이 달라졌나</p>'],
    ['a participants line of no subtitle class', '<p class="names">한서윤 디지털부 데이터정책관 × 문태오 가온랩스 AI 담당 상무</p>'],
  ])('%s is no summary', (_name, sub) => {
    const a = parseArticle(Buffer.from(page(sub)), { source: 'talk.html' });
    expect(textsOf(a, 'summary')).toEqual([]);
  });
});

describe("an episode page's list of the apps to listen on", () => {
  it.each(['애플 팟캐스트', 'Apple Podcasts', '스포티파이', '팟빵', '네이버 오디오클립'])('drops the line %s', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each(['애플 팟캐스트 기술 부문 1위에 올랐습니다.', '스포티파이 코리아 홍길동 대표'])('keeps %s', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});
