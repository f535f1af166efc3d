import type { Executor } from '../../db/executor';

export interface DocumentRow {
  key: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  period: string | null;
  script: 'SIMPLIFIED' | 'TRADITIONAL';
  /** Absent from list and key lookups: a report's text is large and only `Document.text` needs it (documentTexts). */
  text?: string;
}

/** The projection of a document row (`d`), without its text. */
export const DOCUMENT_FIELDS = 'd {.key, .title, .publisher, .publishedAt, .period, .script}';
const FIELDS = DOCUMENT_FIELDS;

/** Newest first; an undated report sorts by the end of the period it covers. */
export async function listDocuments(db: Executor): Promise<DocumentRow[]> {
  const rows = await db.read<{ d: DocumentRow }>(
    `MATCH (d:Document) WITH d ORDER BY d.sortDate DESC, d.key RETURN ${FIELDS} AS d`,
  );
  return rows.map((r) => r.d);
}

/** One row per key, in key order (null where no document has that key). */
export async function documentsByKeys(db: Executor, keys: readonly string[]): Promise<(DocumentRow | null)[]> {
  const rows = await db.read<{ d: DocumentRow | null }>(
    `UNWIND $keys AS key OPTIONAL MATCH (d:Document {key: key}) RETURN CASE WHEN d IS NULL THEN null ELSE ${FIELDS} END AS d`,
    { keys },
  );
  return rows.map((r) => r.d);
}

/** The full text of each document, in key order (null where no document has that key). */
export async function documentTexts(db: Executor, keys: readonly string[]): Promise<(string | null)[]> {
  const rows = await db.read<{ text: string | null }>(
    'UNWIND $keys AS key OPTIONAL MATCH (d:Document {key: key}) RETURN d.text AS text',
    { keys },
  );
  return rows.map((r) => r.text);
}
