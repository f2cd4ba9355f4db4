/** The contract operations, one GraphiQL tab each (test/spec/contract.graphql is the source). */
import contract from '../../../test/spec/contract.graphql?raw';

export interface ExampleTab {
  query: string;
}

/** Splits a document into its top-level operations, keeping the comment lines right above each. */
export function splitOperations(document: string): string[] {
  const ops: string[] = [];
  let current: string[] = [];
  let depth = 0;
  for (const line of document.split('\n')) {
    if (depth === 0 && /^\s*(query|mutation|subscription)\b/.test(line) && current.some((l) => /\S/.test(l) && !l.trim().startsWith('#'))) {
      ops.push(current.join('\n').trim());
      current = [];
    }
    // A blank line at the top level ends a file-level comment: it belongs to no operation.
    if (depth === 0 && !/\S/.test(line) && current.every((l) => !/\S/.test(l) || l.trim().startsWith('#'))) {
      current = [];
      continue;
    }
    current.push(line);
    for (const ch of line.replace(/#.*$/, '').replace(/"(?:[^"\\]|\\.)*"/g, '')) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
    }
  }
  if (current.some((l) => /\S/.test(l))) ops.push(current.join('\n').trim());
  return ops.filter((op) => /\b(query|mutation|subscription)\b/.test(op));
}

export const CONTRACT_DOCUMENT: string = contract;
export const EXAMPLE_TABS: ExampleTab[] = splitOperations(contract).map((query) => ({ query }));
