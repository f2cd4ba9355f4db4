import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A table whose first column spans rows (a prize written once for the two rows it heads). */
function page(table: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>시상 결과</title></head><body><article>
<h1>시상 결과 안내</h1><p>올해 시상 결과를 다음과 같이 알려 드립니다. 수상 기업에는 상장과 상금을 드립니다.</p>
${table}
<p>시상식은 다음 달 열린다. 자세한 일정은 추후 공지한다.</p></article></body></html>`;
}

describe('a table cell spanning rows is read in every row it spans', () => {
  it.each([
    ['a spanned first column', `<table><tr><th>부문</th><th>기업</th><th>모델</th></tr>
<tr><td rowspan="2">금상</td><td>가온랩스</td><td>가온-2</td></tr>
<tr><td>누리소프트</td><td>누리-X</td></tr>
<tr><td>은상</td><td>다솜AI</td><td>다솜 7B</td></tr></table>`, ['금상', '가온랩스', '가온-2', '금상', '누리소프트', '누리-X', '은상', '다솜AI', '다솜 7B']],
    ['a spanned middle column in a <tbody>', `<table><thead><tr><th>모델</th><th>분야</th><th>점수</th></tr></thead><tbody>
<tr><td>가온-2</td><td rowspan="3">의료</td><td>71.2</td></tr>
<tr><td>누리-X</td><td>68.0</td></tr>
<tr><td>다솜 7B</td><td>65.4</td></tr></tbody></table>`, ['가온-2', '의료', '71.2', '누리-X', '의료', '68.0', '다솜 7B', '의료', '65.4']],
  ])('%s', (_label, table, cells) => {
    const a = parseArticle(Buffer.from(page(table)), { source: 'awards.html' });
    const texts = a.blocks.map((b) => b.text);
    const at = texts.indexOf(cells[0]!, texts.findIndex((t) => t === '모델' || t === '기업' || t === '점수') + 1);
    expect(texts.slice(at, at + cells.length)).toEqual(cells);
  });
});

describe('a span ends with its row group', () => {
  it('a cell spanning past the last row of a <tbody> is not copied into the <thead> rows, which come first', () => {
    const table = `<table><thead><tr><th rowspan="2">모델</th><th colspan="2">점수</th></tr><tr><th>KMMLU</th><th>CLIcK</th></tr></thead><tbody>
<tr><td>가온-2</td><td>71.2</td><td>66.0</td></tr>
<tr><td>누리-X</td><td rowspan="2">68.0</td><td>64.5</td></tr></tbody></table>`;
    const lines = parseArticle(Buffer.from(page(table)), { source: 'scores.html' }).text.split('\n').filter((l) => l.trim() !== '');
    expect(lines.filter((l) => l === '68.0')).toHaveLength(1);
    const at = lines.indexOf('모델');
    expect(lines.slice(at, at + 5)).toEqual(['모델', '점수', '모델', 'KMMLU', 'CLIcK']);
  });
});

describe('a data frame printed as HTML: the row-number column under an empty corner is dropped', () => {
  const frame = (corner: string, numbers: string[]): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>소형 모델 비교</title></head><body><article>
<h1>소형 모델 비교</h1><p>사내 평가셋에서 후보 세 모델을 같은 조건으로 돌려 본 결과를 아래 표에 정리했다. 점수는 5샷 기준이다.</p>
<table class="dataframe"><thead><tr><th>${corner}</th><th>model</th><th>KMMLU</th><th>CLIcK</th></tr></thead>
<tbody>${['가람-2B', '누리-3B', '바다-1B'].map((m, k) => `<tr><th>${numbers[k]}</th><td>${m}</td><td>4${k}.5</td><td>5${k}.25</td></tr>`).join('')}</tbody></table>
<p>세 모델 모두 상업 이용이 가능한 라이선스로 공개돼 있어 다음 단계에서 비용을 비교할 예정이다.</p></article></body></html>`;
  it.each([[['0', '1', '2']], [['1', '2', '3']]])('rows numbered %j', (numbers) => {
    const a = parseArticle(Buffer.from(frame('', numbers)), { source: 'frame.html' });
    const lines = a.text.split('\n').filter((l) => l.trim() !== '');
    const at = lines.indexOf('가람-2B');
    expect(lines.slice(at - 1, at + 4)).toEqual(['CLIcK', '가람-2B', '40.5', '50.25', '누리-3B']);
  });
  it('a corner with a title, or rows not numbered in order, keep their first column', () => {
    expect(parseArticle(Buffer.from(frame('순위', ['1', '2', '3'])), { source: 'frame.html' }).text).toMatch(/\n1\n+가람-2B/);
    expect(parseArticle(Buffer.from(frame('', ['2', '1', '3'])), { source: 'frame.html' }).text).toMatch(/\n2\n+가람-2B/);
  });
});
