/**
 * The extractor on the evaluation set: fixture F1 must not fall below test/fixtures/eval-floor.json,
 * nor the resolution of all evaluated articles built into one graph, and the same story gives the
 * same graph in every layout and encoding.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/graph/index.js';
import { evaluateCases, formatSummary, listEvalCases, scoreRunResolution, type EvalRun } from '../../src/eval/index.js';
import { extractFile } from '../../src/pipeline/index.js';
import { canonical } from './canonical.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const floor = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/eval-floor.json'), 'utf8')) as { entityF1: number; edgeF1: number; resolutionF1: number };

describe('extraction on the evaluation set', () => {
  let run: EvalRun;
  const graphOf = (name: string): GraphDocument => {
    const r = run.results.find((x) => x.case.name === name);
    if (!r?.graph) throw new Error(`no graph for ${name}: ${r?.error ?? 'not in the evaluation set'}`);
    return r.graph;
  };

  beforeAll(async () => {
    run = await evaluateCases(listEvalCases(ROOT), extractFile);
    for (const line of formatSummary(run.fixtures)) console.log(line);
  }, 600_000);

  it('extracts every fixture without an error', () => {
    expect(run.results.filter((r) => r.error).map((r) => `${r.case.name}: ${r.error}`)).toEqual([]);
  });

  it(`keeps fixture entity F1 >= ${floor.entityF1} and edge F1 >= ${floor.edgeF1}`, () => {
    expect(run.fixtures.entities.f1).toBeGreaterThanOrEqual(floor.entityF1);
    expect(run.fixtures.edges.f1).toBeGreaterThanOrEqual(floor.edgeF1);
  });

  it(`keeps the resolution of all evaluated articles built into one graph at B³ F1 >= ${floor.resolutionF1}`, async () => {
    const s = await scoreRunResolution(run);
    expect(s.matched).toBeGreaterThan(1000);
    expect(s.f1).toBeGreaterThanOrEqual(floor.resolutionF1);
  }, 600_000);

  it('gives the same graph for the same story as a Daum page, a Naver page, a generic page and plain text', () => {
    const [first, ...rest] = ['same-story.daum', 'same-story.naver', 'same-story.generic', 'same-story'].map((n) => canonical(graphOf(n)));
    for (const g of rest) expect(g).toEqual(first);
  });

  it('gives the same graph for a Naver blog post (SmartEditor ONE) as for its text as plain text', () => {
    expect(canonical(graphOf('saebom-9b-blog.naverblog'))).toEqual(canonical(graphOf('saebom-9b-blog')));
  });

  it('gives the same graph for an EUC-KR page as for its UTF-8 copy', () => {
    expect(canonical(graphOf('samsung-gauss2.euckr'))).toEqual(canonical(graphOf('samsung-gauss2')));
  });
});
