/** The viewer links an article only when its URL is http(s): never javascript:, data: or relative tricks. */
import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/web/viewer/dom.js';

describe('safeHttpUrl (viewer article links)', () => {
  it.each([
    ['https://www.hankyung.com/article/2025071412345', 'https://www.hankyung.com/article/2025071412345'],
    ['http://example.com/a?x=1&y=<2>', 'http://example.com/a?x=1&y=%3C2%3E'],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['//evil.example/x', null],
    ['/graph', null],
    ['', null],
    [null, null],
  ])('%j → %j', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });
});
