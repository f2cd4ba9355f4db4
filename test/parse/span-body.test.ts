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
    // (a bare digit after a decimal is a note's mark too: no power is written after "2.0")
    { sup: '<sup>2</sup>', expected: '한결AI의 한결 2.0 역시 자체 개발했다고 회사가 밝혔다.' },
  ];
  it.each(cases)('$sup', ({ sup, expected }) => {
    const a = parse(`<p>한결AI의 한결 2.0${sup} 역시 자체 개발했다고 회사가 밝혔다.</p><p>두 번째 문단은 설명을 덧붙이려고 길게 적었다.</p>`);
    expect(textsOf(a, 'body')[0]).toBe(expected);
  });

  const numbers: Array<{ html: string; expected: string }> = [
    { html: '한결AI의 한결 2.0은 코드 평가에서 71.1<sup>3</sup>점을 받았다고 회사가 밝혔다.', expected: '한결AI의 한결 2.0은 코드 평가에서 71.1점을 받았다고 회사가 밝혔다.' },
    { html: '한결AI의 한결 2.0 정답률은 62.4%<sup>2</sup>로 집계됐다고 회사가 밝혔다.', expected: '한결AI의 한결 2.0 정답률은 62.4%로 집계됐다고 회사가 밝혔다.' },
    { html: '한결AI의 한결 2.0 연산량은 10<sup>9</sup>회 수준이라고 회사가 밝혔다.', expected: '한결AI의 한결 2.0 연산량은 109회 수준이라고 회사가 밝혔다.' },
    { html: '한결AI의 새 데이터센터 부지는 300m<sup>2</sup> 규모라고 회사가 밝혔다.', expected: '한결AI의 새 데이터센터 부지는 300m2 규모라고 회사가 밝혔다.' },
  ];
  it.each(numbers)('after a number: $html', ({ html, expected }) => {
    const a = parse(`<p>${html}</p><p>두 번째 문단은 설명을 덧붙이려고 길게 적었다.</p>`);
    expect(textsOf(a, 'body')[0]).toBe(expected);
  });
});

describe('a live blog: sibling <article> updates are one story', () => {
  const item = (time: string, head: string, body: string) =>
    `<article class="upd"><time>${time}</time><h3>${head}</h3><div class="upd-body">${body}</div></article>`;
  const html = `<html><head><title>라이브</title></head><body><main><h1>[속보] 반도체 행사 현장 중계</h1>
<section class="feed">
${item('11:30', '세 번째 소식', '별빛칩스는 새 추론 칩을 오늘 오후 공개한다고 밝혔고 현장 반응이 뜨거웠다.')}
${item('10:45', '두 번째 소식', '한결전자 부스에서 공개된 칩 사양은 다음과 같다.<br>· 한결-N1: 연산 성능 120 TOPS / 전력 15W<br>· 한결-N2: 연산 성능 240 TOPS / 전력 28W<br>회사는 내년 출시 계획도 함께 소개했다.')}
${item('10:00', '첫 소식', '행사가 코엑스에서 개막했고 참가 기업은 모두 120곳이라고 주최 측이 전했다.')}
</section></main><aside><h4>많이 본 기사</h4><ul><li>다른 기사 제목 하나</li></ul></aside></body></html>`;
  const a = parseArticle(html, { source: 'live.html' });
  it('keeps every update, not only the longest', () => {
    const body = textsOf(a, 'body').join(' ');
    for (const part of ['별빛칩스는 새 추론 칩', '한결전자 부스에서', '참가 기업은 모두 120곳']) expect(body).toContain(part);
  });
});

describe('bulleted lines after a soft <br> are blocks of their own', () => {
  const cases: Array<{ name: string; inner: string; expected: string[] }> = [
    {
      name: 'middle-dot bullets after a sentence, then a closing sentence',
      inner: '발표된 점수는 다음과 같다.<br>· 가람-9B(가람랩): 정확도 71.2 / 재현율 65.0<br>· 나래-3B(나래AI): 정확도 64.8 / 재현율 60.1<br>나머지 지표는 공개되지 않았다.',
      expected: ['발표된 점수는 다음과 같다.', '· 가람-9B(가람랩): 정확도 71.2 / 재현율 65.0', '· 나래-3B(나래AI): 정확도 64.8 / 재현율 60.1', '나머지 지표는 공개되지 않았다.'],
    },
    {
      name: 'bullets after a line with no sentence end',
      inner: '주요 수치<br>- 매출 120억 원<br>- 직원 45명',
      expected: ['주요 수치', '- 매출 120억 원', '- 직원 45명'],
    },
    {
      name: 'a wrapped line that does not start with a bullet stays joined',
      inner: '한결전자는 새 모델을 오늘 공개했고<br>내년에는 더 큰 모델을 낼 계획이라고 밝혔다.',
      expected: ['한결전자는 새 모델을 오늘 공개했고 내년에는 더 큰 모델을 낼 계획이라고 밝혔다.'],
    },
  ];
  it.each(cases)('$name', ({ inner, expected }) => {
    const a = parseArticle(`<html><body><article><h1>제목 줄</h1><div class="article-body"><p>첫 문단은 여기서 충분히 길게 시작한다고 적어 둔다.</p><div>${inner}</div></div></article></body></html>`, { source: 'b.html' });
    expect(a.blocks.filter((b) => b.kind !== 'title').map((b) => b.text).slice(1)).toEqual(expected);
  });
});

describe('a report page: data tables beside the prose block are part of the body', () => {
  const html = `<html><body><div id="top"><span>증권 리서치</span></div><div id="content">
<h2>가람랩스, 새 모델로 수익화 시동</h2>
<div class="rpt_text"><p>가람랩스는 지난주 새 언어모델 가람-12B를 공개했다고 밝혔다.</p><p>회사는 내년 상반기 유료 API를 내놓을 계획이라고 설명했다.</p></div>
<h3>[표 1] 모델 비교</h3>
<table><tr><th>모델</th><th>KMMLU</th></tr><tr><td>가람-12B</td><td>68.1</td></tr><tr><td>나래-30B</td><td>72.4</td></tr></table>
</div><div id="footer">회사 소개 · 고객센터</div></body></html>`;
  it('keeps the table cells after the prose', () => {
    const texts = parseArticle(html, { source: 'r.html' }).blocks.map((b) => b.text);
    expect(texts).toContain('가람랩스는 지난주 새 언어모델 가람-12B를 공개했다고 밝혔다.');
    expect(texts).toContain('72.4');
    expect(texts).not.toContain('회사 소개 · 고객센터');
  });
});
