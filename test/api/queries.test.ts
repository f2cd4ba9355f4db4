import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { GraphBuilder, seedExpectedGraph } from '../support/graphs.js';
import { postGraphQL } from '../support/http.js';
import { STORE_FACTORIES } from '../support/stores.js';
import { serveInSuite } from '../support/servers.js';

/** A graph with a two-hop foreign chain: 한빛 3 (KR) → 한빛 2 (KR) → Llama 3 (US); 한빛 1 from scratch. */
function chainGraph() {
  const b = new GraphBuilder();
  const kr = b.node('Company', '한빛AI', { country: 'KR' }, ['Hanbit AI']);
  const us = b.node('Company', 'Meta', { country: 'US' }, ['메타']);
  const llama = b.node('Model', 'Llama 3', { openSource: true, releasedOn: '2024-04-18' });
  const h1 = b.node('Model', '한빛 1', { fromScratch: true, parameters: 7e9, releasedOn: '2024-01-01' });
  const h2 = b.node('Model', '한빛 2', { parameters: 8e9, releasedOn: '2024-06-01' });
  const h3 = b.node('Model', '한빛 3', { parameters: 70e9, releasedOn: '2025-01-01' }, ['Hanbit-3']);
  b.edge('DEVELOPED', us, llama);
  for (const m of [h1, h2, h3]) b.edge('DEVELOPED', kr, m);
  b.edge('BASED_ON', h2, llama, { status: 'stated' }, '한빛 2는 라마 3을 기반으로 만들었다.');
  b.edge('BASED_ON', h3, h2, { status: 'stated' });
  b.edge('SUCCEEDS', h3, h2);
  const person = b.node('Person', '김한빛');
  b.edge('WORKS_FOR', person, kr, { title: '대표' });
  const policy = b.node('Policy', '한빛 AI 바우처 사업');
  b.edge('PARTICIPATES_IN', kr, policy);
  b.edge('PROMOTES', person, policy);
  const g = seedExpectedGraph();
  const chain = b.build();
  return { ...g, articles: [...g.articles, ...chain.articles], nodes: [...g.nodes, ...chain.nodes], edges: [...g.edges, ...chain.edges] };
}

for (const factory of STORE_FACTORIES) {
  describe(`GraphQL API on the ${factory.name} store`, () => {
    const served = serveInSuite(() => factory.create(chainGraph()));
    const q = (query: string, variables?: Record<string, unknown>) => postGraphQL(served.url, query, variables);

    it.each([
      ['믿음2.0', '믿:음 2.0'],
      ['a.x 4.0', 'A.X 4.0'],
      ['에이닷 엑스 4.0', 'A.X 4.0'],
      ['HANBIT-3', '한빛 3'],
    ])('looks a model up by the alias %s', async (alias, name) => {
      const { body } = await q('query($n: String!) { model(name: $n) { name } }', { n: alias });
      expect(body.errors).toBeUndefined();
      expect(body.data.model.name).toBe(name);
    });

    it('looks every node type up by name or alias', async () => {
      const { body } = await q(`{
        company(name: "hanbit ai") { name country people { title person { name } } projects { policy { name } } }
        benchmark(name: "kmmlu") { name }
        policy(name: "한빛AI바우처 사업") { name participants { company { name } } promoters { person { name } } }
        person(name: "김한빛") { name employer { name } title }
      }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.company).toEqual({ name: '한빛AI', country: 'KR', people: [{ title: '대표', person: { name: '김한빛' } }], projects: [{ policy: { name: '한빛 AI 바우처 사업' } }] });
      expect(body.data.benchmark.name).toBe('KMMLU');
      expect(body.data.policy).toEqual({ name: '한빛 AI 바우처 사업', participants: [{ company: { name: '한빛AI' } }], promoters: [{ person: { name: '김한빛' } }] });
      expect(body.data.person).toEqual({ name: '김한빛', employer: { name: '한빛AI' }, title: '대표' });
    });

    it('answers null, not an error, for an unknown model', async () => {
      const { status, body } = await q('{ model(name: "없는 모델 9000") { name } node(id: "model:nope") { id } }');
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ model: null, node: null });
    });

    it('refuses a malformed query with HTTP 400 and a validation code, without a stack trace', async () => {
      const syntax = await q('{ model(name: "A.X 4.0" { name }');
      expect(syntax.status).toBe(400);
      expect(syntax.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      const unknown = await q('{ model(name: "A.X 4.0") { colour } }');
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      for (const r of [syntax, unknown]) expect(JSON.stringify(r.body)).not.toMatch(/stacktrace|\bat .+\.(ts|js):\d+/);
    });

    it('reports bad arguments as BAD_USER_INPUT without a stack trace', async () => {
      const { body } = await q('{ models(first: 2, after: "not-a-cursor") { totalCount } }');
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('after');
      expect(JSON.stringify(body)).not.toContain('stacktrace');
    });

    it('gives lineage nearest first, with depth and the first foreign hop', async () => {
      const { body } = await q(`{ model(name: "한빛 3") {
        lineage { name }
        ancestry { depth foreign model { name } via { base { name } evidence { rule article { id } } } }
        firstForeignAncestor { depth model { name developer { country } } }
        predecessors { predecessor { name } }
      } }`);
      expect(body.errors).toBeUndefined();
      const m = body.data.model;
      expect(m.lineage.map((x: { name: string }) => x.name)).toEqual(['한빛 2', 'Llama 3']);
      expect(m.ancestry.map((s: { depth: number; foreign: boolean }) => [s.depth, s.foreign])).toEqual([[1, false], [2, true]]);
      expect(m.ancestry[1].via.base.name).toBe('Llama 3');
      expect(m.ancestry[0].via.evidence[0].rule).toBe('test.based_on');
      expect(m.firstForeignAncestor).toEqual({ depth: 2, model: { name: 'Llama 3', developer: { country: 'US' } } });
      expect(m.predecessors).toEqual([{ predecessor: { name: '한빛 2' } }]);
    });

    it('lists foreign-based models directly and through a chain', async () => {
      const { body } = await q(`{
        direct: foreignBasedModels(country: "KR") { name }
        chain: foreignBasedModels(country: "KR", transitive: true) { name }
        derivatives: model(name: "Llama 3") { derivatives { foreign model { name } } }
      }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.direct.map((m: { name: string }) => m.name).sort()).toEqual(['A.X 4.0', '한빛 2']);
      expect(body.data.chain.map((m: { name: string }) => m.name).sort()).toEqual(['A.X 4.0', '한빛 2', '한빛 3']);
      expect(body.data.derivatives.derivatives).toEqual([{ foreign: true, model: { name: '한빛 2' } }]);
    });

    it('reports sovereignty per company', async () => {
      const { body } = await q(`{ sovereigntyReport(country: "KR") { country companies {
        company { name } fromScratch { name } domesticBase { name } foreignBase { name } dependsOn { name } } } }`);
      expect(body.errors).toBeUndefined();
      const rows = body.data.sovereigntyReport.companies;
      const hanbit = rows.find((r: { company: { name: string } }) => r.company.name === '한빛AI');
      expect(hanbit).toEqual({ company: { name: '한빛AI' }, fromScratch: [{ name: '한빛 1' }], domesticBase: [{ name: '한빛 3' }], foreignBase: [{ name: '한빛 2' }], dependsOn: [{ name: 'Meta' }] });
      const skt = rows.find((r: { company: { name: string } }) => r.company.name === 'SK텔레콤');
      expect(skt.foreignBase).toEqual([{ name: 'A.X 4.0' }]);
      expect(skt.dependsOn.map((c: { name: string }) => c.name)).toEqual(['알리바바']);
    });

    it('searches names and aliases, exact matches first, filtered by type', async () => {
      const { body } = await q(`{
        ms: search(text: "MS") { __typename ... on Company { name } }
        hanbit: search(text: "한빛", first: 10) { __typename ... on Model { name } ... on Company { name } }
        models: search(text: "한빛", types: [Model], first: 2) { ... on Model { name } }
        none: search(text: "zzzz") { __typename }
      }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.ms[0]).toEqual({ __typename: 'Company', name: '마이크로소프트' });
      expect(body.data.hanbit.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['한빛AI', '한빛 1', '한빛 2', '한빛 3']));
      expect(body.data.models).toHaveLength(2);
      expect(body.data.none).toEqual([]);
    });

    it('pages through models with cursors and a total count', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (let i = 0; i < 20; i++) {
        const { body } = await q(
          'query($after: String) { models(first: 4, after: $after) { totalCount edges { cursor node { name } } pageInfo { endCursor hasNextPage } } }',
          { after },
        );
        expect(body.errors).toBeUndefined();
        const page = body.data.models;
        total = page.totalCount;
        seen.push(...page.edges.map((e: { node: { name: string } }) => e.node.name));
        if (page.edges.length) expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(seen).toEqual([...seen].sort());
    });

    it('filters and sorts lists', async () => {
      const { body } = await q(`{
        kr: models(filter: { country: "KR", hasForeignBase: true }) { totalCount nodes { name } }
        big: models(filter: { developer: "hanbit ai" }, sort: { field: parameters, descending: true }, first: 2) { nodes { name parameters } pageInfo { hasNextPage } }
        open: models(filter: { openSource: true, fromScratch: false }) { nodes { name } }
        us: companies(filter: { country: "US" }) { nodes { name } }
      }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.kr.nodes.map((n: { name: string }) => n.name).sort()).toEqual(['A.X 4.0', '한빛 2']);
      expect(body.data.kr.totalCount).toBe(2);
      expect(body.data.big).toEqual({ nodes: [{ name: '한빛 3', parameters: 70e9 }, { name: '한빛 2', parameters: 8e9 }], pageInfo: { hasNextPage: true } });
      expect(body.data.open.nodes.map((n: { name: string }) => n.name)).toContain('Llama 3');
      expect(body.data.us.nodes.map((n: { name: string }) => n.name).sort()).toEqual(['Meta', '마이크로소프트']);
    });

    it('serves a closed, capped neighbourhood for visualisation', async () => {
      const { body } = await q(`{
        full: graph(center: "SKT", depth: 1) { nodes { id type label properties } edges { id source target type label evidence { sentence } } truncated }
        capped: graph(center: "SK텔레콤", depth: 2, limit: 3) { nodes { id } edges { source target } truncated }
        models: graph(center: "SK텔레콤", types: [Model]) { nodes { type } }
        unknown: graph(center: "없는 회사") { nodes { id } truncated }
      }`);
      expect(body.errors).toBeUndefined();
      const { full, capped, models, unknown } = body.data;
      const ids = new Set(full.nodes.map((n: { id: string }) => n.id));
      expect(full.truncated).toBe(false);
      expect(full.nodes.find((n: { label: string }) => n.label === 'SK텔레콤').properties).toEqual({ country: 'KR' });
      for (const e of full.edges) {
        expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
        expect(e.evidence.length).toBeGreaterThan(0);
      }
      expect(capped.nodes).toHaveLength(3);
      expect(capped.truncated).toBe(true);
      const cappedIds = new Set(capped.nodes.map((n: { id: string }) => n.id));
      for (const e of capped.edges) expect(cappedIds.has(e.source) && cappedIds.has(e.target)).toBe(true);
      expect(new Set(models.nodes.map((n: { type: string }) => n.type))).toEqual(new Set(['Company', 'Model']));
      expect(unknown).toEqual({ nodes: [], truncated: false });
    });

    it('exposes evidence with its article on relations', async () => {
      const { body } = await q(`{ benchmark(name: "KMMLU") { leaderboard { score model { name } evidence { rule confidence article { id publishedAt } } } }
        model(name: "A.X 4.0") { developedBy { company { name } evidence { sentence } } basedOn { status base { name } derivative { name } } } }`);
      expect(body.errors).toBeUndefined();
      const board = body.data.benchmark.leaderboard;
      expect(board.map((s: { score: number }) => s.score)).toEqual([64.15, 61.7]);
      expect(board[0].evidence[0].article.publishedAt).toBe('2025-07-14');
      expect(body.data.model.developedBy[0].company.name).toBe('SK텔레콤');
      expect(body.data.model.basedOn[0]).toEqual({ status: 'stated', base: { name: 'Qwen' }, derivative: { name: 'A.X 4.0' } });
    });

    it('shows an article with what it mentions', async () => {
      const seedArticle = seedExpectedGraph().articles[0]!;
      const { body } = await q(`query($id: ID!) { article(id: $id) { id publishedAt mentions(types: [Company]) { ... on Company { name } } all: mentions { __typename } } }`, { id: seedArticle.id });
      expect(body.errors).toBeUndefined();
      expect(body.data.article.publishedAt).toBe('2025-07-14');
      const companies = body.data.article.mentions.map((c: { name: string }) => c.name);
      expect(companies).toEqual(expect.arrayContaining(['SK텔레콤', 'KT', '마이크로소프트', '알리바바']));
      expect(companies).not.toContain('한빛AI');
      expect(new Set(body.data.article.all.map((n: { __typename: string }) => n.__typename))).toEqual(new Set(['Company', 'Model', 'Benchmark', 'Policy', 'Person']));
      const none = await q('{ article(id: "article:ffffffffffff") { id } }');
      expect(none.body.data.article).toBeNull();
    });

    it('answers health checks', async () => {
      expect((await fetch(`${served.server.url}/health/live`)).status).toBe(200);
      const ready = await fetch(`${served.server.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready' });
    });

    it('keeps CSRF prevention on for simple GET requests', async () => {
      const r = await fetch(`${served.url}?query=${encodeURIComponent('{ model(name: "A.X 4.0") { name } }')}`);
      expect(r.status).toBe(400);
      const ok = await fetch(`${served.url}?query=${encodeURIComponent('{ model(name: "A.X 4.0") { name } }')}`, { headers: { 'apollo-require-preflight': '1' } });
      expect(ok.status).toBe(200);
    });
  });
}
