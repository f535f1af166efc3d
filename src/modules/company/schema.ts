import { builder } from '../../builder';
import { pageArgs } from '../common/connection';
import { relatedConnection, relatedEntities } from '../entity/schema';
import { CompanyRef, IndustrialChainRef, InstitutionRef, RegionRef } from '../entity/types';
import { ProjectConnection } from '../project/schema';

const regionOf = (key: string, ctx: Parameters<typeof relatedEntities>[0]) =>
  relatedEntities(ctx, key, { type: 'LOCATED_IN', direction: 'OUT', target: 'REGION' }).then((r) => r[0] ?? null);

builder.objectFields(CompanyRef, (t) => ({
  region: t.field({ type: RegionRef, nullable: true, resolve: (c, _a, ctx) => regionOf(c.key, ctx) }),
  projects: t.field({
    type: ProjectConnection,
    description: 'Projects this company builds, invests in or runs.',
    args: { ...pageArgs },
    resolve: (c, args, ctx) =>
      relatedConnection(ctx, c.key, { type: 'DEVELOPS', direction: 'OUT', target: 'PROJECT' }, args),
  }),
  chains: t.field({
    type: [IndustrialChainRef],
    resolve: (c, _a, ctx) =>
      relatedEntities(ctx, c.key, { type: 'IN_CHAIN', direction: 'OUT', target: 'INDUSTRIAL_CHAIN' }),
  }),
}));

builder.objectFields(InstitutionRef, (t) => ({
  region: t.field({ type: RegionRef, nullable: true, resolve: (i, _a, ctx) => regionOf(i.key, ctx) }),
}));
