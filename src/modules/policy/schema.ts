import { builder } from '../../builder';
import { POLICY_KINDS } from '../../seed/schema';
import { ENTITY_LIST, firstOf, listArgs, listCount, pageArgs, paginate, ROOT_LIST } from '../common/connection';
import { listEntities } from '../entity/repository';
import { relatedEntities } from '../entity/schema';
import { IndustrialChainRef, PolicyRef, RegionRef } from '../entity/types';
import { FundingRef, ObservationRef } from '../figure/schema';
import { ProjectConnection } from '../project/schema';

export const PolicyKindEnum = builder.enumType('PolicyKind', { values: POLICY_KINDS });

builder.objectFields(PolicyRef, (t) => ({
  policyKind: t.field({ type: PolicyKindEnum, resolve: (p) => p.policyKind as (typeof POLICY_KINDS)[number] }),
  issuer: t.field({
    type: RegionRef,
    nullable: true,
    description: 'The region whose government runs it (焦作市, 河南省, 全国).',
    resolve: async (p, _a, ctx) =>
      (await relatedEntities(ctx, p.key, { type: 'ISSUED_BY', direction: 'OUT', target: 'REGION' }))[0] ?? null,
  }),
  projects: t.field({
    type: ProjectConnection,
    description: 'Projects carried out under it or funded by it.',
    args: { ...pageArgs },
    resolve: async (p, args, ctx) => {
      const [under, funded] = await Promise.all([
        relatedEntities(ctx, p.key, { type: 'UNDER_PROGRAM', direction: 'IN', target: 'PROJECT' }),
        relatedEntities(ctx, p.key, { type: 'FUNDS', direction: 'OUT', target: 'PROJECT' }),
      ]);
      return paginate([...new Map([...under, ...funded].map((e) => [e.key, e])).values()], args);
    },
  }),
  chains: t.field({
    type: [IndustrialChainRef],
    resolve: (p, _a, ctx) =>
      relatedEntities(ctx, p.key, { type: 'UNDER_PROGRAM', direction: 'IN', target: 'INDUSTRIAL_CHAIN' }),
  }),
  fundings: t.field({
    type: [FundingRef],
    description: 'Money raised or granted under it, per period.',
    args: { ...listArgs(ENTITY_LIST) },
    resolve: async (p, args, ctx) => firstOf(await ctx.loaders.fundingsOfPolicy.load(p.key), args.first, ENTITY_LIST),
  }),
  targets: t.field({
    type: [ObservationRef],
    description: 'Targets it sets (observations of kind TARGET).',
    args: { ...listArgs(ENTITY_LIST) },
    resolve: async (p, args, ctx) => firstOf(await ctx.loaders.targetsOfPolicy.load(p.key), args.first, ENTITY_LIST),
  }),
}));

builder.queryField('policies', (t) =>
  t.field({
    type: [PolicyRef],
    args: { policyKind: t.arg({ type: PolicyKindEnum }), ...listArgs(ROOT_LIST) },
    resolve: async (_r, args, ctx) =>
      (
        await listEntities(
          ctx.db,
          { kind: 'POLICY', where: args.policyKind ? { policyKind: args.policyKind } : {} },
          0,
          listCount(args.first, ROOT_LIST),
        )
      ).items,
  }),
);
