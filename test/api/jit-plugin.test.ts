/**
 * The graphql-jit plugin (src/api/jit.ts) answers a query itself only when graphql-jit answers it
 * without errors; mutations and answers with errors go on to Apollo's own execution (null).
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createJitPlugin } from '../../src/api/jit.js';

const schema = makeExecutableSchema({
  typeDefs: 'type Query { hello(name: String!): String, broken: String } type Mutation { touch: Int }',
  resolvers: {
    Query: { hello: (_: unknown, a: { name: string }, ctx: { greeting: string }) => `${ctx.greeting} ${a.name}`, broken: () => { throw new Error('no'); } },
    Mutation: { touch: () => 1 },
  },
});

async function answer(query: string, variables?: Record<string, unknown>) {
  const plugin = createJitPlugin<{ greeting: string }>(schema);
  const listener = await plugin.requestDidStart!({} as never);
  const document = parse(query);
  const operation = document.definitions[0] as never;
  const rc = { document, operation, operationName: null, request: { variables }, contextValue: { greeting: '안녕' } };
  return listener!.responseForOperation!(rc as never);
}

describe('graphql-jit plugin', () => {
  it('answers a query with its data, resolvers reading the context and variables', async () => {
    const r = await answer('query($n: String!) { hello(name: $n) }', { n: '세계' });
    expect(r?.body).toEqual({ kind: 'single', singleResult: { data: { hello: '안녕 세계' } } });
  });

  it('leaves an answer with errors to Apollo (its formatting and status codes)', async () => {
    expect(await answer('{ broken }')).toBeNull();
    expect(await answer('query($n: String!) { hello(name: $n) }', { n: 3 })).toBeNull();
  });

  it('leaves mutations to Apollo', async () => {
    expect(await answer('mutation { touch }')).toBeNull();
  });
});
