import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/api/index.js';
import { DEFAULT_LIMITS, checkLimits, createLimitRules } from '../../src/api/security/index.js';
import { GRAPH_QUERY, OVERVIEW_QUERY, SEARCH_QUERY } from '../../src/web/viewer/api.js';
import { SPEC_DIR } from '../support/graphs.js';

/** The limits must never refuse what the project's own pages and the contract send. */
const schema = buildSchema(loadTypeDefs().join('\n'));
const costOf = (query: string, variables?: Record<string, unknown>) =>
  checkLimits(schema, parse(query), createLimitRules({ ...DEFAULT_LIMITS, maxCost: 0 }, variables))?.extensions.measured as number;
const refusal = (query: string, variables?: Record<string, unknown>) => checkLimits(schema, parse(query), createLimitRules(DEFAULT_LIMITS, variables));

describe('queries the project ships stay within the default limits', () => {
  const contract = readFileSync(path.join(SPEC_DIR, 'contract.graphql'), 'utf8');
  it('the contract document', () => {
    expect(refusal(contract)).toBeUndefined();
  });

  it.each([1, 200, 1000, 5000])('the viewer graph query at limit %i (the viewer allows up to 5000)', (limit) => {
    expect(refusal(GRAPH_QUERY, { center: 'SK텔레콤', depth: 5, limit }), `cost ${costOf(GRAPH_QUERY, { limit })}`).toBeUndefined();
  });

  it('the viewer search and overview queries', () => {
    expect(refusal(SEARCH_QUERY, { text: 'a', first: 500 })).toBeUndefined();
    expect(refusal(OVERVIEW_QUERY, { first: 500 })).toBeUndefined();
  });
});
