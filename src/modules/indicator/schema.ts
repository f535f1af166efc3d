import { builder } from '../../builder';
import { listArgs, ROOT_LIST } from '../common/connection';
import { entityNode, listAllOfKind } from '../entity/schema';
import { figureListField } from '../figure/schema';

export const IndicatorRef = entityNode('INDICATOR');

builder.objectFields(IndicatorRef, (t) => ({
  unit: t.string({ nullable: true, resolve: (i) => i.unit ?? null }),
}));
figureListField(IndicatorRef, 'observations', 'indicator');
figureListField(IndicatorRef, 'rankings', 'indicator');

builder.queryField('indicators', (t) =>
  t.field({
    type: [IndicatorRef],
    args: { ...listArgs(ROOT_LIST) },
    resolve: (_r, args, ctx) => listAllOfKind(ctx, { kind: 'INDICATOR' }, args.first),
  }),
);
