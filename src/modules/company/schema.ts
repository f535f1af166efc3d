import { builder } from '../../builder';
import { pageArgs, pageWindow } from '../common/connection';
import { entityNode, kindConnection, kindRef, listKind, relatedConnection, relatedEntities } from '../entity/schema';

export const CompanyRef = entityNode('COMPANY');

builder.objectFields(CompanyRef, (t) => ({
  region: t.field({
    type: kindRef('REGION'),
    nullable: true,
    resolve: async (c, _a, ctx) =>
      (await relatedEntities(ctx, c.key, { type: 'LOCATED_IN', direction: 'OUT', target: 'REGION' }))[0] ?? null,
  }),
  projects: t.field({
    type: kindConnection('PROJECT'),
    description: 'Projects this company builds, invests in or runs.',
    args: { ...pageArgs },
    resolve: (c, args, ctx) =>
      relatedConnection(ctx, c.key, { type: 'DEVELOPS', direction: 'OUT', target: 'PROJECT' }, args),
  }),
  chains: t.field({
    type: [kindRef('INDUSTRIAL_CHAIN')],
    resolve: (c, _a, ctx) =>
      relatedEntities(ctx, c.key, { type: 'IN_CHAIN', direction: 'OUT', target: 'INDUSTRIAL_CHAIN' }),
  }),
}));

builder.queryField('companies', (t) =>
  t.field({
    type: kindConnection('COMPANY'),
    description: 'Companies by name.',
    args: { ...pageArgs },
    resolve: (_r, args, ctx) => listKind(ctx, { kind: 'COMPANY' }, pageWindow(args)),
  }),
);
