import { builder } from '../../builder';
import type { ChainTier } from '../../domain/enums';
import { listArgs, pageArgs, ROOT_LIST } from '../common/connection';
import { ChainTierEnum } from '../common/enums';
import { entityNode, kindConnection, listAllOfKind, relatedConnection, relatedEntities } from '../entity/schema';
import { figureListField } from '../figure/schema';

export const IndustrialChainRef = entityNode('INDUSTRIAL_CHAIN');

builder.objectFields(IndustrialChainRef, (t) => ({
  tier: t.field({ type: ChainTierEnum, resolve: (c) => c.tier as ChainTier }),
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
    type: kindConnection('PROJECT'),
    args: { ...pageArgs },
    resolve: (c, args, ctx) =>
      relatedConnection(ctx, c.key, { type: 'IN_CHAIN', direction: 'IN', target: 'PROJECT' }, args),
  }),
  companies: t.field({
    type: kindConnection('COMPANY'),
    args: { ...pageArgs },
    resolve: (c, args, ctx) =>
      relatedConnection(ctx, c.key, { type: 'IN_CHAIN', direction: 'IN', target: 'COMPANY' }, args),
  }),
}));
figureListField(IndustrialChainRef, 'observations', 'subject');

builder.queryField('industrialChains', (t) =>
  t.field({
    type: [IndustrialChainRef],
    args: { tier: t.arg({ type: ChainTierEnum }), ...listArgs(ROOT_LIST) },
    resolve: (_r, args, ctx) =>
      listAllOfKind(ctx, { kind: 'INDUSTRIAL_CHAIN', where: args.tier ? { tier: args.tier } : {} }, args.first),
  }),
);
