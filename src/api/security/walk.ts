import {
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** The fragments of the document being validated, by name. */
export function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) map.set(d.name.value, d);
  return map;
}

/** The operations of the document being validated. */
export function operationsOf(context: ValidationContext): OperationDefinitionNode[] {
  return context.getDocument().definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

/** True for introspection fields (`__schema`, `__type`, `__typename`): bounded by the schema, not limited. */
export function isIntrospection(name: string): boolean {
  return name.startsWith('__');
}

/**
 * Deepest field nesting under a selection set, following fragments (memoised per fragment, so a
 * document that spreads fragments many times is still measured in linear time; cycles count 0).
 */
export function measureDepth(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, memo = new Map<string, number>()): number {
  let deepest = 0;
  for (const s of set.selections) {
    let d = 0;
    if (s.kind === Kind.FIELD) {
      if (isIntrospection(s.name.value)) continue;
      d = 1 + (s.selectionSet ? measureDepth(s.selectionSet, fragments, memo) : 0);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      d = measureDepth(s.selectionSet, fragments, memo);
    } else {
      const name = s.name.value;
      if (!memo.has(name)) {
        memo.set(name, 0); // guards cycles (already refused by NoFragmentCyclesRule)
        const f = fragments.get(name);
        memo.set(name, f ? measureDepth(f.selectionSet, fragments, memo) : 0);
      }
      d = memo.get(name) ?? 0;
    }
    if (d > deepest) deepest = d;
  }
  return deepest;
}
