import { builder } from '../../builder';
import { REGION_LEVELS } from '../../seed/schema';
import { ENTITY_LIST, firstOf, listArgs, pageArgs, paginate } from '../common/connection';
import { filterKeys } from '../entity/resolve';
import { relatedConnection, relatedEntities } from '../entity/schema';
import { RegionRef } from '../entity/types';
import { normalizePeriod } from '../figure/period';
import { ObservationRef, RankingRef } from '../figure/schema';
import { CompanyConnection, ProjectConnection, ProjectStatusEnum } from '../project/schema';

export const RegionLevelEnum = builder.enumType('RegionLevel', { values: REGION_LEVELS });

builder.objectFields(RegionRef, (t) => ({
  level: t.field({ type: RegionLevelEnum, resolve: (r) => r.level as (typeof REGION_LEVELS)[number] }),
  code: t.string({
    nullable: true,
    description: 'Administrative division code (GB/T 2260), e.g. "410800" for 焦作市, where known.',
    resolve: (r) => r.code ?? null,
  }),
  parent: t.field({
    type: RegionRef,
    nullable: true,
    resolve: async (r, _a, ctx) =>
      (await relatedEntities(ctx, r.key, { type: 'LOCATED_IN', direction: 'OUT', target: 'REGION' }))[0] ?? null,
  }),
  children: t.field({
    type: [RegionRef],
    resolve: (r, _a, ctx) => relatedEntities(ctx, r.key, { type: 'LOCATED_IN', direction: 'IN', target: 'REGION' }),
  }),
  projects: t.field({
    type: ProjectConnection,
    description: 'Projects located here or in any region below it.',
    args: { status: t.arg({ type: ProjectStatusEnum }), ...pageArgs },
    resolve: async (r, args, ctx) => {
      const spec = { type: 'LOCATED_IN', direction: 'IN', target: 'PROJECT', recursive: true } as const;
      if (!args.status) return relatedConnection(ctx, r.key, spec, args);
      const all = await relatedEntities(ctx, r.key, spec);
      return paginate(
        all.filter((p) => p.status === args.status),
        args,
      );
    },
  }),
  companies: t.field({
    type: CompanyConnection,
    description: 'Companies located here or in any region below it.',
    args: { ...pageArgs },
    resolve: (r, args, ctx) =>
      relatedConnection(ctx, r.key, { type: 'LOCATED_IN', direction: 'IN', target: 'COMPANY', recursive: true }, args),
  }),
  observations: t.field({
    type: [ObservationRef],
    args: { indicator: t.arg.string(), period: t.arg.string(), ...listArgs(ENTITY_LIST) },
    resolve: async (r, args, ctx) => {
      const indicators = await filterKeys(ctx, args.indicator, 'INDICATOR', 'indicator');
      const period = normalizePeriod(args.period);
      const all = await ctx.loaders.observationsOfSubject.load(r.key);
      return firstOf(
        all.filter((o) => (!indicators || indicators.includes(o.indicator)) && (!period || o.period === period)),
        args.first,
        ENTITY_LIST,
      );
    },
  }),
  rankings: t.field({
    type: [RankingRef],
    args: { indicator: t.arg.string(), period: t.arg.string(), ...listArgs(ENTITY_LIST) },
    resolve: async (r, args, ctx) => {
      const indicators = await filterKeys(ctx, args.indicator, 'INDICATOR', 'indicator');
      const period = normalizePeriod(args.period);
      const all = await ctx.loaders.rankingsOfSubject.load(r.key);
      return firstOf(
        all.filter((o) => (!indicators || indicators.includes(o.indicator)) && (!period || o.period === period)),
        args.first,
        ENTITY_LIST,
      );
    },
  }),
}));
