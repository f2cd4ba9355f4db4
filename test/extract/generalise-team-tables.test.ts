/** Score tables met in an analyst note and a blog review: a programme-team table's columns and remarks, header titles no rule knows. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { scoresOf } from './helpers.js';

describe('a table of programme teams: lead, flagship model, release date and a remarks column', () => {
  const page = (head: string[], rows: string[][]): string => `<html><head><meta property="article:published_time" content="2026-06-02"></head><body><article>
      <h1>정예팀 비교</h1><p>증권사가 정예팀의 대표 모델을 비교했다.</p>
      <table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>
      ${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table>
      <p>증권사는 평가가 엄격해질 것으로 봤다.</p></article></body></html>`;
  it.each([
    { head: ['주관사', '대표 모델', '파라미터', '최근 공개일', 'KMMLU', '비고'] },
    { head: ['주관 기관', '주력 모델', '크기', '최초 공개일', 'KMMLU', '특징'] },
  ])('header $head: scores, developers (a note after the name aside), sizes, from-scratch and open remarks', ({ head }) => {
    const g = extractArticle(parseArticle(Buffer.from(page(head, [
      ['가온랩스(추가선정)', '가온-T 40B', '41B', '2026.05.02', '66.1', '프롬 스크래치, MoE'],
      ['누리소프트', '누리-X 12B', '12B', '2026.04.11', '61.7', '오픈소스(가중치 공개)'],
    ])), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['가온-T 40B KMMLU 66.1', '누리-X 12B KMMLU 61.7']);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'DEVELOPED').map((e) => `${name(e.source)} ${name(e.target)}`).sort()).toEqual(['가온랩스 가온-T 40B', '누리소프트 누리-X 12B']);
    const props = (n: string) => g.nodes.find((x) => x.name === n)?.properties;
    expect(props('가온-T 40B')).toMatchObject({ parameters: 41_000_000_000, fromScratch: true });
    expect(props('가온-T 40B')?.openSource).toBeUndefined();
    expect(props('누리-X 12B')).toMatchObject({ parameters: 12_000_000_000, openSource: true });
    expect(props('누리-X 12B')?.fromScratch).toBeUndefined();
  });
});

describe("an English release's score table with its teams' leads in the first column ('Consortium lead | Model | KMMLU')", () => {
  it.each([['Consortium lead'], ['Lead company'], ['Maker']])('first column %s: the lead developed the row\'s model, which scored', (lead) => {
    const html = `<html><head><meta property="article:published_time" content="2026-06-02"></head><body><article>
      <h1>Ministry names finalists</h1><p>The ministry published the scores of the finalists' models on Monday.</p>
      <table><caption>Scores (out of 100)</caption><thead><tr><th>${lead}</th><th>Model</th><th>KMMLU</th></tr></thead>
      <tbody><tr><td>Gaon Labs</td><td>Gaon-T 40B</td><td>66.1</td></tr><tr><td>Nuri Soft</td><td>Nuri-X 12B</td><td>61.7</td></tr></tbody></table>
      <p>The next round will be judged in December.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['Gaon-T 40B KMMLU 66.1', 'Nuri-X 12B KMMLU 61.7']);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'DEVELOPED').map((e) => `${name(e.source)} ${name(e.target)}`).sort()).toEqual(['Gaon Labs Gaon-T 40B', 'Nuri Soft Nuri-X 12B']);
  });
});

describe('a score table whose last column titles no rule knows (an in-house set, a speed)', () => {
  it.each([
    [['사내셋(50문항)', '속도(tok/s)']],
    [['응답 지연(ms)']],
    [['우리팀 테스트', '메모리(GB)', '비용']],
  ])('extra titles %j: the rows still line up and give their benchmark scores only', (extra) => {
    const cells = (n: number) => extra.map((_, k) => `<td>${n + k}.5</td>`).join('');
    const html = `<html><head><meta property="article:published_time" content="2026-06-02"></head><body><article>
      <h1>모델 비교 후기</h1><p>주말에 모델 세 개를 직접 돌려봤어요.</p>
      <table><tr><td>모델</td><td>파라미터</td><td>KMMLU</td><td>LogicKor</td>${extra.map((e) => `<td>${e}</td>`).join('')}</tr>
      <tr><td>가온-R 9B</td><td>9.2B</td><td>51.3</td><td>7.91</td>${cells(40)}</tr>
      <tr><td>누리-S 14B</td><td>14B</td><td>55.0</td><td>8.12</td>${cells(30)}</tr></table>
      <p>다음 글에서 더 비교해 볼게요.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['가온-R 9B KMMLU 51.3', '가온-R 9B LogicKor 7.91', '누리-S 14B KMMLU 55', '누리-S 14B LogicKor 8.12']);
    expect(g.nodes.find((n) => n.name === '가온-R 9B')?.properties.parameters).toBe(9_200_000_000);
  });
});

describe('a procurement award notice: a labelled project name and a result table of bidding consortia', () => {
  // a notice as plain text: spaced-out labels ("사 업 명 :"), a box-drawn result table, corporate marks around names
  const notice = (label: string, leadHead: string, memberHead: string): string => `○○시 공고 제2027-310호

${'  '}AI 상담 시스템 구축 용역 낙찰자 결정 공고

아래 용역의 기술협상을 완료하고 낙찰자를 다음과 같이 결정하여 공고합니다.

1. 입찰 개요

  가. ${label} : 시민 상담 AI 챗봇 구축 사업
  나. 수 요 기 관 : ○○시 (정보통신과)

2. 평가 결과

  ┌────┬──────────────┬──────────────────┬────────┬────────┐
  │순위│ ${leadHead}  │ ${memberHead}    │기술평가│ 비  고 │
  ├────┼──────────────┼──────────────────┼────────┼────────┤
  │ 1  │ (주)하람정보 │ 두리클라우드(주), (주)새벽에이아이 │ 81.20  │ 낙찰   │
  │ 2  │ 가온데이터(주) │ -              │ 70.05  │ 차순위 │
  └────┴──────────────┴──────────────────┴────────┴────────┘

3. 기타 사항

  - 낙찰자는 공고일로부터 10일 이내에 계약을 체결하여야 합니다.
`;
  const facts = (text: string): string[] => {
    const g = extractArticle(parseArticle(Buffer.from(text), { source: 'notice.txt' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    return g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
  };
  it.each([
    ['사 업 명', '업체명(대표사)', '공동수급 구성원'],
    ['사업명', '대표사', '구성원'],
    ['과 제 명', '업체명(대표사)', '공동수급체'],
  ])('%s / %s / %s', (label, leadHead, memberHead) => {
    const f = facts(notice(label, leadHead, memberHead));
    for (const c of ['하람정보', '두리클라우드', '새벽에이아이', '가온데이터']) expect(f, f.join('\n')).toContain(`PARTICIPATES_IN ${c} -> 시민 상담 AI 챗봇 구축 사업`);
    const partners = f.filter((x) => x.startsWith('PARTNERS_WITH')).map((x) => x.slice(14).split(' -> ').sort().join(' + ')).sort();
    expect(partners).toEqual(['두리클라우드 + 하람정보', '새벽에이아이 + 하람정보']);
    // evaluation points are no benchmark scores
    expect(f.filter((x) => x.startsWith('SCORED'))).toEqual([]);
  });
});

describe('an awards table: prize, winning company, winning model and the reasons, scores among them', () => {
  const page = (heads: string[]): string => `<html><head><meta property="article:published_time" content="2026-10-02"></head><body><article>
      <h1>올해의 한국어 모델 시상 결과</h1><p>대상을 받은 가온랩스의 '가온-3'는 지난달 공개된 모델이다.</p>
      <table><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr>
      <tr><td rowspan="2">최우수상</td><td>장관상</td><td>누리소프트</td><td>누리-X 9B</td><td>한국어 수학 추론 HRM8K 61.2점</td></tr>
      <tr><td>원장상</td><td>다솜AI</td><td>다솜-Med 7B</td><td>KMMLU 58.9점, 의료 벤치마크 KorMedMCQA 77.3점</td></tr>
      <tr><td>우수상</td><td>협회장상</td><td>하늬소프트</td><td>하늬-2</td><td>공공기관 구축 사례 40건</td></tr></table>
      <p>심사위원회는 점수를 공개 검증 절차에서 재현했다고 밝혔다.</p></article></body></html>`;
  it.each([
    [['구분', '상훈', '수상 기업', '수상 모델', '주요 심사 근거']],
    [['부문', '시상명', '수상 기업', '수상 모델', '선정 사유']],
  ])('%j', (heads) => {
    const g = extractArticle(parseArticle(Buffer.from(page(heads)), { source: 't.html' }));
    expect(scoresOf(g)).toEqual(['누리-X 9B HRM8K 61.2', '다솜-Med 7B KMMLU 58.9', '다솜-Med 7B KorMedMCQA 77.3']);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const developed = g.edges.filter((e) => e.type === 'DEVELOPED').map((e) => `${name(e.source)} ${name(e.target)}`);
    expect(developed).toEqual(expect.arrayContaining(['누리소프트 누리-X 9B', '다솜AI 다솜-Med 7B', '하늬소프트 하늬-2']));
  });
});

describe('a selection notice whose team table came out one cell per line, with a column of the person in charge', () => {
  // the table of a word-processor notice pasted as text: a title's note "(직책)" on a line of its own, each cell a line
  const notice = (headTitle: string): string => `정보통신부 공고 제2027-0101호

2027년도 「AI 물류 특화 모델 개발 지원사업」 선정 결과 공고

선정 결과를 다음과 같이 공고합니다.

연번
분야
세부 과제명
주관기관
참여기관
${headTitle}
(직책)
1
물류
항만 물류 문서를 자동으로 분류하는 특화 언어모델 개발 및 현장 실증
(주)다온텍
(주)새벽정보,
한빛대학교
김도윤
(대표)
2
농업
작황 예측 모델 개발
(주)푸른들브레인
하늘데이터(주)
이서진
(최고기술책임자)

끝.
`;
  it.each([['총괄책임자'], ['연구책임자']])('%s: the person in charge works for the lead; leads and members take part and partner', (headTitle) => {
    const g = extractArticle(parseArticle(Buffer.from(notice(headTitle)), { source: 'notice.txt' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const f = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}${e.properties.title ? ` (${e.properties.title})` : ''}`);
    expect(f.filter((x) => x.startsWith('WORKS_FOR')).sort()).toEqual(['WORKS_FOR 김도윤 -> 다온텍 (대표)', 'WORKS_FOR 이서진 -> 푸른들브레인 (최고기술책임자)']);
    expect(f.filter((x) => x.startsWith('PARTNERS_WITH')).map((x) => x.slice(14).split(' -> ').sort().join(' + ')).sort()).toEqual(['다온텍 + 새벽정보', '푸른들브레인 + 하늘데이터']);
    for (const c of ['다온텍', '새벽정보', '푸른들브레인', '하늘데이터']) expect(f, f.join('\n')).toContain(`PARTICIPATES_IN ${c} -> AI 물류 특화 모델 개발 지원사업`);
    // ('(주)푸른들브레인' at the end of its line keeps its last syllable: no copula 인 there)
    expect(g.nodes.some((n) => n.name === '푸른들브레')).toBe(false);
  });
});

describe('an English comparison table: model, developer, base model, base developer', () => {
  it('a model named in capitalised words without a digit is read where a known developer stands beside it', () => {
    const html = `<html><head><meta property="article:published_time" content="2026-09-02"></head><body><article>
      <h1>Which Korean models stand on foreign bases</h1><p>The table lists what each maker says its model is built on.</p>
      <table><tr><th>Model</th><th>Developer</th><th>Base model</th><th>Base developer</th><th>Size</th></tr>
      <tr><td>Nara-13B</td><td>Upstage</td><td>Qwen2.5-14B</td><td>Alibaba Cloud (China)</td><td>13B</td></tr>
      <tr><td>Bright Mind</td><td>Naver</td><td>Llama 3.1 8B</td><td>Meta (US)</td><td>8B</td></tr>
      <tr><td>Dal-7B</td><td>Kakao</td><td>Mistral 7B</td><td>Mistral AI (France)</td><td>7B</td></tr></table>
      <p>Makers say the bases are a starting point.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const f = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
    for (const x of ['DEVELOPED Naver -> Bright Mind', 'BASED_ON Bright Mind -> Llama 3.1 8B', 'BASED_ON Dal-7B -> Mistral 7B']) expect(f, f.join('\n')).toContain(x);
  });
});

describe("a notice's annex of team cards: a lead line, a '개발 모델 :' line and a line on what the model builds on", () => {
  it.each([['주관기관', '기반으로'], ['수행기관', '바탕으로']])('%s / %s', (leadKey, builtOn) => {
    const text = `정보통신부 공고 제2027-0102호

「AI 물류 특화 모델 개발 지원사업」 선정 결과

[붙임 1] 과제별 주요 내용

□ 과제 1 (물류) ${leadKey} : (주)다온텍

  ○ 개발 모델 : 다온-로지(가칭)

  ○ 주요 내용
    - 참여기관인 카카오의 '카나나 1.5'를 ${builtOn} 운송장 자료를 추가 학습하여 물류 특화 모델을 구축

□ 과제 2 (농업) ${leadKey} : (주)푸른들

  ○ 개발 모델 : 들판-비전 (파라미터 3B 규모)

  ○ 주요 내용
    - 데이터 수집부터 사전학습까지 자체 수행
`;
    const g = extractArticle(parseArticle(Buffer.from(text), { source: 'annex.txt' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const f = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
    for (const x of ['DEVELOPED 다온텍 -> 다온-로지', 'DEVELOPED 푸른들 -> 들판-비전', 'BASED_ON 다온-로지 -> 카나나 1.5']) expect(f, f.join('\n')).toContain(x);
    expect(f.filter((x) => x.startsWith('BASED_ON 들판-비전'))).toEqual([]);
  });
});

describe("an English encyclopedia page's release table: its model names are models in the prose too, and its cells say how each was made", () => {
  it('reads "Distilled from Y", "None (trained from scratch)", "7 billion", "Open", and a prose score of a model only the table called one', () => {
    const html = `<html><head><meta property="article:published_time" content="2026-09-02"></head><body><article>
      <h1>Sorin Intelligence</h1><p>Sorin Intelligence is a start-up in Daejeon that sells chat assistants to hospitals.</p>
      <table><caption>Sorin model releases</caption><tr><th>Model</th><th>Released</th><th>Parameters</th><th>Base model</th><th>Weights</th></tr>
      <tr><td>Sorin-2</td><td>5 May 2025</td><td>7 billion</td><td>None (trained from scratch)</td><td>Open</td></tr>
      <tr><td>Sorin-2-Lite</td><td>5 May 2025</td><td>1.5 billion</td><td>Distilled from Sorin-2</td><td>Closed</td></tr></table>
      <p>In the maker's own tests Sorin-2 scored 58.2 on the KMMLU benchmark.</p>
      <p>The company denied that Sorin-2 was derived from Mistral 7B.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 't.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const f = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
    for (const x of ['BASED_ON Sorin-2-Lite -> Sorin-2', 'SCORED Sorin-2 -> KMMLU', 'DEVELOPED Sorin Intelligence -> Sorin-2']) expect(f, f.join('\n')).toContain(x);
    expect(f.filter((x) => x.startsWith('BASED_ON Sorin-2 '))).toEqual([]);
    const m = g.nodes.find((n) => n.name === 'Sorin-2')!;
    expect(m.properties).toMatchObject({ parameters: 7e9, fromScratch: true, openSource: true });
    expect(g.nodes.some((n) => n.name.startsWith('Distilled'))).toBe(false);
  });
});
