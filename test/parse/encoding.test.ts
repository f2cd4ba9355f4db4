import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding, parseArticle, type ParsedArticle } from '../../src/parse/index.js';
import { readPage } from './helpers.js';

/** Metadata without the byte hash, which differs between encodings by design. */
function comparable(a: ParsedArticle) {
  const { id: _id, sha256: _sha, ...meta } = a.meta;
  return { meta, text: a.text, blocks: a.blocks, sentences: a.sentences };
}

const pages = ['generic-article.html', 'generic-dense.html', 'naver.html', 'daum-fragment.html'];

describe('encodings', () => {
  it.each(pages)('%s: an EUC-KR copy (declared euc-kr) parses to the same article', (name) => {
    const utf8 = readPage(name).toString('utf8');
    const reference = parseArticle(Buffer.from(utf8), { source: name });
    const declared = utf8.includes('charset=utf-8')
      ? utf8.replace('charset=utf-8', 'charset=euc-kr')
      : `<meta charset="euc-kr">${utf8}`;
    const bytes = iconv.encode(declared, 'euc-kr');
    expect(bytes.equals(Buffer.from(declared))).toBe(false);
    const decoded = parseArticle(bytes, { source: name });
    expect(comparable(decoded)).toEqual(comparable(reference));
    expect(decoded.meta.sha256).not.toBe(reference.meta.sha256);
  });

  it.each(['ks_c_5601-1987', 'x-windows-949', 'cp949'])('reads a http-equiv content-type charset=%s page', (label) => {
    const utf8 = readPage('generic-dense.html').toString('utf8').replace('charset=utf-8', `charset=${label}`);
    const bytes = iconv.encode(utf8, 'cp949');
    expect(detectEncoding(bytes)).toBe('cp949');
    const reference = parseArticle(readPage('generic-dense.html'), { source: 'x' });
    expect(comparable(parseArticle(bytes, { source: 'x' }))).toEqual(comparable(reference));
  });

  it('falls back to cp949 when the bytes are not valid UTF-8 and nothing is declared', () => {
    const utf8 = readPage('naver.html').toString('utf8').replace('<meta charset="utf-8">', '');
    const bytes = iconv.encode(utf8, 'cp949');
    expect(detectEncoding(bytes)).toBe('cp949');
    expect(parseArticle(bytes, { source: 'x' }).meta.title).toBe("카카오, 멀티모달 모델 '카나나-V' 공개");
  });

  it('prefers valid UTF-8 over a stale euc-kr declaration', () => {
    const utf8 = readPage('naver.html').toString('utf8').replace('charset="utf-8"', 'charset="euc-kr"');
    expect(detectEncoding(Buffer.from(utf8))).toBe('utf8');
  });

  it.each([
    ['UTF-8 BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])],
    ['UTF-16LE BOM', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf16le')])],
    ['UTF-16BE BOM', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(s, 'utf16be')])],
  ])('reads a page with a %s', (_name, encode) => {
    const utf8 = readPage('generic-article.html').toString('utf8');
    const reference = parseArticle(Buffer.from(utf8), { source: 'x' });
    expect(comparable(parseArticle(encode(utf8), { source: 'x' }))).toEqual(comparable(reference));
  });

  it('reads an EUC-KR plain text file', () => {
    const text = readPage('plain.txt').toString('utf8');
    const a = parseArticle(iconv.encode(text, 'cp949'), { source: 'plain.txt' });
    expect(a.meta.title).toBe('리벨리온, 차세대 AI 칩 양산 돌입');
    expect(a.meta.layout).toBe('text');
  });
});
