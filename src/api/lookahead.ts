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

const TRAVERSALS: ReadonlySet<string> = new Set(['lineage', 'ancestry', 'firstForeignAncestor']);
