/**
 * Generalisation rows for set 195's page forms and wordings (model lineage and releases outside news articles). Every
 * sentence and name here is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

/** A model hub's community discussion: the repository and the subject in the title, a numbered heading, comments as <article>s. */
const hubThread = (title: string, heading: string, comments: Array<[string, string]>) => `<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><a href="/">Model Hub</a><nav><a href="/models">Models</a> <a href="/login">Log In</a></nav></header>
<div class="repo-header"><h1><a href="/narae">narae</a> / <a href="/narae/Narae-Chat-3B">Narae-Chat-3B</a></h1>
<nav class="repo-tabs"><a href="#">Model card</a> <a href="#" class="active">Community 7</a></nav></div>
<main class="discussion"><h2>${heading}</h2>
${comments.map(([who, body]) => `<article class="comment"><p class="author"><a href="/${who}">${who}</a> · Oct 3, 2026</p>${body}</article>`).join('\n')}
</main><footer><p>© Model Hub · Terms</p></footer></body></html>`;

const THREAD: Array<[string, string]> = [
  ['minho_k', '<p>이 모델 한국어 요약 성능이 궁금합니다. 혹시 측정하신 값이 있나요?</p>'],
  ['hyewon-dev', '<p>안녕하세요, 나래소프트 엔지니어 박서율입니다. 질문 감사합니다.</p><p>저희 측정으로는 KMMLU 48.2입니다.</p>'],
  ['gaon-team', '<p>가온데이터입니다. 저희는 이 모델에 의료 데이터로 추가 학습해서 가온메드-3B를 만들었습니다.</p>'],
  ['hyewon-dev', '<p>다음 버전은 준비 중입니다. 후속 모델인 Narae-Chat 4는 내년에 나옵니다.</p>'],
];

const factsOf = (html: string) => {
  const a = parseArticle(Buffer.from(html), { source: 'thread.html' });
  const g = extractArticle(a);
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  return { a, facts: g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`) };
};

describe('a model hub discussion thread', () => {
  it.each([
    ['narae/Narae-Chat-3B · 요약 성능 측정값 있나요?', '#7 · 요약 성능 측정값 있나요?'],
    ['narae/Narae-Chat-3B · 의료 파인튜닝 공유합니다', '#12 의료 파인튜닝 공유합니다'],
  ])('its comments are what the page says (%s)', (title, heading) => {
    const { a, facts } = factsOf(hubThread(title, heading, THREAD));
    expect(a.sentences.map((s) => s.text)).toContain('저희 측정으로는 KMMLU 48.2입니다.');
    // the maintainer introduced at a company speaks for it; a score with no model named is the thread model's
    expect(facts).toContain('WORKS_FOR 박서율 -> 나래소프트');
    expect(facts).toContain('SCORED Narae-Chat-3B -> KMMLU');
    // a third company's post: its "저희" is that company, not the maintainer's
    expect(facts).toContain('DEVELOPED 가온데이터 -> 가온메드-3B');
    expect(facts).not.toContain('DEVELOPED 나래소프트 -> 가온메드-3B');
    // a successor named with no predecessor in a later post succeeds the thread model, not the last model named
    expect(facts).toContain('SUCCEEDS Narae-Chat 4 -> Narae-Chat-3B');
    expect(facts).not.toContain('SUCCEEDS Narae-Chat 4 -> 가온메드-3B');
  });

  it("a model's own page titled 'owner/Model · site' keeps its reader comments out", () => {
    const page = hubThread('narae/Narae-Chat-3B · Model Hub', '모델 소개', THREAD);
    const a = parseArticle(Buffer.from(page), { source: 'card.html' });
    expect(a.sentences.some((s) => s.text.includes('KMMLU 48.2'))).toBe(false);
  });
});

const sentenceRows: FactRow[] = [
  // "COMPANY 연구원 NAME입니다": a self-introduction with a staff role between the company and the name
  { cat: 'works-for.staff-self-intro', text: '안녕하세요, 업스테이지 연구원 남궁솔입니다. 오늘은 학습 과정을 소개합니다.', expect: ['WORKS_FOR 남궁솔 -> 업스테이지'], edgeProps: ['WORKS_FOR 남궁솔 -> 업스테이지 title=연구원'] },
  { cat: 'works-for.staff-self-intro', text: '저는 네이버클라우드 엔지니어 도하람이라고 합니다. 질문에 답해 드릴게요.', expect: ['WORKS_FOR 도하람 -> 네이버클라우드'] },
  { cat: 'works-for.staff-self-intro', text: '한국전자통신연구원 연구원 기태리는 발표를 마쳤다.', absent: ['WORKS_FOR 기태리 -> 한국전자통신연구원'] },
  // "한빛-코더-7B-v1.2": a Hangul sized name's release tag glued on by a hyphen is part of the name
  { cat: 'model-name.glued-tag', text: '누리소프트가 오늘 은하-코더-7B-v1.2 가중치를 공개했다.', nodes: ['Model:은하-코더-7B-v1.2'], noNodes: ['Model:은하-코더-7B'] },
  { cat: 'model-name.glued-tag', text: '누리소프트가 어제 달빛-챗-3B-v2 모델을 내놓았다.', nodes: ['Model:달빛-챗-3B-v2'] },
  // "A랑 B를 TOOL METHOD로 병합했습니다": a merge of two models named by a tool or method, the page's model built on both
  { cat: 'based-on.focus-tool-merged-pair', text: '가온랩이 새 모델 가온-믹스-8B를 공개했습니다. Qwen3-8B랑 메타의 Llama-3.1-8B를 mergekit TIES로 병합했습니다.', expect: ['BASED_ON 가온-믹스-8B -> Qwen3-8B', 'BASED_ON 가온-믹스-8B -> Llama-3.1-8B'] },
  { cat: 'based-on.focus-tool-merged-pair', text: '가온랩이 새 모델 가온-믹스-8B를 공개했습니다. Qwen3-8B와 Llama-3.1-8B를 DARE 방식으로 병합하지 않았습니다.', absent: ['BASED_ON 가온-믹스-8B -> Qwen3-8B'] },
  // "COMPANY 한국어 대화 모델 X": a company's model named in apposition, no possessive
  { cat: 'developed.company-model-apposed', text: '업스테이지 금융 특화 모델 다온-14B가 어제 공개됐다.', expect: ['DEVELOPED 업스테이지 -> 다온-14B'] },
  { cat: 'developed.company-model-apposed', text: '누리랩은 메타 라마 기반 모델 누리-8B를 냈다.', absent: ['DEVELOPED 메타 -> 누리-8B'] },
  // "X-GGUF", "X-AWQ": a quantised copy of a model the page names is built on it
  { cat: 'model-name.quant-tag', text: '한빛테크는 2026년 Q4 출시를 목표로 누리-LM 3를 개발하고 있다.', noNodes: ['Model:누리-LM 3 Q4'] },
  { cat: 'based-on.quantised-copy', text: '가람AI가 가람-9B를 공개했다. 커뮤니티에서는 가람-9B-GGUF와 가람-9B-AWQ도 나왔다.', expect: ['BASED_ON 가람-9B-GGUF -> 가람-9B', 'BASED_ON 가람-9B-AWQ -> 가람-9B'] },
];

/** A company board's download post: a release note, then a version-history table of bare versions of its model line. */
const versionBoard = (title: string, rows: string) => `<html><head><meta charset="utf-8"><title>(주)하늘정보 - 자료실</title></head><body>
<table width="900"><tr><td width="180"><a href="/">홈</a></td><td>
<table border="1"><tr><td>제목</td><td>${title}</td></tr><tr><td>작성일</td><td>2026-09-14</td></tr></table>
<font size="2">안녕하십니까. (주)하늘정보 개발팀입니다.<br><br>
하늘정보가 신규 모델 Haneul-SumQA 4.1을 2026.09.10 배포하였습니다. Haneul-SumQA 4.1은 Haneul-SumQA 4.0의 후속 모델입니다.<br><br>
<b>버전 이력</b><br>
<table border="1"><tr><td>버전</td><td>배포일</td><td>기반 모델</td><td>KMMLU</td><td>비고</td></tr>${rows}</table><br>
※ 문의는 고객센터로 해 주십시오.<br></font></td></tr></table></body></html>`;

const ROWS = '<tr><td>4.1</td><td>2026.09.10</td><td>Qwen2.5-3B</td><td>71.5</td><td>현재</td></tr><tr><td>4.0</td><td>2026.03</td><td>EXAONE 3.5 2.4B</td><td>66.0</td><td>-</td></tr><tr><td>3.2-S</td><td>2025.12</td><td>자체 구축</td><td>58.3</td><td>경량판</td></tr>';

describe('a version-history table of one model line', () => {
  it('its bare version cells are the line models: the base column and the score column read for each', () => {
    const { facts } = factsOf(versionBoard('[배포] Haneul-SumQA 4.1 모델 배포 안내', ROWS));
    expect(facts).toContain('BASED_ON Haneul-SumQA 4.1 -> Qwen2.5-3B');
    expect(facts).toContain('BASED_ON Haneul-SumQA 4.0 -> EXAONE 3.5 2.4B');
    expect(facts).toContain('SCORED Haneul-SumQA 4.1 -> KMMLU');
    expect(facts).toContain('SCORED Haneul-SumQA 4.0 -> KMMLU');
    // a version only the table names is a model of its own, named by its cell
    expect(facts).toContain('SCORED 3.2-S -> KMMLU');
    // a name ending like a test set's ("…QA") that the page calls a model with its versions is no benchmark
    expect(facts.some((f) => / -> Haneul-SumQA/.test(f) && f.startsWith('SCORED'))).toBe(false);
  });

  it('a score column of plain numbers stays scores where no version column names the line', () => {
    const page = versionBoard('[배포] Haneul-SumQA 4.1 모델 배포 안내', ROWS).replace('<td>버전</td>', '<td>순번</td>');
    const { facts } = factsOf(page);
    expect(facts).not.toContain('SCORED 3.2-S -> KMMLU');
  });
});

/** A maker's own support page: no copyright form, the <title> naming the company and the section, the footer its legal name. */
const supportPage = (footer: string) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>릴리스 노트 5.2 | 가람전자 고객지원</title></head><body>
<header><a class="brand" href="/">GARAM ELECTRONICS</a><nav><a href="/">제품</a></nav></header>
<main><h1>릴리스 노트 5.2</h1>
<p>5.2 버전부터 내비게이션 안내 문구를 새 언어모델 온길-LM 4가 씁니다. 온길-LM 4는 당사가 여명AI와 함께 개발한 모델입니다.</p>
<p>저사양 단말에는 온길-LM 4를 양자화해 만든 온길-LM 4 Q4가 들어갑니다. 업데이트는 순차적으로 진행됩니다.</p>
</main><footer><p>${footer}</p><p>© 2026 GARAM ELECTRONICS. All rights reserved.</p></footer></body></html>`;

describe("a maker's support page", () => {
  it.each([['가람전자(주) | 대표이사 문하준 | 사업자등록번호 000-00-00000'], ['㈜가람전자 | 대표이사 문하준']])('its "당사" is the company of the title and the footer (%s)', (footer) => {
    const { facts } = factsOf(supportPage(footer));
    expect(facts).toContain('DEVELOPED 가람전자 -> 온길-LM 4');
    // a quantised copy named with its mark ("X Q4") is a model of its own, built on the original
    expect(facts).toContain('BASED_ON 온길-LM 4 Q4 -> 온길-LM 4');
  });

  it('a footer naming no legal form leaves "당사" unread', () => {
    const { facts } = factsOf(supportPage('고객센터 1588-0000'));
    expect(facts).not.toContain('DEVELOPED 가람전자 -> 온길-LM 4');
  });
});

describe('set 195 wordings', () => {
  for (const row of sentenceRows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
