/**
 * The cross-article resolution score (src/eval/resolution.ts): B³ over the gold entities the
 * articles' own extraction found, followed to the nodes of the graph built from all of them.
 */
import { describe, expect, it } from 'vitest';
import { scoreResolution, type GoldGraph, type PredictedGraph, type ResolutionCase } from '../../src/eval/index.js';

type Node = NonNullable<PredictedGraph['nodes']>[number];

const node = (id: string, name: string, aliases: string[] = [], type = 'Company'): Node => ({ id, type, name, aliases });

/** An article: its gold entities (key → names) and the nodes its own extraction gave. */
function article(name: string, gold: Record<string, string[]>, nodes: Node[], type = 'Company'): ResolutionCase {
  const entities: GoldGraph['entities'] = {};
  for (const [k, names] of Object.entries(gold)) entities[k] = { type: type as 'Company', names };
  return { article: name, gold: { entities, edges: [] }, graph: { nodes, edges: [] } };
}

describe('scoreResolution', () => {
  const rows: { what: string; cases: ResolutionCase[]; corpus: Node[]; p: number; r: number; clusters: number; splits: number; merges: number }[] = [
    {
      what: 'one entity named two ways in two articles, one node: perfect',
      cases: [
        article('a', { x: ['가온랩', 'Gaon Lab'] }, [node('company:~가온랩', '가온랩', ['Gaon Lab'])]),
        article('b', { y: ['Gaon Lab'] }, [node('company:~gaonlab', 'Gaon Lab')]),
      ],
      corpus: [node('company:~가온랩', '가온랩', ['Gaon Lab'])],
      p: 1, r: 1, clusters: 1, splits: 0, merges: 0,
    },
    {
      what: 'the same entity left as two nodes: a split costs recall',
      cases: [
        article('a', { x: ['가온랩', 'Gaon Lab'] }, [node('company:~가온랩', '가온랩')]),
        article('b', { y: ['Gaon Lab'] }, [node('company:~gaonlab', 'Gaon Lab')]),
      ],
      corpus: [node('company:~가온랩', '가온랩'), node('company:~gaonlab', 'Gaon Lab')],
      p: 1, r: 0.5, clusters: 1, splits: 1, merges: 0,
    },
    {
      what: 'two entities made one node: a merge costs precision',
      cases: [
        article('a', { x: ['가온랩'] }, [node('company:~가온', '가온랩')]),
        article('b', { y: ['가온테크'] }, [node('company:~가온', '가온테크')]),
      ],
      corpus: [node('company:~가온', '가온랩', ['가온테크'])],
      p: 0.5, r: 1, clusters: 2, splits: 0, merges: 1,
    },
    {
      what: 'an alias that names another entity one article keeps apart joins nothing',
      cases: [
        article('a', { p: ['한별'], s: ['한별클라우드'] }, [node('company:~한별', '한별'), node('company:~한별클라우드', '한별클라우드')]),
        article('b', { s: ['한별클라우드', '한별'] }, [node('company:~한별클라우드', '한별클라우드', ['한별'])]),
      ],
      corpus: [node('company:~한별', '한별'), node('company:~한별클라우드', '한별클라우드')],
      p: 1, r: 1, clusters: 2, splits: 0, merges: 0,
    },
    {
      what: 'a family name kept as the alias of a size joins nothing',
      cases: [
        article('a', { m: ['누리보 2 9B', '누리보 2'] }, [node('model:~누리보29b', '누리보 2 9B', [], 'Model')], 'Model'),
        article('b', { f: ['누리보 2'] }, [node('model:~누리보2', '누리보 2', [], 'Model')], 'Model'),
      ],
      corpus: [node('model:~누리보29b', '누리보 2 9B', [], 'Model'), node('model:~누리보2', '누리보 2', [], 'Model')],
      p: 1, r: 1, clusters: 2, splits: 0, merges: 0,
    },
    {
      what: 'a family name glossed in parentheses, kept as the alias of a size, joins nothing',
      cases: [
        article('a', { m: ['Nuribo2-9B', '누리보2(Nuribo2)', '누리보2'] }, [node('model:~nuribo29b', 'Nuribo2-9B', [], 'Model')], 'Model'),
        article('b', { f: ['누리보2', '누리보2(Nuribo2)'] }, [node('model:~누리보2', '누리보2', [], 'Model')], 'Model'),
      ],
      corpus: [node('model:~nuribo29b', 'Nuribo2-9B', [], 'Model'), node('model:~누리보2', '누리보2', ['누리보2(Nuribo2)'], 'Model')],
      p: 1, r: 1, clusters: 2, splits: 0, merges: 0,
    },
    {
      what: 'a name glossed in parentheses whose gloss shortens nothing still joins',
      cases: [
        article('a', { x: ['가온랩', '가온랩(Gaon Lab)'] }, [node('company:~가온랩', '가온랩')]),
        article('b', { y: ['가온랩(Gaon Lab)', '가온랩'] }, [node('company:~가온랩', '가온랩')]),
      ],
      corpus: [node('company:~가온랩', '가온랩')],
      p: 1, r: 1, clusters: 1, splits: 0, merges: 0,
    },
    {
      what: 'a bare version number kept as an alias joins nothing across articles',
      cases: [
        article('a', { m: ['가온 마이스터 1.5', '1.5'] }, [node('model:~가온마이스터15', '가온 마이스터 1.5', [], 'Model')], 'Model'),
        article('b', { n: ['다솜-Ko 1.5', '1.5'] }, [node('model:~다솜ko15', '다솜-Ko 1.5', [], 'Model')], 'Model'),
      ],
      corpus: [node('model:~가온마이스터15', '가온 마이스터 1.5', [], 'Model'), node('model:~다솜ko15', '다솜-Ko 1.5', [], 'Model')],
      p: 1, r: 1, clusters: 2, splits: 0, merges: 0,
    },
    {
      what: 'a family shorthand in another script kept as the alias of a size joins nothing',
      cases: [
        article('a', { m: ['Qwen3-14B', '큐웬3'] }, [node('model:qwen-3-14b', 'Qwen3-14B', [], 'Model')], 'Model'),
        article('b', { n: ['큐웬3', 'Qwen3'] }, [node('model:qwen-3', '큐웬3', ['Qwen3'], 'Model')], 'Model'),
      ],
      corpus: [node('model:qwen-3-14b', 'Qwen3-14B', [], 'Model'), node('model:qwen-3', '큐웬3', ['Qwen3'], 'Model')],
      p: 1, r: 1, clusters: 2, splits: 0, merges: 0,
    },
    {
      what: 'an entity the article’s extraction missed is not scored here',
      cases: [article('a', { x: ['가온랩'], y: ['다솜소프트'] }, [node('company:~가온랩', '가온랩')])],
      corpus: [node('company:~가온랩', '가온랩')],
      p: 1, r: 1, clusters: 1, splits: 0, merges: 0,
    },
  ];
  it.each(rows)('$what', ({ cases, corpus, p, r, clusters, splits, merges }) => {
    const s = scoreResolution(cases, { nodes: corpus, edges: [] });
    expect(s.p).toBeCloseTo(p, 6);
    expect(s.r).toBeCloseTo(r, 6);
    expect(s.goldClusters).toBe(clusters);
    expect(s.splits).toHaveLength(splits);
    expect(s.merges).toHaveLength(merges);
  });

  it('follows an article node to the built node that bears its name when the ids differ', () => {
    const s = scoreResolution(
      [article('a', { x: ['Gaon Lab'] }, [node('company:~gaonlab', 'Gaon Lab')]), article('b', { y: ['가온랩'] }, [node('company:~가온랩', '가온랩')])],
      { nodes: [node('company:~가온랩', '가온랩', ['Gaon Lab'])], edges: [] },
    );
    expect(s.matched).toBe(2);
    expect(s.predictedNodes).toBe(1);
  });
});
