/**
 * Generalisation rows for forms of held-out set 193 (people, bases and successors outside news articles): a company's
 * minutes whose legal-name line carries its Latin name in brackets ("주식회사 X (X Corp.)") and whose chair signs with two
 * posts side by side ("의장 대표이사 NAME (인)"); "양사" after a clause that names the one partner twice ("B와의 …건 …
 * B와 맺은 …, 양사가"): the omitted subject (the company the document is about) and that partner; a company's Hangul name
 * before its AI word, then a version ("다은AI" … "다은 2를"), a model of its line; a mail client's printed thread, each
 * message in a "table.message" of its own, read whole; an issue tracker's issue page ("[KEY-12] … - Jira") with its comments,
 * its footer saying whose internal system it is ("(주)X의 내부 업무용입니다"), its staff writing "자사"; a Hangul model name
 * glossed by its Latin checkpoint with a size ("X 1.5(X-1.5-8B)"); a mail's sign-off ("NAME 드림" over "X 대표").
 * Every row is a short document written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

/** The graph of a document given whole (its first line its title). */
function graphOfDocument(text: string): GraphDocument {
  return extractArticle(parseText(text, { source: 'test.txt', publishedAt: '2026-05-11' }));
}

/** The title a WORKS_FOR edge between the named nodes carries (a node answers to its name and its aliases). */
function titleOf(g: GraphDocument, person: string, company: string): unknown {
  const named = (id: string, name: string) => g.nodes.some((n) => n.id === id && (n.name === name || n.aliases.includes(name)));
  return g.edges.find((e) => e.type === 'WORKS_FOR' && named(e.source, person) && named(e.target, company))?.properties.title;
}

interface DocumentRow {
  cat: string;
  text: string;
  expect?: string[];
  absent?: string[];
}

const BODY = ['1. 일 시 : 2026년 5월 11일(월) 오전 10시', '2. 장 소 : 본사 3층 회의실', '', '제1호 의안 : 지점 이전의 건', '  의장은 지점 이전안을 설명하고 출석이사 전원 찬성으로 가결하다.', ''].join('\n');

const documentRows: DocumentRow[] = [
  // the legal-name line glossed in Latin on the next line: the company all the same; the chair's two posts, the post kept
  {
    cat: 'works-for.minutes-signature',
    text: ['                 이 사 회 의 사 록', '', '                     주식회사 물빛소프트', '                     (Mulbit Soft Co., Ltd.)', '', BODY, '   의장 대표이사   서 하 람  (인)', '        사외이사   도 경 윤  (서명)'].join('\n'),
    expect: ['WORKS_FOR 서하람 -> 물빛소프트 title=대표이사', 'WORKS_FOR 도경윤 -> 물빛소프트 title=사외이사'],
  },
  // the legal form after the name, the gloss on the same line
  {
    cat: 'works-for.minutes-signature',
    text: ['정기주주총회 의사록', '', '새결테크 주식회사 (Saegyeol Tech Inc.)', '', BODY, '의장 사내이사   온 지 후   (인)'].join('\n'),
    expect: ['WORKS_FOR 온지후 -> 새결테크 title=사내이사'],
  },
  // the minutes' attendant who is no director ("배석자 : 팀장 NAME (서기)"): the company's staff, the post before the name
  {
    cat: 'works-for.minutes-attendant',
    text: ['이 사 회 의 사 록', '', '주식회사 물빛소프트', '', '1. 일 시 : 2026년 5월 11일(월) 오전 10시', '2. 배 석 자 : 재무기획팀장 노은별 (서기)', '', BODY, '대표이사   서 하 람  (인)'].join('\n'),
    expect: ['WORKS_FOR 노은별 -> 물빛소프트 title=재무기획팀장', 'WORKS_FOR 서하람 -> 물빛소프트'],
  },
  // a bracket of Korean words after the name is no Latin gloss: no legal-name line, no employer
  {
    cat: 'works-for.minutes-signature',
    text: ['이사회 의사록', '', '주식회사 물빛소프트 (서울 본점 기준)', '', BODY, '의장 대표이사   서 하 람  (인)'].join('\n'),
    absent: ['WORKS_FOR 서하람 -> 물빛소프트'],
  },
];

const rows: FactRow[] = [
  // the partner named twice before "양사" (the item's title, then the clause): the page's company and that partner
  {
    cat: 'pairs.partner-named-twice',
    text: "해온AI는 올해 매출이 늘었다. 가람텔레콤과의 공동개발 건은 순항 중이다. 해온AI는 지난달 가람텔레콤과 맺은 협약의 후속으로, 콜센터 모델 '해온-콜 2'를 양사가 공동 개발하는 계약을 추진한다.",
    expect: ['PARTNERS_WITH 가람텔레콤 -> 해온AI', 'DEVELOPED 가람텔레콤 -> 해온-콜 2', 'DEVELOPED 해온AI -> 해온-콜 2'],
  },
  // a company's Hangul name before its AI word, then a version, even where the name ends like a particle ("다은 2를"): its model
  {
    cat: 'models.company-stem-version',
    text: '다은AI는 13억 파라미터짜리 다은 1을 처음부터 학습시켰다. 지난달에는 다은 2를 오픈소스로 공개했다. 다은 2는 다은 1보다 10점 높았다.',
    expect: ['DEVELOPED 다은AI -> 다은 1', 'DEVELOPED 다은AI -> 다은 2'],
    nodes: ['Model:다은 1', 'Model:다은 2'],
  },
  // the stem before a count or a span is no model
  {
    cat: 'models.company-stem-version',
    text: '다은AI는 지난해 매출이 늘었다. 다은 10년 계획을 세웠고, 직원은 다은 2개 팀으로 나뉜다.',
    noNodes: ['Model:다은 10', 'Model:다은 2'],
  },
  // a Hangul name glossed by its Latin checkpoint with the size it leaves out: one model
  {
    cat: 'models.gloss-adds-size',
    text: "바람결AI는 바람 1.5(BARAM-1.5-8B)와 경량판 바람 1.5 미니(BARAM-1.5-Mini-2B)를 함께 공개했다. 바람 1.5는 KMMLU에서 61.0점을 받았다.",
    expect: ['SCORED 바람 1.5 -> KMMLU', 'SCORED BARAM-1.5-8B -> KMMLU'],
    sameNode: ['바람 1.5=BARAM-1.5-8B', '바람 1.5 미니=BARAM-1.5-Mini-2B'],
  },
  // a checkpoint id with hyphens between its version and size, an English word's "-er" written 어 in the Hangul name: one model
  {
    cat: 'models.gloss-adds-size',
    text: "보라에이아이는 보라-러너 3 8B (Bora-Runner-3-8B)를 공개했다. 보라-러너 3 8B는 HumanEval에서 70.2점을 받았다.",
    sameNode: ['보라-러너 3 8B=Bora-Runner-3-8B'],
  },
  // a Latin checkpoint of another line in the brackets is no gloss
  {
    cat: 'models.gloss-adds-size',
    text: "바람결AI는 바람 1.5(SOLAR-10.7B 기반)를 공개했다. 바람 1.5는 KMMLU에서 61.0점을 받았다.",
    absent: ['SCORED SOLAR-10.7B -> KMMLU'],
  },
  // a mail's sign-off, "NAME 드림" over "X 대표": the writer holds the post at X
  {
    cat: 'works-for.mail-sign-off',
    text: '이번 분기 보고를 마칩니다.\n\n모두 수고 많으셨습니다.\n\n탁윤서 드림\n\n해솔AI 대표\n\n해솔AI는 지난해 해솔-3을 공개했다.',
    expect: ['WORKS_FOR 탁윤서 -> 해솔AI'], edgeProps: ['WORKS_FOR 탁윤서 -> 해솔AI title=대표'],
  },
  // a line under the sign-off that names a company without a post is no post held there
  {
    cat: 'works-for.mail-sign-off',
    text: '이번 분기 보고를 마칩니다.\n\n탁윤서 드림\n\n해솔AI 고객 여러분께\n\n해솔AI는 지난해 해솔-3을 공개했다.',
    absent: ['WORKS_FOR 탁윤서 -> 해솔AI'],
  },
  // two different companies before it: no pair of the omitted subject's
  {
    cat: 'pairs.partner-named-twice',
    text: "해온AI는 올해 매출이 늘었다. 가람텔레콤과 누리넷이 맺은 협약의 후속으로, 콜센터 모델 '누리-콜 2'를 양사가 공동 개발한다.",
    absent: ['PARTNERS_WITH 가람텔레콤 -> 해온AI', 'DEVELOPED 해온AI -> 누리-콜 2'],
  },
];

/** A mail client's printed thread: three messages, each in a "table.message" of its own, the first the longest. */
const MAIL_THREAD = (bodies: string[]): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Gmail - 근황 공유</title></head><body>
<div class="bodycontainer"><table><tr><td>Gmail</td><td>정하윤 &lt;hayun@example.com&gt;</td></tr></table><hr>
<div class="maincontent"><table><tr><td><b>근황 공유</b> 메시지 ${bodies.length}개</td></tr></table><hr>
${bodies.map((b, i) => `<table width="100%" class="message"><tr><td><b>보낸이${i}</b> &lt;u${i}@example.com&gt;</td><td>2026년 4월 ${i + 2}일 (목) 오전 9:1${i}</td></tr>
<tr><td colspan="2"><table><tr><td><div><font size="-1"><div dir="ltr">${b.split('\n').map((l) => `<div>${l}</div>`).join('<div><br></div>')}</div></font></div></td></tr></table></td></tr></table><hr>`).join('\n')}
</div></div></body></html>`;

describe('parse.mail-thread', () => {
  const page = MAIL_THREAD([
    '안녕하세요, 플랫폼팀 윤가온입니다.\n이번 분기에는 사내 검색 모델을 새로 학습시키느라 다들 고생 많으셨습니다. 데이터 정리와 평가 기준을 맞추는 데만 몇 주가 걸렸지요.\n다음 주에는 결과 발표회를 열고, 그 뒤로는 문서화 작업을 이어 가겠습니다. 질문은 언제든 편하게 주세요.',
    '가온 님, 고생 많으셨습니다. 발표회 자료는 제가 준비해 두겠습니다.',
    '저도 평가 기준표를 공유 폴더에 올려 두었습니다.',
  ]);
  it('reads every message of the thread, not the longest alone', () => {
    const text = parseArticle(page, { source: 'mail.html' }).sentences.map((s) => s.text).join('\n');
    expect(text).toContain('윤가온');
    expect(text).toContain('발표회 자료는 제가 준비해 두겠습니다');
    expect(text).toContain('평가 기준표를 공유 폴더에');
  });
  it('keeps to one message where the page has one', () => {
    const text = parseArticle(MAIL_THREAD(['안녕하세요, 플랫폼팀 윤가온입니다.\n이번 분기에는 사내 검색 모델을 새로 학습시키느라 다들 고생 많으셨습니다. 데이터 정리와 평가 기준을 맞추는 데만 몇 주가 걸렸지요.']), { source: 'mail.html' }).sentences.map((s) => s.text).join('\n');
    expect(text).toContain('윤가온');
  });
});

/** An issue tracker's issue page: the description in <main>, the team's comments in "activity-comment" boxes, the footer saying whose system it is. */
const TRACKER_ISSUE = (title: string, footer: string): string => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><nav><a>프로젝트</a> <a>필터</a></nav></header>
<main><h1>물결 3.0 배포 준비</h1>
<div class="description"><p>하반기 주력 릴리스. 물결 3.0(MULGYEOL-3.0-14B)을 사내 게이트웨이에 먼저 올리고 다음 주 외부에 공개한다.</p>
<p>검수 담당: 표다은 CTO</p></div>
<div id="activitymodule"><h2>활동</h2>
<div class="activity-comment" id="comment-1"><div class="action-head"><span>표다은</span> 님이 코멘트를 추가했습니다 - 2026/03/02 10:15 AM</div>
<div class="action-body"><p>평가 끝났습니다. 자사 물결 3.0은 KoBEST에서 77.3점 나왔어요. 배포 진행해 주세요.</p></div></div>
</div></main>
<footer><p>${footer}</p></footer></body></html>`;

describe('parse.tracker-issue', () => {
  it('reads the comments of an issue tracker\'s issue, and the company whose system the footer says it is', () => {
    const g = extractArticle(parseArticle(TRACKER_ISSUE('[REL-31] 물결 3.0 배포 준비 - Jira', '이 Jira 사이트는 (주)물결테크의 내부 업무용입니다.'), { source: 'issue.html' }));
    expect(hasFact(g, 'SCORED 물결 3.0 -> KoBEST')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 표다은 -> 물결테크')).toBe(true);
    expect(hasFact(g, 'DEVELOPED 물결테크 -> 물결 3.0')).toBe(true);
  });
  it('keeps comment boxes out of a page that is no tracker\'s issue', () => {
    const text = parseArticle(TRACKER_ISSUE('물결 3.0 배포 준비 - 물결뉴스', '물결뉴스 | 무단 전재 금지'), { source: 'news.html' }).sentences.map((s) => s.text).join('\n');
    expect(text).not.toContain('평가 끝났습니다');
  });
});

describe('tables.long-base-cell', () => {
  it('reads the base a long base cell opens on, an arrow to the training after it', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>모델 개요</title></head><body><main><h1>모델 개요</h1>
<p>2026년 3월 2일. 새결AI는 새 모델 두 개를 공개했다고 밝혔다. 두 모델 모두 가중치를 공개한다.</p>
<table><tr><th>모델</th><th>크기</th><th>베이스</th><th>라이선스</th></tr>
<tr><td>새결 4</td><td>14B</td><td>Phi-4 (마이크로소프트) → 국문 추가 사전학습 0.8T 토큰 + SFT/ORPO</td><td>MIT</td></tr>
<tr><td>새결 4 소형</td><td>3B</td><td>Llama 3.2 3B</td><td>MIT</td></tr></table></main></body></html>`;
    const g = extractArticle(parseArticle(page, { source: 'card.html' }));
    expect(hasFact(g, 'BASED_ON 새결 4 -> Phi-4')).toBe(true);
    expect(hasFact(g, 'BASED_ON 새결 4 소형 -> Llama 3.2 3B')).toBe(true);
  });
});

describe.each(documentRows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.trim().slice(0, 60), () => {
    const g = graphOfDocument(row.text);
    for (const f of row.expect ?? []) {
      const [fact, title] = f.split(' title=') as [string, string | undefined];
      expect(hasFact(g, fact), fact).toBe(true);
      if (title) expect(titleOf(g, ...(/^WORKS_FOR (.+) -> (.+)$/.exec(fact)!.slice(1) as [string, string]))).toBe(title);
    }
    for (const f of row.absent ?? []) expect(hasFact(g, f), f).toBe(false);
  });
});

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
