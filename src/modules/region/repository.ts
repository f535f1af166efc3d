import type { Executor } from '../../db/executor';
import type { EntityRow } from '../entity/repository';

// Named Cypher for the region hierarchy. The hierarchy of places the national division list knows comes from their
// codes (src/domain/places.ts), so a seeded place and an ingested one answer alike whether or not some document
// wrote a LOCATED_IN edge between them; places the list does not know (development zones without a code,
// townships) hang on their LOCATED_IN edge.

/** A region of the graph with the region its own LOCATED_IN edge points at, if any. */
export interface PlacedRow {
  node: EntityRow;
  edgeParent: string | null;
}

/** Regions by division code, one list per code (normally one region), in input order. */
export async function regionsByCodes(db: Executor, codes: readonly string[]): Promise<EntityRow[][]> {
  const rows = await db.read<{ items: EntityRow[] }>(
    `UNWIND $codes AS code
     CALL (code) {
       OPTIONAL MATCH (r:Region {code: code})
       WITH r ORDER BY r.key
       RETURN [x IN collect(r) | x {.*}] AS items
     }
     RETURN items`,
    { codes },
  );
  return rows.map((r) => r.items);
}

export interface ScopeRoot {
  key: string;
  /** Every region of the graph is in scope (the root is the country). */
  all: boolean;
  /** The division codes below the root. */
  codes: string[];
}

/**
 * Per root: the root and every region of the graph below it (by code, then anything whose LOCATED_IN edges lead
 * into those), each with its own LOCATED_IN parent, ordered by name. One round trip for all roots.
 */
export async function regionScopes(db: Executor, roots: readonly ScopeRoot[]): Promise<PlacedRow[][]> {
  const rows = await db.read<{ items: PlacedRow[] }>(
    `UNWIND $roots AS root
     CALL (root) {
       OPTIONAL MATCH (r:Region) WHERE root.all OR r.key = root.key OR r.code IN root.codes
       WITH DISTINCT r WHERE r IS NOT NULL
       OPTIONAL MATCH (x:Region)-[:LOCATED_IN*0..4]->(r)
       WITH DISTINCT x WHERE x IS NOT NULL
       OPTIONAL MATCH (x)-[:LOCATED_IN]->(p:Region)
       WITH x, min(p.key) AS edgeParent ORDER BY x.name, x.key
       RETURN collect({node: x {.*}, edgeParent: edgeParent}) AS items
     }
     RETURN items`,
    { roots },
  );
  return rows.map((r) => r.items);
}

export interface ParentQuery {
  key: string;
  /** Division codes above the region, nearest first. */
  ancestors: string[];
}

export interface ParentCandidates {
  edgeParent: EntityRow | null;
  byCode: EntityRow[];
  country: EntityRow | null;
}

/** What a region's parent can be: its LOCATED_IN edge's region, the regions holding its ancestors' codes, the country. */
export async function parentCandidates(db: Executor, items: readonly ParentQuery[]): Promise<ParentCandidates[]> {
  return db.read<ParentCandidates>(
    `UNWIND $items AS item
     CALL (item) {
       OPTIONAL MATCH (:Region {key: item.key})-[:LOCATED_IN]->(p:Region)
       WITH p ORDER BY p.key LIMIT 1
       RETURN p {.*} AS edgeParent
     }
     CALL (item) {
       OPTIONAL MATCH (a:Region) WHERE a.code IN item.ancestors
       RETURN [x IN collect(a) | x {.*}] AS byCode
     }
     CALL () {
       OPTIONAL MATCH (c:Region {level: 'COUNTRY'})
       WITH c ORDER BY c.key LIMIT 1
       RETURN c {.*} AS country
     }
     RETURN edgeParent, byCode, country`,
    { items },
  );
}
