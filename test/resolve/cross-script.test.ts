/** Names across articles: a model's Hangul name with its version read in Latin letters; short names and notes that join nothing. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';

const rules = loadRules();
const facts = (text: string, source: string) => extractFacts(parseText(`제목\n\n${text}`, { source, publishedAt: '2026-03-02' }), rules);
const idsOf = (g: GraphDocument, name: string) => g.nodes.filter((n) => n.name === name || n.aliases.includes(name)).map((n) => n.id);

describe('a Hangul model name with its version, romanised, meets its Latin spelling in another article', () => {
  it.each([
    ["스타트업 해솔랩스는 자체 개발한 '해솔-9B' 모델을 공개했다.", 'The startup released its Haesol-9B model on Hugging Face.', '해솔-9B', 'Haesol-9B'],
    ["벤처기업 누리봄은 '미루-2' 모델을 선보였다.", 'Nuribom unveiled the Miru-2 model this week.', '미루-2', 'Miru-2'],
  ])('%s / %s', (ko, en, hangul, latin) => {
    const g = graphFromFacts([facts(ko, 'ko.txt'), facts(en, 'en.txt')]);
    expect(idsOf(g, hangul)).toHaveLength(1);
    expect(idsOf(g, latin)).toEqual(idsOf(g, hangul));
  });

  it.each([
    ["스타트업 해솔랩스는 자체 개발한 '해솔-9B' 모델을 공개했다.", 'The startup released its Haesol-7B model on Hugging Face.', '해솔-9B', 'Haesol-7B'],
    // (two developers, one sound: "해솔-9B" of 해솔랩스 and "Haesol-9B" of Brightwave Inc.)
    ["스타트업 해솔랩스는 자체 개발한 '해솔-9B' 모델을 공개했다.", 'Brightwave Inc. released its Haesol-9B model on Hugging Face.', '해솔-9B', 'Haesol-9B'],
  ])('keeps apart other sizes and other makers: %s / %s', (ko, en, hangul, latin) => {
    const g = graphFromFacts([facts(ko, 'ko.txt'), facts(en, 'en.txt')]);
    expect(idsOf(g, latin)).not.toEqual(idsOf(g, hangul));
  });
});

describe('a short name read aloud joins nothing across articles', () => {
  it.each([
    ['스타트업 가람소프트는 새 모델을 공개했다. 가람은 내년 상장을 준비한다.', 'Startup Garam Intelligence raised new funding. Garam said it will hire more engineers.', '가람소프트', 'Garam Intelligence'],
    ['법무법인 가람(이하 가람)은 AI 규제 자문을 맡았다. 가람은 계약서 검토를 돕는다.', 'Startup Garam Intelligence raised new funding. Garam said it will hire more engineers.', '법무법인 가람', 'Garam Intelligence'],
  ])('%s / %s', (ko, en, hangul, latin) => {
    const g = graphFromFacts([facts(ko, 'ko.txt'), facts(en, 'en.txt')]);
    expect(idsOf(g, hangul)).toHaveLength(1);
    expect(idsOf(g, latin)).toHaveLength(1);
    expect(idsOf(g, latin)).not.toEqual(idsOf(g, hangul));
  });
});
