/**
 * Score tables in the forms model cards, reports and notices give them (more of tables.test.ts): a model card's
 * results, a procurement notice's table of proposals, a before/after table.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { scoresOf } from './helpers.js';

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
    expect(scoresOf(extractArticle(parseArticle(Buffer.from(input), { source: file })))).toEqual(want);
  });

  it.each([
    { what: 'a header with a note that is more than a unit is no benchmark header', input: page('<table><tr><th>모델</th><th>KMMLU (미공개 내부 평가 기준 점수)</th></tr><tr><td>소담-R 3</td><td>66.1</td></tr></table>') },
    { what: 'a number with text after it is no score cell', input: page('<table><tr><th>모델</th><th>KMMLU</th></tr><tr><td>소담-R 3</td><td>66.1 (추정)</td></tr></table>') },
  ])('$what', ({ input }) => {
    expect(scoresOf(extractArticle(parseArticle(Buffer.from(input), { source: 'a.html' })))).toEqual([]);
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
    expect(scoresOf(g)).toEqual(['한울-G 30B KMMLU 58.1']);
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
    expect(scoresOf(g)).not.toContain('Qwen3-32B KMMLU 52.5');
    expect(scoresOf(g).filter((s) => s.startsWith('Qwen3-32B'))).toEqual([]);
  });

  it('a transposed table whose header names an instruction-tuned checkpoint ("Gemma 3 12B IT") reads that column as that model', () => {
    const html = `<html><head><meta property="og:title" content="성능"><meta property="article:published_time" content="2026-05-02"></head><body><article>
      <h1>성능</h1><p>가람AI가 가람 3.0을 공개했다.</p>
      <table><tr><th>벤치마크</th><th>가람 3.0</th><th>Gemma 3 4B IT</th><th>Qwen3-32B</th></tr>
      <tr><td>KMMLU</td><td><b>61.0</b></td><td>41.5</td><td>64.9</td></tr></table>
      <p>회사는 성능을 더 높이겠다고 밝혔다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['Gemma 3 4B IT KMMLU 41.5', 'Qwen3-32B KMMLU 64.9', '가람 3.0 KMMLU 61']);
  });

  it('a transposed table whose model titles carry their size in brackets ("X 2.0 (32B)")', () => {
    const html = `<html><head><meta property="og:title" content="성능"><meta property="article:published_time" content="2026-05-02"></head><body><article>
      <h1>성능</h1><p>가람AI가 가람 3.0을 공개했다.</p>
      <table><tr><th>벤치마크</th><th>가람 3.0<br>(14B)</th><th>Qwen3-32B</th></tr>
      <tr><td>KMMLU</td><td>61.0</td><td>64.9</td></tr></table>
      <p>회사는 성능을 더 높이겠다고 밝혔다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['Qwen3-32B KMMLU 64.9', '가람 3.0 KMMLU 61']);
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
    expect(scoresOf(extract(head, rows))).toEqual(['엑사원 3.5 HAERAE 61', '엑사원 3.5 KMMLU 50.2', '엑사원 4.0 HAERAE 60.5', '엑사원 4.0 KMMLU 55']);
  });
  it('a title whose brackets hold no model is no model column', () => {
    const g = extract('<th>벤치마크</th><th>개선 전<br>(5월)</th><th>개선 후<br>(6월)</th><th>증감</th>', '<tr><td>KMMLU</td><td>50.2</td><td>55.0</td><td>+4.8</td></tr>');
    expect(scoresOf(g)).toEqual([]);
  });
  it('a change cell that is no signed number ends the rows', () => {
    const g = extract('<th>벤치마크</th><th>기존<br>(엑사원 3.5)</th><th>신규<br>(엑사원 4.0)</th><th>증감</th>', '<tr><td>KMMLU</td><td>50.2</td><td>55.0</td><td>크게 개선</td></tr>');
    expect(scoresOf(g)).toEqual([]);
  });
});
