import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the selection on the field being resolved goes on past the node's own fields: some
 * selected field has a selection of its own (developer { … }, basedOn { … }, leaderboard { … }),
 * which the node's relations answer. Fragments are followed; `lineage` and `ancestry` are answered
 * by a traversal, not by the relations, so they do not count.
 */
export function selectsRelations(info: GraphQLResolveInfo): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === 'Field') return !!s.selectionSet && !TRAVERSALS.has(s.name.value);
      if (s.kind === 'InlineFragment') return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f) => walk(f.selectionSet));
}

/** Deepest BASED_ON chain read with a lookup by name (deeper levels are asked level by level). */
export const MAX_CHAIN_DEPTH = 6;

const TRAVERSALS: ReadonlySet<string> = new Set(['lineage', 'ancestry', 'firstForeignAncestor']);

/**
 * How deep the selection on the field being resolved nests basedOn: 1 for `basedOn { … }`, 2 for
 * `basedOn { model { basedOn { … } } }`, and so on (through `model` or `base`, the base side;
 * fragments followed). 0 when it selects no basedOn.
 */
export function basedOnDepth(info: GraphQLResolveInfo): number {
  const depthOf = (set: SelectionSetNode | undefined, within: ReadonlySet<string>, inner: (s: SelectionSetNode | undefined) => number): number => {
    let best = 0;
    const visit = (s: SelectionSetNode | undefined, seen: ReadonlySet<string>): void => {
      for (const sel of s?.selections ?? []) {
        if (sel.kind === 'Field') {
          if (within.has(sel.name.value)) best = Math.max(best, inner(sel.selectionSet));
        } else if (sel.kind === 'InlineFragment') visit(sel.selectionSet, seen);
        else if (!seen.has(sel.name.value)) visit(info.fragments[sel.name.value]?.selectionSet, new Set([...seen, sel.name.value]));
      }
    };
    visit(set, new Set());
    return best;
  };
  const modelDepth = (set: SelectionSetNode | undefined): number => depthOf(set, BASED_ON, (s) => 1 + depthOf(s, BASE_SIDE, modelDepth));
  return Math.max(0, ...info.fieldNodes.map((f) => modelDepth(f.selectionSet)));
}

const BASED_ON: ReadonlySet<string> = new Set(['basedOn']);
const BASE_SIDE: ReadonlySet<string> = new Set(['model', 'base']);
