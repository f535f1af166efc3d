import { builder } from '../../builder';
import { ENTITY_LIST, firstOf, listArgs, listCount, ROOT_LIST } from '../common/connection';
import { listEntities } from '../entity/repository';
import { filterKeys } from '../entity/resolve';
import { IndicatorRef } from '../entity/types';
import { normalizePeriod } from '../figure/period';
import { ObservationRef, RankingRef } from '../figure/schema';

builder.objectFields(IndicatorRef, (t) => ({
  unit: t.string({ nullable: true, resolve: (i) => i.unit ?? null }),
  observations: t.field({
    type: [ObservationRef],
    args: { subject: t.arg.string(), period: t.arg.string(), ...listArgs(ENTITY_LIST) },
    resolve: async (i, args, ctx) => {
      const subjects = await filterKeys(ctx, args.subject, null, 'subject');
      const period = normalizePeriod(args.period);
      const all = await ctx.loaders.observationsOfIndicator.load(i.key);
      return firstOf(
        all.filter((o) => (!subjects || subjects.includes(o.subject)) && (!period || o.period === period)),
        args.first,
        ENTITY_LIST,
      );
    },
  }),
  rankings: t.field({
    type: [RankingRef],
    args: { subject: t.arg.string(), period: t.arg.string(), ...listArgs(ENTITY_LIST) },
    resolve: async (i, args, ctx) => {
      const subjects = await filterKeys(ctx, args.subject, null, 'subject');
      const period = normalizePeriod(args.period);
      const all = await ctx.loaders.rankingsOfIndicator.load(i.key);
      return firstOf(
        all.filter((o) => (!subjects || subjects.includes(o.subject)) && (!period || o.period === period)),
        args.first,
        ENTITY_LIST,
      );
    },
  }),
}));

builder.queryField('indicators', (t) =>
  t.field({
    type: [IndicatorRef],
    args: { ...listArgs(ROOT_LIST) },
    resolve: async (_r, args, ctx) =>
      (await listEntities(ctx.db, { kind: 'INDICATOR' }, 0, listCount(args.first, ROOT_LIST))).items,
  }),
);
