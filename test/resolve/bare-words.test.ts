/** A model's alias that is only a loanword or a variant word ("LAW" glossing "가온-로", "Mini") joins no two models across articles. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';

const rules = loadRules();
const facts = (text: string, source: string) => extractFacts(parseText(`제목\n\n${text}`, { source, publishedAt: '2026-03-02' }), rules);
const idsOf = (g: GraphDocument, name: string) => g.nodes.filter((n) => n.type === 'Model' && (n.name === name || n.aliases.includes(name))).map((n) => n.id);

describe('a bare word read as an alias joins nothing', () => {
  it.each([
    ["스타트업 가온소프트는 법률 특화 모델 '가온-로(LAW)'를 공개했다.", "벤처기업 누리텍은 법률 특화 모델 '누리 3 로(LAW)'를 출시했다.", '가온-로', '누리 3 로'],
    ["스타트업 가온소프트는 경량 모델 '가온-S(Mini)'를 공개했다.", "벤처기업 누리텍은 경량 모델 '누리-S(Mini)'를 출시했다.", '가온-S', '누리-S'],
  ])('%s / %s', (a, b, one, other) => {
    const g = graphFromFacts([facts(a, 'a.txt'), facts(b, 'b.txt')]);
    expect(idsOf(g, one)).toHaveLength(1);
    expect(idsOf(g, other)).toHaveLength(1);
    expect(idsOf(g, one)).not.toEqual(idsOf(g, other));
  });

  it('still joins a model by its full name', () => {
    const g = graphFromFacts([facts("스타트업 가온소프트는 법률 특화 모델 '가온-로(LAW)'를 공개했다.", 'a.txt'), facts("가온소프트의 '가온-로'는 판례 검색에 쓰인다.", 'b.txt')]);
    expect(idsOf(g, '가온-로')).toHaveLength(1);
  });
});
