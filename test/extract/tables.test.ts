/** Score tables: flattened <table> cells and pipe-separated rows give one SCORED fact per number. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { factsOf } from './helpers.js';

function scores(g: ReturnType<typeof extractArticle>): string[] {
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  return g.edges.filter((e) => e.type === 'SCORED').map((e) => `${name(e.source)} ${name(e.target)} ${e.properties.score}`).sort();
}

describe('score tables', () => {
  it('reads an HTML table with benchmarks as columns', () => {
    const html = `<html><head><meta property="og:title" content="성능 비교"><meta property="article:published_time" content="2025-07-14"></head><body><article>
      <h1>성능 비교</h1><p>업스테이지가 솔라 프로2를 공개했다.</p>
      <table><tr><th>모델</th><th>KMMLU</th><th>CLIcK</th></tr><tr><td>솔라 프로2</td><td>64.7</td><td>70.1</td></tr><tr><td>GPT-4o</td><td>61.2</td><td>68.0</td></tr></table>
      <p>회사는 성능을 더 높이겠다고 밝혔다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scores(g)).toEqual(['GPT-4o CLIcK 68', 'GPT-4o KMMLU 61.2', '솔라 프로2 CLIcK 70.1', '솔라 프로2 KMMLU 64.7']);
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
    expect(scores(g)).toEqual(['GPT-4o KMMLU 66', 'GPT-4o LogicKor 9.05', '별빛-R 14B KMMLU 63.8', '별빛-R 14B LogicKor 8.87', '엑사원 4.0 KMMLU 61.2', '엑사원 4.0 LogicKor 9.21']);
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
    expect(scores(g)).toEqual(['가람-R 14B HAERAE 70.2', '가람-R 14B KMMLU 63.8', '누리-S 9B HAERAE 66.1', '누리-S 9B KMMLU 58', '엑사원 4.0 KMMLU 61.2']);
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
    expect(scores(g)).toEqual(['별솔-Ko 2 KMMLU 79.4', '엑사원 4.0 KMMLU 77', '해솔 7B KMMLU 0.8125']);
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
    expect(scores(g)).toEqual(['GPT-4o KMMLU 79.1', '엑사원 4.0 KMMLU 77', '카나나 2.0 KMMLU 75.5']);
  });

  it('gives no score to a score column without a benchmark named before the table', () => {
    const { graph } = factsOf('다음은 순위다.\n\n순위\n\n모델\n\n점수\n\n1\n\n엑사원 4.0\n\n77.0');
    expect(scores(graph)).toEqual([]);
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
    expect(scores(g)).toContain('한돌-Ko 2 7B KMMLU 48.1');
  });

  it('reads pipe-separated rows and the transposed layout', () => {
    const { graph } = factsOf('모델 | KMMLU | HAERAE\n\n카나나 2.0 | 71.3 | 80.2\n\n엑사원 4.0 | 70.9 | 79.5');
    expect(scores(graph)).toEqual(['엑사원 4.0 HAERAE 79.5', '엑사원 4.0 KMMLU 70.9', '카나나 2.0 HAERAE 80.2', '카나나 2.0 KMMLU 71.3']);
    const t = factsOf('구분 | 카나나 2.0 | 엑사원 4.0\n\nKMMLU | 71.3 | 70.9');
    expect(scores(t.graph)).toEqual(['엑사원 4.0 KMMLU 70.9', '카나나 2.0 KMMLU 71.3']);
  });

  it('ignores numbers that are not laid out as a table', () => {
    const { graph } = factsOf('KMMLU\n\n카나나 2.0은 좋은 모델이다.\n\n71.3');
    expect(scores(graph)).toEqual([]);
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
    expect(scores(g)).toEqual([`${last} KMMLU 48.5`, '바다챗 3 CLIcK 71', '바다챗 3 KMMLU 60.1', '솔라 프로 2 CLIcK 66.4', '솔라 프로 2 KMMLU 57.2']);
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
    expect(scores(g)).toEqual(['솔라 프로2 KMMLU 72.5', '솔라 프로2 다솜 추론 3 70.2', '한빛-R 8B 다솜 추론 3 63.4']);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'DEVELOPED').map((e) => `${name(e.source)} ${name(e.target)}`).sort()).toEqual(['업스테이지 솔라 프로2', '한빛랩스 한빛-R 8B']);
  });
  it('a prose score after the table that the table gives under another benchmark is not read against the last column', () => {
    const g = extractArticle(parseArticle(Buffer.from(page("업스테이지의 '솔라 프로2'는 70.2점으로 1위에 올랐다.")), { source: 't.html' }));
    expect(scores(g)).toEqual(['솔라 프로2 KMMLU 72.5', '솔라 프로2 다솜 추론 3 70.2', '한빛-R 8B 다솜 추론 3 63.4']);
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
    expect(scores(g)).toEqual(['GPT-4o KMMLU 68.8', '가온-R 9B HAERAE 61.4', '가온-R 9B KMMLU 65', '엑사원 4.0 HAERAE 66.2', '엑사원 4.0 KMMLU 70.1']);
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
    expect(scores(g)).toEqual(['가온-R 9B HAERAE 61.4', '가온-R 9B KMMLU 65', '엑사원 4.0 HAERAE 66.2', '엑사원 4.0 KMMLU 70.1']);
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
    expect(scores(g)).toEqual(['바람-법률 2.0 LawQA-K 81.4', '별무리-9B LawQA-K 79.9']);
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

describe('score tables in the forms model cards and reports give them', () => {
  const page = (table: string) => `<html><head><meta property="og:title" content="새 모델 공개"><meta property="article:published_time" content="2026-06-10"></head><body><article>
      <h1>새 모델 공개</h1><p>스타트업 소담랩이 추론 모델 ‘소담-R 3’를 공개했다.</p>
      ${table}
      <p>소담랩은 하반기 후속 모델도 내놓을 계획이다.</p></article></body></html>`;
  const text = (table: string) => `새 모델 공개\n\n스타트업 소담랩이 추론 모델 ‘소담-R 3’를 공개했다.\n\n${table}\n\n소담랩은 하반기 후속 모델도 내놓을 계획이다.\n`;
  const both = ['GPT-4o CLIcK 70.6', 'GPT-4o KMMLU 71.9', '소담-R 3 CLIcK 77.3', '소담-R 3 KMMLU 66.1'];
  it.each([
    { what: 'a header that gives the unit after the name: "KMMLU (%)", "CLIcK [정확도]"', file: 'a.html', input: page('<table><tr><th>모델</th><th>KMMLU (%)</th><th>CLIcK [정확도]</th></tr><tr><td>소담-R 3</td><td>66.1</td><td>77.3</td></tr><tr><td>GPT-4o</td><td>71.9</td><td>70.6</td></tr></table>'), want: both },
    { what: 'a header that gives the setting: "KMMLU (5-shot)"', file: 'a.html', input: page('<table><tr><th>Model</th><th>KMMLU (5-shot)</th><th>CLIcK (0-shot)</th></tr><tr><td>소담-R 3</td><td>66.1</td><td>77.3</td></tr><tr><td>GPT-4o</td><td>71.9</td><td>70.6</td></tr></table>'), want: both },
    { what: 'scores with a spread: "66.1 (±0.4)", "77.3 ± 0.2"', file: 'a.html', input: page('<table><tr><th>모델</th><th>KMMLU</th><th>CLIcK</th></tr><tr><td>소담-R 3</td><td>66.1 (±0.4)</td><td>77.3 ± 0.2</td></tr><tr><td>GPT-4o</td><td>71.9 (±0.3)</td><td>70.6 ± 0.5</td></tr></table>'), want: both },
    { what: 'scores with a footnote mark: "66.1*", "70.6†"', file: 'a.html', input: page('<table><tr><th>모델</th><th>KMMLU</th><th>CLIcK</th></tr><tr><td>소담-R 3</td><td>66.1*</td><td>77.3</td></tr><tr><td>GPT-4o</td><td>71.9</td><td>70.6†</td></tr></table>'), want: both },
    { what: 'a plain-text table whose cells are separated by tabs', file: 'a.txt', input: text('모델\tKMMLU\tCLIcK\n소담-R 3\t66.1\t77.3\nGPT-4o\t71.9\t70.6'), want: both },
    { what: 'a tab-separated table aligned with several tabs, benchmarks as rows', file: 'a.txt', input: text('벤치마크\t\t소담-R 3\tGPT-4o\nKMMLU\t\t66.1\t\t71.9\nCLIcK\t\t77.3\t\t70.6'), want: both },
    { what: 'header names no gazetteer knows ending in Bench or -QA', file: 'a.html', input: page('<table><tr><th>모델</th><th>HanLogicBench</th><th>누리-QA</th></tr><tr><td>소담-R 3</td><td>58.2</td><td>80.4</td></tr><tr><td>GPT-4o</td><td>61.7</td><td>79.0</td></tr></table>'), want: ['GPT-4o HanLogicBench 61.7', 'GPT-4o 누리-QA 79', '소담-R 3 HanLogicBench 58.2', '소담-R 3 누리-QA 80.4'] },
    { what: 'a "개발 방식" column (how each model was made) and a "최대 컨텍스트" column beside the benchmarks', file: 'a.html', input: page('<table><tr><th>모델명</th><th>매개변수</th><th>개발 방식</th><th>최대 컨텍스트</th><th>KMMLU</th><th>CLIcK</th></tr><tr><td>소담-R 3</td><td>12B</td><td>프롬 스크래치</td><td>64K</td><td>66.1</td><td>77.3</td></tr><tr><td>GPT-4o</td><td>-</td><td>-</td><td>128K</td><td>71.9</td><td>70.6</td></tr></table>'), want: both },
  ])('$what', ({ file, input, want }) => {
    expect(scores(extractArticle(parseArticle(Buffer.from(input), { source: file })))).toEqual(want);
  });

  it.each([
    { what: 'a header with a note that is more than a unit is no benchmark header', input: page('<table><tr><th>모델</th><th>KMMLU (미공개 내부 평가 기준 점수)</th></tr><tr><td>소담-R 3</td><td>66.1</td></tr></table>') },
    { what: 'a number with text after it is no score cell', input: page('<table><tr><th>모델</th><th>KMMLU</th></tr><tr><td>소담-R 3</td><td>66.1 (추정)</td></tr></table>') },
  ])('$what', ({ input }) => {
    expect(scores(extractArticle(parseArticle(Buffer.from(input), { source: 'a.html' })))).toEqual([]);
  });
  it('a "개발 방식" column: a model named with 기반 is the row\'s base, 프롬 스크래치 says from scratch', () => {
    const g = extractArticle(parseArticle(Buffer.from(page('<table><tr><th>모델명</th><th>매개변수</th><th>개발 방식</th><th>KMMLU</th></tr><tr><td>소담-R 3</td><td>12B</td><td>프롬 스크래치</td><td>66.1</td></tr><tr><td>소담-R 3 라이트</td><td>1.5B</td><td>Qwen3-1.7B 기반 추가학습</td><td>48.2</td></tr></table>')), { source: 'a.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'BASED_ON').map((e) => `${name(e.source)} ${name(e.target)}`)).toEqual(['소담-R 3 라이트 Qwen3-1.7B']);
    expect(g.nodes.find((n) => n.name === '소담-R 3')?.properties.fromScratch).toBe(true);
    expect(g.nodes.find((n) => n.name === '소담-R 3 라이트')?.properties.parameters).toBe(1500000000);
  });
});

describe("a procurement notice's table of proposals: 제안사 | 주 모델 | 매개변수 | 개발 방식 / 기반 모델 | benchmarks", () => {
  it('reads each proposal: the proposer made the model, its base, its size and its scores', () => {
    const html = `<html><head><meta property="og:title" content="입찰 결과"><meta property="article:published_time" content="2026-05-02"></head><body><article>
      <h1>입찰 결과</h1><p>평가위원회가 제안 모델을 검증한 결과를 공개했다.</p>
      <table><tr><th>제안사</th><th>주 모델</th><th>매개변수</th><th>개발 방식 / 기반 모델</th><th>KMMLU (제출)</th></tr>
      <tr><td>한울데이터</td><td>한울-G 30B</td><td>300억</td><td>Qwen3-32B에 행정 데이터 추가 학습</td><td>58.1</td></tr></table>
      <p>계약은 다음 달 체결된다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(scores(g)).toEqual(['한울-G 30B KMMLU 58.1']);
    expect(g.edges.filter((e) => e.type !== 'SCORED').map((e) => `${e.type} ${name(e.source)} ${name(e.target)}`).sort()).toEqual(['BASED_ON 한울-G 30B Qwen3-32B', 'DEVELOPED 한울데이터 한울-G 30B']);
    expect(g.nodes.find((n) => n.name === '한울-G 30B')?.properties.parameters).toBe(30000000000);
  });

  it('a transposed table whose header is read only from a middle model on gives nothing: its rows hold more numbers than those models', () => {
    const html = `<html><head><meta property="og:title" content="성능"><meta property="article:published_time" content="2026-05-02"></head><body><article>
      <h1>성능</h1><p>가람AI가 가람 3.0을 공개했다.</p>
      <table><tr><th>벤치마크</th><th>가람 3.0</th><th>어느 사내 비교 모델</th><th>Qwen3-32B</th></tr>
      <tr><td>KMMLU</td><td>61.0</td><td>52.5</td><td>64.9</td></tr><tr><td>KoBEST</td><td>70.2</td><td>66.0</td><td>71.8</td></tr></table>
      <p>회사는 성능을 더 높이겠다고 밝혔다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scores(g)).not.toContain('Qwen3-32B KMMLU 52.5');
    expect(scores(g).filter((s) => s.startsWith('Qwen3-32B'))).toEqual([]);
  });

  it('a transposed table whose header names an instruction-tuned checkpoint ("Gemma 3 12B IT") reads that column as that model', () => {
    const html = `<html><head><meta property="og:title" content="성능"><meta property="article:published_time" content="2026-05-02"></head><body><article>
      <h1>성능</h1><p>가람AI가 가람 3.0을 공개했다.</p>
      <table><tr><th>벤치마크</th><th>가람 3.0</th><th>Gemma 3 4B IT</th><th>Qwen3-32B</th></tr>
      <tr><td>KMMLU</td><td><b>61.0</b></td><td>41.5</td><td>64.9</td></tr></table>
      <p>회사는 성능을 더 높이겠다고 밝혔다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scores(g)).toEqual(['Gemma 3 4B IT KMMLU 41.5', 'Qwen3-32B KMMLU 64.9', '가람 3.0 KMMLU 61']);
  });

  it('a transposed table whose model titles carry their size in brackets ("X 2.0 (32B)")', () => {
    const html = `<html><head><meta property="og:title" content="성능"><meta property="article:published_time" content="2026-05-02"></head><body><article>
      <h1>성능</h1><p>가람AI가 가람 3.0을 공개했다.</p>
      <table><tr><th>벤치마크</th><th>가람 3.0<br>(14B)</th><th>Qwen3-32B</th></tr>
      <tr><td>KMMLU</td><td>61.0</td><td>64.9</td></tr></table>
      <p>회사는 성능을 더 높이겠다고 밝혔다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scores(g)).toEqual(['Qwen3-32B KMMLU 64.9', '가람 3.0 KMMLU 61']);
  });
});

describe('a before/after table: the models in brackets under the column titles, and a change column', () => {
  const page = (head: string, rows: string) => `<html><head><meta property="og:title" content="개선 비교"><meta property="article:published_time" content="2026-05-04"></head><body><article>
    <h1>개선 비교</h1><p>LG AI연구원이 새 버전을 내놓았다.</p>
    <table><tr>${head}</tr>${rows}</table><p>회사는 다음 버전도 준비하고 있다.</p></article></body></html>`;
  const extract = (head: string, rows: string) => extractArticle(parseArticle(Buffer.from(page(head, rows)), { source: 't.html' }));
  it.each([
    ['<td><b>항목</b></td><td><b>개선 전<br />(엑사원 3.5)</b></td><td><b>개선 후<br />(엑사원 4.0)</b></td><td><b>증감</b></td>', '<tr><td>KMMLU</td><td>50.2%</td><td>55.0%</td><td>+4.8%p</td></tr><tr><td>HAERAE</td><td>61.0점</td><td>60.5점</td><td>-0.5점</td></tr>'],
    ['<th>벤치마크</th><th>기존<br>(엑사원 3.5)</th><th>신규<br>(엑사원 4.0)</th><th>차이</th>', '<tr><td>KMMLU</td><td>50.2</td><td>55.0</td><td>▲4.8</td></tr><tr><td>HAERAE</td><td>61.0</td><td>60.5</td><td>▼0.5</td></tr>'],
    ['<th>벤치마크</th><th>기존<br>(엑사원 3.5)</th><th>신규<br>(엑사원 4.0)</th>', '<tr><td>KMMLU</td><td>50.2</td><td>55.0</td></tr><tr><td>HAERAE</td><td>61.0</td><td>60.5</td></tr>'],
  ])('%s: each model column gives its model\'s scores, the change none', (head, rows) => {
    expect(scores(extract(head, rows))).toEqual(['엑사원 3.5 HAERAE 61', '엑사원 3.5 KMMLU 50.2', '엑사원 4.0 HAERAE 60.5', '엑사원 4.0 KMMLU 55']);
  });
  it('a title whose brackets hold no model is no model column', () => {
    const g = extract('<th>벤치마크</th><th>개선 전<br>(5월)</th><th>개선 후<br>(6월)</th><th>증감</th>', '<tr><td>KMMLU</td><td>50.2</td><td>55.0</td><td>+4.8</td></tr>');
    expect(scores(g)).toEqual([]);
  });
  it('a change cell that is no signed number ends the rows', () => {
    const g = extract('<th>벤치마크</th><th>기존<br>(엑사원 3.5)</th><th>신규<br>(엑사원 4.0)</th><th>증감</th>', '<tr><td>KMMLU</td><td>50.2</td><td>55.0</td><td>크게 개선</td></tr>');
    expect(scores(g)).toEqual([]);
  });
});
