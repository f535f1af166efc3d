import { decodeGlobalID } from '@pothos/plugin-relay';
import {
  type DocumentNode,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getArgumentValues,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  visit,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import type { Context } from '../context';
import { int, type Params } from '../db/executor';
import { ENTITY_KINDS, type EntityKind, KIND_SPECS, kindOfLabel, labelOf } from '../domain/kinds';
import { type Connection, listCount, MAX_PAGE, pageOf, pageWindow, ROOT_LIST } from '../modules/common/connection';
import type { DocumentRow } from '../modules/document/repository';
import { type EntityRow, exactNameLookups, SEARCH_CANDIDATES } from '../modules/entity/repository';
import { isEntityKey, keyFromGlobalId } from '../modules/entity/resolve';
import { escapeLucene } from '../modules/search/lucene';
import { bestMatch, MAX_QUERY_LENGTH } from '../modules/search/schema';
import { normalizeName, toSimplified } from '../text/chinese';
import { lookup, projection } from './cypher';
import { type Compiling, compileConnection, compileEntity, type EntitySel, type MentionsPlan } from './plan';
import { ROOT_ARGS } from './specs';

// The projecting look-ahead: a root field the compiler knows is answered by ONE Cypher statement fetching exactly
// the selected fields, and its resolvers are handed the nested objects it returned (readPrecomputed). Anything it
// does not know (a field, an argument, a directive, a non-entity id, an input the resolvers would refuse) runs the
// resolvers as before, through the DataLoaders. QUERY_COMPILER=off turns it off.

/** Where a compiled entity row keeps the values of its relation and connection fields, by response key. */
export const PRECOMPUTED = Symbol('precomputed');
const FALLBACK = Symbol('fallback');

type Raw = Record<string, unknown> & { kind: EntityKind; [PRECOMPUTED]?: Map<string, unknown> };

interface RootPlan {
  root: string;
  sel: EntitySel;
  total: boolean;
  compiling: Compiling;
  /** search: whether any hit's `matched` is selected (it is computed only then). */
  matched?: boolean;
  /** Cypher per argument shape (a name or key lookup, which filters are given), built on first use. */
  cypher: Map<string, string>;
}

// ------------------------------------------------------------------------------------------- shaping

function shape(sel: EntitySel, raw: Raw | null, offsets: Map<string, number>): EntityRow | null {
  if (!raw) return null;
  const ks = sel.byKind.get(raw.kind);
  if (ks && (ks.relations.length > 0 || ks.connections.length > 0 || ks.mentions.length > 0)) {
    const pre = new Map<string, unknown>();
    for (const r of ks.relations) {
      const items = (raw[r.slot] as Raw[]).map((x) => shape(r.sel, x, offsets));
      pre.set(r.key, r.field.one ? (items[0] ?? null) : items);
    }
    for (const c of ks.connections) {
      const items = (raw[c.slot] as Raw[]).map((x) => shape(c.sel, x, offsets));
      const offset = offsets.get(c.slot) ?? 0;
      const total = c.total ? Number(raw[`${c.slot}t`]) : offset + items.length;
      pre.set(c.key, pageOf(items, offset, total));
    }
    for (const m of ks.mentions) {
      const offset = offsets.get(m.slot) ?? 0;
      const items = (raw[m.slot] as Raw[]).map((x) => mentionOf(m, raw.key as string, x, offsets));
      pre.set(m.key, pageOf(items, offset, m.total ? Number(raw[`${m.slot}t`]) : offset + items.length));
    }
    raw[PRECOMPUTED] = pre;
  }
  return raw as unknown as EntityRow;
}

/** A mention as the Mention type's resolvers read it, with its entity and document where selected. */
function mentionOf(m: MentionsPlan, entity: string, raw: Record<string, unknown>, offsets: Map<string, number>) {
  const pre = new Map<string, unknown>();
  m.entities.forEach((e, i) => {
    pre.set(e.key, shape(e.sel, raw[`e${i}`] as Raw, offsets));
  });
  const evidence = { doc: raw.doc as string, quote: raw.quote as string, offset: raw.offset as number };
  return {
    entity,
    evidence: raw.document ? { ...evidence, document: raw.document as DocumentRow } : evidence,
    [PRECOMPUTED]: pre,
  };
}

const shapeAll = (sel: EntitySel, raws: Raw[], offsets: Map<string, number>) =>
  raws.map((r) => shape(sel, r, offsets) as EntityRow);

// ------------------------------------------------------------------------------------------- planning

const ROOT_KINDS: Record<string, EntityKind> = {
  projects: 'PROJECT',
  companies: 'COMPANY',
  regions: 'REGION',
  industrialChains: 'INDUSTRIAL_CHAIN',
};

function compileRoot(info: GraphQLResolveInfo): RootPlan | null {
  const def = info.parentType.getFields()[info.fieldName];
  const known = ROOT_ARGS[info.fieldName];
  // An argument the compiler was not taught (within:, added by another module) is fine while the operation leaves it
  // out and it has no default: the resolver would not filter on it either. Written in the operation, it falls back.
  const written = new Set(info.fieldNodes.flatMap((n) => (n.arguments ?? []).map((a) => a.name.value)));
  const untaught = (a: { name: string; defaultValue?: unknown }) =>
    !known?.includes(a.name) && (written.has(a.name) || a.defaultValue !== undefined);
  if (!def || !known || def.args.some(untaught)) return null;
  const compiling: Compiling = {
    schema: info.schema,
    fragments: info.fragments,
    variables: info.variableValues,
    slots: 0,
    connections: [],
  };
  const root = info.fieldName;
  if (root === 'entity' || root === 'node' || root === 'nodes') {
    const sel = compileEntity(compiling, info.fieldNodes, ENTITY_KINDS);
    return sel && { root, sel, total: false, compiling, cypher: new Map() };
  }
  if (root === 'search') return compileSearch(info, compiling);
  const kind = ROOT_KINDS[root];
  if (!kind) return null;
  if (root === 'regions' || root === 'industrialChains') {
    const sel = compileEntity(compiling, info.fieldNodes, [kind]);
    return sel && { root, sel, total: false, compiling, cypher: new Map() };
  }
  const page = compileConnection(compiling, def, info.fieldNodes, kind);
  return page && { root, sel: page.sel, total: page.total, compiling, cypher: new Map() };
}

/** search(query, kinds, first) { entity score matched }: every `entity` alias shares the hit's one entity object. */
function compileSearch(info: GraphQLResolveInfo, compiling: Compiling): RootPlan | null {
  const hitType = info.schema.getType('SearchHit');
  if (!isObjectType(hitType)) return null;
  const entityNodes: FieldNode[] = [];
  let matched = false;
  for (const [, nodes] of collectSubfields(
    info.schema,
    info.fragments,
    info.variableValues,
    hitType,
    info.fieldNodes,
  )) {
    const name = nodes[0]?.name.value;
    if (nodes.some((n) => n.name.value !== name)) return null;
    if (name === 'entity') entityNodes.push(...nodes);
    else if (name === 'matched') matched = true;
    else if (name !== 'score' && name !== '__typename') return null;
  }
  const sel = compileEntity(compiling, entityNodes, ENTITY_KINDS);
  if (!sel) return null;
  if (matched) for (const ks of sel.byKind.values()) for (const p of ['name', 'aliases', 'nameEn']) ks.props.add(p);
  return { root: 'search', sel, total: false, compiling, cypher: new Map(), matched };
}

/** Directive use of an operation: whether only @include/@skip appear, and the variables they read. */
function directivesOf(info: GraphQLResolveInfo): { ok: boolean; variables: string[] } {
  let ok = true;
  const variables = new Set<string>();
  const scan = (node: OperationDefinitionNode | DocumentNode['definitions'][number]) =>
    visit(node, {
      Directive(d) {
        if (d.name.value !== 'include' && d.name.value !== 'skip') ok = false;
        for (const a of d.arguments ?? []) if (a.value.kind === Kind.VARIABLE) variables.add(a.value.name.value);
      },
    });
  scan(info.operation);
  for (const f of Object.values(info.fragments)) scan(f);
  return { ok, variables: [...variables] };
}

class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }
  get size(): number {
    return this.map.size;
  }
}

interface OperationEntry {
  ok: boolean;
  variables: string[];
  plans: Lru<string, RootPlan | null>;
}

/** Plans per parsed operation (yoga caches parsed documents, so a repeated query is the same object). */
const operations = new Lru<OperationDefinitionNode, OperationEntry>(500);

/** How many operations hold cached plans (for tests). */
export const cachedOperations = () => operations.size;

function planFor(info: GraphQLResolveInfo): RootPlan | null {
  let entry = operations.get(info.operation);
  if (!entry) {
    entry = { ...directivesOf(info), plans: new Lru(32) };
    operations.set(info.operation, entry);
  }
  if (!entry.ok) return null;
  const variables = entry.variables.map((v) => info.variableValues[v] ?? null);
  const key = `${info.path.key}\u0000${JSON.stringify(variables)}`;
  let plan = entry.plans.get(key);
  if (plan === undefined) {
    plan = compileRoot(info);
    entry.plans.set(key, plan);
  }
  return plan;
}

// ------------------------------------------------------------------------------------------- running

function cypherOf(plan: RootPlan, mode: string, build: () => string): string {
  let text = plan.cypher.get(mode);
  if (text === undefined) {
    text = build();
    plan.cypher.set(mode, text);
  }
  return text;
}

/** Binds every nested connection's page arguments; throws what the resolver would throw on bad ones. */
function bindConnections(plan: RootPlan, info: GraphQLResolveInfo, params: Params): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const c of plan.compiling.connections) {
    const args = getArgumentValues(c.def, c.node, info.variableValues) as {
      first?: number | null;
      after?: string | null;
      status?: string | null;
    };
    const { offset, limit } = pageWindow(args);
    offsets.set(c.slot, offset);
    params[`${c.slot}o`] = int(offset);
    params[`${c.slot}l`] = int(limit);
    if (c.status) params[`${c.slot}st`] = args.status ?? null;
  }
  return offsets;
}

/** Parameters of a by-key-or-name lookup, the way findEntities reads the text; null for an empty text. */
function lookupParams(text: string, param: string, kind: EntityKind | null, params: Params): 'key' | 'name' | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  params[`${param}Kind`] = kind;
  const key = isEntityKey(trimmed) ? trimmed : keyFromGlobalId(trimmed);
  if (key) {
    params[`${param}Key`] = key;
    return 'key';
  }
  const name = normalizeName(trimmed);
  params[`${param}Name`] = name;
  params[`${param}Query`] = exactNameLookups([name])[0]?.query;
  return 'name';
}

function entityOfId(id: string): { key: string; kind: EntityKind } | null {
  try {
    const decoded = decodeGlobalID(id);
    const kind = kindOfLabel(decoded.typename);
    return kind && decoded.id !== '' ? { key: decoded.id, kind } : null;
  } catch {
    return null;
  }
}

type Args = Record<string, unknown>;

async function runPlan(plan: RootPlan, args: Args, ctx: Context, info: GraphQLResolveInfo): Promise<unknown> {
  const params: Params = {};
  let offsets: Map<string, number>;
  try {
    offsets = bindConnections(plan, info, params);
  } catch {
    return FALLBACK;
  }
  // Built only when this plan's Cypher for the argument shape is not cached yet.
  const body = () => {
    const p = projection('e', plan.sel);
    return [...p.calls, `RETURN ${p.expr} AS root`].join('\n');
  };
  switch (plan.root) {
    case 'entity': {
      const mode = lookupParams(String(args.name), 'e', (args.kind as EntityKind | null) ?? null, params);
      if (!mode) return null;
      const cypher = cypherOf(
        plan,
        mode,
        () => `${lookup('e', 'e', mode)}\nWITH e ORDER BY e.kind, e.key LIMIT 1\n${body()}`,
      );
      const [row] = await ctx.db.read<{ root: Raw }>(cypher, params);
      // A name naming nothing is NOT_FOUND with the nearest candidates: the resolver says so, with its message.
      if (!row?.root) return FALLBACK;
      return shape(plan.sel, row.root, offsets);
    }
    case 'node': {
      const id = entityOfId(String(args.id));
      if (!id) return FALLBACK;
      Object.assign(params, { key: id.key, kind: id.kind });
      const cypher = cypherOf(plan, '', () => `MATCH (e:Entity {key: $key}) WHERE e.kind = $kind\n${body()}`);
      const [row] = await ctx.db.read<{ root: Raw }>(cypher, params);
      return shape(plan.sel, row?.root ?? null, offsets);
    }
    case 'nodes': {
      const ids = (args.ids as string[]).map(entityOfId);
      if (ids.some((i) => i === null)) return FALLBACK;
      params.items = ids.map((id, i) => ({ i: int(i), key: id?.key, kind: id?.kind }));
      const cypher = cypherOf(
        plan,
        '',
        () =>
          `UNWIND $items AS item CALL (item) {\nOPTIONAL MATCH (e:Entity {key: item.key}) WHERE e.kind = item.kind\n${body()} }\nRETURN item.i AS i, root`,
      );
      const rows = await ctx.db.read<{ i: number; root: Raw | null }>(cypher, params);
      const out: (EntityRow | null)[] = ids.map(() => null);
      for (const r of rows) out[r.i] = shape(plan.sel, r.root, offsets);
      return out;
    }
    case 'search':
      return runSearch(plan, args, ctx, params, offsets);
    default:
      return runList(plan, args, ctx, params, offsets);
  }
}

/** As searchEntities, with the hits' entities projected; anything the resolver would refuse falls back. */
async function runSearch(
  plan: RootPlan,
  args: Args,
  ctx: Context,
  params: Params,
  offsets: Map<string, number>,
): Promise<unknown> {
  const text = String(args.query).trim();
  const first = (args.first as number | null | undefined) ?? 10;
  if (text === '' || text.length > MAX_QUERY_LENGTH || !Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    return FALLBACK;
  }
  Object.assign(params, {
    query: [...new Set([text, toSimplified(text)])].map(escapeLucene).join(' '),
    exactLookups: exactNameLookups([normalizeName(text)]),
    kinds: args.kinds ?? null,
    limit: int(first),
    candidates: int(Math.max(first * 5, 50)),
  });
  const cypher = cypherOf(plan, '', () => {
    const p = projection('e', plan.sel);
    return [
      `${SEARCH_CANDIDATES}
       WITH node AS e, score ORDER BY score DESC, e.name LIMIT $limit`,
      ...p.calls,
      `RETURN ${p.expr} AS entity, score`,
    ].join('\n');
  });
  const rows = await ctx.db.read<{ entity: Raw; score: number }>(cypher, params);
  return rows.map((r) => {
    const entity = shape(plan.sel, r.entity, offsets) as EntityRow;
    return { entity, score: r.score, matched: plan.matched ? bestMatch(text, entity) : '' };
  });
}

async function runList(
  plan: RootPlan,
  args: Args,
  ctx: Context,
  params: Params,
  offsets: Map<string, number>,
): Promise<Connection<EntityRow> | EntityRow[] | typeof FALLBACK> {
  const kind = ROOT_KINDS[plan.root] as EntityKind;
  let window: { offset: number; limit: number };
  try {
    window =
      plan.root === 'industrialChains'
        ? { offset: 0, limit: listCount(args.first as number | null, ROOT_LIST) }
        : pageWindow(
            plan.root === 'regions'
              ? { first: (args.first as number | null) ?? 100, after: args.after as string | null }
              : (args as { first?: number | null; after?: string | null }),
          );
  } catch {
    return FALLBACK;
  }
  params.offset = int(window.offset);
  params.limit = int(window.limit);
  const conditions: string[] = [];
  const lookups: string[] = [];
  const filtered: string[] = [];
  let mode = '';
  for (const [arg, filterKind, rel] of [
    ['region', 'REGION', '-[:LOCATED_IN*1..4]->'],
    ['chain', 'INDUSTRIAL_CHAIN', '-[:IN_CHAIN]->'],
  ] as const) {
    const value = args[arg];
    if (value === null || value === undefined) continue;
    const found = lookupParams(String(value), arg, filterKind, params);
    if (!found) return FALLBACK;
    mode += `${arg}:${found};`;
    lookups.push(`CALL () { ${lookup('x', arg, found)} RETURN collect(x.key) AS ${arg}Keys }`);
    conditions.push(`EXISTS { MATCH (e)${rel}(x:Entity) WHERE x.key IN ${arg}Keys }`);
    filtered.push(`${arg}Keys`);
  }
  for (const arg of ['status', 'tier'] as const) {
    if (args[arg] === null || args[arg] === undefined) continue;
    mode += `${arg};`;
    params[arg] = args[arg];
    conditions.push(`e.${arg} = $${arg}`);
  }
  const cypher = cypherOf(plan, mode, () => {
    const scope = `CALL (${filtered.join(', ')})`;
    const match = `MATCH (e:${labelOf(kind)})${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
    const p = projection('e', plan.sel);
    return [
      ...lookups,
      ...(plan.total ? [`${scope} { ${match} RETURN count(e) AS total }`] : []),
      `${scope} { ${match}`,
      'WITH e ORDER BY e.name, e.key SKIP $offset LIMIT $limit',
      ...p.calls,
      `RETURN collect(${p.expr}) AS items }`,
      `RETURN ${[...filtered, ...(plan.total ? ['total'] : []), 'items'].join(', ')}`,
    ].join('\n');
  });
  const [row] = await ctx.db.read<Record<string, unknown>>(cypher, params);
  if (!row) return FALLBACK;
  // A filter naming nothing is NOT_FOUND: the resolver says so, with its message.
  if (filtered.some((f) => (row[f] as unknown[]).length === 0)) return FALLBACK;
  const items = shapeAll(plan.sel, row.items as Raw[], offsets);
  if (plan.root === 'regions' || plan.root === 'industrialChains') return items;
  const total = plan.total ? Number(row.total) : window.offset + items.length;
  return pageOf(items, window.offset, total);
}

// ------------------------------------------------------------------------------------------- installing

type Resolver = GraphQLFieldResolver<unknown, Context>;

const readPrecomputed =
  (resolve: Resolver): Resolver =>
  (source, args, context, info) => {
    const pre = (source as Raw | null)?.[PRECOMPUTED];
    if (pre?.has(info.path.key as string)) return pre.get(info.path.key as string);
    return resolve(source, args, context, info);
  };

const compiledRoot =
  (resolve: Resolver): Resolver =>
  async (source, args, context, info) => {
    if (context.config.QUERY_COMPILER === 'off') return resolve(source, args, context, info);
    const plan = planFor(info);
    if (!plan) return resolve(source, args, context, info);
    const out = await runPlan(plan, args, context, info);
    return out === FALLBACK ? resolve(source, args, context, info) : out;
  };

/**
 * Installs the compiler on a schema: the root fields it knows try a plan first, and the fields of the entity types
 * return a value their parent row was handed (else resolve as they always did).
 */
export function installCompiler(schema: GraphQLSchema): GraphQLSchema {
  for (const name of [...ENTITY_KINDS.map((k) => KIND_SPECS[k].label), 'Mention']) {
    const type = schema.getType(name);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) field.resolve = readPrecomputed(field.resolve);
    }
  }
  const query = schema.getQueryType();
  for (const name of Object.keys(ROOT_ARGS)) {
    const field = query?.getFields()[name];
    if (field?.resolve) field.resolve = compiledRoot(field.resolve);
  }
  return schema;
}
