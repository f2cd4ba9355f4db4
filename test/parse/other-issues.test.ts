import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A newsletter archived as a web page, its list of the writer's other issues under a heading of its own. */
function issue(heading: string, items: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[주간 모델 #12] 가온랩스의 새 모델</title></head><body>
<main><h1>[주간 모델 #12] 가온랩스의 새 모델</h1>
<div class="post-body"><p>가온랩스가 새 언어모델 가온-M 3를 공개했습니다. 파라미터는 90억 개라고 해요.</p>
<p>회사는 다음 달 기업용 버전도 내놓을 계획이라고 밝혔습니다. 다음 주에 또 만나요.</p></div>
<section class="more-posts">${heading}<ul>${items}</ul></section>
</main></body></html>`;
}

const LINKS = '<li><a href="/12/11">[주간 모델 #11] 바다-L 2 일본어판 출시</a></li><li><a href="/12/10">[주간 모델 #10] 한빛AI 신형 칩 도입</a></li>';

describe("a newsletter page's list of its other issues", () => {
  it.each(['<h3>주간 모델의 다른 글</h3>', '<h3>이 작가의 다른 글</h3>', '<h3>More from Weekly Model</h3>'])('drops the linked headlines under %s', (heading) => {
    const a = parseArticle(issue(heading, LINKS), { source: 'n.html' });
    expect(a.text).toContain('가온-M 3');
    expect(a.text).not.toMatch(/바다-L 2|한빛AI/);
  });

  it('keeps a list under another heading', () => {
    const a = parseArticle(issue('<h3>이번 주 읽을거리</h3>', LINKS), { source: 'n.html' });
    expect(a.text).toContain('바다-L 2');
  });
});

describe("a registration number in parentheses after a party's name", () => {
  const decision = (party: string) =>
    `위원회 > 알림마당 > 의결서 공개\n\n[의결서] 주식회사 누리소프트에 대한 시정조치에 관한 건\n\n의 안 번 호   제2027-001-001호\n피 심 인     ${party}\n             대표자 박서윤\n\n이    유\n\n피심인은 2020년 설립된 소프트웨어 기업으로, 상담 챗봇 서비스를 공급하고 있다.\n`;
  it('keeps the cover block that names the party', () => {
    const a = parseArticle(Buffer.from(decision('주식회사 누리소프트 (사업자등록번호 123-45-*****)')), { source: 'd.txt' });
    expect(a.text).toContain('대표자 박서윤');
  });
  it("still drops a company footer's line", () => {
    const a = parseArticle(Buffer.from(`${decision('주식회사 누리소프트')}\n(주)누리소프트 | 서울특별시 강남구 | 사업자등록번호 123-45-67890\n`), { source: 'd.txt' });
    expect(a.text).toContain('대표자 박서윤');
    expect(a.text).not.toContain('123-45-67890');
  });
});
