import { builder } from '../../builder';
import { ENTITY_KINDS, type EntityKind, LABEL_OF_KIND } from '../../domain/kinds';
import { RELATION_TYPES } from '../../domain/relations';
import {
  type Connection,
  connectionType,
  type PageArgs,
  pageArgs,
  pageOf,
  pageWindow,
  paginate,
} from '../common/connection';
import { EvidenceRef } from '../common/evidence';
import { type EvidenceRow, evidenceOf } from '../common/rows';
import { DocumentRef } from '../document/schema';
import type { RelationSpec } from './loaders';
import type { EntityRow, MentionRow, RelatedRow } from './repository';

export const EntityKindEnum = builder.enumType('EntityKind', { values: ENTITY_KINDS });
export const DirectionEnum = builder.enumType('Direction', {
  values: { OUT: { description: 'This entity is the start of the relationship.' }, IN: {} },
});

/** GraphQL type names are the Neo4j labels. */
export const TYPE_OF_KIND: Record<EntityKind, string> = LABEL_OF_KIND;

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

// biome-ignore lint/suspicious/noExplicitAny: the Pothos context type, kept loose to avoid a cycle
type Ctx = any;

/** The entity with this key; `known` (a row fetched along with the parent) is used and cached instead of a load. */
export async function loadEntity(ctx: Ctx, key: string, known?: EntityRow | null): Promise<EntityRow> {
  if (known && known.key === key) {
    ctx.loaders.entityByKey.prime(key, known);
    return known;
  }
  const row = await ctx.loaders.entityByKey.load(key);
  if (!row) throw new Error(`dangling entity reference ${key}`);
  return row;
}

/** The entities related to `parent` by one relationship spec, batched per request. */
export async function relatedEntities(ctx: Ctx, parentKey: string, spec: RelationSpec): Promise<EntityRow[]> {
  const rows: RelatedRow[] = await ctx.loaders.related(spec).load(parentKey);
  return rows.map((r) => r.node);
}

/** A connection over one relationship spec: the page is cut in Cypher, batched per request and page window. */
export async function relatedConnection(
  ctx: Ctx,
  parentKey: string,
  spec: RelationSpec,
  args: PageArgs,
): Promise<Connection<EntityRow>> {
  const { offset, limit } = pageWindow(args);
  const page: { total: number; items: EntityRow[] } = await ctx.loaders
    .relatedPage(spec, offset, limit)
    .load(parentKey);
  return pageOf(page.items, offset, page.total);
}

EntityRef.implement({
  description: 'Something the reports name: a region, company, institution, project, chain, policy or indicator.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (row) => TYPE_OF_KIND[row.kind],
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

/** Declares one concrete entity type (Region, Company, …): a Relay node implementing Entity. */
export function entityNode(kind: EntityKind, description: string) {
  const name = TYPE_OF_KIND[kind];
  return builder.node(builder.objectRef<EntityRow>(name), {
    description,
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
