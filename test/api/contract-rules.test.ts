import { describe, expect, it } from 'vitest';
import { checkContract, matchExpectation } from '../../src/eval/contract.js';

describe('contract matching rules (as check-contract.mjs)', () => {
  it.each([
    ['objects compare only the named keys', { a: 1 }, { a: 1, b: 2 }, true],
    ['a missing key fails', { a: 1 }, { b: 1 }, false],
    ['numbers match within 1e-6', 61.7, 61.7000001, true],
    ['numbers differ', 61.7, 61.71, false],
    ['arrays are sets of the same length', [1, 2], [2, 1], true],
    ['arrays of another length fail', [1], [1, 1], false],
    ['arrays pair items once', [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 2 }], false],
    ['$ordered keeps order', { $ordered: [1, 2] }, [1, 2], true],
    ['$ordered refuses another order', { $ordered: [1, 2] }, [2, 1], false],
    ['$includes allows more', { $includes: [{ n: 'x' }] }, [{ n: 'y' }, { n: 'x' }], true],
    ['$includes needs each', { $includes: [{ n: 'x' }] }, [{ n: 'y' }], false],
    ['$includes needs a list', { $includes: [] }, null, false],
    ['$oneOf any', { $oneOf: ['엑사원', 'EXAONE'] }, 'EXAONE', true],
    ['$oneOf none', { $oneOf: ['엑사원', 'EXAONE'] }, 'Qwen', false],
    ['$contains substring', { $contains: '기반' }, '엑사원을 기반으로', true],
    ['$contains non-string', { $contains: '1' }, 1, false],
    ['$nonEmpty value', { $nonEmpty: true }, 'rule.x', true],
    ['$nonEmpty empty string', { $nonEmpty: true }, '', false],
    ['$nonEmpty empty list', { $nonEmpty: true }, [], false],
    ['null where an object is expected', { a: 1 }, null, false],
    ['$closedGraph closed', { $closedGraph: true }, { nodes: [{ id: 'a' }, { id: 'b' }], edges: [{ source: 'a', target: 'b' }] }, true],
    ['$closedGraph open', { $closedGraph: true }, { nodes: [{ id: 'a' }], edges: [{ source: 'a', target: 'b' }] }, false],
  ])('%s', (_name, expected, actual, ok) => {
    expect(matchExpectation(expected, actual) === null).toBe(ok);
  });

  it('reports server errors and mismatches per operation', async () => {
    const report = await checkContract(
      async ({ operationName }) => (operationName === 'A' ? { data: { x: 1 } } : operationName === 'B' ? { errors: [{ message: 'boom' }] } : { data: { x: 2 } }),
      'query A { x } query B { x } query C { x }',
      { A: { x: 1 }, B: { x: 1 }, C: { x: 1 } },
    );
    expect(report.passed).toBe(1);
    expect(report.failed).toBe(2);
    expect(report.results.find((r) => r.name === 'B')?.problem).toContain('boom');
    expect(report.results.find((r) => r.name === 'C')?.problem).toContain('expected 1, got 2');
  });
});
