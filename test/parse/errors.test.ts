import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { parseArticle, parseText } from '../../src/parse/index.js';
import { expectOffsetsHold } from './helpers.js';

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e: unknown) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('bad input', () => {
  it.each([
    ['an empty buffer', Buffer.alloc(0)],
    ['white space only', Buffer.from(' \n\t\n')],
    ['an empty string', ''],
  ])('rejects %s as empty', (_name, input) => {
    const e = errorOf(() => parseArticle(input, { source: 'in/empty.html' }));
    expect(e.message).toBe('in/empty.html: the file is empty');
    expect(e.code).toBe('INPUT_INVALID');
  });

  it.each([
    ['NUL bytes (a PNG header)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])],
    ['control bytes', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256).filter((b) => b !== 0))],
  ])('rejects %s as binary', (_name, input) => {
    expect(errorOf(() => parseArticle(input, { source: 'in/x.bin' })).message).toBe(
      'in/x.bin: not a text or HTML file (binary content)',
    );
  });

  it('rejects empty plain text', () => {
    expect(errorOf(() => parseText('  \n', { source: 't.txt' })).message).toBe('t.txt: the file is empty');
  });
});

describe('hostile pages', () => {
  it('turns markup and script in titles and names into inert text', () => {
    const html = `<html><head>
      <meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt;AI 칩 &lt;b&gt;출시&lt;/b&gt;">
      <meta property="og:site_name" content="&lt;img src=x onerror=alert(2)&gt;뉴스">
      <meta name="author" content="&lt;i&gt;홍길동&lt;/i&gt; 기자"></head>
      <body><article><p>본문 첫 문장이 여기에 있다. <script>alert(3)</script>둘째 문장이다.</p></article></body></html>`;
    const a = parseArticle(html, { source: 'x.html' });
    for (const v of [a.meta.title, a.meta.publisher, a.meta.author, a.text]) {
      expect(v).not.toMatch(/[<>]/);
      expect(v).not.toMatch(/onerror|<script/);
    }
    expect(a.meta.title).toContain('AI 칩');
    expect(a.meta.author).toBe('홍길동');
    expect(a.text).not.toContain('alert(3)');
  });

  it('handles a large page with offsets intact', () => {
    const para = '<p>가나다 회사가 새 모델(버전 2.0)을 공개했다. "좋다"고 말했다.</p>';
    const html = `<html><body><article>${para.repeat(5000)}</article></body></html>`;
    const a = parseArticle(html, { source: 'big.html' });
    expect(a.sentences).toHaveLength(10000);
    expectOffsetsHold(a);
  });

  it('reads a deeply nested page without overflowing the stack', () => {
    const depth = 20000;
    const html = `<html><body><article>${'<div>'.repeat(depth)}깊은 곳에 있는 본문 문장이 여기에 있다. 둘째 문장도 충분히 길게 이어진다.${'</div>'.repeat(depth)}</article></body></html>`;
    const a = parseArticle(html, { source: 'deep.html' });
    expect(a.blocks.filter((b) => b.kind === 'body')).toHaveLength(1);
    expectOffsetsHold(a);
  });

  it('handles long runs that could make regexes backtrack', () => {
    const html = `<p>${'a'.repeat(50000)}@${'b.'.repeat(20000)} ${'홍길동 기자 '.repeat(5000)} ${'('.repeat(20000)}</p>`;
    const a = parseArticle(html, { source: 'runs.html' });
    expectOffsetsHold(a);
  });
});
