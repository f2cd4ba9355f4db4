/**
 * Generalisation rows for fix212b: a company page's models table whose columns give each row's size ("규모") and whose
 * description cell says what the row's model was built on ("Y 기반 2세대 모델", "Y를 교사 모델로 지식 증류한 경량 모델,
 * 오픈소스(MIT)"); a bulleted line under a model's heading that names the base with its maker and the model's size;
 * a model distilled from the data another model generated, with its size stated after the relative clause; a nominee
 * called by the bare word '후보자' after being named; a group and its in-house lab named after it ("X그룹", "XAI연구원") as one
 * company; a post made a clause's topic in a recruiter's company sheet ("(CTO는 NAME 님, …)"); a team blog's "NAME 대표님의"
 * and "…팀을 이끌어 주신 NAME 님은" (the blog's company).
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

const NOMINEE =
  '<html><head><meta charset="utf-8"><title>국무위원(산업부장관) 변하늘 임명에 따른 인사청문요청안</title></head><body><main>' +
  '<h1>국무위원(산업부장관) 변하늘 임명에 따른 인사청문요청안</h1><h2>주요내용</h2>' +
  '<p>변하늘 후보자는 데이터 분야에서 오래 일한 전문가로, 국가 경쟁력 강화를 이끌 적임자임.</p>' +
  '<p>후보자는 2023년 1월부터 다솜AI연구원 원장을 맡아 다솜그룹 최고기술책임자를 겸하고 있음.</p>' +
  '<p>이 기간 다솜AI연구원은 통신사 누리텔레콤과 상담 특화 언어모델을 공동 개발하였음.</p>' +
  '</main></body></html>';

const BLOG =
  '<html><head><meta charset="utf-8"><title>새 식구를 소개합니다 — 별무리AI 팀 블로그</title>' +
  '<meta property="article:published_time" content="2027-04-02"></head><body><article>' +
  '<h1>새 식구를 소개합니다</h1><p>안녕하세요, 별무리AI 인재팀 오가람입니다! 이번 달 별무리AI에 두 분이 새로 오셨어요.</p>' +
  '<p>지난 3년간 검색모델팀을 이끌어 주신 명도윤 님은 이달 말 팀을 떠나 다른 회사로 자리를 옮기십니다.</p>' +
  '<p>별무리AI는 계속 동료를 찾고 있어요. 탁서진 대표님의 한마디로 마무리합니다.</p>' +
  '</article></body></html>';

const rows: FactRow[] = [
  {
    cat: "a recruiter's company sheet: a post made a clause's topic with a Latin name and the honorific ('(CTO는 NAME 님, …)')",
    text: '■ 회사: 라온시냅스 (RaonSynapse)\n- 2022년 설립, 임직원 약 50명\n\n■ 포지션: 검색 엔지니어\n- 리포팅 라인: 제갈윤 팀장\n  · 팀원 5명, 다음 달부터 CTO 직속입니다 (CTO는 Maya Lin 님, 네이버 출신)',
    publishedAt: '2027-03-08',
    expect: ['WORKS_FOR Maya Lin -> 라온시냅스'],
  },
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

  it("a nominee named once, then '후보자는' as the subject; the group and its lab named after it are one company", () => {
    const g = pageGraph(NOMINEE);
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const facts = g.edges.map((e) => `${e.type} ${name.get(e.source)} -> ${name.get(e.target)}`);
    expect(facts).toContain('WORKS_FOR 변하늘 -> 다솜AI연구원');
    expect(g.nodes.map((n) => n.name)).not.toContain('다솜그룹');
    expect(g.nodes.find((n) => n.name === '다솜AI연구원')?.aliases).toContain('다솜그룹');
  });

  it("a team blog: 'NAME 대표님의 …' and '…팀을 이끌어 주신 NAME 님은' are the blog's company's people", () => {
    const g = pageGraph(BLOG);
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const facts = g.edges.map((e) => `${e.type} ${name.get(e.source)} -> ${name.get(e.target)}`);
    expect(facts).toContain('WORKS_FOR 탁서진 -> 별무리AI');
    expect(facts).toContain('WORKS_FOR 명도윤 -> 별무리AI');
  });

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
