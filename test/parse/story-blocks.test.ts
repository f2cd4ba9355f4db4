/**
 * A widget-like class on the block that holds the story ("div.reporter_script" of a broadcaster's page: the reporter's
 * script) does not make it chrome; a real byline box, comment list or related-news list still is.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const page = (inner: string): Buffer =>
  Buffer.from(`<html><head><title>경량 모델 경쟁</title><meta property="article:published_time" content="2026-09-17T20:41:00+09:00"></head><body>
<div class="article_body" id="newsText">
  <div class="anchor_lead"><p><strong>&lt;앵커&gt;</strong></p><p>스마트폰 안에서 돌아가는 작은 언어모델 경쟁이 뜨겁습니다. 한 기자가 취재했습니다.</p></div>
  ${inner}
  <p class="credit">(영상취재 : 홍길동, 영상편집 : 김철수)</p>
</div></body></html>`);

const script = `<div class="reporter_script">
  <p><strong>&lt;기자&gt;</strong></p>
  <p>국내 스타트업 노을랩스가 어제 온디바이스 언어모델 '노을 엣지 3B'를 내놓았습니다.</p>
  <p>구글의 오픈소스 모델 '젬마 3 4B'를 뼈대로 삼아 한국어 통화 데이터를 더 학습시켰습니다.</p>
  <p>회사 측은 한국어 벤치마크 KMMLU에서 52.4점을 받았다고 밝혔습니다.</p>
</div>`;

describe('a story block with a widget-like name', () => {
  it("keeps the reporter's script of a broadcaster's page", () => {
    const text = parseArticle(page(script), { source: 'tv.html' }).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('노을 엣지 3B');
    expect(text).toContain('KMMLU에서 52.4점');
  });

  it('still drops a byline box and a related-news list inside the body', () => {
    const chrome = `${script}<div class="reporter_info"><p>홍길동 기자</p><p>hong@example.kr</p></div>
      <div class="related_news"><p>다른 기사 하나</p><p>다른 기사 둘</p><p>다른 기사 셋</p></div>`;
    const text = parseArticle(page(chrome), { source: 'tv.html' }).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('노을 엣지 3B');
    expect(text).not.toContain('다른 기사');
    expect(text).not.toContain('hong@example.kr');
  });

  it('drops a previous/next list whose class joins the two words with a hyphen (ul.prev-next)', () => {
    const nav = `${script}<ul class="prev-next"><li><span>이전글</span><a href="#">다른 설명자료 하나</a></li><li><span>다음글</span><a href="#">다른 설명자료 둘</a></li></ul>`;
    const text = parseArticle(page(nav), { source: 'board.html' }).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('노을 엣지 3B');
    expect(text).not.toContain('다른 설명자료');
  });

  it("keeps a quotation styled with a comment's name (a chief's words on a results page), not a comment list", () => {
    const quoted = `${script}<blockquote class="ceo-comment"><p>"노을 엣지 3B로 현장 단말기 시장을 열겠습니다."</p><cite>— 강하늘 노을랩스 대표</cite></blockquote>
      <div class="comment_list"><p>독자 의견 하나</p><p>독자 의견 둘</p></div>`;
    const text = parseArticle(page(quoted), { source: 'tv.html' }).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('강하늘 노을랩스 대표');
    expect(text).not.toContain('독자 의견');
  });

  it("keeps a winner's remark written as a paragraph of the story's box (p.comment after the reason), not a reader's comment", () => {
    const boxed = `<div class="prize-box"><p class="reason">심사위원단은 노을 엣지 3B가 현장 단말기에서 안정적으로 돌아간다는 점을 높이 평가했다고 밝혔다.</p>
      <p class="comment">강하늘 노을랩스 대표는 "작은 모델로 큰 현장을 바꾸겠다"고 말했다.</p></div>
      <div class="comment_box"><p class="comment">독자 의견 하나, 좋은 기사네요</p></div>`;
    const text = parseArticle(page(boxed), { source: 'tv.html' }).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('강하늘 노을랩스 대표는');
    expect(text).not.toContain('독자 의견');
  });
});

describe("a ranked list the story prints before its next section's heading is the story's, not a ranking widget", () => {
  const board = (intro: string, after: string): Buffer =>
    Buffer.from(`<html><head><title>알림</title></head><body><div class="board_view"><p>이번 분기 '다솜 평가'에 모두 14개 모델이 참가했습니다.</p>
<p>${intro}</p><ol class="rank_list"><li>가람-7B (가람랩) — 68.4점</li><li>다온 2 (다온소프트) — 66.1점</li></ol>${after}</div>
<div class="side"><h3>인기 글</h3><ol class="rank_list"><li>회원사 3곳 새로 가입</li><li>설명회 일정 바뀜</li></ol></div></body></html>`);
  const textOf = (b: Buffer): string => parseArticle(b, { source: 'board.html' }).blocks.map((x) => x.text).join('\n');
  const prose = '<p>다음 분기 평가는 같은 문항으로 치러지며 제출은 다음 달 말까지 받습니다.</p>';
  it.each([
    ['a bold section heading then prose follows; the lead ends in a parenthesis', '참가 모델 가운데 상위 모델의 종합 점수는 아래와 같습니다(100점 만점).', `<p><strong>■ 안내</strong></p>${prose}`, true],
    ['an h3 heading then prose follows', '참가 모델 가운데 상위 모델의 종합 점수는 아래와 같습니다.', `<h3>참고</h3>${prose}`, true],
    ['prose follows directly', '참가 모델 가운데 상위 모델의 종합 점수는 아래와 같습니다.', prose, true],
    ['a heading that no prose follows', '참가 모델 가운데 상위 모델의 종합 점수는 아래와 같습니다.', '<p><strong>■ 안내</strong></p>', false],
    ['nothing follows', '참가 모델 가운데 상위 모델의 종합 점수는 아래와 같습니다(100점 만점).', '', false],
  ] as const)('%s', (_cat, intro, after, kept) => {
    const text = textOf(board(intro, after));
    expect(text.includes('가람-7B (가람랩) — 68.4점')).toBe(kept);
    expect(text).not.toContain('회원사 3곳 새로 가입');
  });
});
