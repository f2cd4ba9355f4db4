import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A public-sector bulletin board: the whole post in a <table>, the date in a labelled cell, no meta tags. */
function boardPage(label: string, date: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>공지사항 | 어느 공공기관</title></head><body>
<table class="board_view"><tr><th>제목</th><td>지역 AI 거점 사업 공모 결과 안내</td></tr>
<tr><th>작성자</th><td>디지털정책과</td><th>${label}</th><td class="date">${date}</td></tr>
<tr><td colspan="4"><div class="view_cont">
<p>○ 공모 결과 세 개 기관이 지역 AI 거점 사업 수행기관으로 최종 선정되었다고 밝혔다.</p>
<p>○ 선정된 기관은 앞으로 2년간 연구용 GPU와 데이터 구축 비용을 지원받게 된다.</p>
<p>○ 두 번째 공모는 내년 상반기에 시작할 예정이며 세부 일정은 추후 공지한다.</p>
</div></td></tr></table></body></html>`;
}

describe('a date in a labelled board cell ("등록일 | 2026-03-05")', () => {
  it.each([
    ['등록일', '2026-03-05', '2026-03-05'],
    ['작성일', '2025.11.20', '2025-11-20'],
    ['게시일자', '2024/02/09', '2024-02-09'],
    ['등록일시', '2023-07-01 14:30', '2023-07-01'],
  ])('%s %s → %s', (label, date, iso) => {
    const a = parseArticle(Buffer.from(boardPage(label, date)), { source: 'board.html' });
    expect(a.meta.publishedAt).toBe(iso);
    expect(a.warnings).not.toContain('no publication date found');
  });
});

describe("a board post's previous/next links in a navigation box named by its class ('view_nav', 'board-nav')", () => {
  it.each(['view_nav', 'board-nav', 'post_nav_box'])('class %s: the neighbouring posts\' titles are no part of the story', (cls) => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>보도자료 | 어느 도청</title></head><body>
<main id="contents"><h3 class="page_title">보도자료</h3><div class="board_view">
<div class="board_view_body"><p>□ 도는 스마트 농업 AI 실증 과제 네 건을 최종 선정했다고 밝혔다.</p>
<p>○ 선정 기업은 내년 6월까지 현장 실증을 마치고 성과 공유회를 연다.</p></div>
<div class="photo_area"><figure><img src="a.jpg" alt="협약식"><figcaption>도는 20일 협약식을 열었다.</figcaption></figure></div>
<div class="${cls}"><dl class="prev"><dt>이전글</dt><dd><a href="?seq=1">도, 가을 축제 '달빛 야행' 프로그램 운영</a></dd></dl>
<dl class="next"><dt>다음글</dt><dd><a href="?seq=3">도, 관광객 100만 명 돌파</a></dd></dl></div></div></main></body></html>`;
    const a = parseArticle(Buffer.from(html), { source: 'board.html' });
    expect(a.text).toContain('실증 과제 네 건');
    expect(a.text).not.toContain('달빛 야행');
    expect(a.text).not.toContain('100만 명');
  });
});

describe("a Q&A thread: the question's <article> and the answers in a section beside it, both in <main>", () => {
  const thread = (aside: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>질문 | 어느 개발자 커뮤니티</title></head><body>
<header><nav><a href="/qna">Q&amp;A</a></nav></header>
<main class="thread"><article class="post-question"><h1>바람-X 2 라이선스 질문</h1>
<div class="body"><p>사내 챗봇에 누리별의 바람-X 2를 붙이려는데 상용 라이선스가 궁금합니다.</p></div></article>
<section class="answer-list"><h2>답변 3</h2>
<div class="answer-item"><p>모델 카드를 보면 바람-X 2는 가중치가 공개돼 있고 상업적 이용도 허용된다고 적혀 있습니다. 다만 월 사용자 수 제한이 있어요.</p>
<p>이전 버전 바람-X 1.5는 연구용으로만 풀렸던 걸로 기억합니다. 버전마다 조건이 달라서 꼭 확인하세요.</p></div>
<div class="answer-item"><p>저희 팀도 같은 고민을 했는데 결국 법무 검토를 받고 도입했습니다. 계약서 조항을 직접 읽어 보시길 권합니다.</p></div>
<div class="answer-item"><p>추론 서버는 GPU 한 장으로도 충분히 돌아갑니다. 양자화 버전을 쓰면 메모리도 절반으로 줄어요.</p></div>
</section>${aside}</main></body></html>`;
  it('reads the question and the answers', () => {
    const a = parseArticle(Buffer.from(thread('')), { source: 'qna.html' });
    expect(a.text).toContain('상용 라이선스가 궁금합니다');
    expect(a.text).toContain('상업적 이용도 허용된다');
  });
  it('an <aside> beside the question is no part of it', () => {
    const aside = '<aside class="hot"><h2>인기 글</h2><p>요즘 가장 많이 읽힌 글은 다른 모델의 벤치마크 비교 글입니다. 댓글이 이백 개가 넘게 달렸고 조회 수도 만 회를 넘었습니다. 다들 한번 읽어 보세요.</p><p>이 밖에도 취업 후기와 면접 질문 모음 글이 인기를 끌고 있습니다. 주말에는 스터디 모집 글도 많이 올라옵니다.</p></aside>';
    const a = parseArticle(Buffer.from(thread(aside)), { source: 'qna.html' });
    expect(a.text).toContain('상용 라이선스가 궁금합니다');
    expect(a.text).not.toContain('취업 후기');
  });
});

describe('a chat export: replies in a thread written like the message they answer ("<div class=\'message reply\'>")', () => {
  const page = (replyClass: string, containerClass: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>#news - 가람랩스</title></head><body>
<div id="main"><h1># news</h1>
<div class="message"><span class="user">홍길동 · CEO</span>
<div class="text"><p>오늘 가람랩스가 새 모델 가람-7B를 공개했습니다. 많은 관심 부탁드립니다.</p><p>이번 모델은 지난해 낸 가람-3B의 후속으로, 상담 데이터를 더 많이 학습했습니다.</p></div>
<div class="${containerClass}">
<div class="${replyClass}"><span class="user">김누리 · 연구원</span><div class="text"><p>가람-7B는 KMMLU에서 61.5점을 받았습니다. 세부 결과는 곧 공유하겠습니다.</p></div></div>
</div></div>
<div class="message"><span class="user">이바다 · COO</span>
<div class="text"><p>다음 주 금요일 오후에 전사 타운홀이 있습니다. 안건은 1분기 실적과 채용 계획입니다.</p><p>원격 참여 링크는 캘린더 초대에 있으니 확인 부탁드립니다.</p></div></div>
<div class="message"><span class="user">박하늘 · CTO</span>
<div class="text"><p>사내 GPU 클러스터 점검이 이번 주말에 있습니다. 학습 작업은 금요일 저녁까지 마무리해 주세요.</p><p>점검은 일요일 오후에 끝날 예정입니다.</p></div></div>
</div></body></html>`;
  it.each([["message reply", "thread"], ["message thread-reply", "replies-box"]])('a reply of class "%s" is text', (reply, box) => {
    const a = parseArticle(Buffer.from(page(reply, box)), { source: 'chat.html' });
    expect(a.text).toContain('KMMLU에서 61.5점');
  });
  it('a reply box beside the story with no class of the story\'s own is still chrome', () => {
    const a = parseArticle(Buffer.from(page('reply', 'comment_list')), { source: 'chat.html' });
    expect(a.text).not.toContain('KMMLU에서 61.5점');
  });
});

describe('a forum thread (JSON-LD "DiscussionForumPosting"): the replies in a comment list beside the post are what the page says', () => {
  const page = (type: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>사내 LLM 뭐 써요? | 어느 직장인 커뮤니티</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","headline":"사내 LLM 뭐 써요?","datePublished":"2026-04-02T09:10:00+09:00"}</script></head><body>
<main class="wrap"><article class="post"><h2>사내 LLM 뭐 써요?</h2>
<div class="post-body"><p>요즘 회사마다 사내 LLM 하나씩은 붙이던데 다들 뭐 쓰는지 궁금해서 올려봄. 우리는 아직 검토 단계임</p></div></article>
<section class="comment-list"><h3>댓글 12</h3>
<div class="comment-item"><div class="name">한빛소프트 · a1B2c3</div><p class="cmt-txt">우리는 바람-X 2 그대로 씀. 사내 문서 검색은 이걸로 충분하더라</p>
<div class="reply"><p class="cmt-txt">바람-X 2는 라이선스 괜찮음? 상업적 이용 되는지 궁금</p></div></div>
</section><aside class="side"><h4>인기 글</h4><p>성과급 공지 떴다 다들 몇 퍼센트 나옴? 연봉 협상 시즌이라 다들 바쁘네</p></aside></main></body></html>`;
  it('a thread reads the post and its replies, the reply count no end of the story', () => {
    const a = parseArticle(Buffer.from(page('DiscussionForumPosting')), { source: 'thread.html' });
    expect(a.text).toContain('검토 단계임');
    expect(a.text).toContain('바람-X 2 그대로 씀');
    expect(a.text).toContain('라이선스 괜찮음');
    expect(a.text).not.toContain('성과급');
  });
  it("a news story's reader comments stay chrome", () => {
    const a = parseArticle(Buffer.from(page('NewsArticle')), { source: 'story.html' });
    expect(a.text).toContain('검토 단계임');
    expect(a.text).not.toContain('그대로 씀');
  });
});

describe('a board post asking a question, its replies named by nickname and IP like its writer (no JSON-LD)', () => {
  const post = (label: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${label} 사내 검색용 모델 뭐가 나음 - 어느 커뮤니티 게시판</title></head><body>
<div class="wrap"><div class="post_view"><h3 class="subject">${label} 사내 검색용 모델 뭐가 나음</h3>
<div class="writer"><span class="nickname">검색러</span><span class="ip">(61.72)</span></div>
<div class="post_text"><p>사내 문서 검색에 붙일 모델을 고르는 중인데 후보가 너무 많아서 물어봄.</p>
<p>가람-3 쓰는 사람 있으면 후기 좀 부탁함. 라이선스도 궁금함.</p></div></div>
<div class="reply_box"><ul class="reply_list">
<li><span class="nickname">익명1</span><span class="ip">(211.8)</span><p class="reply_text">가람-3는 온새미로가 처음부터 학습한 모델이라 라이선스 깔끔함</p><span class="date">03.02 10:11</span></li>
<li><span class="nickname">익명2</span><span class="ip">(39.7)</span><p class="reply_text">ㄴ 맞음 회사 블로그에도 나와 있음</p><span class="date">03.02 10:20</span></li>
</ul></div>
<div class="hot_list"><h4>인기글</h4><ul><li>오늘 점심 뭐 먹음</li></ul></div></div></body></html>`;
  it('keeps the answers under a question ("[질문]")', () => {
    const a = parseArticle(Buffer.from(post('[질문]')), { source: 'board.html' });
    expect(a.text).toContain('처음부터 학습한 모델');
    expect(a.text).not.toContain('오늘 점심');
  });
  it('leaves the replies out under a post that asks nothing', () => {
    const a = parseArticle(Buffer.from(post('[정보]')), { source: 'board.html' });
    expect(a.text).toContain('후보가 너무 많아서');
    expect(a.text).not.toContain('처음부터 학습한 모델');
  });
});

describe("a discussion page with no story of its own: the posts that share the longest post's class ('<div class=msgbody>')", () => {
  const post = (who: string, body: string): string =>
    `<tr class="msg"><td><table><tr><td class="gutter"><img src="s.gif" width="40"></td><td class="main"><div><span class="poster">${who}</span> <span class="when">2 hours ago</span></div><br><div class="comment"><div class="msgbody c5">${body}</div><div class="tools"><a href="#">reply</a></div></div></td></tr></table></td></tr>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Regional AI hubs picked | Linkboard</title></head><body>
<table class="board"><tr><td><a href="https://example.org/story">Regional AI hubs picked</a> (example.org)</td></tr></table>
<table class="comment-tree">
${post('ana_k', 'Does anyone have the list of winners? The ministry page is down again this morning.')}
${post('dev_min', 'From the briefing: four teams were picked for the regional hub programme, and each gets two years of GPU time.<p>- Team one with its speech model<br>- Team two with its vision model<p>The second call opens next spring, with details to come later in the year.<p>The budget line was not in the briefing notes.')}
${post('jlee', 'The chip vendor in the winning team was only named in the annex, which is a scanned PDF.')}
${post('ana_k', 'Thanks, that settles it for me. The annex is on the second page of the filing.')}
${post('obs', 'Two of the four teams were also in last year\'s round, which says something about how open the call really was.')}
${post('jlee', 'Fair point, though the scoring sheet gave new applicants extra weight this time, according to the ministry notice.')}
</table></body></html>`;
  it('reads every post in page order, not only the longest', () => {
    const a = parseArticle(Buffer.from(html), { source: 'thread.html' });
    expect(a.text).toContain('Does anyone have the list of winners?');
    expect(a.text).toContain('four teams were picked');
    expect(a.text).toContain('only named in the annex');
    expect(a.text.indexOf('list of winners')).toBeLessThan(a.text.indexOf('four teams'));
    expect(a.text).not.toContain('2 hours ago');
  });

});

describe("a forum poster's name card ('<span class=username>', '<span class=full-name>', '<span class=user-title>'): its parts apart", () => {
  it.each([
    ['username', 'full-name', 'user-title'],
    ['first username', 'second full-name', 'user-title'],
  ])('%s / %s / %s', (a, b, c) => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>LoRA 학습률 질문 - 개발자 포럼</title></head><body><main>
<article><div class="names"><span class="${a}"><a href="/u/kim_ml">kim_ml</a></span><span class="${b}">김하늘</span><span class="${c}">새벽데이터 연구원</span></div>
<div class="cooked"><p>사내 상담 데이터로 소형 모델을 미세조정하고 있는데, 학습률을 어디까지 낮춰야 일반 능력이 덜 떨어지는지 궁금합니다.</p>
<p>지금은 3에폭을 돌리고 있고 일반 지시 데이터는 섞지 않았습니다. 비슷한 경험이 있으시면 알려 주세요.</p></div></article></main></body></html>`;
    const a1 = parseArticle(Buffer.from(html), { source: 'forum.html' });
    expect(a1.text).toContain('kim_ml 김하늘 새벽데이터 연구원');
  });
});

describe('a discussion platform thread: the post and each reply rendered inside its own edit form', () => {
  const page = (url: string) => `<!doctype html><html><head><title>Mirae-7B weights are out : LocalModels</title>
<link rel="canonical" href="${url}" /></head><body><div class="side"><p>Subreddit rules: be kind to each other, always.</p></div>
<div class="content" role="main"><div class="thing link self"><p class="title"><a>Mirae-7B weights are out</a></p>
<form class="usertext"><input type="hidden" name="thing_id" value="t3_x" /><div class="md"><p>Byeol Systems put Mirae-7B on the hub this morning under an MIT licence.</p></div></form></div>
<div class="commentarea"><div class="thing comment"><p class="tagline"><a class="author">kr_dev</a> 12 points</p>
<form class="usertext"><div class="md"><p>According to the card it was distilled from their larger Mirae-70B model.</p></div></form></div>
<div class="thing comment"><p class="tagline"><a class="author">other_dev</a> 3 points</p>
<form class="usertext"><textarea name="text">reply here</textarea><button>save</button></form></div></div></div></body></html>`;
  it('reads the post and the replies on a thread address', () => {
    const a = parseArticle(Buffer.from(page('https://old.reddit.com/r/LocalModels/comments/abc123/mirae7b/')), { source: 'thread.html' });
    expect(a.text).toContain('under an MIT licence');
    expect(a.text).toContain('distilled from their larger Mirae-70B');
    expect(a.text).not.toContain('reply here');
  });
  it('a form with a box to type into stays out even so', () => {
    const a = parseArticle(Buffer.from(page('https://news.ycombinator.com/item?id=123')), { source: 'thread.html' });
    expect(a.text).not.toContain('reply here');
    expect(a.text).toContain('under an MIT licence');
  });
});

describe("a link aggregator's show-and-tell or question post ('Show HN:', 'Ask GN:'): the writer answers in the thread", () => {
  const page = (title: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} | 어느 커뮤니티</title></head><body>
<main><article class="topic"><div class="topictitle"><h1>${title}</h1></div>
<div class="topic_contents"><p>저희 팀이 만든 한국어 요약 모델 나래-3B를 공개했습니다. 학습 데이터와 평가 스크립트를 저장소에 함께 올렸습니다.</p>
<p>질문이나 제안은 댓글로 남겨 주세요. 다음 버전에서 반영하겠습니다.</p></div></article>
<section id="comments"><h3>댓글 2개</h3>
<div class="comment_row"><div class="commentinfo"><a href="/user?id=a1">a1</a></div><span class="comment_contents"><p>베이스 모델은 무엇인가요?</p></span></div>
<div class="comment_row"><div class="commentinfo"><a href="/user?id=w">w</a></div><span class="comment_contents"><p>나래-3B는 큐웬2.5-3B에 요약 데이터를 추가 학습했습니다.</p></span></div>
</section></main></body></html>`;
  it.each(['Show HN: 나래-3B, 작은 한국어 요약 모델', 'Ask GN: 나래-3B 학습 후기와 질문'])('%s: the replies are read', (title) => {
    const a = parseArticle(Buffer.from(page(title)), { source: 'topic.html' });
    expect(a.text).toContain('큐웬2.5-3B에 요약 데이터를');
  });
  it('a plain link post: the replies stay out', () => {
    const a = parseArticle(Buffer.from(page('나래-3B, 작은 한국어 요약 모델 공개')), { source: 'topic.html' });
    expect(a.text).toContain('한국어 요약 모델 나래-3B를 공개');
    expect(a.text).not.toContain('큐웬2.5-3B에 요약 데이터를');
  });
});
