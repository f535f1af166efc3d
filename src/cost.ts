import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE } from './modules/common/connection';

// The cost estimate: how many objects (non-scalar values) a request can build at most. Every list is costed at
// its real bound: the page it asks for (`first`, `limit`, the length of `ids`), or the default page when it asks
// for none; the lists inside a connection or subgraph at the page of the field above; the few structural lists
// without arguments at the bound in STRUCTURAL_BOUNDS (the object budget enforces it while executing).
// Fragments are measured once per page bound (memoised), so a document of nested spreads costs linear work.

/** Defaults of page arguments whose resolver defaults them in code (SDL defaults are read from the schema). */
const CODE_DEFAULTS: Record<string, number> = {
  'Query.search.first': 10,
  'Query.regions.first': 100,
  'Query.neighborhood.limit': 100,
  'Query.path.maxHops': 4,
};
const PAGE_ARGS = ['first', 'limit', 'maxHops'];
/** No resolver accepts a page above this; larger values are refused with BAD_USER_INPUT by the resolver itself. */
const LARGEST_PAGE = 1000;

/** Lists without a page argument: bounded by what the graph can hold for one parent (checked while executing). */
export const STRUCTURAL_BOUND = 20;
const STRUCTURAL_BOUNDS: Record<string, number> = {
  'Region.children': 50,
  'IndustrialChain.members': 50,
  // A series is refused past 100 periods; most hold a handful (the object budget holds the rest while executing).
  'Series.points': 50,
  'SeriesPoint.revisions': 5,
  // A province's prefectures (18 in 河南省) or China's 31 provinces; at most 300 places (a province's counties).
  'LeagueTable.entries': 50,
};
/** Evidence of one fact: one entry per document stating it. */
const EVIDENCE_BOUND = 5;
/** Lists inside a paged object (edges of a connection, nodes and edges of a subgraph) take its page times this. */
const PAGED_LIST_FACTOR: Record<string, number> = { 'Subgraph.edges': 2 };

/** Hard bound on the walk itself (selections visited, memoised fragments counted once). */
export const MAX_WALK = 20_000;

export interface Estimate {
  depth: number;
  cost: number;
  /** Selections visited; more than MAX_WALK stops the walk and reports cost Infinity. */
  walked: number;
}

interface Measure {
  depth: number;
  cost: number;
}

function intValue(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

function listLength(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return Array.isArray(v) ? v.length : v === undefined || v === null ? 0 : 1;
  }
  return 1;
}

/** A graphql-js field of any parent and context (only its name, type and arguments are read). */
type AnyField = GraphQLField<unknown, unknown>;

/** The page a field asks for, or undefined when it takes no page argument. */
function pageOf(
  parent: string,
  def: AnyField,
  node: FieldNode,
  variables: Record<string, unknown>,
): number | undefined {
  const ids = def.args.find((a) => a.name === 'ids');
  if (ids) return listLength(node.arguments?.find((a) => a.name.value === 'ids')?.value, variables);
  const arg = def.args.find((a) => PAGE_ARGS.includes(a.name));
  if (!arg) return undefined;
  const given = intValue(node.arguments?.find((a) => a.name.value === arg.name)?.value, variables);
  const fallback =
    typeof arg.defaultValue === 'number'
      ? arg.defaultValue
      : (CODE_DEFAULTS[`${parent}.${def.name}.${arg.name}`] ?? DEFAULT_PAGE);
  const page = given ?? fallback;
  const bounded = Math.max(0, Math.min(page, LARGEST_PAGE));
  return arg.name === 'maxHops' ? bounded + 1 : bounded;
}

function fieldOf(parent: GraphQLCompositeType, name: string): AnyField | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** Depth and object cost of the operation; stops early (cost Infinity) when the walk exceeds MAX_WALK. */
export function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Estimate {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const memo = new Map<string, Measure>();
  const active = new Set<string>();
  let walked = 0;

  const typeNamed = (name: string | undefined, fallback: GraphQLCompositeType): GraphQLCompositeType => {
    const type = name ? schema.getType(name) : undefined;
    return type && isCompositeType(type) ? type : fallback;
  };

  const measureSet = (set: SelectionSetNode | undefined, parent: GraphQLCompositeType, page?: number): Measure => {
    if (!set) return { depth: 0, cost: 0 };
    let depth = 0;
    let cost = 0;
    // Fragments on another concrete type than the parent exclude each other: only the dearest one counts.
    const branches = new Map<string, number>();
    const addBranch = (type: GraphQLCompositeType, inner: Measure) => {
      depth = Math.max(depth, inner.depth);
      if (type === parent || !isObjectType(type) || isObjectType(parent)) cost += inner.cost;
      else branches.set(type.name, (branches.get(type.name) ?? 0) + inner.cost);
    };
    for (const selection of set.selections) {
      walked += 1;
      if (walked > MAX_WALK) return { depth, cost: Number.POSITIVE_INFINITY };
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const def = fieldOf(parent, name);
        if (!def) continue;
        const named = getNamedType(def.type);
        const list = isListType(getNullableType(def.type));
        const asked = pageOf(parent.name, def, selection, variables);
        const coordinate = `${parent.name}.${name}`;
        let multiplier = 1;
        let childPage: number | undefined;
        if (asked !== undefined && list) multiplier = asked;
        else if (asked !== undefined) childPage = asked;
        else if (list && page !== undefined) multiplier = page * (PAGED_LIST_FACTOR[coordinate] ?? 1);
        else if (list)
          multiplier = STRUCTURAL_BOUNDS[coordinate] ?? (name === 'evidence' ? EVIDENCE_BOUND : STRUCTURAL_BOUND);
        const inner = isCompositeType(named)
          ? measureSet(selection.selectionSet, named, childPage)
          : { depth: 0, cost: 0 };
        depth = Math.max(depth, 1 + inner.depth);
        if (isCompositeType(named)) cost += multiplier * (1 + inner.cost);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = typeNamed(selection.typeCondition?.name.value, parent);
        addBranch(type, measureSet(selection.selectionSet, type, page));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || active.has(name)) continue;
        const type = typeNamed(fragment.typeCondition.name.value, parent);
        const key = `${name}|${page ?? ''}`;
        let inner = memo.get(key);
        if (!inner) {
          active.add(name);
          inner = measureSet(fragment.selectionSet, type, page);
          active.delete(name);
          memo.set(key, inner);
        }
        addBranch(type, inner);
      }
      if (!Number.isFinite(cost)) return { depth, cost };
    }
    if (branches.size > 0) cost += Math.max(...branches.values());
    return { depth, cost };
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { depth: 0, cost: 0, walked: 0 };
  const { depth, cost } = measureSet(operation.selectionSet, root);
  return { depth, cost: walked > MAX_WALK ? Number.POSITIVE_INFINITY : cost, walked };
}
