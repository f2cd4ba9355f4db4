/**
 * Page shapes first met in held-out set 126, each in invented pages: a wire feed item saved as text (its header of
 * upper-case fields, its English list headings after the story), and a blog post whose body wrapper follows a hero image.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A wire desk's item as plain text: a service line, a header of fields between rules, the story, lists after it. */
function feedItem(header: string, lists: string): string {
  return `HANBIT WIRE ENGLISH DESK                         Page 1 of 1
-----------------------------------------------------------
${header}
-----------------------------------------------------------

Nuri Labs opens its Hana 3 model to developers

By Choi Min-a

SEOUL, March 4 (Hanbit) -- Nuri Labs released Hana 3, a 12-billion-parameter language model, on Wednesday, the company said.

The model was trained from scratch on public documents, Nuri Labs said.

(END)

${lists}
`;
}

const HEADER = `SLUG: TECH-NURI-HANA3
PRIORITY: R (routine)    CATEGORY: Science/IT
DATELINE: 2027-03-04 10:05 KST
KEYWORDS: AI, language model, Nuri Labs, Gaon Soft
REPLACES: (none) -- first version,
          sent to all desks`;

describe('a wire feed item saved as text', () => {
  it('reads the header fields as metadata: the headline is the title and the dateline field the date', () => {
    const a = parseArticle(Buffer.from(feedItem(HEADER, '')), { source: 'w.txt' });
    expect(a.meta.title).toBe('Nuri Labs opens its Hana 3 model to developers');
    expect(a.meta.publishedAt).toBe('2027-03-04');
    expect(a.text).not.toMatch(/SLUG|KEYWORDS|Gaon Soft|PRIORITY/);
    expect(a.text).toContain('Nuri Labs released Hana 3');
  });

  it('keeps a text whose ruled block holds prose, not fields', () => {
    const a = parseArticle(Buffer.from(feedItem('Nuri Labs said on Monday: it will open Hana 3.\nThe model has 12 billion parameters.', '')), { source: 'w.txt' });
    expect(a.text).toContain('Nuri Labs said on Monday');
  });

  it.each([
    ['RELATED (auto-generated):', 'MOST READ ON HANBIT ENGLISH:'],
    ['Related stories', 'Most viewed'],
    ['TOP STORIES', 'See also:'],
  ])('drops the headlines listed under "%s" and "%s"', (first, second) => {
    const lists = `${first}\n - Gaon Soft to resell Byeol models to banks (Feb. 28)\n${second}\n 1. Daon Motors expands robotaxi pilot\n 2. Won falls against the dollar`;
    const a = parseArticle(Buffer.from(feedItem(HEADER, lists)), { source: 'w.txt' });
    expect(a.text).toContain('trained from scratch');
    expect(a.text).not.toMatch(/Gaon Soft|Byeol|Daon Motors/);
  });
});

describe('a blog post whose body wrapper follows a hero image', () => {
  const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>데모데이 리캡</title><meta name="date" content="2027-04-02"></head><body>
<div class="section-post"><h1 class="post-title">데모데이 리캡: 세 팀의 피치</h1><div class="post-date">Apr 2, 2027</div>
<img class="post-hero" src="/hero.jpg" alt="데모데이 현장">
${body}
</div></body></html>`;

  it('reads the wrapper of paragraphs and headings as the story, not as the photo\'s caption', () => {
    const a = parseArticle(page(`<div class="post-body"><p>지난 1일 데모데이가 열렸습니다. 세 팀이 투자자 앞에서 피치를 했고, 그 내용을 정리했습니다.</p>
<h3>1. 한빛케어 — 진료 기록 모델 '케어노트 3B'</h3><p>첫 순서는 의료 AI 스타트업 한빛케어였습니다. 박서윤 대표는 진료 기록 초안을 만드는 모델을 소개했습니다. 외래 진료 한 건마다 의사가 기록에 쓰는 시간을 절반으로 줄였다고 설명했는데요.</p>
<h3>2. 다온물류 — 물류센터 전용 '다온GPT'</h3><p>두 번째 순서는 물류 스타트업 다온물류였습니다. 정하람 대표는 물류센터에서 8년간 일한 현장 출신으로, 재고 이상 징후를 찾는 모델을 보여 줬습니다.</p></div>`), { source: 'b.html' });
    expect(a.blocks.find((b) => b.text.includes('박서윤 대표는'))?.kind).toBe('body');
    expect(a.blocks.find((b) => b.text.startsWith('1. 한빛케어'))?.kind).toBe('heading');
  });

  it('still keeps a short line right under an image out of the story', () => {
    const a = parseArticle(page(`<div>박서윤 한빛케어 대표가 지난 1일 데모데이에서 진료 기록 모델을 발표하고 있다</div><div class="post-body"><p>지난 1일 데모데이가 열렸습니다. 세 팀이 투자자 앞에서 피치를 했고, 그 내용을 정리했습니다.</p></div>`), { source: 'b.html' });
    expect(a.blocks.some((b) => b.kind === 'body' && b.text.includes('발표하고 있다'))).toBe(false);
    expect(a.blocks.some((b) => b.kind === 'body' && b.text.includes('세 팀이 투자자 앞에서'))).toBe(true);
  });
});
