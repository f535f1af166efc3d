import { builder } from '../../builder';
import { listEntities } from '../entity/repository';
import { filterKeys } from '../entity/resolve';
import { IndicatorRef } from '../entity/types';
import { normalizePeriod } from '../figure/period';
import { ObservationRef, RankingRef } from '../figure/schema';

builder.objectFields(IndicatorRef, (t) => ({
  unit: t.string({ nullable: true, resolve: (i) => i.unit ?? null }),
  observations: t.field({
    type: [ObservationRef],
    args: { subject: t.arg.string(), period: t.arg.string() },
    resolve: async (i, args, ctx) => {
      const subjects = await filterKeys(ctx, args.subject, null, 'subject');
      const period = normalizePeriod(args.period);
      return (await ctx.loaders.observationsOfIndicator.load(i.key)).filter(
        (o) => (!subjects || subjects.includes(o.subject)) && (!period || o.period === period),
      );
    },
  }),
  rankings: t.field({
    type: [RankingRef],
    args: { subject: t.arg.string(), period: t.arg.string() },
    resolve: async (i, args, ctx) => {
      const subjects = await filterKeys(ctx, args.subject, null, 'subject');
      const period = normalizePeriod(args.period);
      return (await ctx.loaders.rankingsOfIndicator.load(i.key)).filter(
        (o) => (!subjects || subjects.includes(o.subject)) && (!period || o.period === period),
      );
    },
  }),
}));

builder.queryField('indicators', (t) =>
  t.field({
    type: [IndicatorRef],
    resolve: async (_r, _a, ctx) => (await listEntities(ctx.db, { kind: 'INDICATOR' }, 0, 10_000)).items,
  }),
);
