import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';

/** A wire story in plain text, a region's or section's headline widget after its end. */
function story(widget: string): string {
  return `가온소프트, 물류 AI 모델 공개

가온소프트는 물류 특화 언어모델 '가온 3'를 26일 공개했다고 밝혔다. 매개변수는 80억 개다.

회사는 내년 상반기 해외 진출에 나설 예정이다.

━━━━━━━━━━━━━━━━━━━━
${widget}
· 누리전자, 공장에 AI 검사 확대
· 한빛시, 'AI 실증단지' 추가 지정
`;
}

describe("a region's headline widget in plain text", () => {
  it.each(['[부산·경남 주요뉴스]', '[강원 주요 뉴스]', '[경제 주요뉴스]'])('"%s" and the headlines under it are no text', (widget) => {
    const a = parseText(story(widget), { source: 'w.txt', publishedAt: '2026-11-26' });
    const texts = a.blocks.map((b) => b.text).join('\n');
    expect(texts).toContain('가온 3');
    expect(texts).not.toContain('누리전자');
  });

  it('keeps a sentence of the story that speaks of the main news', () => {
    const a = parseText(story('').replace('회사는 내년', '부산·경남 주요뉴스에 오른 회사는 내년'), { source: 'w.txt', publishedAt: '2026-11-26' });
    expect(a.blocks.map((b) => b.text).join('\n')).toContain('부산·경남 주요뉴스에 오른 회사는');
  });
});
