import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const KO = [
  '국내 스타트업 바람소프트가 독일 연구소와 함께 한국어 모델 바람 7을 공개했다고 밝혔다.',
  '바람 7은 공개된 오픈 모델을 바탕으로 한국어 문서 1,000억 토큰을 더 학습한 모델이다.',
];
const EN = [
  'Baram Soft, a Korean startup, and a German research institute today released Baram 7, a Korean model trained on 100 billion more tokens.',
  'Baram 7 is built on an openly released model and further trained on Korean documents collected over several years of work.',
];
const block = (lang: string, ps: string[]): string => `<div lang="${lang}">${ps.map((p) => `<p>${p}</p>`).join('')}</div>`;

/** A wire page that carries one release twice, each language in a block marked with lang. */
function wirePage(order: 'ko-first' | 'en-first', wrapper: string): string {
  const both = order === 'ko-first' ? block('ko', KO) + '<hr>' + block('en', EN) : block('en-US', EN) + block('ko-KR', KO);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>바람소프트 한국어 모델 공개</title></head><body>
<h1>바람소프트, 한국어 모델 '바람 7' 공개</h1><p class="when">배포일시: 2025-04-08 10:00</p>
<div class="${wrapper}">${both}</div></body></html>`;
}

describe('a bilingual release keeps the Korean text and drops its translation', () => {
  it.each([
    ['ko-first', 'release-body'],
    ['en-first', 'release-body'],
    ['ko-first', 'article-body'],
    ['en-first', 'article-body'],
  ] as const)('%s in .%s', (order, wrapper) => {
    const a = parseArticle(Buffer.from(wirePage(order, wrapper)), { source: 'wire.html' });
    const body = a.blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    expect(body).toEqual(KO);
  });
});

describe('a bilingual release with a boilerplate after its translation', () => {
  it('keeps the Korean block alone: sibling blocks in another language do not join the story', () => {
    const about = '<div class="boilerplate"><p>바람소프트는 2024년 설립된 서울 소재 AI 스타트업으로, 한국어 모델과 문서 요약 서비스를 만든다.</p></div>';
    const page = wirePage('ko-first', 'release-body').replace('</div></body>', `${about}</div></body>`);
    const a = parseArticle(Buffer.from(page), { source: 'wire.html' });
    const body = a.blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    expect(body.slice(0, 2)).toEqual(KO);
    for (const en of EN) expect(body).not.toContain(en);
  });
});

describe('a bilingual release with each paragraph followed by its translation', () => {
  it.each(['en', 'eng', 'lang-en'])('drops the paragraphs marked class="%s" after Korean ones', (mark) => {
    const paras = KO.map((ko, i) => `<p>${ko}</p><p class="${mark}">${EN[i]}</p>`).join('');
    const page = wirePage('ko-first', 'release-body').replace(/<div class="release-body">.*<\/div><\/body>/s, `<div class="release-body">${paras}</div></body>`);
    const body = parseArticle(Buffer.from(page), { source: 'wire.html' }).blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    expect(body).toEqual(KO);
  });
  it('keeps one English-marked paragraph (a quote, a name) beside Korean ones', () => {
    const page = wirePage('ko-first', 'release-body').replace(/<div class="release-body">.*<\/div><\/body>/s, `<div class="release-body"><p>${KO[0]}</p><p class="en">${EN[0]}</p><p>${KO[1]}</p></div></body>`);
    const body = parseArticle(Buffer.from(page), { source: 'wire.html' }).blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    expect(body).toContain(EN[0]);
  });
});

/** A page whose only date is a box with a date class, or a "배포일시" label. */
function datedPage(box: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>글</title></head><body>
<div class="head"><span class="nick">익명</span>${box}</div>
<div class="body"><p>어느 회사가 새 언어모델을 공개했다는 소식을 정리해 본다. 자세한 내용은 아래와 같다.</p>
<p>모델은 파라미터 100억 개 규모이며 다음 달부터 기업 고객에게 제공된다고 회사는 설명했다.</p></div>
<div class="comments"><span class="comment_date">2020-01-01 09:00</span></div></body></html>`;
}

describe('a post date read from a date box or a release-time label', () => {
  it.each([
    ['<span class="post_date">2026-03-14 21:05:11</span>', '2026-03-14'],
    ['<span class="reg-date">2025.12.01 08:00</span>', '2025-12-01'],
    ['<p>배포일시: 2024-06-30 09:00 | 배포처: 어느 회사</p>', '2024-06-30'],
    ['<p>배포일 : 2023년 2월 7일</p>', '2023-02-07'],
  ])('%s → %s', (box, iso) => {
    const a = parseArticle(Buffer.from(datedPage(box)), { source: 'post.html' });
    expect(a.meta.publishedAt).toBe(iso);
  });
});

const FRONT = `---
title: "하늘랩, 새 언어모델 '하늘 5' 공개"
date: 2025-09-02T08:30:00+09:00
author: 고은별
tags: [하늘랩, LLM]
---
`;
const MD_BODY = `
# 하늘랩, 새 언어모델 '하늘 5' 공개

> 하늘랩이 **하늘 5**를 2일 공개했다.

![발표 사진](https://img.example.com/a.jpg "사진")

## 요약

- **하늘 5 프로**: 파라미터 300억 개 규모의 모델이다.
- **하늘 5 라이트**: [허깅페이스](https://huggingface.co)에 공개한 경량 모델이다.

| 모델 | KMMLU | CLIcK |
|:---|---:|:---:|
| 하늘 5 프로 | 61.0 | 70.5 |
`;

describe('a Markdown export is read as the text it marks up', () => {
  const cases: [string, string, string | undefined, string | undefined][] = [
    ['with front matter', FRONT + MD_BODY, "하늘랩, 새 언어모델 '하늘 5' 공개", '2025-09-02'],
    ['without front matter', MD_BODY, undefined, undefined],
  ];
  it.each(cases)('%s', (_name, text, title, date) => {
    const a = parseArticle(Buffer.from(text), { source: 'post.txt' });
    if (date) expect(a.meta.publishedAt).toBe(date);
    if (date) expect(a.meta.title).toBe(title);
    const texts = a.blocks.map((b) => b.text);
    expect(texts).toContain('하늘랩이 하늘 5를 2일 공개했다.');
    expect(texts).toContain('하늘 5 프로: 파라미터 300억 개 규모의 모델이다.');
    expect(texts).toContain('하늘 5 라이트: 허깅페이스에 공개한 경량 모델이다.');
    expect(texts).toContain('| 하늘 5 프로 | 61.0 | 70.5 |');
    expect(texts.join('\n')).not.toMatch(/---|\*\*|!\[|\]\(|^#/m);
  });
});

describe("a Markdown post's front-matter description is read as its lead paragraph", () => {
  it.each([
    ['description', 'description: "구름-S를 교사로 하늘 4를 증류해 만든 하늘 5 미니의 학습 과정을 공유합니다."'],
    ['summary', "summary: '구름-S를 교사로 하늘 4를 증류해 만든 하늘 5 미니의 학습 과정을 공유합니다.'"],
  ])('%s', (_name, field) => {
    const text = `---\ntitle: "하늘 5 미니 개발기"\ndate: 2025-09-02T08:30:00+09:00\n${field}\n---\n\n# 하늘 5 미니 개발기\n\n안녕하세요, 하늘랩 모델팀입니다.\n`;
    const a = parseArticle(Buffer.from(text), { source: 'post.md' });
    expect(a.blocks.map((b) => b.text)).toContain('구름-S를 교사로 하늘 4를 증류해 만든 하늘 5 미니의 학습 과정을 공유합니다.');
  });
});

describe('a Markdown page keeps the text of its inline code spans, not the backticks', () => {
  it.each([
    ['a model id glossed after its name', '# 변경 내역\n\n## v2.0\n\n하늘 6 미니(`haneul-6-mini`)는 하늘 6 맥스를 교사로 삼아 증류한 모델이다.', '하늘 6 미니(haneul-6-mini)는 하늘 6 맥스를 교사로 삼아 증류한 모델이다.'],
    ['an id opening an item', '# 변경 내역\n\n## v1.9\n\n- `haneul-5-tool` 추가: 도구 호출 모델.', 'haneul-5-tool 추가: 도구 호출 모델.'],
  ])('%s', (_name, text, line) => {
    const a = parseArticle(Buffer.from(text), { source: 'notes.md' });
    expect(a.blocks.map((b) => b.text)).toContain(line);
  });
});

describe("a board post's subject is its title, not the <title> with the board and site names", () => {
  it.each(['post_subject', 'post-subject', 'board_subject'])('.%s', (cls) => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>새 모델 써본 후기 : 자유게시판 - 어느커뮤니티</title></head><body>
<header class="gnb"><a href="/">어느커뮤니티</a></header>
<div class="post_view"><h3 class="${cls}">새 모델 써본 후기</h3><span class="post_date">2026-02-03 11:00</span>
<div class="post_article"><p>어제 공개된 새 모델을 써봤는데 한국어 요약은 괜찮은 편이었음. 코드 작성은 아직 아쉬움.</p>
<p>가중치는 허깅페이스에 올라와 있고 라이선스는 상업적 이용이 가능하다고 함.</p></div></div></body></html>`;
    const a = parseArticle(Buffer.from(html), { source: 'board.html' });
    expect(a.meta.title).toBe('새 모델 써본 후기');
  });
});

describe("a social post's action bar: controls (role=\"button\") are no text", () => {
  it.each(['button', 'toolbar'])('role=%s', (role) => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>한가온 (@gaon)</title></head><body><main>
<div class="post"><span>1/3 안녕하세요, 모래시계 랩스 대표 한가온입니다. 오늘 저희가 새 번역 모델을 공개했습니다.</span></div>
<div class="bar"><div role="${role}" aria-label="좋아요"><span>2,417</span></div><div role="${role}" aria-label="답글"><span>58</span></div></div>
<div class="post"><span>2/3 베이스는 공개된 오픈 모델이고, 한국어 문서를 더 학습시켰습니다. 자세한 내용은 다음 글에서 설명드릴게요.</span></div>
</main></body></html>`;
    const a = parseArticle(Buffer.from(page), { source: 'post.html' });
    const texts = a.sentences.map((s) => s.text);
    expect(texts).not.toContain('2,417');
    expect(texts).not.toContain('58');
    expect(texts.some((t) => t.startsWith('2/3 베이스는'))).toBe(true);
  });
});

/** An old table layout: the story as text broken by <br>s inside a table cell (often in a <font>), no <p> anywhere. */
function tableLayoutPage(cell: (text: string) => string, footer = '<td>Copyright ⓒ 테크데일리. All rights reserved.</td>'): string {
  const story = ['국내 스타트업 바람소프트가 한국어 모델 바람 7을 공개했다.', '바람 7은 공개된 오픈 모델을 바탕으로 한국어 문서를 더 학습한 모델이다.', '회사는 내년 상반기 후속 모델도 내놓을 계획이라고 밝혔다.'].join('<br>\n');
  return `<html><head><meta charset="utf-8"><title>바람소프트, 바람 7 공개</title></head><body><table width="100%">
<tr><td><a href="/">홈</a> | <a href="/it">IT</a> | <a href="/eco">경제</a></td></tr><tr><td class="title"><b>바람소프트, 바람 7 공개</b></td></tr>
<tr>${cell(story)}</tr><tr>${footer}</tr></table></body></html>`;
}

describe('an old table layout reads the story from the cell that holds it', () => {
  it.each([
    ['a <td>', (t: string) => `<td class="content">${t}</td>`],
    ['a <font> in a <td>', (t: string) => `<td class="content"><font size="2">${t}</font></td>`],
    ['a <span> in a <td>', (t: string) => `<td><span class="txt">${t}</span></td>`],
  ])('%s', (_name, cell) => {
    const a = parseArticle(Buffer.from(tableLayoutPage(cell)), { source: 'old.html' });
    const body = a.blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    expect(body).toEqual(['국내 스타트업 바람소프트가 한국어 모델 바람 7을 공개했다.', '바람 7은 공개된 오픈 모델을 바탕으로 한국어 문서를 더 학습한 모델이다.', '회사는 내년 상반기 후속 모델도 내놓을 계획이라고 밝혔다.']);
  });

  it('even where a footer of the page writes its address lines as <p>s', () => {
    const footer = '<td class="footer"><p>테크데일리 | 서울특별시 중구 세종대로 1 | 등록번호 서울 아01234</p><p>Copyright ⓒ 테크데일리. All rights reserved. 무단 전재 금지</p></td>';
    const more = '<br>\n바람소프트는 지난해 설립된 회사로 직원 20여 명이 한국어 문서 처리 기술을 연구하고 있다.<br>\n회사 측은 바람 7을 금융과 법률 분야 고객에게 먼저 공급할 예정이라고 설명했다.';
    const a = parseArticle(Buffer.from(tableLayoutPage((t) => `<td class="content"><font size="3">${t}${more}</font></td>`, footer)), { source: 'old.html' });
    const body = a.blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    expect(body[0]).toBe('국내 스타트업 바람소프트가 한국어 모델 바람 7을 공개했다.');
    expect(body.join(' ')).not.toContain('등록번호');
  });

  it('but a page whose story is in <p>s keeps them, a <br>-broken cell beside them notwithstanding', () => {
    const paras = ['국내 스타트업 바람소프트가 한국어 모델 바람 7을 공개했다고 20일 밝혔다. 회사는 올해 초부터 이 모델을 준비해 왔다.', '바람 7은 공개된 오픈 모델을 바탕으로 한국어 문서를 더 학습한 모델로, 법률과 금융 문서에 강점이 있다고 회사는 설명했다.'];
    const side = '<td>많이 본 뉴스<br>1. 다른 회사의 새 모델 소식이 여기에 길게 적혀 있다<br>2. 또 다른 회사의 투자 유치 소식이 여기에 길게 적혀 있다<br>3. 세 번째 소식</td>';
    const a = parseArticle(Buffer.from(tableLayoutPage(() => `<td>${paras.map((p) => `<p>${p}</p>`).join('')}</td>${side}`)), { source: 'old.html' });
    expect(a.blocks.filter((b) => b.kind === 'body').map((b) => b.text)).toEqual(paras);
  });
});

describe('pages that hide, split or script their story (seventeenth session)', () => {
  const paras = ['한빛소프트는 문서 요약 모델 한빛-D를 공개했다고 20일 밝혔다. 회사는 올해 초부터 이 모델을 준비해 왔다.', '한빛-D는 공개된 오픈 모델을 바탕으로 법률 문서를 더 학습한 모델로, 계약서 검토에 강점이 있다고 회사는 설명했다.', '회사는 내년 상반기 후속 모델도 내놓을 계획이라고 덧붙였다. 가격은 아직 정해지지 않았다.'];
  const bodyOf = (html: string) => parseArticle(Buffer.from(html), { source: 'x.html' }).blocks.filter((b) => b.kind === 'body').map((b) => b.text);
  const head = '<html><head><meta charset="utf-8"><title>한빛소프트, 한빛-D 공개</title><meta property="article:published_time" content="2026-05-20"></head>';

  it('reads the paragraphs a mobile page folds behind "기사 더보기" (hidden, written like the ones shown)', () => {
    const html = `${head}<body><div class="m_body">${paras.map((p, i) => `<div class="par"${i > 0 ? ' style="display:none"' : ''}>${p}</div>`).join('')}<button class="more">기사 더보기</button></div></body></html>`;
    expect(bodyOf(html)).toEqual(paras);
  });

  it('and a hidden block named for the fold after the "더보기" button', () => {
    const html = `${head}<body><div class="m_body"><div class="par">${paras[0]}</div><button type="button" class="btn-more">기사 더보기</button><div class="more_txt" style="display:none"><div class="par">${paras[1]}</div><div class="par">${paras[2]}</div></div></div></body></html>`;
    expect(bodyOf(html)).toEqual(paras);
  });

  it('reads the rest of a premium story shipped hidden behind a paywall notice, without the notice', () => {
    const notice = '<div class="paywall_box"><p>구독자 전용 콘텐츠입니다</p><p>지금 구독하면 모든 기사를 읽을 수 있습니다. 첫 달 무료.</p><a class="btn_subscribe" href="/s">구독</a></div>';
    const html = `${head}<body><div class="story"><p>${paras[0]}</p>${notice}<div class="premium-text" style="display:none"><p>${paras[1]}</p><p>${paras[2]}</p></div></div></body></html>`;
    expect(bodyOf(html)).toEqual(paras);
  });

  it('but not a hidden element of another kind (a layer, a form)', () => {
    const html = `${head}<body><div class="m_body">${paras.map((p) => `<div class="par">${p}</div>`).join('')}<div class="layer_login" style="display:none">로그인이 필요한 서비스입니다. 회원가입 후 이용해 주세요. 지금 가입하면 혜택이 있습니다.</div></div></body></html>`;
    expect(bodyOf(html).join(' ')).not.toContain('로그인');
  });

  it('reads both halves of a story an ad slot splits into two containers of the same name', () => {
    const html = `${head}<body><h1>한빛소프트, 한빛-D 공개</h1><div class="article_body"><p>${paras[0]}</p><p>${paras[1]}</p></div><div class="ad_box"><p>광고</p></div><div class="article_body"><p>${paras[2]}</p></div></body></html>`;
    expect(bodyOf(html)).toEqual(paras);
  });

  it('reads the story from the JSON-LD articleBody of a script-rendered shell', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: '한빛소프트, 한빛-D 공개', datePublished: '2026-05-20', articleBody: paras.join('\n') });
    const html = `<html><head><meta charset="utf-8"><title>한빛소프트, 한빛-D 공개</title><script type="application/ld+json">${ld}</script></head><body><div id="app"></div><script src="/main.js"></script></body></html>`;
    const a = parseArticle(Buffer.from(html), { source: 'x.html' });
    expect(a.blocks.filter((b) => b.kind === 'body').map((b) => b.text)).toEqual(paras);
    expect(a.meta.publishedAt).toBe('2026-05-20');
    expect(a.warnings).toEqual([]);
  });

  it('keeps the page\'s own story where the JSON-LD articleBody is no longer than it', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: '한빛소프트, 한빛-D 공개', articleBody: paras[0] });
    const html = `${head.replace('</head>', `<script type="application/ld+json">${ld}</script></head>`)}<body><article>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(bodyOf(html)).toEqual(paras);
  });
});

describe('teasers of other stories are links, not prose', () => {
  const story = ['한빛소프트는 문서 요약 모델 한빛-D를 공개했다고 20일 밝혔다. 회사는 올해 초부터 이 모델을 준비해 왔다.', '한빛-D는 공개된 오픈 모델을 바탕으로 법률 문서를 더 학습한 모델로, 계약서 검토에 강점이 있다고 회사는 설명했다.'];
  const teaser = (i: number) => `<p><a href="/n/${i}">다른 회사 소식 ${i}: 관련 업계의 반응과 향후 전망을 자세히 정리했습니다. 지금 바로 확인해 보세요.</a></p>`;
  it('a sidebar cell of linked teaser paragraphs beside the story cell stays out', () => {
    const html = `<html><head><meta charset="utf-8"><title>한빛소프트, 한빛-D 공개</title></head><body><table><tr><td class="view">${story.map((p) => `<p>${p}</p>`).join('')}</td><td class="side">${[1, 2, 3, 4, 5].map(teaser).join('')}</td></tr></table></body></html>`;
    const body = parseArticle(Buffer.from(html), { source: 'x.html' }).blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    expect(body).toEqual(story);
  });
});

describe('a section path in the first <h1> is no headline', () => {
  it('takes the page title where the first <h1> is a path the title does not repeat', () => {
    const html = `<html><head><meta charset="utf-8"><title>[2603.01234] Haneul-2 Technical Report</title></head><body><h1>Computer Science &gt; Computation and Language</h1><h1 class="title">Haneul-2 Technical Report</h1><blockquote class="abstract"><p>We present Haneul-2, a family of Korean-English language models trained from scratch by Haneul Labs, with sizes from 2 to 32 billion parameters.</p></blockquote></body></html>`;
    expect(parseArticle(Buffer.from(html), { source: 'x.html' }).meta.title).toBe('[2603.01234] Haneul-2 Technical Report');
  });
  it('keeps an <h1> headline that compares with an angle bracket', () => {
    const html = `<html><head><meta charset="utf-8"><title>테크뉴스</title></head><body><h1>엑사원 &gt; GPT-4o? 국산 모델 성적표</h1><article><p>LG AI연구원의 엑사원이 한국어 평가에서 GPT-4o를 앞섰다는 결과가 나왔다. 업계는 후속 평가를 기다리고 있다.</p></article></body></html>`;
    expect(parseArticle(Buffer.from(html), { source: 'x.html' }).meta.title).toContain('국산 모델 성적표');
  });
});
