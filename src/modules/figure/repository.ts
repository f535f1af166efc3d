import { type Executor, int } from '../../db/executor';
import type { EvidenceLists } from '../common/evidence';

// Observations (figures), rankings and fundings. Each row carries the keys of the nodes it points at.

export interface ObservationRow extends EvidenceLists {
  key: string;
  indicator: string;
  subject: string;
  period: string;
  kind: 'ACTUAL' | 'ESTIMATE' | 'TARGET';
  growthPct: number | null;
  note: string | null;
  valueValue: number | null;
  valueUnit: string | null;
  valueText: string | null;
}

export interface RankingRow extends EvidenceLists {
  key: string;
  indicator: string;
  subject: string;
  scope: string;
  period: string;
  rank: number;
  basis: 'GROWTH' | 'LEVEL';
}

export interface FundingRow extends EvidenceLists {
  key: string;
  policy: string;
  recipients: string[];
  period: string | null;
  projectCount: number | null;
  amountValue: number;
  amountUnit: string;
  amountText: string;
  note: string | null;
}

const OBSERVATION = `o {.*, indicator: i.key, subject: s.key}`;
const RANKING = `r {.*, indicator: i.key, subject: s.key, scope: sc.key}`;

export interface ObservationFilter {
  indicators?: string[];
  subjects?: string[];
  period?: string;
  kind?: string;
}

export async function findObservations(
  db: Executor,
  f: ObservationFilter,
  offset: number,
  limit: number,
): Promise<{ total: number; items: ObservationRow[] }> {
  const [row] = await db.read<{ total: number; items: ObservationRow[] }>(
    `MATCH (i:Indicator)<-[:OF]-(o:Observation)-[:ABOUT]->(s:Entity)
     WHERE ($indicators IS NULL OR i.key IN $indicators) AND ($subjects IS NULL OR s.key IN $subjects)
       AND ($period IS NULL OR o.period = $period) AND ($kind IS NULL OR o.kind = $kind)
     WITH o, i, s ORDER BY o.period DESC, i.name, s.name, o.kind, o.key
     WITH collect(${OBSERVATION}) AS rows
     RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items`,
    {
      indicators: f.indicators ?? null,
      subjects: f.subjects ?? null,
      period: f.period ?? null,
      kind: f.kind ?? null,
      offset: int(offset),
      limit: int(limit),
    },
  );
  return row ?? { total: 0, items: [] };
}

export interface RankingFilter {
  indicators?: string[];
  subjects?: string[];
  scopes?: string[];
  period?: string;
  maxRank?: number;
}

export async function findRankings(
  db: Executor,
  f: RankingFilter,
  offset: number,
  limit: number,
): Promise<{ total: number; items: RankingRow[] }> {
  const [row] = await db.read<{ total: number; items: RankingRow[] }>(
    `MATCH (i:Indicator)<-[:OF]-(r:Ranking)-[:ABOUT]->(s:Entity), (r)-[:IN]->(sc:Region)
     WHERE ($indicators IS NULL OR i.key IN $indicators) AND ($subjects IS NULL OR s.key IN $subjects)
       AND ($scopes IS NULL OR sc.key IN $scopes) AND ($period IS NULL OR r.period = $period)
       AND ($maxRank IS NULL OR r.rank <= $maxRank)
     WITH r, i, s, sc ORDER BY r.period DESC, r.rank, i.name, r.key
     WITH collect(${RANKING}) AS rows
     RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items`,
    {
      indicators: f.indicators ?? null,
      subjects: f.subjects ?? null,
      scopes: f.scopes ?? null,
      period: f.period ?? null,
      maxRank: f.maxRank ?? null,
      offset: int(offset),
      limit: int(limit),
    },
  );
  return row ?? { total: 0, items: [] };
}

/** Observations per subject (by: 'subject') or per indicator (by: 'indicator'), batched. */
export async function observationsBy(db: Executor, by: 'subject' | 'indicator', keys: readonly string[]) {
  const anchor = by === 'subject' ? 's' : 'i';
  const rows = await db.read<{ items: ObservationRow[] }>(
    `UNWIND $keys AS key
     CALL (key) {
       OPTIONAL MATCH (i:Indicator)<-[:OF]-(o:Observation)-[:ABOUT]->(s:Entity) WHERE ${anchor}.key = key
       WITH key, o, i, s ORDER BY o.period DESC, i.name, s.name, o.kind, o.key
       RETURN [x IN collect(CASE WHEN o IS NULL THEN null ELSE ${OBSERVATION} END) WHERE x IS NOT NULL] AS items
     }
     RETURN items`,
    { keys },
  );
  return rows.map((r) => r.items);
}

export async function rankingsBy(db: Executor, by: 'subject' | 'indicator', keys: readonly string[]) {
  const anchor = by === 'subject' ? 's' : 'i';
  const rows = await db.read<{ items: RankingRow[] }>(
    `UNWIND $keys AS key
     CALL (key) {
       OPTIONAL MATCH (i:Indicator)<-[:OF]-(r:Ranking)-[:ABOUT]->(s:Entity) WHERE ${anchor}.key = key
       OPTIONAL MATCH (r)-[:IN]->(sc:Region)
       WITH key, r, i, s, sc ORDER BY r.period DESC, r.rank, i.name, r.key
       RETURN [x IN collect(CASE WHEN r IS NULL THEN null ELSE ${RANKING} END) WHERE x IS NOT NULL] AS items
     }
     RETURN items`,
    { keys },
  );
  return rows.map((r) => r.items);
}

/** Targets a policy sets (observations of kind TARGET linked by SETS_TARGET). */
export async function targetsOfPolicies(db: Executor, keys: readonly string[]) {
  const rows = await db.read<{ items: ObservationRow[] }>(
    `UNWIND $keys AS key
     CALL (key) {
       OPTIONAL MATCH (:Policy {key: key})-[:SETS_TARGET]->(o:Observation)-[:OF]->(i:Indicator), (o)-[:ABOUT]->(s:Entity)
       WITH key, o, i, s ORDER BY o.period DESC, i.name
       RETURN [x IN collect(CASE WHEN o IS NULL THEN null ELSE ${OBSERVATION} END) WHERE x IS NOT NULL] AS items
     }
     RETURN items`,
    { keys },
  );
  return rows.map((r) => r.items);
}

const FUNDING = `f {.*, policy: p.key, recipients: [(f)-[:FUNDS]->(x:Entity) | x.key]}`;

export async function fundingsOfPolicies(db: Executor, keys: readonly string[]) {
  const rows = await db.read<{ items: FundingRow[] }>(
    `UNWIND $keys AS key
     CALL (key) {
       OPTIONAL MATCH (f:Funding)-[:UNDER]->(p:Policy {key: key})
       WITH key, f, p ORDER BY f.period DESC, f.amountValue DESC
       RETURN [x IN collect(CASE WHEN f IS NULL THEN null ELSE ${FUNDING} END) WHERE x IS NOT NULL] AS items
     }
     RETURN items`,
    { keys },
  );
  return rows.map((r) => r.items);
}

/** Observations by key, ranking by key, funding by key (for node(id)). */
export async function figuresByKeys(db: Executor, keys: readonly string[]) {
  const rows = await db.read<{ o: ObservationRow | null; r: RankingRow | null; f: FundingRow | null }>(
    `UNWIND $keys AS key
     OPTIONAL MATCH (i:Indicator)<-[:OF]-(o:Observation {key: key})-[:ABOUT]->(s:Entity)
     OPTIONAL MATCH (ri:Indicator)<-[:OF]-(r:Ranking {key: key})-[:ABOUT]->(rs:Entity), (r)-[:IN]->(sc:Region)
     OPTIONAL MATCH (f:Funding {key: key})-[:UNDER]->(p:Policy)
     RETURN CASE WHEN o IS NULL THEN null ELSE ${OBSERVATION} END AS o,
            CASE WHEN r IS NULL THEN null ELSE r {.*, indicator: ri.key, subject: rs.key, scope: sc.key} END AS r,
            CASE WHEN f IS NULL THEN null ELSE ${FUNDING} END AS f`,
    { keys },
  );
  return rows.map((row) => row.o ?? row.r ?? row.f ?? null);
}

/** Groups of observations with the same subject, indicator, period and kind: candidates for conflicts. */
export async function observationGroups(db: Executor): Promise<ObservationRow[][]> {
  const rows = await db.read<{ items: ObservationRow[] }>(
    `MATCH (i:Indicator)<-[:OF]-(o:Observation)-[:ABOUT]->(s:Entity)
     WITH s, i, o.period AS period, o.kind AS kind, collect(${OBSERVATION}) AS items
     WHERE size(items) > 1
     RETURN items ORDER BY period DESC, i.name`,
  );
  return rows.map((r) => r.items);
}
