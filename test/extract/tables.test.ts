/** Score tables: flattened <table> cells and pipe-separated rows give one SCORED fact per number. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { factsOf, scoresOf } from './helpers.js';

describe('score tables', () => {
  it('reads an HTML table with benchmarks as columns', () => {
    const html = `<html><head><meta property="og:title" content="성능 비교"><meta property="article:published_time" content="2025-07-14"></head><body><article>
      <h1>성능 비교</h1><p>업스테이지가 솔라 프로2를 공개했다.</p>
      <table><tr><th>모델</th><th>KMMLU</th><th>CLIcK</th></tr><tr><td>솔라 프로2</td><td>64.7</td><td>70.1</td></tr><tr><td>GPT-4o</td><td>61.2</td><td>68.0</td></tr></table>
      <p>회사는 성능을 더 높이겠다고 밝혔다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['GPT-4o CLIcK 68', 'GPT-4o KMMLU 61.2', '솔라 프로2 CLIcK 70.1', '솔라 프로2 KMMLU 64.7']);
    expect(g.edges.find((e) => e.type === 'SCORED')!.evidence[0]!.rule).toBe('scored.table');
  });

  it('reads a table with rank, model, developer and benchmark columns, and a reference row', () => {
    const html = `<html><head><meta property="og:title" content="11월 순위"><meta property="article:published_time" content="2025-11-05"></head><body><article>
      <h1>11월 순위</h1><p>이번 평가는 KMMLU와 LogicKor로 진행됐다.</p>
      <table><tr><th>순위</th><th>모델</th><th>개발사</th><th>KMMLU</th><th>LogicKor</th></tr>
      <tr><td>1</td><td>별빛-R 14B</td><td>카카오</td><td>63.8</td><td>8.87</td></tr>
      <tr><td>2</td><td>엑사원 4.0</td><td>LG AI연구원</td><td>61.2</td><td>9.21</td></tr>
      <tr><td>참고</td><td>GPT-4o</td><td>오픈AI</td><td>66.0</td><td>9.05</td></tr></table>
      <p>평가 기관은 다음 달 항목을 늘리겠다고 밝혔다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['GPT-4o KMMLU 66', 'GPT-4o LogicKor 9.05', '별빛-R 14B KMMLU 63.8', '별빛-R 14B LogicKor 8.87', '엑사원 4.0 KMMLU 61.2', '엑사원 4.0 LogicKor 9.21']);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'DEVELOPED').map((e) => `${name(e.source)} ${name(e.target)}`).sort()).toEqual(['LG AI연구원 엑사원 4.0', '오픈AI GPT-4o', '카카오 별빛-R 14B']);
  });

  it('reads a base-model column: a named model is the base, "자체" is from scratch, "비공개" says nothing; a "-" cell gives no score', () => {
    const html = `<html><head><meta property="og:title" content="리더보드"><meta property="article:published_time" content="2026-03-05"></head><body><article>
      <h1>리더보드</h1><p>어느 리더보드의 이번 시즌 결과가 나왔다.</p>
      <table><tr><th>순위</th><th>모델</th><th>개발사</th><th>기반 모델</th><th>KMMLU</th><th>HAERAE</th></tr>
      <tr><td>1</td><td>가람-R 14B</td><td>가람랩</td><td>Qwen3-14B</td><td>63.8</td><td>70.2</td></tr>
      <tr><td>2</td><td>엑사원 4.0</td><td>LG AI연구원</td><td>자체 (프롬 스크래치)</td><td>61.2</td><td>-</td></tr>
      <tr><td>3</td><td>누리-S 9B</td><td>누리소프트</td><td>비공개</td><td>58.0</td><td>66.1</td></tr></table>
      <p>운영위원회는 다음 시즌 항목을 늘리겠다고 밝혔다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['가람-R 14B HAERAE 70.2', '가람-R 14B KMMLU 63.8', '누리-S 9B HAERAE 66.1', '누리-S 9B KMMLU 58', '엑사원 4.0 KMMLU 61.2']);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'BASED_ON').map((e) => `${name(e.source)} ${name(e.target)}`)).toEqual(['가람-R 14B Qwen3-14B']);
    expect(g.nodes.find((n) => n.name === '엑사원 4.0')?.properties.fromScratch).toBe(true);
    expect(g.nodes.find((n) => n.name === '누리-S 9B')?.properties.fromScratch).toBeUndefined();
  });

  it('reads a one-score-column table whose benchmark the heading names, with models and developers no gazetteer knows', () => {
    const html = `<html><head><meta property="og:title" content="순위"><meta property="article:published_time" content="2026-03-05"></head><body><article>
      <h1>순위</h1><p>3월 KMMLU 평가 결과가 나왔다.</p><h3>■ 상위 3개 모델 (KMMLU, 3월)</h3>
      <table><tr><th>구분</th><th>모델</th><th>개발사</th><th>점수</th></tr>
      <tr><td>1</td><td>해솔 7B</td><td>해솔소프트</td><td>0.8125</td></tr>
      <tr><td>2</td><td>별솔-Ko 2</td><td>별솔에이아이</td><td>79.4점</td></tr>
      <tr><td>3</td><td>엑사원 4.0</td><td>LG AI연구원</td><td>77.0</td></tr></table>
      <p>평가는 매달 진행된다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['별솔-Ko 2 KMMLU 79.4', '엑사원 4.0 KMMLU 77', '해솔 7B KMMLU 0.8125']);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'DEVELOPED').map((e) => `${name(e.source)} ${name(e.target)}`).sort()).toEqual(['LG AI연구원 엑사원 4.0', '별솔에이아이 별솔-Ko 2', '해솔소프트 해솔 7B']);
  });

  it('keeps the heading\'s benchmark for the sentence right after a score table', () => {
    const html = `<html><head><meta property="og:title" content="순위"><meta property="article:published_time" content="2026-03-05"></head><body><article>
      <h1>순위</h1><p>3월 평가 결과가 나왔다. 국산 모델이 약진했다.</p><h3>■ 국산 상위 2개 모델 (KMMLU, 3월)</h3>
      <table><tr><th>구분</th><th>모델</th><th>개발사</th><th>점수</th></tr>
      <tr><td>1</td><td>엑사원 4.0</td><td>LG AI연구원</td><td>77.0</td></tr>
      <tr><td>2</td><td>카나나 2.0</td><td>카카오</td><td>75.5</td></tr></table>
      <p>해외 모델까지 포함하면 오픈AI의 GPT-4o가 79.1점으로 가장 높았다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['GPT-4o KMMLU 79.1', '엑사원 4.0 KMMLU 77', '카나나 2.0 KMMLU 75.5']);
  });

  it('gives no score to a score column without a benchmark named before the table', () => {
    const { graph } = factsOf('다음은 순위다.\n\n순위\n\n모델\n\n점수\n\n1\n\n엑사원 4.0\n\n77.0');
    expect(scoresOf(graph)).toEqual([]);
  });

  it('reads a parameter column: its count ("13.4B", "7.25B", "147억") beats the size in the name; text that is no count says nothing', () => {
    const html = `<html><head><meta property="og:title" content="평가표"><meta property="article:published_time" content="2026-03-05"></head><body><article>
      <h1>평가표</h1><p>한돌랩이 한돌-Ko 2 시리즈를 공개했다.</p>
      <table><tr><th>모델</th><th>파라미터</th><th>KMMLU</th></tr>
      <tr><td>한돌-Ko 2 13B</td><td>13.4B</td><td>55.2</td></tr>
      <tr><td>한돌-Ko 2 7B</td><td>7.25B</td><td>48.1</td></tr>
      <tr><td>한돌-Ko 2 14B</td><td>147억</td><td>57.0</td></tr>
      <tr><td>한돌-Ko 2 3B</td><td>비공개</td><td>40.3</td></tr></table>
      <p>회사는 다음 달 더 큰 모델을 내놓겠다고 밝혔다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    const params = (name: string) => g.nodes.find((n) => n.name === name)?.properties.parameters;
    expect([params('한돌-Ko 2 13B'), params('한돌-Ko 2 7B'), params('한돌-Ko 2 14B'), params('한돌-Ko 2 3B')]).toEqual([13_400_000_000, 7_250_000_000, 14_700_000_000, 3_000_000_000]);
    expect(scoresOf(g)).toContain('한돌-Ko 2 7B KMMLU 48.1');
  });

  it('reads pipe-separated rows and the transposed layout', () => {
    const { graph } = factsOf('모델 | KMMLU | HAERAE\n\n카나나 2.0 | 71.3 | 80.2\n\n엑사원 4.0 | 70.9 | 79.5');
    expect(scoresOf(graph)).toEqual(['엑사원 4.0 HAERAE 79.5', '엑사원 4.0 KMMLU 70.9', '카나나 2.0 HAERAE 80.2', '카나나 2.0 KMMLU 71.3']);
    const t = factsOf('구분 | 카나나 2.0 | 엑사원 4.0\n\nKMMLU | 71.3 | 70.9');
    expect(scoresOf(t.graph)).toEqual(['엑사원 4.0 KMMLU 70.9', '카나나 2.0 KMMLU 71.3']);
  });

  it('ignores numbers that are not laid out as a table', () => {
    const { graph } = factsOf('KMMLU\n\n카나나 2.0은 좋은 모델이다.\n\n71.3');
    expect(scoresOf(graph)).toEqual([]);
  });
});

describe('a score table whose row names carry a short note', () => {
  it.each([
    ['(원본)', '바다챗 2'],
    ['(기준)', '바다챗 1'],
    ['(base)', '바다챗 1'],
  ])('a row "솔라 프로 2 %s" is still read, and the rows after it', (note, last) => {
    const html = `<html><head><meta property="article:published_time" content="2025-10-02"></head><body><article>
      <h1>개발기</h1><p>바다랩은 지난달 바다챗 3를 공개했다.</p>
      <table><tr><th>모델</th><th>KMMLU</th><th>CLIcK</th></tr><tr><td>바다챗 3</td><td>60.1</td><td>71.0</td></tr>
      <tr><td>솔라 프로 2 ${note}</td><td>57.2</td><td>66.4</td></tr><tr><td>${last}</td><td>48.5</td><td>–</td></tr></table>
      <p>점수는 자체 측정 결과다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual([`${last} KMMLU 48.5`, '바다챗 3 CLIcK 71', '바다챗 3 KMMLU 60.1', '솔라 프로 2 CLIcK 66.4', '솔라 프로 2 KMMLU 57.2']);
  });
});

describe('a score table whose model column names the developer in parentheses', () => {
  const page = (after: string) => `<html><head><meta property="article:published_time" content="2026-05-04"></head><body><article>
      <h1>순위표</h1><p>평가 기관은 한국어 추론 벤치마크 '다솜 추론 3'의 결과를 공개했다. 문해력 평가인 KMMLU 점수도 함께 실었다. 신생 스타트업 한빛랩스도 처음 이름을 올렸다.</p>
      <table><caption>다솜 추론 3 점수</caption><thead><tr><th>순위</th><th>모델(개발사)</th><th>다솜 추론 3</th><th>KMMLU</th></tr></thead>
      <tbody><tr><td>1</td><td>솔라 프로2(업스테이지)</td><td>70.2</td><td>72.5</td></tr>
      <tr><td>2</td><td>한빛-R 8B(한빛랩스)</td><td>63.4</td><td>-</td></tr></tbody></table>
      <p>${after}</p></article></body></html>`;
  it('reads the rows: a model the prose never named, its developer, and a benchmark the prose discovered as a header', () => {
    const g = extractArticle(parseArticle(Buffer.from(page('평가 기관은 다음 분기 문항을 바꾼다고 밝혔다.')), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['솔라 프로2 KMMLU 72.5', '솔라 프로2 다솜 추론 3 70.2', '한빛-R 8B 다솜 추론 3 63.4']);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'DEVELOPED').map((e) => `${name(e.source)} ${name(e.target)}`).sort()).toEqual(['업스테이지 솔라 프로2', '한빛랩스 한빛-R 8B']);
  });
  it('a prose score after the table that the table gives under another benchmark is not read against the last column', () => {
    const g = extractArticle(parseArticle(Buffer.from(page("업스테이지의 '솔라 프로2'는 70.2점으로 1위에 올랐다.")), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['솔라 프로2 KMMLU 72.5', '솔라 프로2 다솜 추론 3 70.2', '한빛-R 8B 다솜 추론 3 63.4']);
  });
});

describe('a score table whose developer column also gives the country', () => {
  it.each([
    ['개발사(국가)', 'LG AI연구원(한국)', '가온소프트(한국)', '오픈AI(미국)'],
    ['개발사/국가', 'LG AI연구원 (한국)', '가온소프트 (한국)', '오픈AI (미국)'],
    ['개발 기업(국적)', 'LG AI연구원(한국)', '가온소프트(국내)', '오픈AI(미국)'],
  ])('header "%s": rows are read and the developer is the cell without its country', (head, a, b, c) => {
    const html = `<html><head><meta property="article:published_time" content="2026-06-02"></head><body><article>
      <h1>한국어 평가</h1><p>평가 기관이 한국어 시험 KMMLU와 HAERAE로 모델 세 개를 비교했다.</p>
      <table><tr><th>순위</th><th>모델</th><th>${head}</th><th>파라미터</th><th>KMMLU</th><th>HAERAE</th><th>평균</th></tr>
      <tr><td>1</td><td>엑사원 4.0</td><td>${a}</td><td>32B</td><td>70.1</td><td>66.2</td><td>68.2</td></tr>
      <tr><td>2</td><td>가온-R 9B</td><td>${b}</td><td>9B</td><td>65.0</td><td>61.4</td><td>63.2</td></tr>
      <tr><td>-</td><td>GPT-4o</td><td>${c}</td><td>비공개</td><td>68.8</td><td>-</td><td>-</td></tr></table>
      <p>평가 기관은 내년에도 평가를 이어간다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['GPT-4o KMMLU 68.8', '가온-R 9B HAERAE 61.4', '가온-R 9B KMMLU 65', '엑사원 4.0 HAERAE 66.2', '엑사원 4.0 KMMLU 70.1']);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'DEVELOPED').map((e) => `${name(e.source)} ${name(e.target)}`).sort()).toEqual(['LG AI연구원 엑사원 4.0', '가온소프트 가온-R 9B', '오픈AI GPT-4o']);
  });
});

describe('a prose score that is another row\'s cell', () => {
  it('gives way to the table: the number belongs to the other model on that benchmark', () => {
    const html = `<html><head><meta property="article:published_time" content="2026-06-02"></head><body><article>
      <h1>한국어 평가</h1><p>가온소프트의 가온-R 9B는 HAERAE 61.4점으로 엑사원 4.0에 이어 2위였다.</p>
      <table><tr><th>모델</th><th>개발사</th><th>KMMLU</th><th>HAERAE</th></tr>
      <tr><td>엑사원 4.0</td><td>LG AI연구원</td><td>70.1</td><td>66.2</td></tr>
      <tr><td>가온-R 9B</td><td>가온소프트</td><td>65.0</td><td>61.4</td></tr></table>
      <p>평가 기관은 내년에도 평가를 이어간다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['가온-R 9B HAERAE 61.4', '가온-R 9B KMMLU 65', '엑사원 4.0 HAERAE 66.2', '엑사원 4.0 KMMLU 70.1']);
  });
});

describe('a results table with a team column that names each team\'s company, and titles with notes', () => {
  const html = (team: string) => `<html><head><meta property="og:title" content="대회 결과"><meta property="article:published_time" content="2026-05-02"></head><body><article>
      <h1>대회 결과</h1><p>참가팀은 주최 측이 만든 'LawQA-K' 벤치마크로 평가받았다.</p>
      <table><tr><th>순위(시상)</th><th>${team}</th><th>제출 모델</th><th>기반 모델</th><th>LawQA-K</th></tr>
      <tr><td>1위(금상)</td><td>바람(다온랩스)</td><td>바람-법률 2.0</td><td>Qwen2.5-14B</td><td>81.4</td></tr>
      <tr><td>2위(은상)</td><td>별무리(한빛대학교 언어연구실)</td><td>별무리-9B</td><td>젬마 2 9B</td><td>79.9</td></tr></table>
      <p>주최 측은 내년에도 대회를 열겠다고 밝혔다.</p></article></body></html>`;

  it('reads scores, bases and the company a team entered under (not a university lab)', () => {
    const g = extractArticle(parseArticle(Buffer.from(html('팀명(소속)')), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['바람-법률 2.0 LawQA-K 81.4', '별무리-9B LawQA-K 79.9']);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const facts = g.edges.filter((e) => e.type !== 'SCORED').map((e) => `${e.type} ${name(e.source)} ${name(e.target)}`);
    expect(facts).toEqual(expect.arrayContaining(['DEVELOPED 다온랩스 바람-법률 2.0', 'BASED_ON 바람-법률 2.0 Qwen2.5-14B', 'BASED_ON 별무리-9B 젬마 2 9B']));
    expect(facts.some((f) => f.startsWith('DEVELOPED') && f.endsWith('별무리-9B'))).toBe(false);
  });

  it('a team column without an affiliation note gives no developer', () => {
    const g = extractArticle(parseArticle(Buffer.from(html('비고')), { source: 't.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.some((e) => e.type === 'DEVELOPED' && name(e.source) === '다온랩스')).toBe(false);
  });
});
