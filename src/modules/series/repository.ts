import type { Executor } from '../../db/executor';
import { DOCUMENT_FIELDS, type DocumentRow } from '../document/repository';
import type { ObservationRow } from '../figure/repository';
import type { ClaimRow } from './claims';

// The claims of a series: every observation of the indicators for the subjects, with the documents of their
// evidence (for dates and quotes) in the same round trip.

export interface ClaimFilter {
  indicators: string[];
  subjects: string[];
  kinds: string[];
  period?: string;
}

export async function findClaims(db: Executor, f: ClaimFilter): Promise<ClaimRow[]> {
  const [row] = await db.read<{ rows: ObservationRow[]; documents: DocumentRow[] }>(
    `MATCH (i:Indicator)<-[:OF]-(o:Observation)-[:ABOUT]->(s:Entity)
     WHERE i.key IN $indicators AND s.key IN $subjects AND o.kind IN $kinds AND ($period IS NULL OR o.period = $period)
     WITH o, i, s ORDER BY o.period, o.key
     WITH collect(o {.*, indicator: i.key, subject: s.key}) AS rows
     RETURN rows,
       COLLECT { UNWIND rows AS x UNWIND x.docs AS dk WITH DISTINCT dk MATCH (d:Document {key: dk}) RETURN ${DOCUMENT_FIELDS} } AS documents`,
    { indicators: f.indicators, subjects: f.subjects, kinds: f.kinds, period: f.period ?? null },
  );
  const documents = new Map((row?.documents ?? []).map((d) => [d.key, d]));
  return (row?.rows ?? []).map((r) => ({ ...r, documents }));
}
