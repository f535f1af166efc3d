import { builder } from '../../builder';
import { firstOf, listArgs, ROOT_LIST } from '../common/connection';
import type { DocumentRow } from './repository';
import { listDocuments } from './repository';

export const ScriptEnum = builder.enumType('Script', { values: ['SIMPLIFIED', 'TRADITIONAL'] as const });

export const DocumentRef = builder.node(builder.objectRef<DocumentRow>('Document'), {
  description: 'A source report. Every fact in the graph points at a quote from one of these.',
  id: { resolve: (d) => d.key },
  loadMany: (keys, ctx) => Promise.all(keys.map((k) => ctx.loaders.documentByKey.load(k))),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'script' in value && 'title' in value,
  fields: (t) => ({
    key: t.exposeString('key'),
    title: t.exposeString('title'),
    publisher: t.exposeString('publisher', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', { nullable: true }),
    period: t.exposeString('period', {
      nullable: true,
      description: 'The period the report is about, e.g. "2025-H1".',
    }),
    script: t.field({ type: ScriptEnum, resolve: (d) => d.script }),
    text: t.string({
      resolve: async (d, _a, ctx) => d.text ?? (await ctx.loaders.documentText.load(d.key)) ?? '',
    }),
  }),
});

builder.queryField('documents', (t) =>
  t.field({
    type: [DocumentRef],
    description: 'Every source report, newest first.',
    args: { ...listArgs(ROOT_LIST) },
    resolve: async (_root, args, ctx) => firstOf(await listDocuments(ctx.db), args.first, ROOT_LIST),
  }),
);
