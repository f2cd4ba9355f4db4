/** Entity resolution across articles: one node per real entity, versions apart, stable ids. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';

const rules = loadRules();
const facts = (text: string, source: string, publishedAt = '2025-07-14') => extractFacts(parseText(`제목\n\n${text}`, { source, publishedAt }), rules);

const a = facts('SK텔레콤은 A.X 4.0을 공개했다. KT는 자체 개발한 믿:음 2.0을 공개했다. LG AI연구원의 엑사원 3.5도 주목받는다. 스타트업 하늘랩스는 모델 ‘하늘-13B(Haneul-13B)’를 내놨다.', 'a.txt');
const b = facts('SKT는 A.X 4.0 라이트를 공개했다. 케이티의 믿음 2.0이 화제다. LG의 EXAONE 4.0은 엑사원 3.5의 후속 모델이다. Haneul-13B 모델은 하늘랩스가 만들었다.', 'b.txt');
const c = facts('SK Telecom and 마이크로소프트(MS)는 협력한다. Mi:dm 2.0은 KT의 모델이다. 엑사원은 LG가 개발했다.', 'c.txt');

const byName = (g: GraphDocument, name: string) => g.nodes.filter((n) => n.name === name || n.aliases.includes(name));

describe('resolveFacts', () => {
  const g = graphFromFacts([a, b, c]);

  it('merges surface forms of one entity across articles', () => {
    for (const [x, y] of [
      ['SK텔레콤', 'SKT'],
      ['SKT', 'SK Telecom'],
      ['믿:음 2.0', '믿음 2.0'],
      ['믿음 2.0', 'Mi:dm 2.0'],
      ['엑사원', 'EXAONE'],
      ['KT', '케이티'],
      ['하늘-13B', 'Haneul-13B'],
    ]) {
      const nx = byName(g, x!);
      expect(nx, x).toHaveLength(1);
      expect(byName(g, y!).map((n) => n.id)).toEqual(nx.map((n) => n.id));
    }
  });

  it('keeps versions and sizes apart, each linked to its family', () => {
    const ax = byName(g, 'A.X 4.0')[0]!;
    const lite = byName(g, 'A.X 4.0 라이트')[0]!;
    expect(ax.id).not.toBe(lite.id);
    const e35 = byName(g, '엑사원 3.5')[0]!;
    const e40 = byName(g, 'EXAONE 4.0')[0]!;
    expect(e35.id).not.toBe(e40.id);
    expect(e35.properties.family).toBe('model:exaone');
    expect(e40.properties.family).toBe('model:exaone');
    expect(g.edges.some((e) => e.type === 'SUCCEEDS' && e.source === e40.id && e.target === e35.id)).toBe(true);
  });

  it('gives stable ids whatever the order of the articles', () => {
    const g2 = graphFromFacts([c, b, a]);
    expect(JSON.stringify(g2)).toBe(JSON.stringify(g));
    expect(byName(g, 'SK텔레콤')[0]!.id).toBe('company:skt');
    expect(byName(g, 'A.X 4.0')[0]!.id).toBe('model:ax-4-0');
  });

  it('keeps every alias and lists evidence from each article that states a fact', () => {
    const midm = byName(g, '믿:음 2.0')[0]!;
    expect([midm.name, ...midm.aliases]).toEqual(expect.arrayContaining(['믿:음 2.0', '믿음 2.0', 'Mi:dm 2.0']));
    const dev = g.edges.find((e) => e.type === 'DEVELOPED' && e.source === 'company:kt' && e.target === midm.id)!;
    expect(new Set(dev.evidence.map((e) => e.articleId)).size).toBeGreaterThanOrEqual(2);
  });
});
