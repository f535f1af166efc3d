import type { ObjectRef } from '@pothos/core';
import { builder, type Types } from '../../builder';
import type { Context } from '../../context';
import { type EntityKind, KIND_SPECS } from '../../domain/kinds';
import { RELATION_TYPES } from '../../domain/relations';
import {
  type Connection,
  connectionType,
  listCount,
  type PageArgs,
  pageArgs,
  pageOf,
  pageWindow,
  paginate,
  ROOT_LIST,
} from '../common/connection';
import { DirectionEnum, EntityKindEnum } from '../common/enums';
import { EvidenceRef } from '../common/evidence';
import { type EvidenceRow, evidenceOf } from '../common/rows';
import { DocumentRef } from '../document/schema';
import type { RelationSpec } from './loaders';
import { type EntityFilter, type EntityRow, listEntities, type MentionRow, type RelatedRow } from './repository';

// The shared core of the entity kinds: the Entity interface, mentions and neighbours, the helpers every kind's
// module uses (loadEntity, relatedEntities, relatedConnection, listKind) and entityNode/kindRef/kindConnection,
// through which each kind's module declares its type and others refer to it without importing that module.

export const EntityRef = builder.interfaceRef<EntityRow>('Entity');

interface MentionShape {
  entity: string;
  evidence: EvidenceRow;
}
const toMention = (m: MentionRow): MentionShape => ({
  entity: m.entity,
  evidence: { doc: m.doc, quote: m.quote, offset: m.offset },
});

export const MentionRef = builder.objectRef<MentionShape>('Mention').implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (m, _a, ctx) => loadEntity(ctx, m.entity) }),
    evidence: t.field({ type: EvidenceRef, resolve: (m) => m.evidence }),
  }),
});
export const MentionConnection = connectionType<MentionShape>('Mention', MentionRef);

const NeighborEdgeRef = builder.objectRef<{ cursor: string; node: RelatedRow }>('NeighborEdge').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: EntityRef, resolve: (e) => e.node.node }),
    relation: t.string({
      description: 'Relationship type, e.g. DEVELOPS, LOCATED_IN, IN_CHAIN, UNDER_PROGRAM, FUNDS, PART_OF.',
      resolve: (e) => e.node.type,
    }),
    direction: t.field({ type: DirectionEnum, resolve: (e) => e.node.direction }),
    evidence: t.field({ type: [EvidenceRef], resolve: (e) => evidenceOf(e.node) }),
  }),
});
const NeighborConnection = builder.objectRef<ReturnType<typeof paginate<RelatedRow>>>('NeighborConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [NeighborEdgeRef], resolve: (c) => c.edges }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (c) => c.pageInfo }),
    totalCount: t.exposeInt('totalCount'),
  }),
});

/** The entity with this key; `known` (a row fetched along with the parent) is used and cached instead of a load. */
export async function loadEntity(ctx: Context, key: string, known?: EntityRow | null): Promise<EntityRow> {
  if (known && known.key === key) {
    ctx.loaders.entityByKey.prime(key, known);
    return known;
  }
  const row = await ctx.loaders.entityByKey.load(key);
  if (!row) throw new Error(`dangling entity reference ${key}`);
  return row;
}

/** The entities related to `parent` by one relationship spec, batched per request. */
export async function relatedEntities(ctx: Context, parentKey: string, spec: RelationSpec): Promise<EntityRow[]> {
  const rows = await ctx.loaders.related(spec).load(parentKey);
  return rows.map((r) => r.node);
}

/** A connection over one relationship spec: the page is cut in Cypher, batched per request and page window. */
export async function relatedConnection(
  ctx: Context,
  parentKey: string,
  spec: RelationSpec,
  args: PageArgs,
): Promise<Connection<EntityRow>> {
  const { offset, limit } = pageWindow(args);
  const page = await ctx.loaders.relatedPage(spec, offset, limit).load(parentKey);
  return pageOf(page.items, offset, page.total);
}

EntityRef.implement({
  description: 'Something the reports name: a region, company, institution, project, chain, policy or indicator.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (row) => KIND_SPECS[row.kind].label,
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Stable, human-readable key, e.g. "project/ningfu-juwan-power-battery"; survives re-seeding.',
    }),
    kind: t.field({ type: EntityKindEnum, resolve: (e) => e.kind }),
    name: t.exposeString('name', { description: 'Canonical simplified-Chinese name.' }),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    aliases: t.exposeStringList('aliases', {
      description: 'Every other name the reports use, including traditional-script forms and short names.',
    }),
    description: t.exposeString('description', { nullable: true }),
    mentions: t.field({
      type: MentionConnection,
      description: 'Where the reports mention this entity, newest document first.',
      args: { ...pageArgs },
      resolve: async (e, args, ctx) => paginate((await ctx.loaders.mentionsOfEntity.load(e.key)).map(toMention), args),
    }),
    neighbors: t.field({
      type: NeighborConnection,
      description: 'Entities one relationship away, with the relationship and its evidence on each edge.',
      args: {
        kinds: t.arg({ type: [EntityKindEnum], required: false }),
        relations: t.arg.stringList({ required: false, description: `Any of ${RELATION_TYPES.join(', ')}.` }),
        ...pageArgs,
      },
      resolve: async (e, args, ctx) => {
        const kinds = args.kinds ? new Set<string>(args.kinds) : undefined;
        const relations = args.relations ? new Set(args.relations.map((r) => r.toUpperCase())) : undefined;
        const rows = (await ctx.loaders.neighbors.load(e.key)).filter(
          (r) => (!kinds || kinds.has(r.node.kind)) && (!relations || relations.has(r.type)),
        );
        return paginate(rows, args);
      },
    }),
  }),
});

builder.objectField(DocumentRef, 'mentions', (t) =>
  t.field({
    type: MentionConnection,
    description: 'The entities this report mentions, in text order.',
    args: { ...pageArgs },
    resolve: async (d, args, ctx) => paginate((await ctx.loaders.mentionsInDocument.load(d.key)).map(toMention), args),
  }),
);

/** The one list entry point for kinds: a page of one kind's entities, filtered, ordered by name, with the total. */
export async function listKind(
  ctx: Context,
  filter: EntityFilter,
  page: { offset: number; limit: number },
): Promise<Connection<EntityRow>> {
  const { total, items } = await listEntities(ctx.db, filter, page.offset, page.limit);
  return pageOf(items, page.offset, total);
}

/**
 * The first `first` entities of a kind that pass the filter (ROOT_LIST bounds), for the root lists the public contract
 * keeps as plain lists.
 */
export async function listAllOfKind(
  ctx: Context,
  filter: EntityFilter,
  first: number | null | undefined,
): Promise<EntityRow[]> {
  return (await listEntities(ctx.db, filter, 0, listCount(first, ROOT_LIST))).items;
}

type EntityObjectRef = ObjectRef<Types, EntityRow>;
const kindRefs = new Map<EntityKind, EntityObjectRef>();
const kindConnections = new Map<EntityKind, ObjectRef<Types, Connection<EntityRow>>>();

/** The object type of a kind (named by its label), for fields of other modules; its own module implements it. */
export function kindRef(kind: EntityKind): EntityObjectRef {
  let ref = kindRefs.get(kind);
  if (!ref) {
    ref = builder.objectRef<EntityRow>(KIND_SPECS[kind].label);
    kindRefs.set(kind, ref);
  }
  return ref;
}

/** `<Label>Connection` of a kind, declared on first use. */
export function kindConnection(kind: EntityKind): ObjectRef<Types, Connection<EntityRow>> {
  let ref = kindConnections.get(kind);
  if (!ref) {
    ref = connectionType<EntityRow>(KIND_SPECS[kind].label, kindRef(kind));
    kindConnections.set(kind, ref);
  }
  return ref;
}

/** Implements a kind's type (Region, Company, …) as a Relay node implementing Entity; its module adds the fields. */
export function entityNode(kind: EntityKind) {
  return builder.node(kindRef(kind), {
    description: KIND_SPECS[kind].description,
    interfaces: [EntityRef],
    id: { resolve: (e) => e.key },
    loadMany: async (keys, ctx) => {
      const rows = await Promise.all(keys.map((k) => ctx.loaders.entityByKey.load(k)));
      return rows.map((r) => (r && r.kind === kind ? r : null));
    },
    isTypeOf: (value) => (value as EntityRow).kind === kind,
    fields: () => ({}),
  });
}
