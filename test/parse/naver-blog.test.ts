import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { expectNoChrome, expectOffsetsHold, readPage, textsOf } from './helpers.js';

const parse = (name: string) => parseArticle(readPage(name), { source: `pages/${name}` });

/** Page chrome of a Naver blog post: menus, buttons, counters, the post list, link cards, maps, code, tags. */
const BLOG_CHROME = /이웃추가|URL 복사|공감|댓글|카테고리|다른 글|프롤로그|본문 기타 기능|구름|라마|판교|성남시|print\(|#|스크랩|블로그 홈|카나나|엑사원|솔라|GPT-5/;

describe('Naver blog post in SmartEditor ONE (desktop PostView)', () => {
  const a = parse('naver-blog-se1.html');
  it('reads the title module, the publish-date span (YYYY. M. D. HH:mm), the nickname and og:url', () => {
    expect(a.meta).toMatchObject({
      layout: 'naver-blog',
      title: "바람소프트 '바람 7' 공개 소식 정리 (벤치마크 표 포함)",
      publishedAt: '2026-10-04',
      author: '하늘코딩',
      url: 'https://blog.naver.com/haneul_ai/223598765432',
    });
    expect(a.warnings).toEqual([]);
  });
  it('joins the lines of a paragraph (spans, mid-sentence breaks) up to an empty paragraph', () => {
    expect(textsOf(a, 'body').slice(0, 3)).toEqual([
      "국내 AI 스타트업 바람소프트가 한국어 모델 '바람 7'을 공개했다.",
      '이번 모델은 공개된 오픈 모델을 바탕으로 한국어 문서 1,000억 토큰을 더 학습한 모델이라고 한다.',
      '회사 설명으로는 파라미터가 70억 개이고 다음 달부터 기업 고객에게 먼저 제공된다.',
    ]);
  });
  it('keeps a section title as a heading, a table as one block per cell, the image caption and the quotation without its source', () => {
    expect(textsOf(a, 'heading')[0]).toBe('벤치마크 결과');
    const cells = a.blocks.map((b) => b.text);
    const at = cells.indexOf('모델');
    expect(cells.slice(at, at + 6)).toEqual(['모델', 'KMMLU', 'HAE-RAE', '바람 7', '58.2', '71.5']);
    expect(textsOf(a, 'caption')).toEqual(['바람소프트가 공개한 바람 7 소개 화면']);
    expect(a.text).toContain('한국어 데이터와 평가 체계는 우리 손으로 만들겠다고 회사는 밝혔다.');
    expect(a.text).not.toContain('출처');
  });
  it('drops link cards, stickers, maps, code, rules, hashtag lines and all the blog chrome around the post', () => {
    expect(a.text).not.toMatch(BLOG_CHROME);
    expect(textsOf(a, 'body').at(-1)).toBe('직접 써 보니 긴 문서 요약이 특히 좋았다.');
    expectNoChrome(a);
    expectOffsetsHold(a);
  });
});

describe('Naver blog post in SmartEditor 2 (#postViewArea)', () => {
  const a = parse('naver-blog-se2.html');
  it('reads the itemSubject title, the _postAddDate date and the profile nickname', () => {
    expect(a.meta).toMatchObject({ layout: 'naver-blog', title: "[정리] 누리랩 '누리-3B' 발표 내용", publishedAt: '2015-08-21', author: '별빛개발자' });
  });
  it('joins <p> lines split mid-sentence (also across <font>), keeps list items and a bold line apart', () => {
    expect(a.blocks.filter((b) => b.kind !== 'title').map((b) => b.text)).toEqual([
      "오늘 열린 발표회에서 누리랩이 경량 언어모델 '누리-3B'를 공개했다.",
      '누리-3B는 매개변수가 30억 개로, 스마트폰에서도 돌아가게 만들었다고 한다.',
      '발표 요약',
      '- 한국어 대화 성능 개선',
      '- 오픈소스로 가중치 공개',
      '발표를 맡은 한지율 누리랩 대표는 연말까지 7B 모델도 내놓겠다고 말했다.',
    ]);
    expect(textsOf(a, 'heading')).toEqual(['발표 요약']);
    expect(a.text).not.toMatch(BLOG_CHROME);
    expectOffsetsHold(a);
  });
});

describe('Naver blog post on m.blog.naver.com (div.post_ct)', () => {
  const html = readPage('naver-blog-mobile.html').toString('utf8');
  it('reads the body, caption and nickname; a date given only as "3시간 전" is reported, not guessed', () => {
    const a = parseArticle(Buffer.from(html), { source: 'm.html' });
    expect(a.meta).toMatchObject({ layout: 'naver-blog', title: "한빛AI, 새 모델 '한빛-R 8B' 내놨다", author: '새벽리포트' });
    expect(a.meta.publishedAt).toBeUndefined();
    expect(a.warnings).toEqual(["the post date is given only relative to when the page was saved ('3시간 전')", 'no publication date found']);
    expect(textsOf(a, 'body')).toEqual(["한빛AI가 추론 특화 모델 '한빛-R 8B'를 오픈소스로 공개했다.", '한빛-R 8B는 큐웬3 8B를 기반으로 만들어졌다.']);
    expect(textsOf(a, 'caption')).toEqual(['한빛-R 8B 소개 자료']);
    expect(a.text).not.toMatch(BLOG_CHROME);
  });
  it('falls back to the meta tags when the page shows a relative date', () => {
    const withMeta = html.replace('</head>', '<meta property="article:published_time" content="2026-10-05T08:10:00+09:00"></head>');
    const a = parseArticle(Buffer.from(withMeta), { source: 'm.html' });
    expect(a.meta.publishedAt).toBe('2026-10-05');
    expect(a.warnings).toEqual([]);
  });
});

/** A minimal SmartEditor ONE post with `date` in the publish-date span and `lines` as the text module's paragraphs. */
function post(date: string, lines: string[]): Buffer {
  const ps = lines.map((l) => `<p class="se-text-paragraph se-text-paragraph-align- "><span class="se-fs-fs16 se-ff-   ">${l}</span></p>`).join('');
  return Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>글 : 네이버 블로그</title></head><body>
<div class="se-component se-documentTitle"><div class="se-module se-module-text se-title-text"><p class="se-text-paragraph"><span>어느 모델 후기</span></p></div>
<div class="blog2_container"><span class="nick"><a>닉</a></span><span class="se_publishDate pcol2">${date}</span></div></div>
<div class="se-main-container"><div class="se-component se-text"><div class="se-module se-module-text">${ps}</div></div></div></body></html>`);
}

describe('the publish-date span', () => {
  it.each([
    ['2026. 10. 4. 21:37', '2026-10-04'],
    ['2024. 1. 9. 9:05', '2024-01-09'],
    ['2019.03.02. 18:00', '2019-03-02'],
    ['2015/08/21 13:40', '2015-08-21'],
  ])('%s → %s', (shown, iso) => {
    expect(parseArticle(post(shown, ['본문 한 줄이다.']), { source: 'p.html' }).meta.publishedAt).toBe(iso);
  });
  it.each(['방금 전', '12분 전', '3시간 전', '어제 21:37'])('%s: no date, and a warning that names it', (shown) => {
    const a = parseArticle(post(shown, ['본문 한 줄이다.']), { source: 'p.html' });
    expect(a.meta.publishedAt).toBeUndefined();
    expect(a.warnings[0]).toContain(shown);
  });
});

describe('paragraphs of a SmartEditor ONE text module', () => {
  it.each([
    ['a zero-width space', ['첫 문단의 앞부분이고', '뒷부분이다.', '&ZeroWidthSpace;', '둘째 문단이다.'], ['첫 문단의 앞부분이고 뒷부분이다.', '둘째 문단이다.']],
    ['a <br>', ['한 줄이', '이어진다', '<br>', '다음 문단'], ['한 줄이 이어진다', '다음 문단']],
    ['&nbsp;', ['가나다라 마바사', '&nbsp;', '아자차카 타파하'], ['가나다라 마바사', '아자차카 타파하']],
    ['nothing: lines that end sentences stay apart', ['첫 문장이다.', '둘째 문장이다.'], ['첫 문장이다.', '둘째 문장이다.']],
    ['nothing: a line ending on a bracket runs on', ['스타트업이 새 언어모델(LLM)', "'가온-1'을 공개했다."], ["스타트업이 새 언어모델(LLM) '가온-1'을 공개했다."]],
    ['nothing: a bold line stands apart', ['<b>한눈에 보기</b>', '가온-1은 작은 모델이다.'], ['한눈에 보기', '가온-1은 작은 모델이다.']],
    ['nothing: list items stand apart', ['특징은 다음과 같다', '- 빠른 추론', '- 긴 문맥'], ['특징은 다음과 같다', '- 빠른 추론', '- 긴 문맥']],
  ])('separated by %s', (_, lines, expected) => {
    const a = parseArticle(post('2026. 1. 2. 10:00', lines), { source: 'p.html' });
    expect(a.blocks.filter((b) => b.kind !== 'title').map((b) => b.text)).toEqual(expected);
  });
});

describe('Naver blog post in SmartEditor 3 (se_component_wrap)', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>글 : 네이버 블로그</title></head><body>
<div class="se_doc_viewer se_body_wrap se_theme_default">
<div class="se_editView se_title"><div class="se_editArea"><div class="se_viewArea se_ff_nanumgothic se_fs_T3"><div class="se_textView"><h3 class="se_textarea">미르소프트 '미르-2' 체험기</h3></div></div></div></div>
<div class="se_author_area"><span class="nick"><a>구름빵</a></span><span class="se_publishDate pcol2 fil5">2017. 12. 10. 11:30</span></div>
<div class="se_component_wrap sect_dsc __se_component_area">
<div class="se_component se_paragraph default"><div class="se_sectionArea"><div class="se_editArea"><div class="se_viewArea se_ff_nanumgothic se_fs_T3 se_align-left"><div class="se_editView"><div class="se_textView"><p class="se_textarea">미르소프트가 만든 언어모델 '미르-2'를<br>일주일 동안 써 봤다.<br><br>답변 속도가 빨랐다.</p></div></div></div></div></div></div>
<div class="se_component se_image default"><div class="se_sectionArea"><div class="se_editArea"><div class="se_viewArea"><img src="https://postfiles.pstatic.net/a.jpg" class="se_mediaImage"></div></div><div class="se_editArea se_caption"><div class="se_viewArea"><div class="se_editView"><div class="se_textView"><p class="se_textarea">미르-2 대화 화면</p></div></div></div></div></div></div>
<div class="se_component se_oglink default"><div class="se_sectionArea"><a href="#" class="se_og_box"><div class="se_og_txt"><div class="se_og_tit">타사 모델 '바다-5' 출시</div></div></a></div></div>
</div></div></body></html>`;
  it('reads the se_textarea title, the date, <br> lines as paragraphs and the caption, without the link card', () => {
    const a = parseArticle(Buffer.from(page), { source: 'se3.html' });
    expect(a.meta).toMatchObject({ layout: 'naver-blog', title: "미르소프트 '미르-2' 체험기", publishedAt: '2017-12-10', author: '구름빵' });
    expect(textsOf(a, 'body')).toEqual(["미르소프트가 만든 언어모델 '미르-2'를 일주일 동안 써 봤다.", '답변 속도가 빨랐다.']);
    expect(textsOf(a, 'caption')).toEqual(['미르-2 대화 화면']);
    expect(a.text).not.toContain('바다-5');
  });
});

describe("a SmartEditor ONE quotation's source line", () => {
  /** A post whose one module is a quotation of `quote`, with `cite` as its source line. */
  const quoted = (quote: string, cite: string) =>
    Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>글 : 네이버 블로그</title></head><body>
<div class="se-main-container"><div class="se-component se-quotation"><blockquote class="se-quotation-container">
<div class="se-module se-module-text se-quote"><p class="se-text-paragraph"><span>${quote}</span></p></div>
<div class="se-module se-module-text se-cite"><p class="se-text-paragraph"><span>${cite}</span></p></div></blockquote></div></div></body></html>`);
  it.each([
    ['a speaker after a dash: kept', '— 윤가람 별빛소프트 최고기술책임자, 사내 세미나에서', true],
    ['a speaker after a hyphen: kept', '- 문하늘 누리랩 대표', true],
    ['a source: dropped', '출처: 별빛소프트 보도자료', false],
    ['a note: dropped', '※ 제 환경에서 잰 값입니다', false],
  ])('%s', (_, cite, kept) => {
    const a = parseArticle(quoted('작은 모델로도 충분히 해낼 수 있습니다.', cite), { source: 'q.html' });
    expect(a.text).toContain('작은 모델로도 충분히 해낼 수 있습니다.');
    expect(a.text.includes(cite)).toBe(kept);
  });
});
