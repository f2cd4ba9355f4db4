/**
 * A correction shown in place ("<del>old words</del> <ins>new words</ins>", or old words in <s>/<strike>): the struck words are
 * withdrawn and no longer the page's; the inserted ones are read.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const page = (para: string): Buffer =>
  Buffer.from(`<html><head><title>새 모델 공개</title><meta property="article:published_time" content="2026-03-02T09:00:00+09:00"></head><body><article><h1>새 모델 공개</h1>` +
    `<p>한빛랩스가 2일 법률 특화 모델 한빛-L을 공개했다. 회사는 가중치를 연구용으로 풀었다.</p><p>${para}</p></article></body></html>`);

describe('struck-out words of a correction', () => {
  it.each([
    ['<del>', '</del>'],
    ['<s>', '</s>'],
    ['<strike>', '</strike>'],
  ])('%s … is left out, the inserted words kept', (open, close) => {
    const a = parseArticle(page(`매개변수는 ${open}130억 개${close} <ins>70억 개</ins>다. 회사는 연내 후속 모델도 낸다.`), { source: 'struck.html' });
    expect(a.text).toContain('70억 개');
    expect(a.text).not.toContain('130억');
  });
});
