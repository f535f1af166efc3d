import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder';
import { labelOf } from '../../domain/kinds';
import { badInput } from '../../errors';
import { EntityKindEnum } from '../common/enums';
import { EvidenceRef } from '../common/evidence';
import { evidenceOf } from '../common/rows';
import { isEntityKey, requireEntities } from '../entity/resolve';
import { EntityRef } from '../entity/schema';
import { type EdgeRow, graphStats, neighborhood, type StatsRow, shortestPath } from './repository';

export const PATH_DEFAULT_HOPS = 4;
export const PATH_MAX_HOPS = 6;
export const NEIGHBORHOOD_MAX_DEPTH = 3;
export const NEIGHBORHOOD_DEFAULT_LIMIT = 100;
export const NEIGHBORHOOD_MAX_LIMIT = 500;

interface GraphEdgeShape extends EdgeRow {
  sourceKind: string;
  targetKind: string;
}

const GraphEdgeRef = builder.objectRef<GraphEdgeShape>('GraphEdge').implement({
  description: "A relationship between two entities; source and target are the entities' ids.",
  fields: (t) => ({
    id: t.id({ resolve: (e) => `${e.type}:${e.source}->${e.target}` }),
    type: t.exposeString('type'),
    source: t.id({ resolve: (e) => encodeGlobalID(e.sourceKind, e.source) }),
    target: t.id({ resolve: (e) => encodeGlobalID(e.targetKind, e.target) }),
    evidence: t.field({ type: [EvidenceRef], resolve: (e) => evidenceOf(e) }),
  }),
});

type SubgraphShape = Awaited<ReturnType<typeof neighborhood>>;

function withKinds(graph: SubgraphShape): { nodes: SubgraphShape['nodes']; edges: GraphEdgeShape[] } {
  const kindOf = new Map(graph.nodes.map((n) => [n.key, labelOf(n.kind)]));
  return {
    nodes: graph.nodes,
    edges: graph.edges.map((e) => ({
      ...e,
      sourceKind: kindOf.get(e.source) ?? 'Entity',
      targetKind: kindOf.get(e.target) ?? 'Entity',
    })),
  };
}

const PathRef = builder.objectRef<ReturnType<typeof withKinds>>('Path').implement({
  fields: (t) => ({
    length: t.int({ resolve: (p) => p.edges.length }),
    nodes: t.field({ type: [EntityRef], resolve: (p) => p.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (p) => p.edges }),
  }),
});

const SubgraphRef = builder.objectRef<ReturnType<typeof withKinds>>('Subgraph').implement({
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (g) => g.edges }),
  }),
});

const GraphStatsRef = builder.objectRef<StatsRow>('GraphStats').implement({
  fields: (t) => ({
    documents: t.exposeInt('documents'),
    entities: t.exposeInt('entities'),
    relationships: t.exposeInt('relationships'),
    observations: t.exposeInt('observations'),
    rankings: t.exposeInt('rankings'),
    fundings: t.exposeInt('fundings'),
  }),
});

function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be between ${min} and ${max} (got ${value}).`);
  }
  return value;
}

builder.queryFields((t) => ({
  path: t.field({
    type: PathRef,
    nullable: true,
    description: `Shortest relationship path between two entities (ids, keys or names); null when none within maxHops.`,
    args: {
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
      maxHops: t.arg.int({ description: `Default ${PATH_DEFAULT_HOPS}, at most ${PATH_MAX_HOPS}.` }),
    },
    resolve: async (_r, args, ctx) => {
      const hops = checkRange('maxHops', args.maxHops ?? PATH_DEFAULT_HOPS, 1, PATH_MAX_HOPS);
      // Two different keys: the path query finds both ends itself (one round trip). No path means either no
      // path or a missing end; the lookup below tells which (and names the missing one).
      const fromKey = args.from.trim();
      const toKey = args.to.trim();
      const triedDirect = isEntityKey(fromKey) && isEntityKey(toKey) && fromKey !== toKey;
      if (triedDirect) {
        const direct = await shortestPath(ctx.db, fromKey, toKey, hops);
        if (direct) return withKinds(direct);
      }
      // Both ends in one batch (one round trip), not one after the other.
      const [[from], [to]] = await Promise.all([
        requireEntities(ctx, args.from, null, 'from'),
        requireEntities(ctx, args.to, null, 'to'),
      ]);
      if (!from || !to) return null;
      if (from.key === to.key) return { nodes: [from], edges: [] };
      if (triedDirect && from.key === fromKey && to.key === toKey) return null;
      const found = await shortestPath(ctx.db, from.key, to.key, hops);
      return found ? withKinds(found) : null;
    },
  }),
  neighborhood: t.field({
    type: SubgraphRef,
    description: 'The entity and everything within depth hops, nearest first: for drawing or for a notebook.',
    args: {
      of: t.arg.string({ required: true }),
      depth: t.arg.int({ description: `Default 1, at most ${NEIGHBORHOOD_MAX_DEPTH}.` }),
      kinds: t.arg({ type: [EntityKindEnum] }),
      limit: t.arg.int({
        description: `Most nodes returned (default ${NEIGHBORHOOD_DEFAULT_LIMIT}, at most ${NEIGHBORHOOD_MAX_LIMIT}).`,
      }),
    },
    resolve: async (_r, args, ctx) => {
      const depth = checkRange('depth', args.depth ?? 1, 1, NEIGHBORHOOD_MAX_DEPTH);
      const limit = checkRange('limit', args.limit ?? NEIGHBORHOOD_DEFAULT_LIMIT, 1, NEIGHBORHOOD_MAX_LIMIT);
      // A key: the neighbourhood query finds the centre itself (one round trip); nothing back means no such key,
      // and the lookup below says so.
      if (isEntityKey(args.of)) {
        const direct = await neighborhood(ctx.db, args.of.trim(), depth, args.kinds ?? null, limit);
        if (direct.nodes.length > 0) return withKinds(direct);
      }
      const [center] = await requireEntities(ctx, args.of, null, 'of');
      if (!center) return { nodes: [], edges: [] };
      return withKinds(await neighborhood(ctx.db, center.key, depth, args.kinds ?? null, limit));
    },
  }),
  stats: t.field({ type: GraphStatsRef, resolve: (_r, _a, ctx) => graphStats(ctx.db) }),
}));
