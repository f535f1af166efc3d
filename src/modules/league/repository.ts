import type { Executor } from '../../db/executor';
import { DOCUMENT_FIELDS, type DocumentRow } from '../document/repository';
import type { EntityRow } from '../entity/repository';
import type { ObservationRow, RankingRow } from '../figure/repository';

// The places of a league (regions below the scope in the graph, and the graph's regions of the division codes the
// scope holds) and their figures and stated ranks for one indicator and period, with the documents they cite.

/** Regions located directly in the scope (or at any depth, when `deep`), and regions with one of the codes. */
export async function regionsIn(db: Executor, scope: string, codes: string[], deep: boolean): Promise<EntityRow[]> {
  const rows = await db.read<{ r: EntityRow }>(
    `MATCH (sc:Region {key: $scope})
     CALL (sc) {
       MATCH (r:Region)-[:LOCATED_IN${deep ? '*1..3' : ''}]->(sc) RETURN r
       UNION
       MATCH (r:Region) WHERE r.code IN $codes RETURN r
     }
     RETURN DISTINCT r {.*} AS r ORDER BY r.key`,
    { scope, codes },
  );
  return rows.map((x) => x.r);
}

export interface LeagueFigures {
  observations: ObservationRow[];
  rankings: RankingRow[];
  documents: Map<string, DocumentRow>;
}

export async function leagueFigures(
  db: Executor,
  f: { indicators: string[]; places: string[]; period: string; kinds: string[]; scope: string; basis: string },
): Promise<LeagueFigures> {
  const [row] = await db.read<{ observations: ObservationRow[]; rankings: RankingRow[]; documents: DocumentRow[] }>(
    `CALL () {
       MATCH (i:Indicator)<-[:OF]-(o:Observation)-[:ABOUT]->(s:Region)
       WHERE s.key IN $places AND i.key IN $indicators AND o.period = $period AND o.kind IN $kinds
       RETURN collect(o {.*, indicator: i.key, subject: s.key}) AS observations
     }
     CALL () {
       MATCH (i:Indicator)<-[:OF]-(r:Ranking)-[:ABOUT]->(s:Region), (r)-[:IN]->(sc:Region {key: $scope})
       WHERE s.key IN $places AND i.key IN $indicators AND r.period = $period AND r.basis = $basis
       RETURN collect(r {.*, indicator: i.key, subject: s.key, scope: sc.key}) AS rankings
     }
     RETURN observations, rankings,
       COLLECT { UNWIND observations + rankings AS x UNWIND x.docs AS dk WITH DISTINCT dk
                 MATCH (d:Document {key: dk}) RETURN ${DOCUMENT_FIELDS} } AS documents`,
    f,
  );
  return {
    observations: row?.observations ?? [],
    rankings: row?.rankings ?? [],
    documents: new Map((row?.documents ?? []).map((d) => [d.key, d])),
  };
}
