import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const seedDir = join(import.meta.dirname, '../../seed');
const seedFile = readdirSync(seedDir).find((f) => f.endsWith('.html')) as string;
const seedPath = join(seedDir, seedFile);
const article = parseArticle(readFileSync(seedPath), { source: `seed/${seedFile}` });

describe('seed article (Daum fragment)', () => {
  it('recognises the Daum layout and reads the metadata', () => {
    expect(article.meta.layout).toBe('daum');
    expect(article.meta.title).toBe(`"부족한 건 외산 기술로"?…이통3사 '소버린 AI' 전략은?`);
    expect(article.meta.publishedAt).toBe('2025-07-14');
    expect(article.meta.publisher).toBe('한국경제');
    expect(article.meta.author).toBe('박수빈');
    expect(article.meta.source).toBe(`seed/${seedFile}`);
    expect(article.meta.id).toMatch(/^article:[0-9a-f]{12}$/);
    expect(article.meta.id).toBe(`article:${article.meta.sha256.slice(0, 12)}`);
    expect(article.warnings).toEqual([]);
  });

  it('keeps title, summary lines, headings, body and captions in order', () => {
    const kinds = article.blocks.map((b) => b.kind);
    expect(kinds[0]).toBe('title');
    expect(article.blocks.filter((b) => b.kind === 'summary').map((b) => b.text)).toEqual([
      '모바일 기기서 최적 품질',
      '투트랙 전략 세워 시장 공략',
      'KT에 이어 SKT도 AI 공공사업 참여',
      "신정부의 '소버린 AI' 정책 영향",
      "전 과정 '프롬 스크래치' 방식",
    ]);
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'SK텔레콤, 한국어 특화 자체 개발 LLM 공개',
      "자체개발과 대규모 학습 '투 트랙' 전략",
    ]);
    expect(article.blocks.filter((b) => b.kind === 'body')).toHaveLength(11);
  });

  it('takes each photo caption once, without the photo credit', () => {
    const captions = article.blocks.filter((b) => b.kind === 'caption').map((b) => b.text);
    expect(captions).toHaveLength(2);
    expect(captions[0]).toMatch(/슈퍼컴퓨터 ‘타이탄’$/);
    expect(captions[1]).toMatch(/테스트하고 있는 모습\.$/);
    for (const c of captions) expect(c).not.toMatch(/사진=|제공$/);
    expect(article.blocks.filter((b) => b.kind === 'body').some((b) => b.text.includes('타이탄'))).toBe(false);
  });

  it('drops page chrome', () => {
    for (const b of article.blocks) {
      expect(b.text).not.toMatch(/관련자료|댓글|Copyright|무단전재|작성일|@|사진=|waterbean/);
    }
    expect(article.text).not.toContain('NCT 드림');
    expect(article.text).not.toContain('초동시각');
  });

  it('gives offsets that slice back to every block and sentence', () => {
    expect(article.text).toBe(article.blocks.map((b) => b.text).join('\n\n'));
    for (const b of article.blocks) expect(article.text.slice(b.start, b.end)).toBe(b.text);
    for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    expect(article.sentences.map((s) => s.index)).toEqual(article.sentences.map((_, i) => i));
  });

  it('splits the body into whole sentences', () => {
    const texts = article.sentences.map((s) => s.text);
    expect(texts).toContain(
      '신동훈 KT Gen AI 랩장(CAIO·상무)는 믿음 2.0을 설명하는 온라인 브리핑에서 "MS와의 협업은 KT가 아직 확보하지 못한 기술에 한해 이뤄진다"고 말했다.',
    );
    expect(texts).toContain('경량 모델로 70억 개(7B)의 매개변수를 기반으로 한다.');
    expect(texts.some((t) => t.startsWith('대표적인 한국어 능력 평가 벤치마크인 KMMLU2)에서') && t.endsWith('나타냈다.'))).toBe(true);
    for (const s of article.sentences) if (s.block === 'body') expect(s.text).toMatch(/[.?!"'”’]$/);
  });
});
