import { builder } from '../../builder';
import type { DocumentRow } from '../document/repository';
import { DocumentRef } from '../document/schema';

// Evidence is stored on every fact as parallel lists (docs, quotes, offsets); Neo4j properties hold no maps.

export interface EvidenceRow {
  doc: string;
  quote: string;
  offset: number | null;
  /** The document's row when it was fetched along with the fact (no further round trip to resolve it). */
  document?: DocumentRow;
}

export interface EvidenceLists {
  docs?: string[] | null;
  quotes?: string[] | null;
  offsets?: number[] | null;
  /** Document rows fetched with the fact, by key. */
  documents?: ReadonlyMap<string, DocumentRow>;
}

export function evidenceOf(lists: EvidenceLists): EvidenceRow[] {
  const docs = lists.docs ?? [];
  return docs.map((doc, i) => {
    const offset = lists.offsets?.[i];
    const document = lists.documents?.get(doc);
    return {
      doc,
      quote: lists.quotes?.[i] ?? '',
      offset: offset === undefined || offset < 0 ? null : offset,
      ...(document ? { document } : {}),
    };
  });
}

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

export interface QuantityRow {
  value: number;
  unit: string;
  text: string;
  /** Where the report states it, for an entity's own amount (an ingested project's investment). */
  evidence?: EvidenceRow;
}

/**
 * Reads a quantity stored as <prefix>Value / <prefix>Unit / <prefix>Text properties, with its evidence where ingest
 * stored one (<prefix>Doc / <prefix>Quote / <prefix>Offset).
 */
export function quantityOf(row: Record<string, unknown>, prefix: string): QuantityRow | null {
  const value = row[`${prefix}Value`];
  if (typeof value !== 'number') return null;
  const doc = row[`${prefix}Doc`];
  const offset = row[`${prefix}Offset`];
  return {
    value,
    unit: String(row[`${prefix}Unit`] ?? ''),
    text: String(row[`${prefix}Text`] ?? value),
    ...(typeof doc === 'string'
      ? {
          evidence: {
            doc,
            quote: String(row[`${prefix}Quote`] ?? ''),
            offset: typeof offset === 'number' && offset >= 0 ? offset : null,
          },
        }
      : {}),
  };
}

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
