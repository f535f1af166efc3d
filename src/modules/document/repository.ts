import type { Executor } from '../../db/executor';

export interface DocumentRow {
  key: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  period: string | null;
  script: 'SIMPLIFIED' | 'TRADITIONAL';
  text: string;
}

const FIELDS = 'd {.key, .title, .publisher, .publishedAt, .period, .script, .text}';

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
