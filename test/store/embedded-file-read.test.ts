/**
 * The embedded store reads its graph file one record at a time (src/store/embedded/load-file.ts):
 * a store started from a file must hold what the file's document loaded whole would give, and a
 * file that way cannot take (members in another order, an invalid record) must be read whole,
 * with the same error as before.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGraph, type GraphDocument } from '../../src/graph/index.js';
import { createEmbeddedStore, type Store } from '../../src/store/index.js';
import { indexGraphFile, indexRecords } from '../../src/store/embedded/load-file.js';
import { NotRecords, readRecords } from '../../src/store/embedded/json-records.js';
import { seedExpectedGraph, syntheticGraph } from '../support/graphs.js';

function tempFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kg-read-')), 'graph.json');
  writeFileSync(file, text);
  return file;
}

/** The seed and a generated graph, with strings that need escapes and brackets inside strings. */
function awkwardGraph(): GraphDocument {
  const seed = seedExpectedGraph();
  const more = syntheticGraph(40, 3);
  const graph: GraphDocument = {
    version: 1,
    articles: [...seed.articles, ...more.articles],
    nodes: [...seed.nodes, ...more.nodes],
    edges: [...seed.edges, ...more.edges],
  };
  const first = graph.edges[0]!;
  first.evidence[0] = { ...first.evidence[0]!, sentence: 'a "quoted" \\ back}slash] [with {brackets, and\nlines\t\u2028 "' };
  graph.nodes[0] = { ...graph.nodes[0]!, aliases: [...graph.nodes[0]!.aliases, '}{][', '\\"'] };
  return graph;
}

async function answers(store: Store) {
  const models = (await store.listNodes({ type: 'Model', first: 500 })).nodes.map((n) => n.id);
  return {
    graph: await store.exportGraph(),
    counts: await store.counts(),
    foreign: (await store.foreignBasedModels('KR', true)).map((n) => n.id),
    developers: (await store.developers!(models)).map((ds) => ds.map((d) => d.id)),
    mentions: (await store.articleMentions!(['article:seed-1'])).map((ns) => ns.map((n) => n.id)),
    search: (await store.search('model', undefined, 20)).map((n) => n.id),
  };
}

async function fromFile(file: string): Promise<Store> {
  const store = createEmbeddedStore({ file });
  await store.init();
  return store;
}

describe('embedded store: reading the graph file record by record', () => {
  const graph = awkwardGraph();

  it('holds what loading the whole document gives, from a compact or an indented file', async () => {
    const loaded = createEmbeddedStore();
    await loaded.load(graph);
    const want = await answers(loaded);
    for (const text of [JSON.stringify(graph), `${JSON.stringify(graph, null, 2)}\n`]) {
      expect(indexRecords(Buffer.from(text)).nodes.size).toBe(graph.nodes.length); // read record by record, not whole
      expect(await answers(await fromFile(tempFile(text)))).toEqual(want);
    }
  });

  it('reads a file with its members in another order, or with unknown members, whole', async () => {
    const reordered = JSON.stringify({ edges: graph.edges, nodes: graph.nodes, articles: graph.articles, version: 1 });
    const extra = JSON.stringify({ ...graph, note: 'kept out' });
    for (const text of [reordered, extra]) {
      expect(() => indexRecords(Buffer.from(text))).toThrow(NotRecords);
      const read = await indexGraphFile(tempFile(text));
      expect(read?.edges.size).toBe(graph.edges.length);
    }
  });

  it('refuses an invalid file with the error the whole-document check gives', async () => {
    const text = JSON.stringify(graph);
    const broken: Record<string, string> = {
      'a duplicate node': JSON.stringify({ ...graph, nodes: [...graph.nodes, graph.nodes[0]] }),
      'an edge to an unknown node': JSON.stringify({ ...graph, edges: [...graph.edges, { ...graph.edges[0]!, target: 'model:nowhere' }] }),
      'evidence from an unknown article': JSON.stringify({
        ...graph,
        edges: [{ ...graph.edges[0]!, evidence: [{ ...graph.edges[0]!.evidence[0]!, articleId: 'article:nowhere' }] }],
      }),
      'a bad record': JSON.stringify({ ...graph, nodes: [{ ...graph.nodes[0], type: 'Planet' }] }),
      'version 2': JSON.stringify({ ...graph, version: 2 }),
    };
    for (const [what, bad] of Object.entries(broken)) {
      let want = '';
      try {
        validateGraph(JSON.parse(bad), 'x');
      } catch (e) {
        want = (e as Error).message.replace('x', '');
      }
      expect(want, what).not.toBe('');
      const file = tempFile(bad);
      await expect(fromFile(file), what).rejects.toThrow(want.replace(/^.*?: /, ''));
    }
    await expect(fromFile(tempFile(text.slice(0, -10)))).rejects.toThrow(/is not JSON/);
  });

  it('yields each member and array element in file order', () => {
    const members = [...readRecords(Buffer.from(' {"version": 1, "list": [ {"a": "]}"}, [1, 2], "x\\"y" ], "empty": [] } '))];
    expect(members).toEqual([
      { key: 'version', value: 1 },
      { key: 'list', array: true },
      { key: 'list', record: { a: ']}' } },
      { key: 'list', record: [1, 2] },
      { key: 'list', record: 'x"y' },
      { key: 'empty', array: true },
    ]);
    expect(() => [...readRecords(Buffer.from('[1, 2]'))]).toThrow(NotRecords);
    expect(() => [...readRecords(Buffer.from('{"a": [1, 2'))]).toThrow(NotRecords);
    expect(() => [...readRecords(Buffer.from('{"a": 1} x'))]).toThrow(NotRecords);
  });
});
