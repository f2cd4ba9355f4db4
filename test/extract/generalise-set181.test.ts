/**
 * Generalisation rows for set 181's forms: a disclosure viewer's filing (XHTML, a receipt bar naming the filer as a table row,
 * the filing a label|value form table with <br>-broken paragraphs, "당사" the filer, its signer and disclosure officer the
 * filer's); a launch page's makers' comments inside its discussion widget, and its maker lines ("NAME · CEO @ X"); a reply's
 * self-introduction ("NAME here, CTO at X"); a dataset page's leaderboard after its description row, under its own heading,
 * its one metric column titled as a measure ("정확도"); an awards board's affiliation list ("NAME(ORG), NAME(ORG)"); a WebVTT
 * caption file's header notes, voice tags and speaker caption cards. Names and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a launch page's maker line: name, a dot, the role, '@' before the employer
  { cat: 'works-for.en-maker-line', text: 'Makers\n\nHaneul Yoon · Co-founder & CEO @ Upstage\n\nGiho Bae · CTO @ Rebellions', expect: ['WORKS_FOR Haneul Yoon -> Upstage', 'WORKS_FOR Giho Bae -> Rebellions'] },
  { cat: 'works-for.en-maker-line', text: 'Makers\n\nHaneul Yoon · Hunter\n\nGiho Bae · Upvoted Upstage', absent: ['WORKS_FOR Haneul Yoon -> Upstage', 'WORKS_FOR Giho Bae -> Upstage'] },
  // a reply's self-introduction: "NAME here, ROLE at X"
  { cat: 'works-for.en-role-at', text: 'Thanks for the post! Daeun Moon here, head of research at Rebellions. Happy to answer questions.', expect: ['WORKS_FOR Daeun Moon -> Rebellions'] },
  { cat: 'works-for.en-role-at', text: 'Daeun Moon here. I used to be a fan of Rebellions chips.', absent: ['WORKS_FOR Daeun Moon -> Rebellions'] },
  // an affiliation list's line: each name with its organisation in brackets; a university's people are no company's
  { cat: 'works-for.affiliation-list', text: '발표자(소속)\n\n하승민(업스테이지), 곽다은(업스테이지)\n\n남윤슬(서울대학교)', expect: ['WORKS_FOR 하승민 -> 업스테이지', 'WORKS_FOR 곽다은 -> 업스테이지'], nodes: ['Person:남윤슬'] },
  { cat: 'works-for.affiliation-list', text: '하승민(업스테이지)이 발표한 논문은 리벨리온(Rebellions)의 칩을 다뤘다.', absent: ['WORKS_FOR 하승민 -> 리벨리온'] },
  { cat: 'works-for.affiliation-list', text: '구성\n\n구축형(온프레미스)\n\n기업명(코드)', noNodes: ['Person:구축형', 'Person:기업명'] },
  // a lower-case "base" after a size, closing the phrase, is the model named as the base, no "Base" variant
  { cat: 'names.lower-case-base', text: 'Nope, nothing else is in there — Qwen3 8B base, as the paper says.', nodes: ['Model:Qwen3 8B'], noNodes: ['Model:Qwen3 8B base'] },
  { cat: 'names.lower-case-base', text: 'The team compared Qwen3 8B Base with its instruct version.', nodes: ['Model:Qwen3 8B Base'] },
  // a one-word model name that is a person's given name: introducing themself, cited as saying it, before a surname
  { cat: 'names.given-name-model', text: "Hi all! I'm Gemini, co-founder of Pine Labs. As Gemini said, the data is ours.\n\nGemini Park · CTO @ Pine Labs", noNodes: ['Model:Gemini'], expect: ['WORKS_FOR Gemini Park -> Pine Labs'] },
  { cat: 'names.given-name-model', text: 'Google said Gemini now answers in Korean. Users compared Gemini with GPT-4o.', nodes: ['Model:Gemini'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

function pageGraph(html: string, fileName = 'page.html') {
  const parsed = parseArticle(html, { source: fileName });
  return { parsed, graph: extractArticle(parsed) };
}

const FILING = (receipt: string) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ko"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>공시채널 - 단일판매ㆍ공급계약체결</title></head>
<body><div id="top"><h1 class="logo">공시채널</h1></div>
<div id="receipt"><table class="info"><tr><th>회사명</th><td>다온시스템</td><th>공시일시</th><td>2026-08-03 15:10</td></tr>${receipt}</table></div>
<div id="doc"><h2>투자판단 관련 주요경영사항</h2>
<table border="1" class="nb"><tr><td class="tit">1. 제목</td><td>언어모델 공동개발 계약 체결</td></tr>
<tr><td class="tit">2. 주요내용</td><td>가. 당사는 리벨리온과 상담 특화 언어모델 '다온-CS'를 공동 개발하는 계약을 체결하였음.<br /><br />나. 다온-CS는 업스테이지가 개발한 솔라 프로 2를 기반으로 당사 상담 기록을 추가 학습하여 구축함.</td></tr>
<tr><td class="tit">3. 계약 상대방</td><td>리벨리온</td></tr>
<tr><td class="tit">4. 기타</td><td>- 당사는 계약금액을 기재하지 아니함.<br />- 공시책임자: 성다인 전무 (02-000-0000)<br />- 문의: 계약 상대방 주식회사 리벨리온 대표이사 모서연</td></tr></table>
<p class="sign">2026년 8월 3일<br />다온시스템 주식회사<br />대표이사 변주안</p></div>
<div id="foot"><p>거래소 시장감시위원회 | 서울특별시 영등포구 여의나루로 76 | 공시 문의 1577-0000</p><p>본 정보는 투자 참고 자료로서 정확성에 대해 책임지지 않습니다.</p></div></body></html>`;

describe('a disclosure viewer (parse and extract)', () => {
  it('reads the filing its receipt bar names a filer of: the form table and the signature, each line its own', () => {
    const { parsed, graph } = pageGraph(FILING('<tr><th>제출인</th><td>다온시스템</td><th>접수번호</th><td>20260803000123</td></tr>'));
    expect(parsed.siteOwner?.name).toBe('다온시스템');
    expect(parsed.text).toContain("당사는 리벨리온과 상담 특화 언어모델 '다온-CS'를");
    expect(parsed.text).not.toContain('여의나루로');
    expect(parsed.blocks.map((b) => b.text)).toContain('대표이사 변주안');
    expect(hasFact(graph, 'BASED_ON 다온-CS -> 솔라 프로 2')).toBe(true);
    expect(hasFact(graph, 'WORKS_FOR 변주안 -> 다온시스템')).toBe(true);
    expect(hasFact(graph, 'WORKS_FOR 성다인 -> 다온시스템')).toBe(true);
    // (another company's officer, named with that company's legal name, is no officer of the filer)
    expect(hasFact(graph, 'WORKS_FOR 모서연 -> 다온시스템')).toBe(false);
  });
  it('with no filer named, the page is no filing: the officers are no one\'s', () => {
    // (neither in the receipt bar nor in the signature: a signature's company line names the filer, see the disclosure form)
    const { parsed, graph } = pageGraph(FILING('').replace('다온시스템 주식회사<br />', ''));
    expect(parsed.siteOwner).toBeUndefined();
    expect(hasFact(graph, 'WORKS_FOR 성다인 -> 다온시스템')).toBe(false);
  });
});

const LAUNCH = `<!DOCTYPE html><html><head><title>Pine Notes</title><meta property="og:site_name" content="Launchboard"></head><body>
<header class="site-header"><a href="/">Launchboard</a></header>
<main class="post-page"><section class="post-header"><h1>Pine Notes</h1><h2 class="tagline">Meeting notes in Korean, on device</h2></section>
<section class="post-description"><p>Pine Notes writes Korean meeting notes on your laptop. It runs Pine 3, the 8-billion-parameter language model built by Pine Labs, a startup based in Busan.</p></section>
<section class="comments"><h3>Discussion (3)</h3>
<div class="comment maker"><div class="who">Yuna Seo</div><p>Hi everyone! Under the hood Pine 3 was fine-tuned from Qwen3-8B on 200B Korean tokens, and we co-developed the summariser with Upstage.</p></div>
<div class="comment"><div class="who">Alex P.</div><p>Nice. I heard Pine 3 is based on Llama 3 8B, and Rebellions built it with them.</p></div>
</section></main><footer class="site-footer">© 2026 Launchboard</footer></body></html>`;

describe('a launch page (parse and extract)', () => {
  it("reads its makers' comments out of the discussion widget, and no one else's", () => {
    const { parsed, graph } = pageGraph(LAUNCH);
    expect(parsed.text).toContain('fine-tuned from Qwen3-8B');
    expect(parsed.text).not.toContain('Llama 3 8B');
    expect(hasFact(graph, 'BASED_ON Pine 3 -> Qwen3-8B')).toBe(true);
    expect(hasFact(graph, 'BASED_ON Pine 3 -> Llama 3 8B')).toBe(false);
  });
});

const DATASET = `<!DOCTYPE html><html><head><title>KoMedQA - 데이터셋</title></head><body>
<nav class="navbar"><a href="/">논문허브</a></nav><div class="container">
<div class="dataset-header"><h1>KoMedQA</h1></div>
<div class="row"><div class="col-md-8 dataset-desc"><h2>데이터셋 소개</h2>
<p>KoMedQA는 의사 국가시험 기출과 진료 지침으로 이뤄진 한국어 의료 질의응답 벤치마크로, 모두 3,100문항이다.</p>
<p>순위표의 점수는 정확도(%)이며 구축 기관이 직접 재현한 결과만 싣는다. 참고 모델은 API로 평가했다.</p></div>
<div class="col-md-4 dataset-side"><div class="card"><h4>통계</h4><ul><li>문항 수: 3,100</li></ul></div></div></div>
<h2 id="board">리더보드 <span class="small">KoMedQA test · 정확도</span></h2>
<table class="table"><thead><tr><th>순위</th><th>모델</th><th>개발사</th><th>정확도</th><th>비고</th></tr></thead><tbody>
<tr><td>1</td><td>솔라 프로 2</td><td>업스테이지</td><td>74.2</td><td>—</td></tr>
<tr><td>2</td><td>GPT-4o</td><td>OpenAI</td><td>70.5</td><td>참고(API)</td></tr>
<tr><td>–</td><td>엑사원 4.0 32B</td><td>LG AI연구원</td><td>비공개</td><td>검증 중</td></tr></tbody></table>
</div><footer class="footer"><p>© 2026 논문허브</p></footer></body></html>`;

describe('a dataset page (parse and extract)', () => {
  it('reads the leaderboard under its own heading after the description row; a withheld score is none', () => {
    const { graph } = pageGraph(DATASET);
    expect(hasFact(graph, 'SCORED 솔라 프로 2 -> KoMedQA')).toBe(true);
    expect(hasFact(graph, 'SCORED GPT-4o -> KoMedQA')).toBe(true);
    expect(hasFact(graph, 'SCORED 엑사원 4.0 32B -> KoMedQA')).toBe(false);
  });
});

const VTT = `WEBVTT
Kind: captions

NOTE
채널: 가온경제TV 아침 리포트
방송일: 2026-09-09 (수) 07:40
클립 제목: 바다랩스, 한국어 모델 '바다 3' 공개
담당: 산업부 기자

1
00:00:00.000 --> 00:00:04.000
<v 앵커>국내 스타트업이 새 언어모델을 내놨습니다.

2
00:00:04.000 --> 00:00:09.000
<v 기자>부산의 AI 스타트업 바다랩스가 새 언어모델 '바다 3'를 공개했습니다.

3
00:00:09.000 --> 00:00:12.000
[인터뷰] 차윤호 / 바다랩스 대표

4
00:00:12.000 --> 00:00:17.000
<v 차윤호>"한국어 상담에 맞춘 모델입니다."

NOTE
관련 클립: 반도체 수출 전망 | 환율 시황
`;

describe('a WebVTT caption file (parse and extract)', () => {
  it("takes the title and date from its header notes, a voice tag's new speaker as a turn, a speaker's card as its own line", () => {
    const { parsed, graph } = pageGraph(VTT, 'clip.txt');
    expect(parsed.meta.title).toBe("바다랩스, 한국어 모델 '바다 3' 공개");
    expect(parsed.meta.publishedAt).toBe('2026-09-09');
    expect(parsed.text).not.toContain('<v');
    expect(parsed.text).not.toContain('관련 클립');
    expect(parsed.blocks.map((b) => b.text)).toContain('[인터뷰] 차윤호 / 바다랩스 대표');
    expect(hasFact(graph, 'WORKS_FOR 차윤호 -> 바다랩스')).toBe(true);
  });
});
