/** DOM helpers that never recurse. */
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { escapeText, findElements } from '../../src/parse/dom.js';

describe('findElements', () => {
  const doc = parseDocument('<div id="a"><table id="t1"><tr><td><table id="t2"></table></td></tr></table><p>x</p></div><table id="t3"></table>');
  const ids = (els: { attribs: Record<string, string> }[]) => els.map((e) => e.attribs['id']);

  it('finds matching elements in document order, nested ones too', () => {
    expect(ids(findElements([doc], (el) => el.name === 'table'))).toEqual(['t1', 't2', 't3']);
  });

  it('stops at the most asked for', () => {
    expect(ids(findElements([doc], (el) => el.name === 'table', 2))).toEqual(['t1', 't2']);
  });

  it('leaves the roots themselves out', () => {
    const div = findElements([doc], (el) => el.name === 'div');
    expect(ids(findElements(div, (el) => el.name === 'div' || el.name === 'table'))).toEqual(['t1', 't2']);
  });

  it('finds <style> and <script> elements, which have node types of their own', () => {
    const page = parseDocument('<html><head><style>.c1{display:inline-block}</style><script>var a = 1;</script></head><body><p>x</p></body></html>');
    expect(findElements([page], (el) => el.name === 'style' || el.name === 'script').map((el) => el.name)).toEqual(['style', 'script']);
  });

  it('walks 100,000 nested elements without overflowing the stack', () => {
    const deep = parseDocument(`${'<b>'.repeat(100_000)}<i id="deep"></i>${'</b>'.repeat(100_000)}`);
    expect(ids(findElements([deep], (el) => el.name === 'i'))).toEqual(['deep']);
  });
});

describe('escapeText', () => {
  it('escapes the characters that would open markup', () => {
    expect(escapeText('A&B <script>x</script>')).toBe('A&amp;B &lt;script&gt;x&lt;/script&gt;');
  });
});
