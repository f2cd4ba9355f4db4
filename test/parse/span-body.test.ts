import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { textsOf } from './helpers.js';

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>에세이</title></head><body>
<div class="top"><h1>작은 모델들의 계보</h1><span class="by">by 달빛</span></div>
<div class="post_body">${body}</div>
<div class="menu"><a href="/a">홈으로 돌아가기 링크</a> <a href="/b">작가의 다른 글 모음 보기</a></div>
</body></html>`;

const parse = (body: string) => parseArticle(page(body), { source: 'span.html' });

describe('a body whose sentences are <span>s in <div>s, with no <p>', () => {
  const cases: Array<{ name: string; body: string; expected: string[] }> = [
    {
      name: 'sentence spans in text blocks',
      body: `<div class="item text"><span>바람소프트의 바람-7B는 공개 모델을 바탕으로 만들었다.</span> <span>회사는 이를 여러 번 설명했다.</span></div>
<div class="item text"><span>별빛랩스도 비슷한 길을 걸었다고 밝혔다.</span></div>`,
      expected: ['바람소프트의 바람-7B는 공개 모델을 바탕으로 만들었다. 회사는 이를 여러 번 설명했다.', '별빛랩스도 비슷한 길을 걸었다고 밝혔다.'],
    },
    {
      name: 'a bold lead-in span and a plain span',
      body: `<div class="item"><span><b>작은 쪽.</b></span> <span>구름AI의 구름-1B는 큰 모델에서 증류했다고 회사가 밝혔다.</span></div>
<div class="item"><span>두 번째 문단도 문장 하나로 충분히 길게 적었다.</span></div>`,
      expected: ['작은 쪽. 구름AI의 구름-1B는 큰 모델에서 증류했다고 회사가 밝혔다.', '두 번째 문단도 문장 하나로 충분히 길게 적었다.'],
    },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    expect(textsOf(parse(body), 'body')).toEqual(expected);
  });
});

describe('footnote markers in <sup> are dropped, superscript numbers are kept', () => {
  const cases: Array<{ sup: string; expected: string }> = [
    { sup: '<sup class="fn">3)</sup>', expected: '한결AI의 한결 2.0 역시 자체 개발했다고 회사가 밝혔다.' },
    { sup: '<sup>[12]</sup>', expected: '한결AI의 한결 2.0 역시 자체 개발했다고 회사가 밝혔다.' },
    { sup: '<sup class="footnote-ref"><a href="#fn4">4</a></sup>', expected: '한결AI의 한결 2.0 역시 자체 개발했다고 회사가 밝혔다.' },
    { sup: '<sup>*</sup>', expected: '한결AI의 한결 2.0 역시 자체 개발했다고 회사가 밝혔다.' },
    { sup: '<sup>2</sup>', expected: '한결AI의 한결 2.02 역시 자체 개발했다고 회사가 밝혔다.' },
  ];
  it.each(cases)('$sup', ({ sup, expected }) => {
    const a = parse(`<p>한결AI의 한결 2.0${sup} 역시 자체 개발했다고 회사가 밝혔다.</p><p>두 번째 문단은 설명을 덧붙이려고 길게 적었다.</p>`);
    expect(textsOf(a, 'body')[0]).toBe(expected);
  });
});
