import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A wire page whose links carry text for screen readers only (", opens new tab"), which is no part of the story. */
function page(cls: string): string {
  return `<html><head><title>Chipmaker ships accelerator</title></head><body><article><h1>Chipmaker ships accelerator</h1>
<div class="body"><p>BUSAN, May 2 - Hanbit Semi (<a href="/q/123450.KS">123450.KS<span class="${cls}">, opens new tab</span></a>) said on Friday it had begun shipping its second accelerator to three cloud providers in Korea.</p>
<p>The company said the chip would be made on a five-nanometre process and that orders from overseas buyers had doubled this year.</p></div></article></body></html>`;
}

describe('screen-reader-only text', () => {
  it.each(['screen-reader-only', 'sr-only', 'visually-hidden'])('drops span.%s and the ticker it sat in', (cls) => {
    const a = parseArticle(Buffer.from(page(cls)), { source: 'wire.html' });
    expect(a.text).toContain('Hanbit Semi said on Friday');
    expect(a.text).not.toContain('opens new tab');
  });
});
