import { createHash, timingSafeEqual } from 'node:crypto';
import { builder } from '../../builder';
import { AppError } from '../../errors';
import { DocumentRef } from '../document/schema';

// ingestReport is always in the schema; it writes only with a configured INGEST_TOKEN and a matching
// "Authorization: Bearer <token>" header, compared in constant time.

const digest = (s: string) => createHash('sha256').update(s).digest();

export function tokenMatches(expected: string | undefined, header: string | null | undefined): boolean {
  if (!expected || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  return timingSafeEqual(digest(match[1] as string), digest(expected));
}

const IngestReportInput = builder.inputType('IngestReportInput', {
  fields: (t) => ({
    key: t.string({
      required: true,
      description: "Stable key; ingesting the same key again replaces that document's facts.",
    }),
    title: t.string({ required: true }),
    text: t.string({ required: true }),
    publisher: t.string(),
    publishedAt: t.string({ description: 'e.g. "2025-08-11"' }),
    period: t.string({
      description: 'The period the report covers, e.g. "2025-H1"; inferred from the text when absent.',
    }),
    subject: t.string({ description: 'The region 我市/全市 stand for, e.g. "焦作市"; inferred when absent.' }),
  }),
});

interface InferenceShape {
  value: string | null;
  confidence: number;
  reason: string;
  warning: string | null;
}

const IngestInference = builder.objectRef<InferenceShape>('IngestInference').implement({
  description: 'A property of the report as given by the caller or inferred from its title, head and opening.',
  fields: (t) => ({
    value: t.exposeString('value', { nullable: true, description: 'null when nothing could be inferred.' }),
    confidence: t.exposeFloat('confidence', { description: '1 when given; below 0.5 a guess.' }),
    reason: t.exposeString('reason', { description: 'Where the value came from, e.g. \'the title says "上半年"\'.' }),
    warning: t.exposeString('warning', { nullable: true, description: 'What to check; null when given.' }),
  }),
});

const IngestInferred = builder
  .objectRef<{ period: InferenceShape; subject: InferenceShape }>('IngestInferred')
  .implement({
    description: "The report's period and subject region, with how they were decided.",
    fields: (t) => ({
      period: t.field({ type: IngestInference, resolve: (i) => i.period }),
      subject: t.field({ type: IngestInference, resolve: (i) => i.subject }),
    }),
  });

interface Payload {
  documentKey: string;
  inferred: { period: InferenceShape; subject: InferenceShape };
  entitiesCreated: number;
  entitiesLinked: number;
  observations: number;
  rankings: number;
  warnings: string[];
}

const IngestReportPayload = builder.objectRef<Payload>('IngestReportPayload').implement({
  fields: (t) => ({
    document: t.field({
      type: DocumentRef,
      resolve: async (p, _a, ctx) => {
        const doc = await ctx.loaders.documentByKey.load(p.documentKey);
        if (!doc) throw new AppError('NOT_FOUND', `document ${p.documentKey} was not found after ingest`);
        return doc;
      },
    }),
    entitiesCreated: t.exposeInt('entitiesCreated'),
    entitiesLinked: t.exposeInt('entitiesLinked'),
    observations: t.exposeInt('observations'),
    rankings: t.exposeInt('rankings'),
    warnings: t.exposeStringList('warnings'),
    inferred: t.field({
      type: IngestInferred,
      description: 'The period and subject the facts were filed under: given, or inferred and why.',
      resolve: (p) => p.inferred,
    }),
  }),
});

builder.mutationType({});
builder.mutationField('ingestReport', (t) =>
  t.field({
    type: IngestReportPayload,
    description:
      'Extract entities, figures and rankings from a report and merge them into the graph. Needs a write token.',
    args: { input: t.arg({ type: IngestReportInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!ctx.config.INGEST_TOKEN) {
        throw new AppError(
          'UNAUTHENTICATED',
          'Ingest is disabled on this server: it needs INGEST_TOKEN to be configured.',
        );
      }
      if (!tokenMatches(ctx.config.INGEST_TOKEN, ctx.request?.headers.get('authorization'))) {
        throw new AppError(
          'UNAUTHENTICATED',
          'Ingest needs the header "Authorization: Bearer <token>" with the server\'s ingest token.',
        );
      }
      // The pipeline (extraction rules, gazetteer, worker pool) loads on the first ingest, not in every server.
      const [{ ingestReport }, { sharedPipelinePool }] = await Promise.all([
        import('../../ingest/ingest'),
        import('../../ingest/worker-pool'),
      ]);
      const outcome = await ingestReport(
        ctx.maintenanceDb,
        {
          key: input.key,
          title: input.title,
          text: input.text,
          publisher: input.publisher ?? null,
          publishedAt: input.publishedAt ?? null,
          period: input.period ?? null,
          subject: input.subject ?? null,
        },
        {
          deadlineMs: ctx.config.INGEST_DEADLINE_MS,
          pool: ctx.config.INGEST_WORKERS === 0 ? 'in-thread' : sharedPipelinePool(ctx.config.INGEST_WORKERS),
        },
      );
      ctx.loaders.documentByKey.clear(input.key);
      return {
        documentKey: input.key,
        entitiesCreated: outcome.entitiesCreated,
        entitiesLinked: outcome.entitiesLinked,
        observations: outcome.observations,
        rankings: outcome.rankings,
        warnings: outcome.warnings,
        inferred: outcome.result.inferred,
      };
    },
  }),
);
