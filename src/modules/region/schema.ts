import { builder } from '../../builder';
import type { RegionLevel } from '../../domain/enums';
import { pageArgs, pageWindow, paginate } from '../common/connection';
import { ProjectStatusEnum, RegionLevelEnum } from '../common/enums';
import { entityNode, kindConnection, listKind, relatedConnection, relatedEntities } from '../entity/schema';
import { figureListField } from '../figure/schema';
import { ancestorCodes, childrenIn, pickParent } from './hierarchy';
import { regionByCode, scopeOf } from './within';

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
    description:
      'The nearest region above it that the graph holds: by division code for places of the national list (焦作市 → ' +
      '河南省 → 中国), else by its LOCATED_IN edge (a development zone → its county).',
    resolve: async (r, _a, ctx) =>
      pickParent(r, await ctx.loaders.regionParent.load({ key: r.key, ancestors: ancestorCodes(r) })),
  }),
  children: t.field({
    type: [RegionRef],
    description: 'The regions of the graph whose parent this is, by name.',
    resolve: async (r, _a, ctx) => childrenIn(await scopeOf(ctx, r)),
  }),
  descendants: t.field({
    type: kindConnection('REGION'),
    description:
      'Every region of the graph below this one (children, their children, …), by name; of one level if given.',
    args: { level: t.arg({ type: RegionLevelEnum }), ...pageArgs },
    resolve: async (r, args, ctx) => {
      const scope = await scopeOf(ctx, r);
      const below = scope.members.filter((m) => m.key !== r.key && (!args.level || m.level === args.level));
      return paginate(below, args);
    },
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

builder.queryFields((t) => ({
  regions: t.field({
    type: [RegionRef],
    description: 'Regions by name; page with first and after (after is the endCursor-style offset of this list).',
    args: { first: t.arg.int(), after: t.arg.string() },
    // A bare list, as the public contract has it (the other kinds' lists with many entries are connections).
    resolve: async (_r, args, ctx) =>
      (await listKind(ctx, { kind: 'REGION' }, pageWindow({ first: args.first ?? 100, after: args.after }))).edges.map(
        (e) => e.node,
      ),
  }),
  region: t.field({
    type: RegionRef,
    nullable: true,
    description:
      'The region with this administrative division code (GB/T 2260, six digits: "410000" 河南省, "410800" 焦作市, ' +
      '"410825" 温县). NOT_FOUND when no report names that place yet.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => regionByCode(ctx, args.code, 'code'),
  }),
}));
