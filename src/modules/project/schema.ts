import { builder } from '../../builder';
import { PROJECT_STATUSES } from '../../domain/enums';
import { connectionType, pageArgs, pageOf, pageWindow } from '../common/connection';
import { QuantityRef } from '../common/evidence';
import { quantityOf } from '../common/rows';
import { listEntities } from '../entity/repository';
import { filterKeys } from '../entity/resolve';
import { relatedEntities } from '../entity/schema';
import { CompanyRef, IndustrialChainRef, PolicyRef, ProjectRef, RegionRef } from '../entity/types';

export const ProjectStatusEnum = builder.enumType('ProjectStatus', { values: PROJECT_STATUSES });
export const ProjectConnection = connectionType('Project', ProjectRef);
export const CompanyConnection = connectionType('Company', CompanyRef);

builder.objectFields(ProjectRef, (t) => ({
  status: t.field({ type: ProjectStatusEnum, resolve: (p) => p.status as (typeof PROJECT_STATUSES)[number] }),
  phase: t.string({ nullable: true, description: 'e.g. "一期", "二期".', resolve: (p) => p.phase ?? null }),
  capacity: t.field({ type: QuantityRef, nullable: true, resolve: (p) => quantityOf(p as never, 'capacity') }),
  investment: t.field({ type: QuantityRef, nullable: true, resolve: (p) => quantityOf(p as never, 'investment') }),
  region: t.field({
    type: RegionRef,
    nullable: true,
    resolve: async (p, _a, ctx) =>
      (await relatedEntities(ctx, p.key, { type: 'LOCATED_IN', direction: 'OUT', target: 'REGION' }))[0] ?? null,
  }),
  developers: t.field({
    type: [CompanyRef],
    resolve: (p, _a, ctx) => relatedEntities(ctx, p.key, { type: 'DEVELOPS', direction: 'IN', target: 'COMPANY' }),
  }),
  chains: t.field({
    type: [IndustrialChainRef],
    resolve: (p, _a, ctx) =>
      relatedEntities(ctx, p.key, { type: 'IN_CHAIN', direction: 'OUT', target: 'INDUSTRIAL_CHAIN' }),
  }),
  programs: t.field({
    type: [PolicyRef],
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

builder.queryFields((t) => ({
  projects: t.field({
    type: ProjectConnection,
    description: 'Projects by name; filter by status, region (including the regions below it) and chain.',
    args: {
      status: t.arg({ type: ProjectStatusEnum }),
      region: t.arg.string(),
      chain: t.arg.string(),
      ...pageArgs,
    },
    resolve: async (_r, args, ctx) => {
      const { offset, limit } = pageWindow(args);
      const regions = await filterKeys(ctx, args.region, 'REGION', 'region');
      const chains = await filterKeys(ctx, args.chain, 'INDUSTRIAL_CHAIN', 'chain');
      const { total, items } = await listEntities(
        ctx.db,
        {
          kind: 'PROJECT',
          where: args.status ? { status: args.status } : {},
          related: [
            ...(regions
              ? [{ type: 'LOCATED_IN' as const, direction: 'OUT' as const, keys: regions, recursive: true }]
              : []),
            ...(chains ? [{ type: 'IN_CHAIN' as const, direction: 'OUT' as const, keys: chains }] : []),
          ],
        },
        offset,
        limit,
      );
      return pageOf(items, offset, total);
    },
  }),
  companies: t.field({
    type: CompanyConnection,
    description: 'Companies by name.',
    args: { ...pageArgs },
    resolve: async (_r, args, ctx) => {
      const { offset, limit } = pageWindow(args);
      const { total, items } = await listEntities(ctx.db, { kind: 'COMPANY' }, offset, limit);
      return pageOf(items, offset, total);
    },
  }),
}));
