import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** An encyclopedia entry's "see also" list: links to other pages, none of them said on this one. */
function entry(heading: string, items: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>누리온 - 위키</title><meta name="date" content="2027-03-02"></head><body>
<main><h1>누리온</h1>
<p>누리온은 한빛데이터가 개발한 대규모 언어 모델이다. 2026년 처음 공개됐으며, 공공 문서 요약에 특화돼 있다.</p>
<p>누리온 2는 매개변수 120억 개 규모로, 지난해 선보인 누리온 1의 뒤를 잇는 모델이다.</p>
${heading}
<ul>${items}</ul>
<h2>각주</h2><ol><li>「한빛데이터, 누리온 공개」, 《어느일보》, 2026년 3월 2일.</li></ol>
</main></body></html>`;
}

describe('see-also lists', () => {
  it.each([
    ['<h2>같이 보기</h2>'],
    ['<div class="mw-heading"><h2 id="see">함께 보기</h2></div>'],
    ['<h3>See also</h3>'],
  ])('drops the linked names under %s', (heading) => {
    const a = parseArticle(entry(heading, '<li><a href="/wiki/바람">바람 (언어 모델)</a></li><li><a href="/wiki/가온">가온-R</a></li>'), { source: 'x.html' });
    expect(a.text).toContain('누리온 2는');
    expect(a.text).not.toMatch(/바람 \(언어 모델\)|가온-R/);
  });

  it('keeps a list whose items say something beside the link', () => {
    const a = parseArticle(entry('<h2>같이 보기</h2>', '<li><a href="/wiki/바람">바람</a> — 바람소프트가 누리온 1을 증류해 만든 작은 모델.</li><li><a href="/wiki/가온">가온-R</a> — 같은 해 나온 경쟁 모델.</li>'), { source: 'x.html' });
    expect(a.text).toContain('바람소프트가 누리온 1을 증류해');
  });
});

describe("a newsletter's list of past issues", () => {
  const md = (heading: string) =>
    `# 주간 AI 브리프 #12\n\n**2026년 3월 6일 (금)**\n\n## 1. 누리랩스, 새 모델 공개\n\n누리랩스가 새 모델 누리-M 3를 공개했습니다. 매개변수는 90억 개입니다.\n\n---\n\n${heading}\n- [#11 — 가온소프트, 바다-L 2 일본어판 출시](https://brief.example.kr/11)\n- [#10 — 한빛AI 신형 칩 도입](https://brief.example.kr/10)\n\n---\n\n*© 2026 주간 AI 브리프*\n`;
  it.each(['### 📚 지난 호 다시 보기', '### 이전 호 보기', '## Past issues'])('"%s" and the links under it are no text', (heading) => {
    const a = parseArticle(Buffer.from(md(heading)), { source: 'n.md' });
    const texts = a.blocks.map((b) => b.text).join('\n');
    expect(texts).toContain('누리-M 3');
    expect(texts).not.toContain('바다-L 2');
    expect(texts).not.toContain('#10');
  });
  it('a section titled otherwise keeps its list', () => {
    const a = parseArticle(Buffer.from(md('### 이번 주 읽을거리')), { source: 'n.md' });
    expect(a.blocks.map((b) => b.text).join('\n')).toContain('바다-L 2');
  });
});
