/**
 * Names across articles that need their makers: a model's short name (its size left out) joins no other model, not even
 * one of the same developer; a model named without its maker's name ("R1-Distill-…") meets the full name of the same maker's model; a
 * maker's bare version after its possessive ("…의 V3") is the versioned model; a person's Western and Korean names.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules, type ArticleFacts } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';

const rules = loadRules();
const facts = (text: string, source: string) => extractFacts(parseText(`제목\n\n${text}`, { source, publishedAt: '2026-04-09' }), rules);
const idsOf = (g: GraphDocument, name: string) => g.nodes.filter((n) => n.name === name || n.aliases.includes(name)).map((n) => n.id);

/** One article's facts, by hand: discovered models (names, aliases) and the company that developed each. */
function article(id: string, models: { names: Record<string, number>; aliases?: string[]; by: string }[]): ArticleFacts {
  const key = (s: string) => `~${s.toLowerCase().replace(/[^a-z0-9가-힣]/g, '')}`;
  const companies = [...new Set(models.map((m) => m.by))];
  return {
    article: { id: `article:${id}`, title: id, sha256: id.padEnd(64, '0') },
    entities: [
      ...companies.map((c) => ({ key: `company:${key(c)}`, type: 'Company' as const, names: { [c]: 1 }, aliases: [], properties: {}, knownNames: [], discovered: true })),
      ...models.map((m) => ({ key: `model:${key(Object.keys(m.names)[0]!)}`, type: 'Model' as const, names: m.names, aliases: m.aliases ?? [], properties: {}, knownNames: [], discovered: true })),
    ],
    relations: models.map((m) => ({ type: 'DEVELOPED' as const, source: `company:${key(m.by)}`, target: `model:${key(Object.keys(m.names)[0]!)}`, properties: {}, evidence: [] })),
  };
}

describe("a model's short name of its own joins no other model, even of its maker", () => {
  it.each([
    // (a repository page calls "Sora-4-9B" "Sora-4" too; another maker's "소라 4" is written "SORA 4" in its article;
    // the same maker's "소라 4" is the family's version, which the sized model is not)
    ['Sora-4-9B', 'Sora-4', '솔빛랩스', '소라 4', 'SORA 4', '미르웍스', false],
    ['Sora-4-9B', 'Sora-4', '솔빛랩스', '소라 4', 'SORA 4', '솔빛랩스', false],
  ])('%s ("%s", by %s) and %s ("%s", by %s)', (full, short, maker, other, alias, otherMaker, joined) => {
    const g = graphFromFacts([
      article('a1', [{ names: { [full]: 5, [short]: 2 }, by: maker }]),
      article('a2', [{ names: { [other]: 3 }, aliases: [alias], by: otherMaker }]),
    ]);
    expect(idsOf(g, full)[0] === idsOf(g, other)[0]).toBe(joined);
  });

  it('joins the sized model by its full name', () => {
    const g = graphFromFacts([
      article('a1', [{ names: { 'Sora-4-9B': 5, 'Sora-4': 2 }, by: '솔빛랩스' }]),
      article('a2', [{ names: { 'Sora-4-9B': 1 }, by: '솔빛랩스' }]),
    ]);
    expect(idsOf(g, 'Sora-4-9B')).toHaveLength(1);
  });
});

describe("a model named without its maker's name meets the full name of the same maker's model", () => {
  it.each([
    ['K2-Distill-Gemma-9B', '탄소랩', true],
    ['K2-Distill-Gemma-9B', '미르웍스', false],
  ])('%s (by %s)', (short, maker, joined) => {
    const g = graphFromFacts([
      article('b1', [{ names: { [`Tansolab-${short}`]: 1 }, by: '탄소랩' }]),
      article('b2', [{ names: { [short]: 2 }, by: maker }]),
    ]);
    expect(idsOf(g, short)[0] === idsOf(g, `Tansolab-${short}`)[0]).toBe(joined);
  });
});

describe("a maker's bare version after its possessive is the same model as the maker's name with that version", () => {
  it.each([
    ['비교 대상으로는 딥시크의 V3 모델이 꼽혔다.', '딥시크 V3는 지난해 말 오픈소스로 풀렸다.', '딥시크 V3'],
  ])('%s / %s', (one, two, name) => {
    const g = graphFromFacts([facts(one, 'one.txt'), facts(two, 'two.txt')]);
    expect(idsOf(g, name)).toHaveLength(1);
    expect(g.nodes.filter((n) => n.type === 'Model')).toHaveLength(1);
  });
});

describe("a person's Western name in Hangul glossed by the Korean name with the same surname is one person", () => {
  it.each([
    ['스타트업 온결랩스의 데이비드 최(최준호) 대표는 투자 유치를 마쳤다고 밝혔다.', '최준호', '데이비드 최'],
    // (a surname Western names write with its initial ㄹ: "리" for 이, either name first)
    ['스타트업 온결랩스의 케빈 리(이도윤) 대표는 신규 투자 유치를 마쳤다고 말했다.', '이도윤', '케빈 리'],
    ['스타트업 온결랩스는 이도윤(케빈 리) 박사를 영입했다. 이도윤 최고기술책임자(CTO)는 "추론 모델에 집중하겠다"고 말했다.', '케빈 리', '이도윤'],
  ])('%s', (text, alias, name) => {
    const g = graphFromFacts([facts(text, 'p.txt')]);
    const people = g.nodes.filter((n) => n.type === 'Person');
    expect(people.map((p) => p.name)).toEqual([name]);
    expect(people[0]!.aliases).toContain(alias);
  });

  it('leaves a name in parentheses with another surname alone', () => {
    const g = graphFromFacts([facts('온결랩스의 데이비드 최(박준호) 대표는 투자 유치를 마쳤다고 밝혔다.', 'q.txt')]);
    expect(g.nodes.filter((n) => n.type === 'Person').flatMap((p) => p.aliases)).not.toContain('박준호');
  });
});

describe('a benchmark named with a sign keeps an id of its own', () => {
  it.each([
    ['신모델은 코딩 평가 HumanEval+에서 81.2점을 기록했다.', '신모델은 코딩 평가 HumanEval에서 85.0점을 기록했다.', 'HumanEval+', 'HumanEval'],
  ])('%s / %s', (one, two, signed, plain) => {
    const g = graphFromFacts([facts(one, 'one.txt'), facts(two, 'two.txt')]);
    expect(idsOf(g, signed)).toHaveLength(1);
    expect(idsOf(g, signed)).not.toEqual(idsOf(g, plain));
  });
});

describe("one programme's names meet across articles; another programme stays apart", () => {
  it.each([
    ['스타트업 미르웍스는 과기정통부 GPU 지원 사업에 선정됐다.', '미르웍스는 정부의 AI 컴퓨팅 자원 지원사업 덕에 GPU를 확보했다.', true],
    ['미르웍스는 과기정통부의 AI 컴퓨팅 지원 사업에 뽑혔다.', '미르웍스는 정부의 AI 컴퓨팅 자원 지원사업 덕에 GPU를 확보했다.', true],
    ['미르웍스는 NIPA의 고성능컴퓨팅 지원사업에도 선정됐다.', '미르웍스는 정부의 AI 컴퓨팅 자원 지원사업 덕에 GPU를 확보했다.', false],
  ])('%s / %s', (one, two, joined) => {
    const g = graphFromFacts([facts(one, 'one.txt'), facts(two, 'two.txt')]);
    expect(g.nodes.filter((n) => n.type === 'Policy')).toHaveLength(joined ? 1 : 2);
  });
});

describe("the Artificial Analysis index under its names", () => {
  it.each([
    ["새 모델은 영국 평가기관 아티피셜 애널리시스의 '인텔리전스 인덱스'에서 41점을 얻었다.", '경쟁 모델은 아티피셜 애널리시스 인텔리전스 지수 순위에서 9위였다.'],
  ])('%s / %s', (one, two) => {
    const g = graphFromFacts([facts(one, 'one.txt'), facts(two, 'two.txt')]);
    expect(g.nodes.filter((n) => n.type === 'Benchmark').map((n) => n.id)).toEqual(['benchmark:aa-intelligence-index']);
  });
});

describe("a benchmark's editions stay apart across articles; its bare name later in an article is that edition", () => {
  it.each([
    ['수학 평가 AIME 2026에서 신모델은 88점을 받았다.', '구형 모델은 AIME 2024 기준 61점에 그쳤다.', ['benchmark:aime-2024', 'benchmark:aime-2026']],
    // (a year's last two digits: "AIME26" is AIME 2026)
    ['수학 평가 AIME26에서 신모델은 88점을 받았다.', '구형 모델은 AIME 2026 기준 61점에 그쳤다.', ['benchmark:aime-2026']],
    ['신모델은 호랑이 리더보드4에서 0.71점을 받았다. 호랑이 리더보드 순위는 매달 갱신된다.', '구형 모델은 호랑이 리더보드3에서 0.62점이었다.', ['benchmark:horangi-3', 'benchmark:horangi-4']],
  ])('%s / %s', (one, two, ids) => {
    const g = graphFromFacts([facts(one, 'one.txt'), facts(two, 'two.txt')]);
    expect(g.nodes.filter((n) => n.type === 'Benchmark').map((n) => n.id).sort()).toEqual(ids);
  });
});
