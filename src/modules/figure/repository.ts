import { type Executor, int } from '../../db/executor';
import type { EvidenceLists } from '../common/rows';
import { DOCUMENT_FIELDS, type DocumentRow } from '../document/repository';
import type { EntityRow } from '../entity/repository';

// Observations (figures), rankings and fundings. Each row carries the keys of the nodes it points at. Lists of
// figures also bring, once per list, the indicators, scopes and evidence documents they point at: few distinct
// nodes, attached to the rows in JS, so resolving them needs no further round trip.

/** Entity rows fetched with a figure; resolvers prime the per-request entity loader with them. */
export interface LinkedEntities {
  linked?: { indicator?: EntityRow | null; scope?: EntityRow | null };
}

export interface ObservationRow extends EvidenceLists, LinkedEntities {
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

export interface RankingRow extends EvidenceLists, LinkedEntities {
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

/** A subject in one of these regions, or located in one (a company, a project): the `within` roll-up. */
const WITHIN = '($within IS NULL OR EXISTS { MATCH (s)-[:LOCATED_IN*0..4]->(w:Region) WHERE w.key IN $within })';

export interface ObservationFilter {
  indicators?: string[];
  subjects?: string[];
  /** Keys of a region and every region below it. */
  within?: string[];
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
       AND ($period IS NULL OR o.period = $period) AND ($kind IS NULL OR o.kind = $kind) AND ${WITHIN}
     WITH o, i, s ORDER BY o.period DESC, i.name, s.name, o.kind, o.key
     WITH collect(${OBSERVATION}) AS rows
     RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items`,
    {
      indicators: f.indicators ?? null,
      subjects: f.subjects ?? null,
      within: f.within ?? null,
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
  within?: string[];
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
       AND ($maxRank IS NULL OR r.rank <= $maxRank) AND ${WITHIN}
     WITH r, i, s, sc ORDER BY r.period DESC, r.rank, i.name, r.key
     WITH collect(${RANKING}) AS rows
     RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items`,
    {
      indicators: f.indicators ?? null,
      subjects: f.subjects ?? null,
      within: f.within ?? null,
      scopes: f.scopes ?? null,
      period: f.period ?? null,
      maxRank: f.maxRank ?? null,
      offset: int(offset),
      limit: int(limit),
    },
  );
  return row ?? { total: 0, items: [] };
}

export type FigureList = 'observations' | 'rankings';
export type FigureAnchor = 'subject' | 'indicator';

/** The subquery giving one key's observations or rankings (by subject or by indicator), ordered as served. */
function figuresOfKey(list: FigureList, by: FigureAnchor): string {
  const anchor = by === 'subject' ? 's' : 'i';
  return list === 'observations'
    ? `CALL (key) {
         OPTIONAL MATCH (i:Indicator)<-[:OF]-(o:Observation)-[:ABOUT]->(s:Entity) WHERE ${anchor}.key = key
         WITH key, o, i, s ORDER BY o.period DESC, i.name, s.name, o.kind, o.key
         WITH collect(CASE WHEN o IS NULL THEN null ELSE ${OBSERVATION} END) AS items, collect(DISTINCT i) AS linked
         ${LINKED}
       }`
    : `CALL (key) {
         OPTIONAL MATCH (i:Indicator)<-[:OF]-(r:Ranking)-[:ABOUT]->(s:Entity) WHERE ${anchor}.key = key
         OPTIONAL MATCH (r)-[:IN]->(sc:Region)
         WITH key, r, i, s, sc ORDER BY r.period DESC, r.rank, i.name, r.key
         WITH collect(CASE WHEN r IS NULL THEN null ELSE ${RANKING} END) AS items, collect(DISTINCT i) + collect(DISTINCT sc) AS linked
         ${LINKED}
       }`;
}

/** The tail of figuresOfKey: the rows, the distinct entities they point at, the documents of their evidence. */
const LINKED = `RETURN [x IN items WHERE x IS NOT NULL] AS items, [e IN linked | e {.*}] AS entities,
         COLLECT { UNWIND items AS x UNWIND x.docs AS dk WITH DISTINCT dk MATCH (d:Document {key: dk}) RETURN ${DOCUMENT_FIELDS} } AS documents`;

interface FoundList {
  key: string;
  items: (ObservationRow | RankingRow)[];
  entities: EntityRow[];
  documents: DocumentRow[];
}

/** Gives each row its indicator, scope and evidence documents from the list's own lookups. */
function attachLinked(found: FoundList): (ObservationRow | RankingRow)[] {
  const entities = new Map(found.entities.map((e) => [e.key, e]));
  const documents = new Map(found.documents.map((d) => [d.key, d]));
  return found.items.map((row) => ({
    ...row,
    linked: { indicator: entities.get(row.indicator), scope: 'scope' in row ? entities.get(row.scope) : undefined },
    documents,
  }));
}

export interface FigureListRequest {
  list: FigureList;
  by: FigureAnchor;
  keys: string[];
}

/**
 * Observations and/or rankings per subject or per indicator: every list asked for in the same tick in one
 * round trip (a region's rankings and its observations together). Returns `${list}|${by}|${key}` → rows.
 */
export async function figureLists(
  db: Executor,
  requests: readonly FigureListRequest[],
): Promise<Map<string, (ObservationRow | RankingRow)[]>> {
  const parts = requests.map(
    (r, n) => `CALL () {
       UNWIND $keys${n} AS key
       ${figuresOfKey(r.list, r.by)}
       RETURN collect({key: key, items: items, entities: entities, documents: documents}) AS found${n}
     }`,
  );
  const [row] = await db.read<Record<string, FoundList[]>>(
    `${parts.join('\n')}
     RETURN ${requests.map((_, n) => `found${n}`).join(', ')}`,
    Object.fromEntries(requests.map((r, n) => [`keys${n}`, r.keys])),
  );
  const out = new Map<string, (ObservationRow | RankingRow)[]>();
  requests.forEach((r, n) => {
    for (const f of row?.[`found${n}`] ?? []) out.set(`${r.list}|${r.by}|${f.key}`, attachLinked(f));
  });
  return out;
}

/** Observations per subject (by: 'subject') or per indicator (by: 'indicator'), batched. */
export async function observationsBy(db: Executor, by: FigureAnchor, keys: readonly string[]) {
  const found = await figureLists(db, [{ list: 'observations', by, keys: [...keys] }]);
  return keys.map((k) => (found.get(`observations|${by}|${k}`) ?? []) as ObservationRow[]);
}

export async function rankingsBy(db: Executor, by: FigureAnchor, keys: readonly string[]) {
  const found = await figureLists(db, [{ list: 'rankings', by, keys: [...keys] }]);
  return keys.map((k) => (found.get(`rankings|${by}|${k}`) ?? []) as RankingRow[]);
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
