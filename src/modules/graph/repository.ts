import { type Executor, int } from '../../db/executor';
import type { EvidenceLists } from '../common/rows';
import { type EntityRow, RELATION_PATTERN } from '../entity/repository';

export interface EdgeRow extends EvidenceLists {
  type: string;
  source: string;
  target: string;
}

const EDGE =
  '{type: type(r), source: startNode(r).key, target: endNode(r).key, docs: r.docs, quotes: r.quotes, offsets: r.offsets}';

/** Shortest path over entity relationships (either direction); maxHops is a validated integer. */
export async function shortestPath(
  db: Executor,
  from: string,
  to: string,
  maxHops: number,
): Promise<{ nodes: EntityRow[]; edges: EdgeRow[] } | null> {
  const [row] = await db.read<{ nodes: EntityRow[]; edges: EdgeRow[] }>(
    `MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
     MATCH p = shortestPath((a)-[:${RELATION_PATTERN}*..${Math.trunc(maxHops)}]-(b))
     RETURN [n IN nodes(p) | n {.*}] AS nodes, [r IN relationships(p) | ${EDGE}] AS edges`,
    { from, to },
  );
  return row ?? null;
}

/** The entity and everything within `depth` hops (nearest first, at most `limit` nodes), with the edges among them. */
export async function neighborhood(
  db: Executor,
  key: string,
  depth: number,
  kinds: string[] | null,
  limit: number,
): Promise<{ nodes: EntityRow[]; edges: EdgeRow[] }> {
  const [row] = await db.read<{ nodes: EntityRow[]; edges: EdgeRow[] }>(
    `MATCH (a:Entity {key: $key})
     OPTIONAL MATCH p = (a)-[:${RELATION_PATTERN}*1..${Math.trunc(depth)}]-(b:Entity)
     WHERE b <> a AND ($kinds IS NULL OR b.kind IN $kinds)
     WITH a, b, min(length(p)) AS distance
     ORDER BY distance, b.name
     WITH a, [x IN collect(b) WHERE x IS NOT NULL][0..$limit] AS others
     WITH [a] + others AS members
     UNWIND members AS x
     OPTIONAL MATCH (x)-[r:${RELATION_PATTERN}]->(y:Entity) WHERE y IN members
     WITH members, collect(DISTINCT CASE WHEN r IS NULL THEN null ELSE ${EDGE} END) AS edges
     RETURN [n IN members | n {.*}] AS nodes, [e IN edges WHERE e IS NOT NULL] AS edges`,
    { key, kinds, limit: int(limit - 1) },
  );
  return row ?? { nodes: [], edges: [] };
}

export interface StatsRow {
  documents: number;
  entities: number;
  relationships: number;
  observations: number;
  rankings: number;
  fundings: number;
}

export async function graphStats(db: Executor): Promise<StatsRow> {
  const [row] = await db.read<StatsRow>(
    `CALL () { MATCH (d:Document) RETURN count(d) AS documents }
     CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { MATCH (o:Observation) RETURN count(o) AS observations }
     CALL () { MATCH (r:Ranking) RETURN count(r) AS rankings }
     CALL () { MATCH (f:Funding) RETURN count(f) AS fundings }
     RETURN documents, entities, relationships, observations, rankings, fundings`,
  );
  return row ?? { documents: 0, entities: 0, relationships: 0, observations: 0, rankings: 0, fundings: 0 };
}

export async function countByLabel(db: Executor): Promise<Record<string, number>> {
  const rows = await db.read<{ label: string; n: number }>(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  );
  return Object.fromEntries(rows.map((r) => [r.label, r.n]));
}
