import { builder } from '../../builder';
import type { ProjectStatus } from '../../domain/enums';
import { pageArgs, pageWindow } from '../common/connection';
import { ProjectStatusEnum } from '../common/enums';
import { QuantityRef } from '../common/evidence';
import { quantityOf } from '../common/rows';
import { filterKeys } from '../entity/resolve';
import { entityNode, kindConnection, kindRef, listKind, relatedEntities } from '../entity/schema';
import { WITHIN_HELP, withinKeys } from '../region/within';

export const ProjectRef = entityNode('PROJECT');

builder.objectFields(ProjectRef, (t) => ({
  status: t.field({ type: ProjectStatusEnum, resolve: (p) => p.status as ProjectStatus }),
  phase: t.string({ nullable: true, description: 'e.g. "一期", "二期".', resolve: (p) => p.phase ?? null }),
  capacity: t.field({ type: QuantityRef, nullable: true, resolve: (p) => quantityOf(p as never, 'capacity') }),
  investment: t.field({ type: QuantityRef, nullable: true, resolve: (p) => quantityOf(p as never, 'investment') }),
  region: t.field({
    type: kindRef('REGION'),
    nullable: true,
    resolve: async (p, _a, ctx) =>
      (await relatedEntities(ctx, p.key, { type: 'LOCATED_IN', direction: 'OUT', target: 'REGION' }))[0] ?? null,
  }),
  developers: t.field({
    type: [kindRef('COMPANY')],
    resolve: (p, _a, ctx) => relatedEntities(ctx, p.key, { type: 'DEVELOPS', direction: 'IN', target: 'COMPANY' }),
  }),
  chains: t.field({
    type: [kindRef('INDUSTRIAL_CHAIN')],
    resolve: (p, _a, ctx) =>
      relatedEntities(ctx, p.key, { type: 'IN_CHAIN', direction: 'OUT', target: 'INDUSTRIAL_CHAIN' }),
  }),
  programs: t.field({
    type: [kindRef('POLICY')],
    resolve: (p, _a, ctx) => relatedEntities(ctx, p.key, { type: 'UNDER_PROGRAM', direction: 'OUT', target: 'POLICY' }),
  }),
  parent: t.field({
    type: ProjectRef,
    nullable: true,
    description: 'The whole project this one is a phase or part of.',
    resolve: async (p, _a, ctx) =>
      (await relatedEntities(ctx, p.key, { type: 'PART_OF', direction: 'OUT', target: 'PROJECT' }))[0] ?? null,
  }),
  phases: t.field({
    type: [ProjectRef],
    resolve: (p, _a, ctx) => relatedEntities(ctx, p.key, { type: 'PART_OF', direction: 'IN', target: 'PROJECT' }),
  }),
}));

builder.queryField('projects', (t) =>
  t.field({
    type: kindConnection('PROJECT'),
    description: 'Projects by name; filter by status, region (including the regions below it) and chain.',
    args: {
      status: t.arg({ type: ProjectStatusEnum }),
      region: t.arg.string(),
      within: t.arg.string({ description: WITHIN_HELP }),
      chain: t.arg.string(),
      ...pageArgs,
    },
    resolve: async (_r, args, ctx) => {
      const page = pageWindow(args);
      const regions = await filterKeys(ctx, args.region, 'REGION', 'region');
      const chains = await filterKeys(ctx, args.chain, 'INDUSTRIAL_CHAIN', 'chain');
      const within = await withinKeys(ctx, args.within);
      return listKind(
        ctx,
        {
          kind: 'PROJECT',
          where: args.status ? { status: args.status } : {},
          related: [
            ...(regions
              ? [{ type: 'LOCATED_IN' as const, direction: 'OUT' as const, keys: regions, recursive: true }]
              : []),
            ...(chains ? [{ type: 'IN_CHAIN' as const, direction: 'OUT' as const, keys: chains }] : []),
            ...(within
              ? [{ type: 'LOCATED_IN' as const, direction: 'OUT' as const, keys: within, recursive: true }]
              : []),
          ],
        },
        page,
      );
    },
  }),
);
