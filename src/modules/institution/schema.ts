import { builder } from '../../builder';
import { entityNode, kindRef, relatedEntities } from '../entity/schema';

export const InstitutionRef = entityNode('INSTITUTION');

builder.objectFields(InstitutionRef, (t) => ({
  region: t.field({
    type: kindRef('REGION'),
    nullable: true,
    resolve: async (i, _a, ctx) =>
      (await relatedEntities(ctx, i.key, { type: 'LOCATED_IN', direction: 'OUT', target: 'REGION' }))[0] ?? null,
  }),
}));
