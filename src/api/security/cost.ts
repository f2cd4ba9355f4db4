import {
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { limitError } from './errors.js';
import { fragmentsOf, isIntrospection } from './walk.js';

export interface CostOptions {
  max: number;
  /** Multiplier of a list field with no `first`/`limit` argument in reach. */
  defaultListSize: number;
  /** The request's variables, so `first: $n` counts as its value. */
  variables?: Readonly<Record<string, unknown>>;
}

/** Arguments that bound how many items a list field returns. */
const SIZE_ARGS = ['first', 'limit'];

/**
 * Estimated cost of an operation: every field costs 1; a list field multiplies the cost of what it
 * selects by its size, read from its own `first`/`limit` argument, or from the one on the field just
 * above it (connections: `models(first: 50) { nodes { … } }`), else `defaultListSize`. Fragments are
 * followed; introspection is free. Refuses with QUERY_TOO_COSTLY above `max`.
 */
export function createCostLimitRule(options: CostOptions): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(op) {
      const schema = context.getSchema();
      const root = op.operation === 'query' ? schema.getQueryType() : op.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      if (!root) return false;
      const cost = new CostMeter(schema, fragmentsOf(context), options).measure(op.selectionSet, root, undefined);
      if (cost > options.max) {
        const name = op.name ? `Operation "${op.name.value}": query` : 'Query';
        context.reportError(
          limitError(
            'QUERY_TOO_COSTLY',
            `${name} cost ${cost} exceeds the limit of ${options.max} (each field costs 1; a list field multiplies what it selects by its first/limit argument, or ${options.defaultListSize}): ask for fewer items or fewer nested lists`,
            cost,
            options.max,
            op,
          ),
        );
      }
      return false;
    },
  });
}

class CostMeter {
  private readonly memo = new Map<string, number>();
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly options: CostOptions,
  ) {}

  /** Cost of a selection set on `type`; `inherited` is a size argument from the field above. */
  measure(set: SelectionSetNode, type: GraphQLCompositeType, inherited: number | undefined): number {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) total += this.measureField(s, type, inherited);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        const t = s.typeCondition ? this.compositeType(s.typeCondition.name.value) : type;
        total += this.measure(s.selectionSet, t ?? type, inherited);
      } else total += this.measureFragment(s.name.value, inherited);
      if (total > Number.MAX_SAFE_INTEGER / 2) return total;
    }
    return total;
  }

  private measureFragment(name: string, inherited: number | undefined): number {
    const key = `${name}|${inherited ?? ''}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    this.memo.set(key, 0); // cycles are refused by NoFragmentCyclesRule; count 0 meanwhile
    const f = this.fragments.get(name);
    const t = f ? this.compositeType(f.typeCondition.name.value) : undefined;
    const cost = f && t ? this.measure(f.selectionSet, t, inherited) : 0;
    this.memo.set(key, cost);
    return cost;
  }

  private measureField(node: FieldNode, parent: GraphQLCompositeType, inherited: number | undefined): number {
    if (isIntrospection(node.name.value)) return 0;
    const def = this.fieldOf(parent, node.name.value);
    if (!def || !node.selectionSet) return 1;
    const own = this.sizeArgument(node, def);
    const child = this.compositeType(namedTypeName(def.type));
    if (!child) return 1;
    if (isListTypeRef(def.type)) {
      const size = own ?? inherited ?? this.options.defaultListSize;
      return 1 + size * this.measure(node.selectionSet, child, undefined);
    }
    return 1 + this.measure(node.selectionSet, child, own);
  }

  /** The field's first/limit: as given (literal or variable), else the schema's default. */
  private sizeArgument(node: FieldNode, def: GraphQLField<unknown, unknown>): number | undefined {
    for (const name of SIZE_ARGS) {
      const arg = node.arguments?.find((a) => a.name.value === name);
      const value = arg
        ? valueFromASTUntyped(arg.value, this.options.variables as Record<string, unknown> | undefined)
        : def.args.find((a) => a.name === name)?.defaultValue;
      if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, Math.ceil(value));
    }
    return undefined;
  }

  private fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
    // objects and interfaces have getFields(); unions have only __typename
    return 'getFields' in parent ? parent.getFields()[name] : undefined;
  }

  private compositeType(name: string): GraphQLCompositeType | undefined {
    const t = this.schema.getType(name);
    return t && ('getFields' in t || 'getTypes' in t) && !('getValues' in t) && !('parseLiteral' in t) ? (t as GraphQLCompositeType) : undefined;
  }
}

// Type references are read from their printed form ("[Model!]!") rather than with graphql-js's
// isListType/getNamedType: those use instanceof, which fails when the schema was built by another
// copy of graphql (graphql ships CJS and ESM builds; Apollo and a bundler may load different ones).

/** True when the type, nullable or not, is a list. */
function isListTypeRef(type: GraphQLOutputType): boolean {
  return String(type).startsWith('[');
}

/** The named type at the bottom of the wrappers. */
function namedTypeName(type: GraphQLOutputType): string {
  return String(type).replace(/[[\]!]/g, '');
}
