import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { type EntityKind, KIND_SPECS } from '../domain/kinds';
import { COMMON_LOCAL, CONNECTIONS, type ConnectionField, KIND_LOCAL, RELATIONS, type RelationField } from './specs';

// The plan of one root field: for each position that holds entities, per possible kind, the properties to project
// and the relation and connection fields to fetch in nested subqueries. Built from the selection set as graphql-js
// collects it (aliases, fragments, inline fragments, @include/@skip under the request's variables); null when the
// selection holds anything the compiler was not taught.

type AnyField = GraphQLField<unknown, unknown>;

export interface EntitySel {
  byKind: Map<EntityKind, KindSel>;
}

export interface KindSel {
  props: Set<string>;
  relations: RelationPlan[];
  connections: ConnectionPlan[];
  mentions: MentionsPlan[];
}

/** Page arguments (first, after, and status where the field has it) bound per request. */
export interface PageBinding {
  slot: string;
  def: AnyField;
  node: FieldNode;
  status: boolean;
}

/** `mentions(first, after)` of an entity: the page of its mentions, newest document first. */
export interface MentionsPlan extends PageBinding {
  key: string;
  total: boolean;
  /** `entity` under each response key: the mentioned entity itself. */
  entities: { key: string; sel: EntitySel }[];
  /** Whether evidence { document } is selected (the document's row is then fetched with the mention). */
  document: boolean;
}

export interface RelationPlan {
  /** The response key (alias or name) the value is handed to the resolver under. */
  key: string;
  /** Unique within the plan: the Cypher variable and map key of this field's value. */
  slot: string;
  field: RelationField;
  sel: EntitySel;
}

export interface ConnectionPlan extends PageBinding {
  key: string;
  field: ConnectionField;
  sel: EntitySel;
  /** Whether totalCount or pageInfo is selected (both need the total). */
  total: boolean;
}

export interface Compiling {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  slots: number;
  /** Every connection in the plan: their page arguments are bound per request. */
  connections: PageBinding[];
}

const own = <T>(table: Readonly<Record<string, T>> | undefined, name: string): T | undefined =>
  table && Object.hasOwn(table, name) ? table[name] : undefined;

/** Fields merged under one response key must be the same field (they are, unless aliases collide across edges). */
function fieldName(nodes: readonly FieldNode[]): string | null {
  const name = nodes[0]?.name.value;
  return name && nodes.every((n) => n.name.value === name) ? name : null;
}

/** The schema field has exactly the arguments the compiler knows (a newly added argument is not compiled). */
function knownArgs(def: AnyField, known: readonly string[]): boolean {
  return def.args.every((a) => known.includes(a.name));
}

/** The selection of `nodes` at a position holding entities of `kinds`. */
export function compileEntity(
  c: Compiling,
  nodes: readonly FieldNode[],
  kinds: readonly EntityKind[],
): EntitySel | null {
  const byKind = new Map<EntityKind, KindSel>();
  for (const kind of kinds) {
    const type = c.schema.getType(KIND_SPECS[kind].label);
    if (!isObjectType(type)) return null;
    const sel: KindSel = { props: new Set(), relations: [], connections: [], mentions: [] };
    const fields = type.getFields();
    for (const [key, fieldNodes] of collectSubfields(c.schema, c.fragments, c.variables, type, nodes)) {
      const name = fieldName(fieldNodes);
      if (!name) return null;
      if (name === '__typename') continue;
      const def = fields[name];
      if (!def) return null;
      const local = own(COMMON_LOCAL, name) ?? own(KIND_LOCAL[kind], name);
      if (local) {
        if (def.args.length > 0) return null;
        for (const p of local) sel.props.add(p);
        continue;
      }
      const relation = own(RELATIONS[kind], name);
      if (relation) {
        if (def.args.length > 0) return null;
        const child = compileEntity(c, fieldNodes, [relation.spec.target]);
        if (!child) return null;
        sel.relations.push({ key, slot: `s${c.slots++}`, field: relation, sel: child });
        continue;
      }
      const connection = own(CONNECTIONS[kind], name);
      const first = fieldNodes[0];
      if (connection && first && knownArgs(def, connection.args)) {
        const page = compileConnection(c, def, fieldNodes, connection.spec.target);
        if (!page) return null;
        const status = connection.args.includes('status');
        const plan = { key, slot: `s${c.slots++}`, field: connection, ...page, def, node: first, status };
        sel.connections.push(plan);
        c.connections.push(plan);
        continue;
      }
      if (name === 'mentions' && first && knownArgs(def, ['first', 'after'])) {
        const mentions = compileMentions(c, def, fieldNodes, kind);
        if (!mentions) return null;
        const plan = { key, slot: `s${c.slots++}`, ...mentions, def, node: first, status: false };
        sel.mentions.push(plan);
        c.connections.push(plan);
        continue;
      }
      return null;
    }
    byKind.set(kind, sel);
  }
  return { byKind };
}

/** A `<Kind>Connection` selection: edges { cursor node }, pageInfo, totalCount. */
export function compileConnection(
  c: Compiling,
  def: AnyField,
  nodes: readonly FieldNode[],
  target: EntityKind,
): { sel: EntitySel; total: boolean } | null {
  const page = connectionNodes(c, def, nodes);
  const sel = page && compileEntity(c, page.nodes, [target]);
  return page && sel ? { sel, total: page.total } : null;
}

/** The `node` selections of a connection's edges, and whether its total is needed. */
function connectionNodes(
  c: Compiling,
  def: AnyField,
  nodes: readonly FieldNode[],
): { nodes: FieldNode[]; total: boolean; type: GraphQLObjectType } | null {
  const connType = getNamedType(def.type);
  if (!isObjectType(connType)) return null;
  const edgesDef = connType.getFields().edges;
  const edgeType = edgesDef ? getNamedType(edgesDef.type) : undefined;
  let total = false;
  const nodeNodes: FieldNode[] = [];
  for (const [, fieldNodes] of collectSubfields(c.schema, c.fragments, c.variables, connType, nodes)) {
    const name = fieldName(fieldNodes);
    if (name === '__typename') continue;
    if (name === 'totalCount' || name === 'pageInfo') {
      total = true;
      continue;
    }
    if (name !== 'edges' || !edgeType || !isObjectType(edgeType)) return null;
    for (const [, edgeNodes] of collectSubfields(c.schema, c.fragments, c.variables, edgeType, fieldNodes)) {
      const edgeField = fieldName(edgeNodes);
      if (edgeField === '__typename' || edgeField === 'cursor') continue;
      if (edgeField !== 'node') return null;
      nodeNodes.push(...edgeNodes);
    }
  }
  const nodeDef = isObjectType(edgeType) ? edgeType.getFields().node : undefined;
  const nodeType = nodeDef && getNamedType(nodeDef.type);
  return isObjectType(nodeType) ? { nodes: nodeNodes, total, type: nodeType } : null;
}

const DOCUMENT_FIELDS = new Set(['__typename', 'id', 'key', 'title', 'publisher', 'publishedAt', 'period', 'script']);

function compileMentions(
  c: Compiling,
  def: AnyField,
  nodes: readonly FieldNode[],
  kind: EntityKind,
): Omit<MentionsPlan, keyof PageBinding | 'key'> | null {
  const page = connectionNodes(c, def, nodes);
  if (!page) return null;
  const entities: MentionsPlan['entities'] = [];
  let document = false;
  for (const [key, fieldNodes] of collectSubfields(c.schema, c.fragments, c.variables, page.type, page.nodes)) {
    const name = fieldName(fieldNodes);
    const fieldType = name ? page.type.getFields()[name]?.type : undefined;
    const type = fieldType && getNamedType(fieldType);
    if (name === '__typename') continue;
    if (name === 'entity') {
      const sel = compileEntity(c, fieldNodes, [kind]);
      if (!sel) return null;
      entities.push({ key, sel });
      continue;
    }
    if (name !== 'evidence' || !isObjectType(type)) return null;
    for (const [, evNodes] of collectSubfields(c.schema, c.fragments, c.variables, type, fieldNodes)) {
      const evField = fieldName(evNodes);
      if (evField === '__typename' || evField === 'quote' || evField === 'offset') continue;
      const docType = evField === 'document' ? getNamedType(type.getFields().document?.type ?? type) : undefined;
      if (!isObjectType(docType)) return null;
      for (const [, docNodes] of collectSubfields(c.schema, c.fragments, c.variables, docType, evNodes)) {
        if (!DOCUMENT_FIELDS.has(fieldName(docNodes) ?? '')) return null;
      }
      document = true;
    }
  }
  return { total: page.total, entities, document };
}
