import { builder } from '../../builder';
import type { PolicyKind } from '../../domain/enums';
import { ENTITY_LIST, firstOf, listArgs, pageArgs, paginate, ROOT_LIST } from '../common/connection';
import { PolicyKindEnum } from '../common/enums';
import { entityNode, kindConnection, kindRef, listAllOfKind, relatedEntities } from '../entity/schema';
import { FundingRef, ObservationRef } from '../figure/schema';

export const PolicyRef = entityNode('POLICY');

builder.objectFields(PolicyRef, (t) => ({
  policyKind: t.field({ type: PolicyKindEnum, resolve: (p) => p.policyKind as PolicyKind }),
  issuer: t.field({
    type: kindRef('REGION'),
    nullable: true,
    description: 'The region whose government runs it (焦作市, 河南省, 全国).',
    resolve: async (p, _a, ctx) =>
      (await relatedEntities(ctx, p.key, { type: 'ISSUED_BY', direction: 'OUT', target: 'REGION' }))[0] ?? null,
  }),
  projects: t.field({
    type: kindConnection('PROJECT'),
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
    type: [kindRef('INDUSTRIAL_CHAIN')],
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
    resolve: (_r, args, ctx) =>
      listAllOfKind(ctx, { kind: 'POLICY', where: args.policyKind ? { policyKind: args.policyKind } : {} }, args.first),
  }),
);
