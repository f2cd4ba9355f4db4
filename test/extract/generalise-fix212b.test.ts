/**
 * Generalisation rows for fix212b: a company page's models table whose columns give each row's size ("규모") and whose
 * description cell says what the row's model was built on ("Y 기반 2세대 모델", "Y를 교사 모델로 지식 증류한 경량 모델,
 * 오픈소스(MIT)"); a bulleted line under a model's heading that names the base with its maker and the model's size;
 * a model distilled from the data another model generated, with its size stated after the relative clause.
 * Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageGraph, type FactRow } from './helpers.js';

const TABLE =
  '<html><head><meta charset="utf-8"><title>모델 소개 | 솔바람랩스</title></head><body><main><h1>모델 소개</h1>' +
  '<p>솔바람랩스는 물류 문서를 읽는 언어모델을 만드는 회사입니다.</p>' +
  '<table><thead><tr><th>모델</th><th>규모</th><th>설명</th><th>공개</th></tr></thead><tbody>' +
  '<tr><td>솔바람-LM 3</td><td>14B</td><td>Qwen2.5-14B를 기반으로 한국어 문서를 추가 학습한 주력 모델</td><td>2026.05.02</td></tr>' +
  '<tr><td>솔바람-LM 3 미니</td><td>2B</td><td>솔바람-LM 3를 교사 모델로 지식 증류한 경량 모델, 오픈소스(MIT)</td><td>2026.08.11</td></tr>' +
  '<tr><td>솔바람-LM 2</td><td>8B</td><td>Llama 3 8B 기반 2세대 모델 (서비스 종료)</td><td>2025.03.10</td></tr>' +
  '</tbody></table></main></body></html>';

const rows: FactRow[] = [
  {
    cat: "a bullet under a model's heading: the base with its maker's possessive, then the model's size before the word for a model",
    text: '■ 회사: 가람데이터\n- 주력 모델: 가람-LM 4 (Garam-LM 4)\n  · 메타의 Llama 3.1 8B를 바탕으로 한국어 공문서를 추가 학습한 80억 매개변수 모델\n  · 지난달 공개했습니다',
    publishedAt: '2027-02-10',
    expect: ['BASED_ON 가람-LM 4 -> Llama 3.1 8B'],
  },
  {
    cat: 'a model distilled from the data another model generated: the base, and the size is the topic\'s, not the relative clause\'s subject\'s',
    text: '하늘결AI는 지난달 추론 모델 하늘-R2를 공개했다. 하늘-R2는 Qwen3-8B를 베이스로, 딥시크의 DeepSeek-R1이 생성한 풀이 데이터로 증류 학습한 80억 매개변수 모델이다.',
    publishedAt: '2027-02-10',
    expect: ['BASED_ON 하늘-R2 -> DeepSeek-R1', 'BASED_ON 하늘-R2 -> Qwen3-8B'],
    props: ['하늘-R2=parameters:8000000000'],
  },
];

describe('generalise fix212b: models tables with size and description columns, distilled bases', () => {
  for (const r of rows) it(r.cat, () => checkFactRow(r));

  it("a models table: each row's size column gives its size, its description its base ('Y 기반 N세대 모델', 'Y를 교사 모델로 지식 증류한') and its open release", () => {
    const g = pageGraph(TABLE);
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const facts = g.edges.map((e) => `${e.type} ${name.get(e.source)} -> ${name.get(e.target)}`);
    expect(facts).toContain('BASED_ON 솔바람-LM 2 -> Llama 3 8B');
    expect(facts).toContain('BASED_ON 솔바람-LM 3 미니 -> 솔바람-LM 3');
    const props = (n: string) => g.nodes.find((x) => x.name === n)?.properties as Record<string, unknown>;
    expect(props('솔바람-LM 3')?.parameters).toBe(14000000000);
    expect(props('솔바람-LM 2')?.parameters).toBe(8000000000);
    expect(props('솔바람-LM 3 미니')?.parameters).toBe(2000000000);
    expect(props('솔바람-LM 3 미니')?.openSource).toBe(true);
    expect(props('솔바람-LM 2')?.openSource).toBeUndefined();
  });
});
