/**
 * Renders an article in one of four page layouts: a Daum-style portal page (like seed/*.html),
 * a Naver-style page (body in #dic_area, paragraphs split by <br>), a generic <article> page,
 * and plain text. The same content gives the same gold graph in every layout.
 */
import type { ArticleContent } from './article.js';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const paragraphText = (p: string[]): string => p.join(' ');

/** The article as file bytes (UTF-8) with the file extension to use. */
export function renderArticle(a: ArticleContent): { ext: 'html' | 'txt'; text: string } {
  switch (a.layout) {
    case 'daum':
      return { ext: 'html', text: renderDaum(a) };
    case 'naver':
      return { ext: 'html', text: renderNaver(a) };
    case 'generic':
      return { ext: 'html', text: renderGeneric(a) };
    default:
      return { ext: 'txt', text: renderText(a) };
  }
}

function hexOf(a: ArticleContent, salt: string): string {
  return (a.name.split('_')[1] ?? '0').slice(0, 10) + salt;
}

function renderDaum(a: ArticleContent): string {
  const [y, m, d] = a.date.split('-');
  const [hh, mm, ss] = a.time.split(':');
  const credit = `사진=${a.outlet} DB`;
  const body: string[] = [];
  a.paragraphs.forEach((p, i) => {
    const sub = a.subheads.get(i);
    if (sub) body.push(`<p dmcf-pid="s${i}${hexOf(a, 'h')}" dmcf-ptype="general"><strong><span>${escapeHtml(sub)}</span></strong></p>`);
    body.push(`<p contents-hash="${hexOf(a, String(i))}" dmcf-pid="p${i}${hexOf(a, 'q')}" dmcf-ptype="general">${i === 0 ? '<br>' : ''}${escapeHtml(paragraphText(p))}</p>`);
    if (i === 0) {
      body.push(
        `<figure class="figure_frm origin_fig" dmcf-pid="f${hexOf(a, 'f')}" dmcf-ptype="figure"><p class="link_figure"><img alt="${escapeHtml(a.caption)} ${credit}" class="thumb_g_article" src="https://img1.daumcdn.net/thumb/R658x0.q70/?fname=https://t1.daumcdn.net/news/${y}${m}/${d}/${hexOf(a, 'i')}.jpg" width="658"></p><figcaption class="txt_caption default_figure"> ${escapeHtml(a.caption)} ${credit} </figcaption></figure>`,
      );
    }
  });
  body.push(`<p dmcf-ptype="general">${escapeHtml(a.reporter)} ${escapeHtml(a.outlet)} 기자 ${a.email}</p>`);
  const summary = a.summary.length > 0 ? `<strong class="summary_view" data-translation="true">${a.summary.map(escapeHtml).join('<br>')}</strong>` : '';
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${escapeHtml(a.title)} | 다음뉴스</title>
<meta property="og:title" content="${escapeHtml(a.title)}"><meta property="og:regDate" content="${y}${m}${d}${hh}${mm}${ss}"><meta property="og:article:author" content="${escapeHtml(a.outlet)}"></head>
<body><div id="kakaoHead"><ul class="gnb_comm"><li><a href="/">홈</a></li><li><a href="/society">사회</a></li><li><a href="/economic">경제</a></li><li><a href="/digital">IT</a></li></ul></div>
<div class="main-content"><div class="head_view"><h3 class="tit_view" data-translation="true">${escapeHtml(a.title)}</h3><span class="info_view"><span class="txt_info">${escapeHtml(a.reporter)} 기자</span> <span class="txt_info">입력 <span class="num_date">${y}. ${Number(m)}. ${Number(d)}. ${hh}:${mm}</span></span></span></div>
<div id="layerTranslateNotice" style="display:none;"></div> ${summary} <div class="article_view" data-translation-body="true" data-tiara-layer="article_body"> <section dmcf-sid="${hexOf(a, 's')}"> ${body.join(' ')} </section> </div>
<p class="" data-translation="true">Copyright © ${escapeHtml(a.outlet)}. 무단전재 및 재배포 금지.</p>
<div class="box_related"><strong class="tit_related">관련자료</strong><ul>${a.related.map((r, i) => `<li><a href="/v/${i}">${i === 0 ? '이전 ' : '다음 '}${escapeHtml(r)}</a> <span>${m}-${d}</span></li>`).join('')}</ul></div>
<div class="cmt_view">댓글 0 <p>등록된 댓글이 없습니다.</p><p>로그인한 회원만 댓글 등록이 가능합니다.</p></div>
<div class="box_ranking"><strong>많이 본 뉴스</strong><ol>${a.related.map((r) => `<li><a href="#">${escapeHtml(r)}</a></li>`).join('')}</ol></div></div></body></html>
`;
}

function renderNaver(a: ArticleContent): string {
  const [y, m, d] = a.date.split('-');
  const [hh, mm] = a.time.split(':') as [string, string];
  const h = Number(hh);
  const ampm = `${h < 12 ? '오전' : '오후'} ${h % 12 === 0 ? 12 : h % 12}:${mm}`;
  const parts: string[] = [];
  if (a.summary.length > 0) parts.push(`<strong class="media_end_summary">${a.summary.map(escapeHtml).join('<br>')}</strong><br><br>`);
  parts.push(`<span class="end_photo_org"><img src="https://imgnews.pstatic.net/image/${hexOf(a, 'n')}.jpg" alt=""><em class="img_desc">${escapeHtml(a.caption)} /사진=${escapeHtml(a.outlet)}</em></span><br><br>`);
  a.paragraphs.forEach((p, i) => {
    const sub = a.subheads.get(i);
    if (sub) parts.push(`<b>${escapeHtml(sub)}</b><br><br>`);
    parts.push(`${escapeHtml(paragraphText(p))}<br><br>`);
  });
  parts.push(`${escapeHtml(a.reporter)} 기자 (${a.email})`);
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><meta property="og:title" content="${escapeHtml(a.title)}"><meta property="og:article:author" content="${escapeHtml(a.outlet)} | 네이버"><title>${escapeHtml(a.title)}</title></head>
<body><div id="ct" class="ct_wrap"><div class="media_end_head go_trans"><div class="media_end_head_top"><a class="media_end_head_top_logo" href="#"><img alt="${escapeHtml(a.outlet)}" src="https://mimgnews.pstatic.net/logo.png"></a></div>
<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>${escapeHtml(a.title)}</span></h2></div>
<div class="media_end_head_info"><em class="media_end_head_journalist_name">${escapeHtml(a.reporter)} 기자</em><div class="media_end_head_info_datestamp"><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="${y}-${m}-${d} ${a.time}">${y}.${m}.${d}. ${ampm}</span></div></div></div>
<div id="contents" class="newsct_body"><div id="newsct_article" class="newsct_article _article_body"><article id="dic_area" class="go_trans _article_content">${parts.join('\n')}</article></div>
<p class="c_text">Copyright ⓒ ${escapeHtml(a.outlet)}. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.</p></div>
<div class="media_end_linked"><h4 class="media_end_linked_title">${escapeHtml(a.outlet)} 헤드라인</h4><ul>${a.related.map((r) => `<li><a href="#">${escapeHtml(r)}</a></li>`).join('')}</ul></div>
<div class="_RANKING"><h4>많이 본 뉴스</h4></div></div></body></html>
`;
}

function renderGeneric(a: ArticleContent): string {
  const iso = `${a.date}T${a.time}+09:00`;
  const body: string[] = [];
  a.paragraphs.forEach((p, i) => {
    const sub = a.subheads.get(i);
    if (sub) body.push(`<h2>${escapeHtml(sub)}</h2>`);
    body.push(`<p>${escapeHtml(paragraphText(p))}</p>`);
    if (i === 0) body.push(`<figure><img src="/images/${hexOf(a, 'g')}.jpg" alt=""><figcaption>${escapeHtml(a.caption)} (사진=${escapeHtml(a.outlet)})</figcaption></figure>`);
  });
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>${escapeHtml(a.title)} - ${escapeHtml(a.outlet)}</title>
<meta property="og:title" content="${escapeHtml(a.title)}"><meta property="og:site_name" content="${escapeHtml(a.outlet)}">
<meta property="article:published_time" content="${iso}"><meta name="author" content="${escapeHtml(a.reporter)}">
<link rel="canonical" href="https://${a.domain}/news/${a.name}"></head>
<body><header><nav><ul><li><a href="/">홈</a></li><li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li><li><a href="/it">IT·과학</a></li></ul></nav></header>
<main><article><h1>${escapeHtml(a.title)}</h1><p class="byline">${escapeHtml(a.reporter)} 기자 <time datetime="${iso}">${a.date.replace(/-/g, '.')} ${a.time.slice(0, 5)}</time></p>
${body.join('\n')}
<p class="reporter">${escapeHtml(a.reporter)} 기자 ${a.email}</p></article>
<aside><h3>많이 본 뉴스</h3><ol>${a.related.map((r) => `<li><a href="#">${escapeHtml(r)}</a></li>`).join('')}</ol></aside></main>
<footer><p>Copyright © ${escapeHtml(a.outlet)}. All rights reserved.</p></footer></body></html>
`;
}

function renderText(a: ArticleContent): string {
  const lines = [a.title, `입력 ${a.date.replace(/-/g, '.')} ${a.time.slice(0, 5)}`, ''];
  a.paragraphs.forEach((p, i) => {
    const sub = a.subheads.get(i);
    if (sub) lines.push(sub, '');
    lines.push(paragraphText(p), '');
  });
  lines.push(`${a.reporter} 기자 ${a.email}`, '');
  return lines.join('\n');
}
