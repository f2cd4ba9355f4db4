/**
 * The same story in other page layouts: a parsed article re-rendered as the pages other CMSs make of it
 * (paragraphs as <div>s, text broken by <br>s, an old table layout, ads inside the body, portal teaser boxes,
 * Naver and Daum markup, a script-rendered shell with the story in JSON-LD, a story split by an ad slot, a mobile
 * page folding the story behind "기사 더보기", HTML5 cards of other stories, a nested-table sidebar, plain text), each with the chrome such pages carry — menus, related headlines that
 * name AI companies and models, a ranking box, comments and an imprint footer. Extraction should give every
 * rendering the graph of the original: the layouts test that page handling generalises beyond the pages we have.
 */
import type { Block, ParsedArticle } from '../parse/index.js';

export interface RenderedPage {
  page: string;
  /** The file extension that tells the parser what the page is. */
  ext: 'html' | 'txt';
}

export type Layout = (a: ParsedArticle) => RenderedPage;

/** Headlines of other stories in the chrome: they name companies and models, and must never give a fact. */
export const CHROME_HEADLINES: readonly string[] = [
  '네이버, 하이퍼클로바X 기반 신규 에이전트 공개…"기업용 시장 공략"',
  'LG AI연구원, 엑사원 새 버전으로 KMMLU 1위 탈환',
  '카카오, 카나나 모델 오픈소스 공개…메타 라마 넘었다',
  'SK텔레콤 유영상 대표 "A.X로 AI 에이전트 시대 연다"',
  '과기정통부, 독자 AI 파운데이션 모델 2차 평가 결과 발표',
  '업스테이지, 아마존과 손잡고 솔라 해외 진출',
];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const dateOf = (a: ParsedArticle): string => a.meta.publishedAt ?? '2026-01-01';
const dotted = (a: ParsedArticle): string => dateOf(a).replace(/-/g, '.');
const authorOf = (a: ParsedArticle): string => a.meta.author ?? '김민지';

function head(a: ParsedArticle, publishedMeta = true): string {
  const published = publishedMeta ? `<meta property="article:published_time" content="${dateOf(a)}T09:12:00+09:00">` : '';
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${esc(a.meta.title)} - 테크뉴스</title>
<meta property="og:title" content="${esc(a.meta.title)}">${published}
<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script><style>.x{color:red}</style></head>`;
}

const NAV = `<header id="header"><div class="logo"><a href="/">테크뉴스</a></div><nav class="gnb"><ul><li><a href="/it">IT</a></li><li><a href="/ai">AI</a></li><li><a href="/biz">산업</a></li><li><a href="/policy">정책</a></li><li><a href="/people">인사</a></li></ul></nav><div class="search"><input type="text" placeholder="검색어를 입력하세요"></div></header>`;
const RELATED = `<div class="related_news"><h3>관련기사</h3><ul>${CHROME_HEADLINES.map((t, i) => `<li><a href="/news/${1000 + i}">${esc(t)}</a></li>`).join('')}</ul></div>`;
const RANKING = `<aside class="sidebar"><section class="ranking"><h4>많이 본 뉴스</h4><ol>${[...CHROME_HEADLINES].reverse().map((t, i) => `<li><a href="/r/${i}"><span class="num">${i + 1}</span>${esc(t)}</a></li>`).join('')}</ol></section><div class="banner"><a href="/ad"><img src="/ad.jpg" alt="광고"></a></div></aside>`;
const COMMENTS = `<div id="comments"><h4>댓글 2</h4><ul><li>AI 국산화 응원합니다</li><li>외산 모델 기반이면 소버린이 아니죠</li></ul></div>`;
const FOOTER = `<footer id="footer"><p>테크뉴스 | 서울특별시 중구 세종대로 1 | 등록번호 서울 아01234 | 발행인 홍길순</p><p>Copyright © 테크뉴스. All rights reserved. 무단 전재 및 재배포 금지</p></footer></body></html>`;
const byline = (a: ParsedArticle): string => `<div class="byline">${esc(authorOf(a))} 기자 minji@technews.co.kr</div>`;
const TEASERS = `<div class="main_news"><h3>이 시각 주요뉴스</h3>${[...CHROME_HEADLINES, ...CHROME_HEADLINES]
  .map((t, i) => `<div class="item"><a href="/n/${i}"><strong>${esc(t)}</strong><p class="lead">업계에서는 이번 발표가 국내 AI 생태계 전반에 적지 않은 영향을 미칠 것으로 보고 있다. 자세한 내용은 기사 본문에서 확인할 수 있다.</p></a></div>`)
  .join('')}</div>`;

/** The article's blocks after its title, each rendered by `r`. */
function bodyOf(a: ParsedArticle, r: (b: Block, i: number) => string): string {
  return a.blocks
    .filter((b) => b.kind !== 'title')
    .map(r)
    .join('\n');
}

const html = (page: string): RenderedPage => ({ page, ext: 'html' });

export const LAYOUTS: Readonly<Record<string, Layout>> = {
  /** The plainest rendering: an <article> of <p>s. */
  article: (a) =>
    html(`${head(a)}<body><article><h1>${esc(a.meta.title)}</h1><time datetime="${dateOf(a)}">${dateOf(a)}</time>
${bodyOf(a, (b) => (b.kind === 'heading' ? `<h3>${esc(b.text)}</h3>` : b.kind === 'caption' ? `<figure><img src="a.jpg"><figcaption>${esc(b.text)}</figcaption></figure>` : b.kind === 'summary' ? `<h2>${esc(b.text)}</h2>` : `<p>${esc(b.text)}</p>`))}
</article></body></html>`),
  /** A CMS writing each paragraph as a <div>, chrome all round. */
  divs: (a) =>
    html(`${head(a)}<body>${NAV}<div id="container"><div class="view_head"><h2 class="subject">${esc(a.meta.title)}</h2><div class="info"><span class="date">입력 ${dotted(a)} 09:12</span> <span class="share"><a>페이스북</a><a>트위터</a><a>URL복사</a></span></div></div>
<div class="view_cont" id="articleView">${bodyOf(a, (b) => (b.kind === 'heading' ? `<div><b>${esc(b.text)}</b></div>` : b.kind === 'caption' ? `<div class="photo"><img src="a.jpg"><p class="caption">${esc(b.text)}</p></div>` : b.kind === 'summary' ? `<div class="sub_title"><strong>${esc(b.text)}</strong></div>` : `<div>${esc(b.text)}</div>`))}
${byline(a)}</div>${RELATED}</div>${RANKING}${FOOTER}`),
  /** The story as text broken by <br><br> in one container. */
  br: (a) =>
    html(`${head(a)}<body>${NAV}<div class="article_wrap"><h1 class="title">${esc(a.meta.title)}</h1><p class="date">기사입력 ${dotted(a)} 오전 9:12</p>
<div id="articleBody" class="article_body">${bodyOf(a, (b) => (b.kind === 'heading' ? `<b>${esc(b.text)}</b><br><br>` : b.kind === 'caption' ? `<span class="end_photo_org"><img src="a.jpg"><em class="img_desc">${esc(b.text)}</em></span><br>` : `${esc(b.text)}<br><br>`))}
<br>${esc(authorOf(a))} 기자 minji@technews.co.kr</div>${RELATED}</div>${RANKING}${FOOTER}`),
  /** A <section> body with ad slots between paragraphs, the date only in a <time>, comments below. */
  ads: (a) =>
    html(`${head(a, false)}<body>${NAV}<main><article class="news"><header><h1>${esc(a.meta.title)}</h1><div class="meta"><time datetime="${dateOf(a)}T09:12:00+09:00">${dotted(a)} 09:12</time> ${byline(a)}</div></header>
<section class="article-body" itemprop="articleBody">${bodyOf(a, (b, i) => {
      const ad = i % 3 === 2 ? `<div class="ad-inline"><script>googletag.cmd.push(function(){})</script><span>AD</span></div>` : '';
      const block = b.kind === 'heading' ? `<h2 class="subhead">${esc(b.text)}</h2>` : b.kind === 'caption' ? `<figure class="photo"><img src="a.jpg"><figcaption>${esc(b.text)} <span class="credit">/사진=테크뉴스 DB</span></figcaption></figure>` : `<p>${esc(b.text)}</p>`;
      return block + ad;
    })}</section><div class="copyright">ⓒ 테크뉴스 무단전재 및 재배포금지</div></article>${RELATED}</main>${RANKING}${COMMENTS}${FOOTER}`),
  /** An old table layout: the story as <br>-broken text in a <font> in a cell. */
  table: (a) =>
    html(`${head(a)}<body><table width="980"><tr><td colspan="2">${NAV}</td></tr><tr><td width="680" valign="top"><table><tr><td class="title"><font size="4"><b>${esc(a.meta.title)}</b></font></td></tr><tr><td class="date"><font size="2">등록일: ${dateOf(a)}</font></td></tr>
<tr><td class="article"><font size="3">${bodyOf(a, (b) => (b.kind === 'heading' ? `<b>${esc(b.text)}</b><br>` : `${esc(b.text)}<br><br>`))}</font></td></tr></table></td><td width="300" valign="top">${RANKING}</td></tr></table>${FOOTER}`),
  /** Paragraphs of styled <span>s, photos in little tables. */
  spans: (a) =>
    html(`${head(a)}<body>${NAV}<div id="news_body"><div class="headline"><h3>${esc(a.meta.title)}</h3><em class="date">${dotted(a)}</em></div><div class="news_text" id="news_text">${bodyOf(a, (b) =>
      b.kind === 'caption' ? `<table class="photo"><tr><td><img src="a.jpg"></td></tr><tr><td class="desc">${esc(b.text)}</td></tr></table>` : `<p style="margin:0 0 16px"><span style="font-size:16px;line-height:1.8">${b.kind === 'heading' ? `<strong>${esc(b.text)}</strong>` : esc(b.text)}</span></p>`,
    )}</div>${byline(a)}<div class="subscribe">구독하기 | 기자 구독 | 좋아요 12</div></div>${RELATED}${FOOTER}`),
  /** A story beside a portal box of teasers whose <p> summaries hold more text than a short story. */
  teasers: (a) =>
    html(`${head(a)}<body>${NAV}<div class="wrap"><div class="article"><h1 class="headline">${esc(a.meta.title)}</h1><span class="date">${dotted(a)} 09:12</span>
<div class="article_txt">${bodyOf(a, (b) => (b.kind === 'caption' ? `<div class="img_box"><img src="a.jpg"><p class="img_cap">${esc(b.text)}</p></div>` : b.kind === 'heading' ? `<p><strong>${esc(b.text)}</strong></p>` : `<p>${esc(b.text)}</p>`))}</div></div>
${TEASERS}</div>${FOOTER}`),
  /** Naver news: #dic_area with <br><br> paragraphs, the date in data-date-time. */
  naver: (a) =>
    html(`${head(a, false)}<body><div id="ct"><div class="media_end_head"><h2 id="title_area" class="media_end_head_headline"><span>${esc(a.meta.title)}</span></h2><span class="media_end_head_info_datestamp_time" data-date-time="${dateOf(a)} 09:12:00">${dotted(a)}. 오전 9:12</span></div>
<article id="dic_area" class="go_trans _article_content">${bodyOf(a, (b) => (b.kind === 'caption' ? `<span class="end_photo_org"><img src="a.jpg"><em class="img_desc">${esc(b.text)}</em></span><br>` : b.kind === 'heading' || b.kind === 'summary' ? `<strong>${esc(b.text)}</strong><br><br>` : `${esc(b.text)}<br><br>`))}</article>
<div class="byline"><p>${esc(authorOf(a))} 기자(minji@technews.co.kr)</p></div></div>${FOOTER}`),
  /** Daum news: div.article_view > section > p[dmcf-ptype]. */
  daum: (a) =>
    html(`${head(a)}<body><div id="kakaoContent"><div class="head_view"><h3 class="tit_view">${esc(a.meta.title)}</h3><span class="info_view"><span class="txt_info">입력 ${dotted(a)}. 09:12</span></span></div>
<div class="news_view"><div class="article_view"><section dmcf-sid="x">${bodyOf(a, (b) => (b.kind === 'caption' ? `<figure class="figure_frm origin_fig"><p class="link_figure"><img src="a.jpg"></p><figcaption class="txt_caption">${esc(b.text)}</figcaption></figure>` : b.kind === 'heading' ? `<h3>${esc(b.text)}</h3>` : `<p dmcf-ptype="general">${esc(b.text)}</p>`))}</section></div></div></div>${FOOTER}`),
  /** A script-rendered page: an empty app shell, the story only in the JSON-LD articleBody. */
  jsonld: (a) =>
    html(`<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${esc(a.meta.title)} - 테크뉴스</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.meta.title, datePublished: `${dateOf(a)}T09:12:00+09:00`, articleBody: bodyOf(a, (b) => b.text) }).replace(/</g, '\\u003c')}</script></head><body><div id="app"><div class="skeleton"></div></div><script src="/static/main.js"></script></body></html>`),
  /** The story split into two containers of the same name by an ad slot between them. */
  split: (a) => {
    const blocks = a.blocks.filter((b) => b.kind !== 'title');
    const half = Math.ceil(blocks.length / 2);
    const part = (bs: Block[]) => bs.map((b) => (b.kind === 'caption' ? `<figure><img src="a.jpg"><figcaption>${esc(b.text)}</figcaption></figure>` : `<p>${esc(b.text)}</p>`)).join('');
    return html(`${head(a)}<body>${NAV}<h1 class="headline">${esc(a.meta.title)}</h1><div class="article_body">${part(blocks.slice(0, half))}</div><div class="ad_box"><iframe src="/ad"></iframe><p>광고</p></div><div class="article_body">${part(blocks.slice(half))}</div>${byline(a)}${RELATED}${FOOTER}`);
  },
  /** A mobile page that folds the story after five paragraphs behind "기사 더보기" (the rest hidden in the DOM). */
  folded: (a) =>
    html(`${head(a)}<body><header class="m_header"><a href="/">테크뉴스</a></header><h2 class="m_title">${esc(a.meta.title)}</h2><p class="m_date">${dotted(a)} 09:12</p><div class="m_body">${bodyOf(a, (b, i) => `<div class="par" data-idx="${i}"${i > 4 ? ' style="display:none"' : ''}>${esc(b.text)}</div>`)}<button class="btn_more" type="button">기사 더보기</button></div>${RELATED}${FOOTER}`),
  /** An HTML5 page: the story in one <article>, other stories' cards as <article>s of linked headlines and summaries. */
  cards: (a) =>
    html(`${head(a)}<body>${NAV}<main><article class="story"><h1>${esc(a.meta.title)}</h1><time datetime="${dateOf(a)}">${dotted(a)}</time>${bodyOf(a, (b) => (b.kind === 'caption' ? `<figure><img src="a.jpg"><figcaption>${esc(b.text)}</figcaption></figure>` : `<p>${esc(b.text)}</p>`))}</article><section class="recommend"><h2>함께 보면 좋은 기사</h2>${[...CHROME_HEADLINES, ...CHROME_HEADLINES].map((t, i) => `<article class="card"><a href="/n/${i}"><h3>${esc(t)}</h3><p>업계에서는 이번 발표가 국내 AI 생태계 전반에 적지 않은 영향을 미칠 것으로 보고 있으며 후속 발표도 이어질 전망이다.</p></a></article>`).join('')}</section></main>${FOOTER}`),
  /** An old nested-table page: the story's <p>s in one cell, a sidebar cell of linked teaser paragraphs beside it. */
  sidebar: (a) =>
    html(`${head(a)}<body><table><tr><td><table><tr><td class="view"><div class="title">${esc(a.meta.title)}</div><div class="date">${dotted(a)}</div>${bodyOf(a, (b) => `<p><font face="굴림">${esc(b.text)}</font></p>`)}</td></tr></table></td><td class="side">${CHROME_HEADLINES.map((t, i) => `<p><a href="/n/${i}">${esc(t)}: 관련 업계의 반응과 향후 전망을 자세히 정리했습니다. 지금 확인해 보세요.</a></p>`).join('')}</td></tr></table>${FOOTER}`),
  /** Plain text: the title, the date, then the blocks as paragraphs. */
  text: (a) => ({
    page: `${a.meta.title}\n${dateOf(a)}\n\n${a.blocks
      .filter((b) => b.kind !== 'title')
      .map((b) => b.text)
      .join('\n\n')}\n`,
    ext: 'txt',
  }),
};
