import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { expectOffsetsHold, textsOf } from './helpers.js';

/** A social post saved as a page: its text keeps its own line breaks by CSS, with no <br> or <p> inside. */
const page = (attrs: string, text: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>새 소식</title></head><body>
<main><article><h1>새 소식</h1><p ${attrs}>${text}</p></article></main></body></html>`;

const POST = '오늘 두 가지 소식을 전합니다.\n\n첫째, 새 모델을 공개했습니다.\n✅ 크기는 80억 개입니다\n✅ 점수: KMMLU 60.1점\n\n— 김하늘, 다온랩스 대표';

describe('text whose line breaks are kept by CSS (white-space: pre-wrap / pre-line)', () => {
  it.each([
    ['a utility class', 'class="text-sm whitespace-pre-wrap break-words"'],
    ['an inline style', 'style="white-space: pre-line"'],
    ['a plain class', 'class="post pre-wrap"'],
  ])('%s: each line is a block', (_name, attrs) => {
    const a = parseArticle(page(attrs, POST), { source: 'post.html' });
    expect(textsOf(a, 'body')).toEqual(['오늘 두 가지 소식을 전합니다.', '첫째, 새 모델을 공개했습니다.', '✅ 크기는 80억 개입니다', '✅ 점수: KMMLU 60.1점', '— 김하늘, 다온랩스 대표']);
    expectOffsetsHold(a);
  });
  it('without such a style, source line breaks stay spaces', () => {
    const a = parseArticle(page('class="post"', '오늘 두 가지 소식을\n전합니다. 다온랩스가 새 모델을 공개했습니다. 크기는 80억 개이고 점수도 높습니다.'), { source: 'post.html' });
    expect(textsOf(a, 'body')).toEqual(['오늘 두 가지 소식을 전합니다. 다온랩스가 새 모델을 공개했습니다. 크기는 80억 개이고 점수도 높습니다.']);
  });
});

describe('a post typed with its own line breaks, with no style that keeps them (a community or social post)', () => {
  it('an empty line between paragraphs: each line is a block', () => {
    const a = parseArticle(page('class="post-body"', '새 소식 몇 가지 적어 둠.\n\n가. 모델\n새 모델은 다음 주에 나옴.\n\n나. 채용\n연구원 두 명 뽑는 중.'), { source: 'post.html' });
    expect(textsOf(a, 'body')).toEqual(['새 소식 몇 가지 적어 둠.', '가. 모델', '새 모델은 다음 주에 나옴.', '나. 채용', '연구원 두 명 뽑는 중.']);
    expectOffsetsHold(a);
  });
  it('two or more bulleted lines: each line is a block', () => {
    const a = parseArticle(page('class="tweet"', '점수 정리\n- 가람-2: 61.0\n- 누리-3: 58.4\n자세한 건 보고서에.'), { source: 'post.html' });
    expect(textsOf(a, 'body')).toEqual(['점수 정리', '- 가람-2: 61.0', '- 누리-3: 58.4', '자세한 건 보고서에.']);
  });
  it('one bulleted line or a hyphen inside a wrapped line changes nothing', () => {
    const a = parseArticle(page('class="post"', '오늘 새 모델을 공개했습니다.\n- 자세한 소개는 블로그에 있습니다. 가람-2 모델은\n무료입니다.'), { source: 'post.html' });
    expect(textsOf(a, 'body')).toHaveLength(1);
  });
});

describe('a text-table line between <br>s (a forum post written line by line)', () => {
  it('a legend line of pipe-separated titles is a line of its own, not wrapped into the note after it', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>정리</title></head><body><div id="post"><h1>정리</h1><div class="content">지난달 나온 모델을 모았습니다. 변환본은 뺐습니다. 다음 달에도 올리겠습니다.<br>
양식: [날짜] 회사 | 모델 | 크기<br>
크기 칸은 전체 파라미터 기준입니다.<br>
1. [03/02] 다온랩스 | 누리-2 | 3B<br></div></div></body></html>`;
    const a = parseArticle(html, { source: 'post.html' });
    expect(textsOf(a, 'body')).toContain('양식: [날짜] 회사 | 모델 | 크기');
    expectOffsetsHold(a);
  });
});

describe('a <dl> spec list: each short label and its short value make one "label: value" line', () => {
  const html = (dl: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>카드</title></head><body><main><article><h1>카드</h1><p>새 모델이 나왔다. 사양은 아래와 같다.</p>${dl}</article></main></body></html>`;
  it('labels and values are joined; a label that ends in a colon gets no second one', () => {
    const a = parseArticle(html('<dl class="spec"><dt>공개일</dt><dd>2026.04.01</dd><dt>파라미터:</dt><dd>30억 개</dd></dl>'), { source: 'c.html' });
    expect(textsOf(a, 'body')).toEqual(['새 모델이 나왔다. 사양은 아래와 같다.', '공개일: 2026.04.01', '파라미터: 30억 개']);
    expectOffsetsHold(a);
  });
  it('a question-and-answer list (long terms or answers) keeps each term and answer apart', () => {
    const a = parseArticle(html('<dl><dt>새 모델은 어떤 점이 달라졌나요?</dt><dd>가장 큰 변화는 한국어 데이터를 세 배로 늘리고 학습 방식을 처음부터 다시 설계했다는 점입니다. 추론 속도도 두 배 빨라졌습니다.</dd></dl>'), { source: 'c.html' });
    expect(textsOf(a, 'body').some((t) => t.includes(':'))).toBe(false);
  });
});

describe('a key-value <table> (every row a header cell then its value, once or twice): each pair is one "label: value" line', () => {
  const html = (table: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>공고</title></head><body><main><article><h1>공고</h1><p>아래와 같이 용역을 공고합니다.</p>${table}</article></main></body></html>`;
  it('label and value cells are joined, two pairs in a row give two lines', () => {
    const a = parseArticle(html('<table><tbody><tr><th scope="row">과제명</th><td colspan="3"><strong>2027년 지역 AI 바우처 확산 사업</strong></td></tr><tr><th>발주기관</th><td>한빛시청</td><th>계약방법</th><td>일반경쟁</td></tr></tbody></table>'), { source: 'n.html' });
    expect(textsOf(a, 'body')).toEqual(['아래와 같이 용역을 공고합니다.', '과제명: 2027년 지역 AI 바우처 확산 사업', '발주기관: 한빛시청', '계약방법: 일반경쟁']);
    expectOffsetsHold(a);
  });
  it('a table with a column header row (a score table) keeps one cell a block', () => {
    const a = parseArticle(html('<table><thead><tr><th>모델</th><th>점수</th></tr></thead><tbody><tr><th>누리-3</th><td>61.2</td></tr><tr><th>가람-2</th><td>58.0</td></tr></tbody></table>'), { source: 'n.html' });
    expect(textsOf(a, 'body').some((t) => t.includes(':'))).toBe(false);
  });
});

describe('a score row written as a line between <br>s ("모델 : 벤치 61.2 / 벤치 70.4")', () => {
  it('each model\'s slash-separated scores stay a line of their own, and so does the remark after them', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>정리</title></head><body><div id="post"><h1>정리</h1><div class="content">새로 나온 두 모델의 점수를 모았습니다. 회사 발표 기준입니다.<br>
<b>■ 점수</b><br>
다온-3 : 가람벤치 71.5 / 누리QA 80.2<br>
다온-3 라이트 : 가람벤치 55.0 / 누리QA 62.4<br>
→ 라이트가 작은 만큼 점수도 조금 낮은 편<br></div></div></body></html>`;
    const a = parseArticle(html, { source: 'post.html' });
    expect(textsOf(a, 'body')).toEqual(expect.arrayContaining(['다온-3 : 가람벤치 71.5 / 누리QA 80.2', '다온-3 라이트 : 가람벤치 55.0 / 누리QA 62.4']));
    expectOffsetsHold(a);
  });
  it('a sentence with a date or a ratio written with slashes still wraps', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>정리</title></head><body><div id="post"><h1>정리</h1><div class="content">새로 나온 두 모델의 점수를 모았습니다. 회사 발표 기준입니다.<br>
학습 데이터 중 한국어 비율은 대략 3 / 4<br>
정도라고 합니다.<br></div></div></body></html>`;
    const a = parseArticle(html, { source: 'post.html' });
    expect(textsOf(a, 'body').join('\n')).toContain('대략 3 / 4 정도라고');
  });
});
