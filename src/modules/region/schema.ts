import { builder } from '../../builder';
import type { RegionLevel } from '../../domain/enums';
import { pageArgs, pageWindow, paginate } from '../common/connection';
import { ProjectStatusEnum, RegionLevelEnum } from '../common/enums';
import { entityNode, kindConnection, listKind, relatedConnection, relatedEntities } from '../entity/schema';
import { figureListField } from '../figure/schema';

export const RegionRef = entityNode('REGION');

builder.objectFields(RegionRef, (t) => ({
  level: t.field({ type: RegionLevelEnum, resolve: (r) => r.level as RegionLevel }),
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
    type: kindConnection('PROJECT'),
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
    type: kindConnection('COMPANY'),
    description: 'Companies located here or in any region below it.',
    args: { ...pageArgs },
    resolve: (r, args, ctx) =>
      relatedConnection(ctx, r.key, { type: 'LOCATED_IN', direction: 'IN', target: 'COMPANY', recursive: true }, args),
  }),
}));
figureListField(RegionRef, 'observations', 'subject');
figureListField(RegionRef, 'rankings', 'subject');

builder.queryField('regions', (t) =>
  t.field({
    type: [RegionRef],
    description: 'Regions by name; page with first and after (after is the endCursor-style offset of this list).',
    args: { first: t.arg.int(), after: t.arg.string() },
    // A bare list, as the public contract has it (the other kinds' lists with many entries are connections).
    resolve: async (_r, args, ctx) =>
      (await listKind(ctx, { kind: 'REGION' }, pageWindow({ first: args.first ?? 100, after: args.after }))).edges.map(
        (e) => e.node,
      ),
  }),
);
