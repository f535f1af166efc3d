import type { DocumentRow } from '../document/repository';

// Row shapes shared by repositories and resolvers. Nothing here imports the Pothos builder, so a repository can
// use them without an import circle (builder → context → loaders → repository).
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
