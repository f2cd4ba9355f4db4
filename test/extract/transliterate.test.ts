/** One model in two scripts: consonant skeletons of romanised Hangul and of Latin names. */
import { describe, expect, it } from 'vitest';
import { consonantSkeleton, romanize, transliteratedForms } from '../../src/extract/transliterate.js';
import { loadRules } from '../../src/extract/index.js';
import type { Mention } from '../../src/extract/types.js';
import { factsOf } from './helpers.js';

describe('consonant skeletons', () => {
  it.each([
    ['미렌', 'Miren'],
    ['헥스퀸', 'Hexquin'],
    ['펜모', 'Fenmo'],
    ['벡스솔', 'Vexsol'],
    ['곤누파', 'Gonnupa'],
    ['오테르피', 'Oterphy'],
  ])('%s and %s agree', (hangul, latin) => {
    expect(consonantSkeleton(romanize(hangul))).toBe(consonantSkeleton(latin));
  });
  it.each([
    ['미렌', 'Mistral'],
    ['헥스퀸', 'Hexa'],
    ['카나나', 'Canary'],
  ])('%s and %s differ', (hangul, latin) => {
    expect(consonantSkeleton(romanize(hangul))).not.toBe(consonantSkeleton(latin));
  });
  it('romanises by the Revised Romanisation', () => {
    expect(romanize('헥스퀸 2.0')).toBe('hekseukwin 2.0');
  });
});

describe('a model named in both scripts is one node', () => {
  it("merges a short stem whose Latin suffix both scripts spell alike ('Ina-K 14B' and '이나-K 14B'), not another size", () => {
    const { graph } = factsOf("한빛소프트는 새 모델 '이나-K 14B'와 '이나-K 3B'를 공개했다. 모델 카드에는 Ina-K 14B가 자체 데이터로 학습됐다고 적혀 있다.");
    const models = graph.nodes.filter((n) => n.type === 'Model');
    const big = models.filter((n) => [n.name, ...(n.aliases ?? [])].some((x) => /Ina-K 14B|이나-K 14B/.test(x)));
    expect(big).toHaveLength(1);
    expect(models.some((n) => n.name === '이나-K 3B')).toBe(true);
  });
  it("merges the headline's Latin name with the body's Hangul one when version and variant agree, not another version", () => {
    const { graph } = factsOf("펜모인텔리전스, 새 AI 모델 'Miren 2.0 Turbo' 공개\n\n펜모인텔리전스는 25일 새 AI 모델 「미렌 2.0 터보」를 출시했다. 미렌 2.0 터보는 KQA에서 82.02점을 기록해 「Miren 1.5」 대비 성능이 7% 높았다.");
    const models = graph.nodes.filter((n) => n.type === 'Model');
    const turbo = models.filter((n) => [n.name, ...(n.aliases ?? [])].some((x) => /Miren 2\.0 Turbo|미렌 2\.0 터보/.test(x)));
    expect(turbo).toHaveLength(1);
    expect([turbo[0]!.name, ...(turbo[0]!.aliases ?? [])]).toEqual(expect.arrayContaining(['Miren 2.0 Turbo', '미렌 2.0 터보']));
    expect(models.some((n) => n.name === 'Miren 1.5')).toBe(true);
  });

  it('merges a company named in both scripts when the suffix means the same ("Noxtal Tech" / "녹스탈테크"), not another suffix', () => {
    const { graph } = factsOf("녹스탈테크, LLM 'Senvota 2.0' 공개\n\n국내 AI 연구기업 녹스탈테크가 4일 자체 개발한 대규모언어모델(LLM) 'Senvota 2.0'을 공개했다. 서수아 Noxtal Tech 개발총괄은 소감을 밝혔다. 이 모델은 Noxtal Labs 연구진과 함께 평가했다.");
    const companies = graph.nodes.filter((n) => n.type === 'Company').map((n) => [n.name, ...(n.aliases ?? [])].sort().join('|'));
    expect(companies).toContain(['Noxtal Tech', '녹스탈테크'].sort().join('|'));
  });

  it.each([
    '로마자 이름\nCorvin Labs Inc.\n\n코르빈랩스는 2022년 창업한 인공지능 기업이다. 코르빈랩스는 지난 3월 자체 언어모델 테로 2.0을 공개하였다.',
    '영문명 Corvin Labs Corp.\n\n코르빈랩스는 지난 3월 자체 언어모델 테로 2.0을 공개하였다.',
    // (an 'Innovation'/'Solutions' company glossed in capitals in a report's company-profile cell)
    '회사명\n주식회사 코르빈이노베이션 (CORVIN INNOVATION Inc.)\n\n코르빈이노베이션은 지난 3월 자체 언어모델 테로 2.0을 공개하였다.',
  ])('a Latin name with its legal form ("Inc.", "Co., Ltd.") is the Hangul company too: %s', (text) => {
    const { graph } = factsOf(text);
    const companies = graph.nodes.filter((n) => n.type === 'Company');
    expect(companies).toHaveLength(1);
    expect([companies[0]!.name, ...companies[0]!.aliases].some((n) => n.startsWith('코르빈'))).toBe(true);
  });
});

describe('a company with no suffix named in both scripts (a bilingual release)', () => {
  const rules = loadRules();
  const company = (surface: string, key: string): Mention => ({ type: 'Company', key, surface, aliases: [], start: 0, end: surface.length, via: 'discovered' });
  it.each([
    // each Korean paragraph followed by its English translation: "벨로티안" and "Velotian" sound alike
    ['벨로티안', 'Velotian', true],
    ['퀀텔리움', 'Quantelium', true],
    // a bare name needs four consonant classes to agree on: short or different names stay apart
    ['바로나', 'Barona', false],
    ['벨로티안', 'Velotia', false],
  ] as const)('%s and %s: %s', (hangul, latin, same) => {
    const merged = transliteratedForms([[company(hangul, 'company:h')], [company(latin, 'company:l')]], rules);
    expect(merged.get('company:l') === 'company:h').toBe(same);
  });
});

describe("a person's Korean name and its Latin spelling (a bilingual release)", () => {
  const rules = loadRules();
  const person = (surface: string, key: string): Mention => ({ type: 'Person', key, surface, aliases: [], start: 0, end: surface.length, via: 'discovered' });
  it.each([
    ['한지석', 'Jiseok Han', true],
    ['한지석', 'Han Jiseok', true],
    ['이도윤', 'Doyoon Lee', true],
    ['박서진', 'Seo-jin Park', true],
    ['한지석', 'Jisoo Han', false],
    ['이도윤', 'Doyoon Kim', false],
  ] as const)('%s and %s: %s', (hangul, latin, same) => {
    const merged = transliteratedForms([[person(hangul, 'person:h')], [person(latin, 'person:l')]], rules);
    expect(merged.get('person:l') === 'person:h').toBe(same);
  });
});

describe('an origin word before "AI" in English prose names no company', () => {
  it('"French AI company Mistral AI"', () => {
    const { graph } = factsOf('벨로티안은 미스트랄 AI와 협약을 맺었다.\n\nOn the same day, Velotian signed an MOU with French AI company Mistral AI to enter Europe.');
    expect(graph.nodes.map((n) => n.name)).not.toContain('French AI');
  });
});

describe('a Latin name with a one-letter part ("X-R 8B") and its Hangul spelling', () => {
  it.each([
    {
      // the Latin name is discovered ("Sorim-K 8B"), and its Hangul spelling in parentheses is the same node
      text: '누리랩은 지난 3일 추론 모델 Sorim-K 8B를 공개했다. 즉 Sorim-K 8B(소림-K 8B)는 Qwen2.5-7B를 기반으로 만든 모델이다. Sorim-K 8B는 KMMLU에서 61.2점을 받았다.',
      same: true,
    },
    { text: '누리랩은 추론 모델 Sorim-K 8B를 공개했다. 다온소프트의 다온-K 8B는 Qwen2.5-7B를 기반으로 만든 모델이다.', same: false },
    { text: '누리랩은 추론 모델 Sorim-K 8B를 공개했다. 경량판 소림-Q 8B는 Qwen2.5-7B를 기반으로 만든 모델이다.', same: false },
  ])('$text', ({ text, same }) => {
    const { graph } = factsOf(text);
    const latin = graph.nodes.find((n) => n.name === 'Sorim-K 8B' || n.aliases.includes('Sorim-K 8B'));
    expect(latin).toBeDefined();
    const names = [latin!.name, ...latin!.aliases];
    expect(names.some((n) => /^(?:소림|다온)-[KQ] 8B$/.test(n))).toBe(same);
    if (same) expect(graph.edges.some((e) => e.type === 'BASED_ON' && e.source === latin!.id)).toBe(true);
  });
});

describe("a camel-case Latin name with its legal form (a profile's 영문명 row) is the Hangul company", () => {
  it.each([
    '영문명\nNuriGyeol Inc.\n\n누리결은 2021년 창업한 인공지능 기업이다. 누리결은 지난 3월 자체 언어모델 테로 2.0을 공개하였다.',
  ])('%s', (text) => {
    const { graph } = factsOf(text);
    const companies = graph.nodes.filter((n) => n.type === 'Company');
    expect(companies).toHaveLength(1);
  });
});
