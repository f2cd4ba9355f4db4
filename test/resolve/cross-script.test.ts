/** Names across articles: a model's Hangul name with its version read in Latin letters; short names and notes that join nothing. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { clippedSpelling, endsInAi } from '../../src/resolve/spellings.js';

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

describe('a Hangul name of a coined word and loanwords meets its Latin spelling in another article', () => {
  it.each([
    ['벤처기업 한울랩스는 올해 매출이 두 배로 늘었다고 밝혔다.', 'Seoul-based startup Hanul Labs unveiled a new chatbot on Monday.', '한울랩스', 'Hanul Labs'],
    ["벤처기업 한울소프트는 대화형 모델 '한울챗 3'을 선보였다.", 'The startup released HanulChat 3, a conversational model.', '한울챗 3', 'HanulChat 3'],
  ])('%s / %s', (ko, en, hangul, latin) => {
    const g = graphFromFacts([facts(ko, 'ko.txt'), facts(en, 'en.txt')]);
    expect(idsOf(g, hangul)).toHaveLength(1);
    expect(idsOf(g, latin)).toEqual(idsOf(g, hangul));
  });
});

describe("a model named by its full name's last word meets it where the developer is the same", () => {
  const full = "스타트업 가온소프트는 자체 개발한 '가온 LLM KX-5'를 공개했다.";
  it.each([
    ["가온소프트는 기존 모델을 손본 'KX-5'를 이달 내놨다.", true],
    ["벤처기업 미르텍은 자체 개발한 'KX-5'를 이달 내놨다.", false],
  ])('%s', (short, joined) => {
    const g = graphFromFacts([facts(full, 'full.txt'), facts(short, 'short.txt')]);
    expect(idsOf(g, 'KX-5')).toHaveLength(1);
    expect(idsOf(g, 'KX-5')[0] === idsOf(g, '가온 LLM KX-5')[0]).toBe(joined);
  });
});

describe("a model named by a bare version meets its maker's model of that version where its article names the maker", () => {
  const full = "스타트업 가온소프트는 자체 개발한 '가온 X4'를 공개했다.";
  it.each([
    ["업계는 가온소프트의 'X4' 모델을 눈여겨본다.", true],
    ["업계는 벤처기업 미르텍의 'X4' 모델을 눈여겨본다.", false],
  ])('%s', (short, joined) => {
    const g = graphFromFacts([facts(full, 'full.txt'), facts(short, 'short.txt')]);
    expect(idsOf(g, 'X4')).toHaveLength(1);
    expect(idsOf(g, 'X4')[0] === idsOf(g, '가온 X4')[0]).toBe(joined);
  });
});

describe("a model's loanword in Hangul without the ㅡ Hangul adds between consonants meets its Latin spelling", () => {
  it.each([
    ['프리오-9B', 'prio-9B'],
    ['스코라 2', 'skora 2'],
    ['하늘-2', undefined],
    ['트윈-7B', undefined],
    ['그', undefined],
  ])('%s → %s', (hangul, latin) => {
    expect(clippedSpelling(hangul)).toBe(latin);
  });

  it('joins across articles where the developers agree', () => {
    const g = graphFromFacts([facts("스타트업 누리봄은 자체 개발한 '프리오-9B' 모델을 공개했다.", 'ko.txt'), facts('The startup released its Prio-9B model on Hugging Face.', 'en.txt')]);
    expect(idsOf(g, '프리오-9B')).toHaveLength(1);
    expect(idsOf(g, 'Prio-9B')).toEqual(idsOf(g, '프리오-9B'));
  });

  it.each([
    ['Brightwave Inc. released its Prio-9B model on Hugging Face.', 'Prio-9B'],
    ['The startup released its Prio-7B model on Hugging Face.', 'Prio-7B'],
  ])('keeps apart other makers and other sizes: %s', (en, latin) => {
    const g = graphFromFacts([facts("스타트업 누리봄은 자체 개발한 '프리오-9B' 모델을 공개했다.", 'ko.txt'), facts(en, 'en.txt')]);
    expect(idsOf(g, latin)).toHaveLength(1);
    expect(idsOf(g, latin)).not.toEqual(idsOf(g, '프리오-9B'));
  });
});

describe('a Hangul company name ending in 아이 is not the same name with "AI"', () => {
  it.each([
    ['스타트업 솔빛에이아이는 새 투자를 유치했다.', 'Startup Solbit AI raised new funding this week.', '솔빛에이아이', true],
    ['스타트업 솔빛아이는 새 투자를 유치했다.', 'Startup Solbit AI raised new funding this week.', '솔빛아이', false],
  ])('%s / %s', (ko, en, hangul, joined) => {
    const g = graphFromFacts([facts(ko, 'ko.txt'), facts(en, 'en.txt')]);
    expect(idsOf(g, hangul)).toHaveLength(1);
    expect(idsOf(g, 'Solbit AI')[0] === idsOf(g, hangul)[0]).toBe(joined);
  });

  it.each([
    ['한빛아이', true],
    ['한빛에이아이', false],
    ['아이온랩', false],
  ])('%s ends in 아이: %s', (name, ends) => {
    expect(endsInAi(name)).toBe(ends);
  });
});

describe("a mixture-of-experts model's active parameters after its size name the same model", () => {
  it.each([
    ["스타트업 누리랩스는 전문가 혼합 모델 '누리-MoE-120B-A12B'를 공개했다.", "누리랩스의 '누리-MoE-120B'는 추론 속도가 빠르다.", '누리-MoE-120B-A12B', '누리-MoE-120B'],
    ['Hanbit Labs released the Hanbit-48B-A6B model on Hugging Face.', 'Hanbit Labs unveiled the Hanbit-48B model on Monday.', 'Hanbit-48B-A6B', 'Hanbit-48B'],
  ])('%s / %s', (a, b, active, plain) => {
    const g = graphFromFacts([facts(a, 'a.txt'), facts(b, 'b.txt')]);
    expect(idsOf(g, active)).toHaveLength(1);
    expect(idsOf(g, plain)).toEqual(idsOf(g, active));
  });

  it('keeps apart another size', () => {
    const g = graphFromFacts([facts("스타트업 누리랩스는 '누리-MoE-120B-A12B'를 공개했다.", 'a.txt'), facts("누리랩스의 '누리-MoE-30B'는 가볍다.", 'b.txt')]);
    expect(idsOf(g, '누리-MoE-30B')).not.toEqual(idsOf(g, '누리-MoE-120B-A12B'));
  });
});
