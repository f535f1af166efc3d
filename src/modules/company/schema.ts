import { builder } from '../../builder';
import { pageArgs, pageWindow } from '../common/connection';
import { entityNode, kindConnection, kindRef, listKind, relatedConnection, relatedEntities } from '../entity/schema';
import { WITHIN_HELP, withinKeys } from '../region/within';

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
    description: 'Companies by name; within a region (and everything below it) if given.',
    args: { within: t.arg.string({ description: WITHIN_HELP }), ...pageArgs },
    resolve: async (_r, args, ctx) => {
      const page = pageWindow(args);
      const within = await withinKeys(ctx, args.within);
      return listKind(
        ctx,
        {
          kind: 'COMPANY',
          related: within ? [{ type: 'LOCATED_IN', direction: 'OUT', keys: within, recursive: true }] : [],
        },
        page,
      );
    },
  }),
);
