import { builder } from '../../builder';
import type { CHAIN_TIERS } from '../../seed/schema';
import { ENTITY_LIST, firstOf, listArgs, listCount, pageArgs, ROOT_LIST } from '../common/connection';
import { listEntities } from '../entity/repository';
import { filterKeys } from '../entity/resolve';
import { relatedConnection, relatedEntities } from '../entity/schema';
import { IndustrialChainRef } from '../entity/types';
import { normalizePeriod } from '../figure/period';
import { ObservationRef } from '../figure/schema';
import { CompanyConnection, ProjectConnection } from '../project/schema';

export const ChainTierEnum = builder.enumType('ChainTier', {
  values: {
    GROUP: { description: 'A named group of chains, e.g. the "3+13+N" 产业链群.' },
    THOUSAND_BILLION_CLUSTER: { description: '千亿级产业集群.' },
    KEY_CHAIN: {},
    STRATEGIC_EMERGING: {},
    FUTURE: {},
    TRADITIONAL: {},
    CLUSTER: {},
  },
});

builder.objectFields(IndustrialChainRef, (t) => ({
  tier: t.field({ type: ChainTierEnum, resolve: (c) => c.tier as (typeof CHAIN_TIERS)[number] }),
  group: t.field({
    type: IndustrialChainRef,
    nullable: true,
    description: 'The group this chain belongs to.',
    resolve: async (c, _a, ctx) =>
      (await relatedEntities(ctx, c.key, { type: 'PART_OF', direction: 'OUT', target: 'INDUSTRIAL_CHAIN' }))[0] ?? null,
  }),
  members: t.field({
    type: [IndustrialChainRef],
    resolve: (c, _a, ctx) =>
      relatedEntities(ctx, c.key, { type: 'PART_OF', direction: 'IN', target: 'INDUSTRIAL_CHAIN' }),
  }),
  projects: t.field({
    type: ProjectConnection,
    args: { ...pageArgs },
    resolve: (c, args, ctx) =>
      relatedConnection(ctx, c.key, { type: 'IN_CHAIN', direction: 'IN', target: 'PROJECT' }, args),
  }),
  companies: t.field({
    type: CompanyConnection,
    args: { ...pageArgs },
    resolve: (c, args, ctx) =>
      relatedConnection(ctx, c.key, { type: 'IN_CHAIN', direction: 'IN', target: 'COMPANY' }, args),
  }),
  observations: t.field({
    type: [ObservationRef],
    args: { indicator: t.arg.string(), period: t.arg.string(), ...listArgs(ENTITY_LIST) },
    resolve: async (c, args, ctx) => {
      const indicators = await filterKeys(ctx, args.indicator, 'INDICATOR', 'indicator');
      const period = normalizePeriod(args.period);
      const all = await ctx.loaders.observationsOfSubject.load(c.key);
      return firstOf(
        all.filter((o) => (!indicators || indicators.includes(o.indicator)) && (!period || o.period === period)),
        args.first,
        ENTITY_LIST,
      );
    },
  }),
}));

builder.queryField('industrialChains', (t) =>
  t.field({
    type: [IndustrialChainRef],
    args: { tier: t.arg({ type: ChainTierEnum }), ...listArgs(ROOT_LIST) },
    resolve: async (_r, args, ctx) =>
      (
        await listEntities(
          ctx.db,
          { kind: 'INDUSTRIAL_CHAIN', where: args.tier ? { tier: args.tier } : {} },
          0,
          listCount(args.first, ROOT_LIST),
        )
      ).items,
  }),
);
