/** The scorer: the shared tool's matching rules, table-driven, and a cross-check against the tool. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldFile, scoreGraph, summarize, type GoldGraph, type PredictedGraph } from '../../src/eval/index.js';

import { edge, node, predictionFor, type Edge, type Node } from './predictions.js';

const GOLD: GoldGraph = {
  entities: {
    skt: { type: 'Company', names: ['SK텔레콤', 'SKT'] },
    lg: { type: 'Company', names: ['LG AI연구원', 'LG'] },
    lge: { type: 'Company', names: ['LG전자'] },
    alibaba: { type: 'Company', names: ['알리바바'] },
    ax: { type: 'Model', names: ['A.X 4.0', '에이닷 엑스 4.0'] },
    lite: { type: 'Model', names: ['A.X 4.0 라이트'] },
    midm: { type: 'Model', names: ['믿:음 2.0', 'Mi:dm 2.0'] },
    qwen: { type: 'Model', names: ['알리바바 LLM'], anonymousDeveloper: 'alibaba' },
    kmmlu: { type: 'Benchmark', names: ['KMMLU'] },
  },
  optionalEntities: {
    hf: { type: 'Company', names: ['허깅페이스'] },
    family: { type: 'Model', names: ['A.X'] },
  },
  edges: [
    { type: 'DEVELOPED', source: 'skt', target: 'ax' },
    { type: 'BASED_ON', source: 'ax', target: 'qwen' },
    { type: 'SCORED', source: 'lite', target: 'kmmlu', score: 61.7 },
    { type: 'PARTNERS_WITH', source: 'skt', target: 'lg' },
  ],
  optionalEdges: [{ type: 'DEVELOPED', source: 'lg', target: 'midm' }],
  attributes: [
    { entity: 'ax', property: 'parameters', value: 72000000000 },
    { entity: 'ax', property: 'openSource', value: true },
    { entity: 'ax', property: 'releasedOn', value: '2025-07-03' },
    { entity: 'skt', property: 'country', value: 'KR' },
  ],
};

describe('scoreGraph: node matching', () => {
  const cases: { title: string; nodes: Node[]; tp: number; fp: number; report?: [string, string[]] }[] = [
    { title: 'exact name', nodes: [node('a', 'Company', 'SK텔레콤')], tp: 1, fp: 0 },
    { title: 'name is a gold alias', nodes: [node('a', 'Company', 'SKT')], tp: 1, fp: 0 },
    { title: 'alias of the node is a gold name', nodes: [node('a', 'Company', 'SK Telecom', ['SKT'])], tp: 1, fp: 0 },
    { title: 'normal form ignores spaces, dots, colons, quotes and case', nodes: [node('a', 'Model', 'ax 4.0'), node('b', 'Model', '믿음 2.0'), node('c', 'Benchmark', "'kmmlu'")], tp: 3, fp: 0 },
    { title: 'NFKC and full-width forms', nodes: [node('a', 'Benchmark', 'ＫＭＭＬＵ')], tp: 1, fp: 0 },
    { title: 'a version is not its family', nodes: [node('a', 'Model', 'A.X 4.0 라이트'), node('b', 'Model', 'A.X 4.0')], tp: 2, fp: 0 },
    { title: 'unknown name', nodes: [node('a', 'Company', '카카오')], tp: 0, fp: 1, report: ['falseNodes', ['Company "카카오"']] },
    { title: 'type mismatch', nodes: [node('a', 'Model', 'KMMLU')], tp: 0, fp: 1, report: ['typeMismatch', ['Model "KMMLU" is Benchmark in gold']] },
    { title: 'second node for one entity is a duplicate', nodes: [node('a', 'Company', 'SK텔레콤'), node('b', 'Company', 'SKT')], tp: 1, fp: 1, report: ['duplicates', ['Company "SKT" duplicates skt']] },
    { title: 'exact name wins over an alias hit', nodes: [node('a', 'Company', 'LG', ['LG전자']), node('b', 'Company', 'LG전자', ['LG'])], tp: 2, fp: 0 },
    { title: 'exact name wins over more alias hits', nodes: [node('a', 'Company', 'LG전자', ['LG', 'LG AI연구원']), node('b', 'Company', 'LG')], tp: 2, fp: 0 },
    { title: 'optional entity: neither rewarded nor penalised', nodes: [node('a', 'Company', '허깅페이스'), node('b', 'Model', 'A.X')], tp: 0, fp: 0 },
    { title: 'node types outside the format are ignored', nodes: [node('a', 'Place', '서초구'), node('b', 'Article', 'x')], tp: 0, fp: 0 },
  ];
  it.each(cases)('$title', ({ nodes, tp, fp, report }) => {
    const r = scoreGraph(GOLD, { nodes, edges: [] });
    expect([r.nodes.tp, r.nodes.fp]).toEqual([tp, fp]);
    expect(r.nodes.fn).toBe(Object.keys(GOLD.entities).length - tp);
    if (report) expect(r.report[report[0] as keyof typeof r.report]).toEqual(report[1]);
  });

  it('matches an anonymous model through its developer', () => {
    const nodes = [node('c', 'Company', '알리바바'), node('m', 'Model', 'Qwen 계열 모델'), node('x', 'Model', 'A.X 4.0')];
    const anon = scoreGraph(GOLD, { nodes, edges: [edge('DEVELOPED', 'c', 'm'), edge('BASED_ON', 'x', 'm')] });
    expect(anon.nodes).toEqual({ tp: 3, fp: 0, fn: 6 });
    expect(anon.edges.tp).toBe(1);
    const noDev = scoreGraph(GOLD, { nodes, edges: [edge('BASED_ON', 'x', 'm')] });
    expect(noDev.nodes.fp).toBe(1);
  });
});

describe('scoreGraph: edges', () => {
  const nodes = [
    node('skt', 'Company', 'SK텔레콤'), node('lg', 'Company', 'LG'), node('hf', 'Company', '허깅페이스'),
    node('ax', 'Model', 'A.X 4.0'), node('lite', 'Model', 'A.X 4.0 라이트'), node('midm', 'Model', '믿:음 2.0'),
    node('k', 'Benchmark', 'KMMLU'), node('x', 'Model', '없는 모델'),
  ];
  const cases: { title: string; edges: Edge[]; tp: number; fp: number }[] = [
    { title: 'gold edge', edges: [edge('DEVELOPED', 'skt', 'ax')], tp: 1, fp: 0 },
    { title: 'reversed directed edge is false', edges: [edge('DEVELOPED', 'ax', 'skt')], tp: 0, fp: 1 },
    { title: 'PARTNERS_WITH is undirected', edges: [edge('PARTNERS_WITH', 'lg', 'skt')], tp: 1, fp: 0 },
    { title: 'same edge twice counts once', edges: [edge('DEVELOPED', 'skt', 'ax'), edge('DEVELOPED', 'skt', 'ax')], tp: 1, fp: 0 },
    { title: 'score as written (61.70)', edges: [edge('SCORED', 'lite', 'k', { score: 61.7 })], tp: 1, fp: 0 },
    { title: 'score within 0.011', edges: [edge('SCORED', 'lite', 'k', { score: 61.71 })], tp: 1, fp: 0 },
    { title: 'score off by 0.02 is false', edges: [edge('SCORED', 'lite', 'k', { score: 61.72 })], tp: 0, fp: 1 },
    { title: 'score missing is false', edges: [edge('SCORED', 'lite', 'k')], tp: 0, fp: 1 },
    { title: 'a wrong score, then the right one', edges: [edge('SCORED', 'lite', 'k', { score: 64.15 }), edge('SCORED', 'lite', 'k', { score: 61.7 })], tp: 1, fp: 1 },
    { title: 'optional edge is neutral', edges: [edge('DEVELOPED', 'lg', 'midm')], tp: 0, fp: 0 },
    { title: 'edge touching an optional entity is neutral', edges: [edge('PARTNERS_WITH', 'skt', 'hf')], tp: 0, fp: 0 },
    { title: 'edge between core entities not in gold is false', edges: [edge('BASED_ON', 'lite', 'ax')], tp: 0, fp: 1 },
    { title: 'edge to an unmatched node is false', edges: [edge('BASED_ON', 'ax', 'x')], tp: 0, fp: 1 },
    { title: 'edge types outside the format are ignored', edges: [edge('MENTIONS', 'skt', 'ax')], tp: 0, fp: 0 },
  ];
  it.each(cases)('$title', ({ edges, tp, fp }) => {
    const r = scoreGraph(GOLD, { nodes, edges });
    expect([r.edges.tp, r.edges.fp, r.edges.fn]).toEqual([tp, fp, GOLD.edges.length - tp]);
  });

  it('counts per edge type, missed gold edges included', () => {
    const r = scoreGraph(GOLD, { nodes, edges: [edge('DEVELOPED', 'skt', 'ax'), edge('BASED_ON', 'lite', 'ax')] });
    expect(r.perType).toEqual({ DEVELOPED: { tp: 1, fp: 0, fn: 0 }, BASED_ON: { tp: 0, fp: 1, fn: 1 }, SCORED: { tp: 0, fp: 0, fn: 1 }, PARTNERS_WITH: { tp: 0, fp: 0, fn: 1 } });
    expect(r.report.missedEdges).toEqual(['BASED_ON ax -> qwen', 'SCORED lite -> kmmlu', 'PARTNERS_WITH skt -> lg']);
  });
});

describe('scoreGraph: attributes', () => {
  const cases: { title: string; ax: Record<string, unknown>; ok: number }[] = [
    { title: 'all right', ax: { parameters: 72e9, openSource: true, releasedOn: '2025-07-03' }, ok: 4 },
    { title: 'numbers within 0.5 %', ax: { parameters: 72.3e9, openSource: true, releasedOn: '2025-07-03' }, ok: 4 },
    { title: 'numbers off by more than 0.5 %', ax: { parameters: 70e9, openSource: true, releasedOn: '2025-07-03' }, ok: 3 },
    { title: 'booleans compare strictly', ax: { parameters: 72e9, openSource: 'true', releasedOn: '2025-07-03' }, ok: 3 },
    { title: 'strings by normal-form prefix', ax: { parameters: '72000000000', openSource: true, releasedOn: '2025-07-03T00:00:00+09:00' }, ok: 4 },
    { title: 'a different date is wrong', ax: { parameters: 72e9, openSource: true, releasedOn: '2025-07-04' }, ok: 3 },
    { title: 'missing properties are wrong', ax: {}, ok: 1 },
  ];
  it.each(cases)('$title', ({ ax, ok }) => {
    const nodes = [node('skt', 'Company', 'SKT', [], { country: 'kr' }), node('ax', 'Model', 'A.X 4.0', [], ax)];
    expect(scoreGraph(GOLD, { nodes, edges: [] }).attrs).toEqual({ ok, total: 4 });
  });
});

describe('summarize', () => {
  it('adds counts and gives P/R/F1, 1.0 where nothing was expected or found', () => {
    const a = { name: 'a', missing: false, ...scoreGraph(GOLD, { nodes: [node('s', 'Company', 'SKT'), node('z', 'Company', '카카오')], edges: [] }) };
    const empty = { name: 'e', missing: true, ...scoreGraph({ entities: {}, edges: [] }, {}) };
    const s = summarize([a, empty]);
    expect(s.entities).toMatchObject({ tp: 1, fp: 1, fn: 8, p: 0.5, r: 1 / 9 });
    expect(s.entities.f1).toBeCloseTo((2 * 0.5 * (1 / 9)) / (0.5 + 1 / 9), 12);
    expect(summarize([empty]).edges).toEqual({ tp: 0, fp: 0, fn: 0, p: 1, r: 1, f1: 1 });
    expect(s.attributes).toEqual({ ok: 0, total: 4, accuracy: 0 });
  });
});

// ---------------------------------------------------------------------------------------------
// Cross-check: the same (gold, prediction) pairs scored by this port and by the shared tool.

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED_SCORER = path.resolve(ROOT, '../shared/tools/score-graph.mjs');
const hasSharedScorer = fs.existsSync(SHARED_SCORER);
if (!hasSharedScorer) console.warn(`score cross-check skipped: ${SHARED_SCORER} not found (a clone without ../shared)`);

describe('cross-check with the shared scorer', () => {
  it.skipIf(!hasSharedScorer)('gives the same --json report for perfect and perturbed predictions of every gold graph', () => {
    const goldFiles = [
      ...fs.readdirSync(path.join(ROOT, 'test/fixtures/gold')).map((f) => path.join(ROOT, 'test/fixtures/gold', f)),
      path.join(ROOT, 'test/spec/seed-expected.json'),
    ];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-score-xcheck-'));
    const goldDir = path.join(dir, 'gold');
    const predDir = path.join(dir, 'pred');
    fs.mkdirSync(goldDir);
    fs.mkdirSync(predDir);
    const pairs: { name: string; gold: GoldGraph; pred?: PredictedGraph }[] = [];
    goldFiles.forEach((file, i) => {
      const gold = readGoldFile(file);
      for (const level of [0, 1, 2, 3]) {
        const name = `${path.basename(file, '.json')}-p${level}`;
        const pred = i === 0 && level === 3 ? undefined : predictionFor(gold, level, 1000 * i + level);
        pairs.push({ name, gold, pred });
        fs.writeFileSync(path.join(goldDir, `${name}.json`), JSON.stringify(gold));
        if (pred) fs.writeFileSync(path.join(predDir, `${name}.json`), JSON.stringify(pred));
      }
    });
    let out: string;
    try {
      out = execFileSync(process.execPath, [SHARED_SCORER, '--json', '--gold-dir', goldDir, '--pred-dir', predDir], { encoding: 'utf8', maxBuffer: 64 << 20 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const order = pairs.map((p) => p.name).sort((a, b) => (`${a}.json` < `${b}.json` ? -1 : 1));
    const byName = new Map(pairs.map((p) => [p.name, p]));
    const ours = summarize(order.map((name) => {
      const p = byName.get(name)!;
      return { name, ...scoreGraph(p.gold, p.pred ?? { nodes: [], edges: [] }), missing: !p.pred };
    }));
    const theirs = JSON.parse(out) as unknown;
    expect(ours.articles.length).toBeGreaterThanOrEqual(80);
    expect(ours.edges.fp).toBeGreaterThan(0);
    expect(ours.edges.tp).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(ours))).toEqual(theirs);
  });
});
