import { builder } from '../../builder';
import { DocumentRef } from '../document/schema';
import type { EvidenceRow, QuantityRow } from './rows';

// The GraphQL types of evidence and quantities; their row shapes and readers are in ./rows (no builder there).

export const EvidenceRef = builder.objectRef<EvidenceRow>('Evidence').implement({
  description: 'Where a fact comes from: the report and the verbatim sentence or clause.',
  fields: (t) => ({
    document: t.field({
      type: DocumentRef,
      resolve: async (e, _args, ctx) => {
        if (e.document) {
          ctx.loaders.documentByKey.prime(e.doc, e.document);
          return e.document;
        }
        const doc = await ctx.loaders.documentByKey.load(e.doc);
        if (!doc) throw new Error(`evidence points at a missing document ${e.doc}`);
        return doc;
      },
    }),
    quote: t.exposeString('quote', { description: 'Verbatim text from the document (a sentence or clause).' }),
    offset: t.exposeInt('offset', {
      nullable: true,
      description: 'Character offset of the quote in the document text (UTF-16 code units, as JavaScript counts).',
    }),
  }),
});

export const QuantityRef = builder.objectRef<QuantityRow>('Quantity').implement({
  description: 'An amount with the unit the report uses (亿元, 万美元, 万人, 公斤, %…).',
  fields: (t) => ({
    value: t.exposeFloat('value'),
    unit: t.exposeString('unit'),
    text: t.exposeString('text', { description: 'The amount as the report wrote it, e.g. "53.87亿元".' }),
    evidence: t.field({
      type: EvidenceRef,
      nullable: true,
      description:
        "Where a report states this amount, when it is an entity's own (a project's investment or capacity read by " +
        'ingest); null where the enclosing fact carries the evidence, or for curated amounts.',
      resolve: (q) => q.evidence ?? null,
    }),
  }),
});
