/**
 * The contract check in TypeScript: runs each named operation of a GraphQL document and matches
 * its data against an expectation with the rules of check-contract.mjs:
 * objects compare only the keys the expectation names; arrays compare as sets of the same length;
 * {"$ordered": […]} in order; {"$includes": […]} at least these; {"$oneOf": […]} any of;
 * {"$contains": "s"} a substring; {"$nonEmpty": true} any non-empty value; "$closedGraph": true
 * checks that every edge's source and target is among the nodes' ids; numbers match within 1e-6.
 *
 * @example
 *   const report = await checkContract('http://127.0.0.1:4000/graphql', queries, expected);
 *   // report.failed === 0
 */

/** Runs one operation of `query` and returns the GraphQL response. */
export type Executor = (request: { query: string; operationName: string }) => Promise<{ data?: unknown; errors?: readonly unknown[] }>;

export interface ContractResult {
  name: string;
  ok: boolean;
  /** What did not match, or the errors the server returned. */
  problem?: string;
}

export interface ContractReport {
  results: ContractResult[];
  passed: number;
  failed: number;
}

/** An Executor that POSTs to a GraphQL endpoint over HTTP. */
export function httpExecutor(url: string): Executor {
  return async (request) => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
    return (await r.json()) as { data?: unknown; errors?: unknown[] };
  };
}

export async function checkContract(target: string | Executor, queries: string, expected: Record<string, unknown>): Promise<ContractReport> {
  const execute = typeof target === 'string' ? httpExecutor(target) : target;
  const results: ContractResult[] = [];
  for (const [name, exp] of Object.entries(expected)) {
    let problem: string | null;
    try {
      const res = await execute({ query: queries, operationName: name });
      problem = res.errors?.length ? `errors: ${JSON.stringify(res.errors).slice(0, 300)}` : matchExpectation(exp, res.data, name);
    } catch (e: unknown) {
      problem = e instanceof Error ? e.message : String(e);
    }
    results.push(problem ? { name, ok: false, problem: problem.slice(0, 400) } : { name, ok: true });
  }
  const passed = results.filter((r) => r.ok).length;
  return { results, passed, failed: results.length - passed };
}

type Json = unknown;

function isPlainObject(v: Json): v is Record<string, Json> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Null when `actual` matches `expected`, else a one-line description of the first mismatch at `at`. */
export function matchExpectation(expected: Json, actual: Json, at = '$'): string | null {
  if (isPlainObject(expected)) return matchObject(expected, actual, at);
  if (Array.isArray(expected)) return matchSet(expected, actual, at);
  if (typeof expected === 'number') {
    return typeof actual === 'number' && Math.abs(actual - expected) < 1e-6 ? null : `${at}: expected ${expected}, got ${JSON.stringify(actual)}`;
  }
  return expected === actual ? null : `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

function matchObject(exp: Record<string, Json>, act: Json, at: string): string | null {
  if ('$oneOf' in exp) {
    const options = exp.$oneOf as Json[];
    return options.some((e) => !matchExpectation(e, act, at)) ? null : `${at}: ${JSON.stringify(act)} is none of ${JSON.stringify(options)}`;
  }
  if ('$contains' in exp) {
    const s = exp.$contains as string;
    return typeof act === 'string' && act.includes(s) ? null : `${at}: ${JSON.stringify(act)} does not contain ${JSON.stringify(s)}`;
  }
  if ('$nonEmpty' in exp) {
    return act !== null && act !== undefined && act !== '' && !(Array.isArray(act) && !act.length) ? null : `${at}: empty`;
  }
  if ('$ordered' in exp) {
    const list = exp.$ordered as Json[];
    if (!Array.isArray(act) || act.length !== list.length) return `${at}: expected ${list.length} items in order, got ${JSON.stringify(act)}`;
    for (let i = 0; i < act.length; i++) {
      const m = matchExpectation(list[i], act[i], `${at}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if ('$includes' in exp) {
    if (!Array.isArray(act)) return `${at}: expected a list, got ${JSON.stringify(act)}`;
    for (const e of exp.$includes as Json[]) if (!act.some((a) => !matchExpectation(e, a, at))) return `${at}: no item matches ${JSON.stringify(e)}`;
    return null;
  }
  if (!isPlainObject(act)) return `${at}: expected an object, got ${JSON.stringify(act)}`;
  if (exp.$closedGraph) {
    const nodes = Array.isArray(act.nodes) ? act.nodes : [];
    const edges = Array.isArray(act.edges) ? act.edges : [];
    const ids = new Set(nodes.map((n) => (isPlainObject(n) ? n.id : undefined)));
    const open = edges.filter((e) => !isPlainObject(e) || !ids.has(e.source) || !ids.has(e.target));
    if (open.length) return `${at}: ${open.length} edge(s) point outside the returned nodes`;
  }
  for (const [k, v] of Object.entries(exp)) {
    if (k.startsWith('$')) continue;
    const m = matchExpectation(v, act[k], `${at}.${k}`);
    if (m) return m;
  }
  return null;
}

function matchSet(exp: Json[], act: Json, at: string): string | null {
  if (!Array.isArray(act) || act.length !== exp.length) return `${at}: expected ${exp.length} items, got ${JSON.stringify(act)}`;
  const left = [...act];
  for (const e of exp) {
    const i = left.findIndex((a) => !matchExpectation(e, a, at));
    if (i < 0) return `${at}: no item matches ${JSON.stringify(e)} in ${JSON.stringify(act)}`;
    left.splice(i, 1);
  }
  return null;
}
