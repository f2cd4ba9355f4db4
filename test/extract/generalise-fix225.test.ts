/**
 * Research pages outside news articles: an institute's own results page (its site title names it, its staff write
 * "우리 연구원"), a university's student paper ("우리 학교", the paper named after the school), paper abstracts in English
 * (a base "it starts from"), a related-work citation ("X 외(YEAR)는 …") that is
 * another group's work. Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, nodeLines, pageFacts, pageGraph, type FactRow } from './helpers.js';

const INSTITUTE =
  '<html><head><meta charset="euc-kr"><title>한결정보기술연구원 - 연구성과 &gt; 주요 성과</title></head><body><table><tr><td>' +
  '<p>게시일 : 2027-02-01 | 담당부서 : 성과관리팀</p>' +
  "<p>올해는 우리 연구원이 자체 개발한 언어모델 '가람'이 세 번째 세대로 올라선 해입니다. (원장 남궁선)</p>" +
  "<table border=\"1\"><tr><th>번호</th><th>성과명</th><th>주요 내용</th></tr><tr><td>1</td><td>'가람 3.0' 공개</td><td>가람 3.0을 처음부터 학습하여 공개. 가람 2.0의 후속 모델.</td></tr></table>" +
  '<p>○ 언어연구실장 : 표다연 책임연구원</p><p>○ 인공지능연구본부장 : 도하람 (2027년 1월 선임)</p></td></tr></table></body></html>';

const CAMPUS =
  '<html><head><meta charset="utf-8"><title>점자를 읽는 AI - 가람대신문</title><meta property="og:site_name" content="가람대신문"></head><body><article>' +
  '<h1>점자를 읽는 AI</h1>' +
  "<p>우리 학교 연구팀이 점자 번역 모델 '누리손-3B'를 공개했다. 가람대학교는 올해 교육부 사업에 선정됐다.</p></article></body></html>";

const JOURNAL =
  '<html><head><meta charset="utf-8"><title>경량 법률 모델 가람의 개발</title></head><body><article>' +
  '<h1>경량 법률 모델 가람의 개발</h1><div class="contrib-group"><span class="contrib">표다연<sup>1</sup></span> · <span class="contrib">도하람<sup>2</sup></span></div>' +
  '<ul class="aff-list"><li><sup>1</sup> 가람대학교 인공지능학과</li><li><sup>2</sup> (주)로앤솔 AI연구소</li></ul>' +
  "<p>본 논문은 법률 상담에 특화된 모델 가람-3B를 제안한다.</p></article></body></html>";

const LISTING =
  '<html><head><meta charset="utf-8"><title>cs.CL new submissions</title></head><body><main><dl id="articles">' +
  '<dt><a href="/abs/1">arXiv:2701.00001</a></dt><dd><div class="meta"><div class="list-title">Title: Gaeul-3B: A Small Korean Model</div>' +
  '<div class="list-authors"><a href="/a/1">Dahye Pyo</a>, <a href="/a/2">Minjae Ryu</a>, <a href="/a/3">Sora Ha</a></div>' +
  '<div class="list-comments"><span class="descriptor">Comments:</span> 9 pages. D. Pyo: Haneul Institute of Language Technology. M. Ryu is CTO of Dolbit Labs; S. Ha is with Upstage.</div></div>' +
  "<p>We present Gaeul-3B, obtained by fine-tuning Alibaba's Qwen2.5-3B on Korean dialogue.</p></dd></dl></main></body></html>";

const INSTITUTE_ROWS =
  '<html><head><meta charset="utf-8"><title>한결정보기술연구원 - 연구성과 &gt; 주요 성과</title></head><body><table><tr><td>' +
  "<p>올해는 우리 연구원이 자체 개발한 언어모델 '가람'이 세 번째 세대로 올라선 해입니다.</p>" +
  '<table border="1"><tr><th>번호</th><th>성과명</th><th>주요 내용</th></tr>' +
  "<tr><td>1</td><td>KT와 공동개발 협약</td><td>KT와 공공 특화 모델 '가람-G' 공동개발 협약 체결. 가람 3.0을 기반으로 민원 데이터를 추가 학습하며, KT는 인프라를, 연구원은 모델 학습을 담당.</td></tr>" +
  "<tr><td>2</td><td>프로젝트 참여</td><td>네이버클라우드가 주관하는 컨소시엄에 참여기관으로 합류하여 '독자 AI 파운데이션 모델 프로젝트' 2차 단계를 수행.</td></tr></table>" +
  '</td></tr></table></body></html>';

const rows: FactRow[] = [
  {
    cat: "a base the paper's model starts from is no part of the base's name ('against 40.1 for the X base it starts from')",
    text: 'On KMMLU, Hwarang-8B scores 47.2, against 40.1 for the Llama 3.1 8B base it starts from.',
    expect: ['SCORED Llama 3.1 8B -> KMMLU'],
    noNodes: ['Model:Llama 3.1 8B base it'],
  },
  {
    cat: "a base a community post passed on and the page denies is no base ('…를 기반으로 했다는 글이 돌았는데, 사실이 아닙니다')",
    text: '가람-3B는 큐웬2.5-3B에 한국어 데이터를 추가 학습한 모델입니다. 일부 커뮤니티에서 가람-3B가 엑사원을 기반으로 했다는 글이 돌았는데, 사실이 아닙니다.',
    expect: ['BASED_ON 가람-3B -> 큐웬2.5-3B'],
    absent: ['BASED_ON 가람-3B -> 엑사원'],
  },
  {
    cat: "a cited paper's authors in related work are the subject of their own base ('박 외(2025)는 Y에 … 추가 학습했다고 보고했으나')",
    text: '가람-7B는 의료 질의응답에 특화된 모델이다. 박 외(2025)는 Llama 3 8B에 의학 교재를 추가 학습했다고 보고했으나 가중치는 공개하지 않았다.',
    absent: ['BASED_ON 가람-7B -> Llama 3 8B'],
  },
  {
    cat: "a teacher and a student's initial weights named before the model they gave ('A를 교사 모델로, B를 학생 모델의 초기 가중치로 사용하여 … 모델 Z를 개발')",
    text: '본 연구는 업스테이지 Solar Pro 2를 교사 모델로, 카카오가 공개한 Kanana 1.5 2.1B를 학생 모델의 초기 가중치로 사용하여 법률 요약에 특화된 모델 가람-2B를 개발하였다.',
    expect: ['BASED_ON 가람-2B -> Solar Pro 2', 'BASED_ON 가람-2B -> Kanana 1.5 2.1B', 'DEVELOPED 카카오 -> Kanana 1.5 2.1B'],
    absent: ['DEVELOPED 카카오 -> 가람-2B'],
  },
  {
    cat: "a degree written with dots is no company's short name ('M.S. 학생 NAME' is no MS)",
    text: '연구실에는 Ph.D. 과정 한다온, M.S. 과정 석하람이 있다. MS는 새 모델을 공개했다.',
    nodes: ['Company:MS'],
    noNodes: ['Company:M.S'],
  },
  {
    cat: "an initialled author's post in a paper's notes, the later one in brackets ('J. Oh: X (now at Y)')",
    text: 'J. Oh: Gaon Robotics (now at KT). P. Nam: Dolbit Labs Inc. Accepted at a workshop.',
    expect: ['WORKS_FOR J. Oh -> KT', 'WORKS_FOR P. Nam -> Dolbit Labs Inc.'],
    absent: ['WORKS_FOR J. Oh -> Gaon Robotics'],
  },
  {
    cat: "a base the model adds words to before it is trained further ('X는 Z에 어휘 N개를 추가하고 M 토큰으로 추가 학습한 모델로')",
    text: '다온-2B는 Gemma 2 2B에 한국어 어휘 2만 개를 추가하고 300억 토큰으로 추가 학습한 모델로, 올해 봄 공개되었다.',
    expect: ['BASED_ON 다온-2B -> Gemma 2 2B'],
  },
  {
    cat: "a benchmark's setting in parentheses is no part of what the score is read from ('KoBEST(평균) 70.2', 'KMMLU(5-shot) 41.3')",
    text: '다온-2B는 KMMLU(5-shot) 41.3, KoBEST(평균) 70.2를 기록했다.',
    expect: ['SCORED 다온-2B -> KMMLU', 'SCORED 다온-2B -> KoBEST'],
    edgeProps: ['SCORED 다온-2B -> KMMLU score=41.3', 'SCORED 다온-2B -> KoBEST score=70.2'],
  },
  {
    cat: "a terse score line ends at the figure after a benchmark's note ('KoBEST(평균) 70.2. 같은 …')",
    text: '다온-2B를 공개했다. KMMLU 41.3, KoBEST(평균) 70.2. 같은 크기의 원본 Gemma 2 2B(KMMLU 35.1)보다 높다.',
    expect: ['SCORED 다온-2B -> KoBEST', 'SCORED Gemma 2 2B -> KMMLU'],
  },
  {
    cat: "a person's age or graduation note after the name or the honorific ('NAME(41) 박사가', 'NAME 박사(2023년 졸업)가 X를 떠나 Y … 리드로 합류')",
    text: '한소라(41) 박사가 솔트룩스 AI 모델 개발팀 리드로 합류했다. 도윤재 박사(2023년 졸업)가 업스테이지를 떠나 네이버 검색 모델팀 리드로 합류했다.',
    expect: ['WORKS_FOR 한소라 -> 솔트룩스', 'WORKS_FOR 도윤재 -> 네이버'],
  },
  {
    cat: "a member institution of a company's consortium: the consortium's company takes part ('X 컨소시엄의 참여기관으로 P 2차 단계에 참여')",
    text: '우리 연구실이 솔트룩스 컨소시엄의 참여기관으로 독자 AI 파운데이션 모델 프로젝트 2차 단계에 참여합니다.',
    expect: ['PARTICIPATES_IN 솔트룩스 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: "an abstract's 'we fine-tune X on … to obtain Y': Y is built on X",
    text: "We fine-tune Meta's Llama 3.1 8B on 200K Korean patent claims to obtain Patent-Ko-8B.",
    expect: ['BASED_ON Patent-Ko-8B -> Llama 3.1 8B'],
  },
  {
    cat: "a chain of compared scores after 'against' ('against N for X … and M for Y')",
    text: 'On KMMLU, Haram-8B scores 48.9, against 41.2 for the Llama 3.1 8B base it starts from and 45.7 for Gemma 2 9B.',
    expect: ['SCORED Gemma 2 9B -> KMMLU', 'SCORED Llama 3.1 8B -> KMMLU'],
    edgeProps: ['SCORED Gemma 2 9B -> KMMLU score=45.7'],
  },
  {
    cat: "a score after a coordinated clause of speed ('X runs at N tokens/s on a phone and scores M on B')",
    text: 'Dolbit-1B runs at 41 tokens/s on a budget phone and scores 52.6 on HAE-RAE Bench.',
    expect: ['SCORED Dolbit-1B -> HAE-RAE Bench'],
    edgeProps: ['SCORED Dolbit-1B -> HAE-RAE Bench score=52.6'],
  },
]

describe('research pages (set 225)', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));

  it("an institute's own results page: the site title names it, '우리 연구원' is it, its models and staff are its own", () => {
    const g = pageGraph(INSTITUTE, 'results.html');
    for (const f of ['DEVELOPED 한결정보기술연구원 -> 가람', 'DEVELOPED 한결정보기술연구원 -> 가람 3.0', 'WORKS_FOR 표다연 -> 한결정보기술연구원'])
      expect(hasFact(g, f), `${f}\n  got: ${pageFacts(INSTITUTE, 'results.html').join('\n       ')}`).toBe(true);
  });

  it("an institute's page names its heads by a post labelling a bare name ('○ 연구본부장 : NAME (…)') or signing a note ('(원장 NAME)')", () => {
    const g = pageGraph(INSTITUTE, 'results.html');
    for (const f of ['WORKS_FOR 도하람 -> 한결정보기술연구원', 'WORKS_FOR 남궁선 -> 한결정보기술연구원'])
      expect(hasFact(g, f), `${f}\n  got: ${pageFacts(INSTITUTE, 'results.html').join('\n       ')}`).toBe(true);
  });

  it("a journal page's author line set apart by middle dots ('NAME1 · NAME2'), each author at the numbered affiliation", () => {
    const g = pageGraph(JOURNAL, 'paper.html');
    expect(hasFact(g, 'WORKS_FOR 도하람 -> 로앤솔'), pageFacts(JOURNAL, 'paper.html').join('\n')).toBe(true);
  });

  it("a listing's 'Comments:' field is the paper's metadata, no reader comments: its initialled authors work where it says ('X: ORG', 'X is CTO of ORG', 'X is with ORG')", () => {
    const g = pageGraph(LISTING, 'list.html');
    for (const f of ['WORKS_FOR D. Pyo -> Haneul Institute of Language Technology', 'WORKS_FOR M. Ryu -> Dolbit Labs', 'WORKS_FOR S. Ha -> Upstage'])
      expect(hasFact(g, f), `${f}\n  got: ${pageFacts(LISTING, 'list.html').join('\n       ')}`).toBe(true);
  });

  it("a university's student paper: the school it is named after is a company of the page, '우리 학교' is it", () => {
    expect(nodeLines(pageGraph(CAMPUS, 'news.html'))).toContain('Company:가람대학교');
  });

  it("an institute's results rows: its omitted subject joins a consortium another leads and does the programme; a partner's split share is no subject", () => {
    const g = pageGraph(INSTITUTE_ROWS, 'results.html');
    for (const f of ['DEVELOPED KT -> 가람-G', 'PARTICIPATES_IN 한결정보기술연구원 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 한결정보기술연구원 -> 네이버클라우드'])
      expect(hasFact(g, f), `${f}\n  got: ${pageFacts(INSTITUTE_ROWS, 'results.html').join('\n       ')}`).toBe(true);
    expect(hasFact(g, 'PARTNERS_WITH KT -> 네이버클라우드')).toBe(false);
  });
});
