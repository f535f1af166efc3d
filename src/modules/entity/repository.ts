import { type Executor, int } from '../../db/executor';
import type { Direction } from '../../domain/enums';
import { type EntityKind, labelOf, type StoredProperties } from '../../domain/kinds';
import { RELATION_TYPES, type RelationType } from '../../domain/relations';
import type { EvidenceLists } from '../common/rows';
import { escapeLucene } from '../search/lucene';

// Named, parameterised Cypher for entities. Relationship types and labels come from fixed lists, never from input.

/**
 * An entity as stored. Kind-specific properties are those the kind specs declare (Region level/code, Project
 * status/phase, chain tier, …); a quantity is stored as <name>Value/<name>Unit/<name>Text (read with quantityOf).
 */
export interface EntityRow extends StoredProperties {
  key: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  aliases: string[];
  description: string | null;
}

export interface RelatedRow extends EvidenceLists {
  type: RelationType;
  direction: Direction;
  node: EntityRow;
}

export const RELATION_PATTERN = RELATION_TYPES.join('|');

export async function entitiesByKeys(db: Executor, keys: readonly string[]): Promise<(EntityRow | null)[]> {
  const rows = await db.read<{ e: EntityRow | null }>(
    'UNWIND $keys AS key OPTIONAL MATCH (e:Entity {key: key}) RETURN e {.*} AS e',
    { keys },
  );
  return rows.map((r) => r.e);
}

/**
 * Lookups in the keyword index entity_exact_names (cypher/004), one per normalised name: the whole query string is
 * one keyword token, so names cannot share a query. An empty name gets a query that matches nothing.
 */
export function exactNameLookups(names: readonly string[]): { name: string; query: string }[] {
  return names.map((name) => ({ name, query: name === '' ? '""' : escapeLucene(name) }));
}

/** Entities answering to any of the normalised names, per name, in input order (through the exact-names index). */
export async function entitiesByNames(db: Executor, names: readonly string[]): Promise<EntityRow[][]> {
  const rows = await db.read<{ es: EntityRow[] }>(
    `UNWIND $lookups AS lookup
     CALL (lookup) {
       CALL db.index.fulltext.queryNodes('entity_exact_names', lookup.query) YIELD node AS e
       WITH e WHERE lookup.name IN e.names
       WITH e ORDER BY e.kind, e.key
       RETURN [x IN collect(e) | x {.*}] AS es
     }
     RETURN es`,
    { lookups: exactNameLookups(names) },
  );
  return rows.map((r) => r.es);
}

/**
 * Entities one `type` relationship away from each key, in key order. Batched: one round trip for all keys.
 * `recursive` follows LOCATED_IN down a region hierarchy (a city's projects include its counties').
 */
export async function relatedByKeys(
  db: Executor,
  keys: readonly string[],
  type: RelationType,
  direction: Direction,
  targetKind: EntityKind,
  recursive = false,
): Promise<RelatedRow[][]> {
  const hops = recursive ? '*1..4' : '';
  const pattern =
    direction === 'OUT'
      ? `(a)-[r:${type}${hops}]->(b:${labelOf(targetKind)})`
      : `(a)<-[r:${type}${hops}]-(b:${labelOf(targetKind)})`;
  const rel = recursive ? 'last(r)' : 'r';
  const rows = await db.read<{ items: RelatedRow[] }>(
    `UNWIND $keys AS key
     CALL (key) {
       OPTIONAL MATCH (a:Entity {key: key})
       OPTIONAL MATCH ${pattern}
       WITH key, b, ${rel} AS rel ORDER BY b.name
       RETURN [x IN collect(CASE WHEN b IS NULL THEN null ELSE {node: b {.*}, docs: rel.docs, quotes: rel.quotes, offsets: rel.offsets} END) WHERE x IS NOT NULL] AS items
     }
     RETURN items`,
    { keys },
  );
  return rows.map((r) =>
    // A node reached twice (through two sub-regions) appears once.
    [...new Map(r.items.map((i) => [i.node.key, { ...i, type, direction }])).values()],
  );
}

/**
 * One page of the entities one `type` relationship away from each key (ordered by name, then key), with the
 * total: what a connection field needs, without shipping every related node to slice it in JS.
 */
export async function relatedPageByKeys(
  db: Executor,
  keys: readonly string[],
  type: RelationType,
  direction: Direction,
  targetKind: EntityKind,
  recursive: boolean,
  offset: number,
  limit: number,
): Promise<{ total: number; items: EntityRow[] }[]> {
  const hops = recursive ? '*1..4' : '';
  const pattern =
    direction === 'OUT'
      ? `(a)-[:${type}${hops}]->(b:${labelOf(targetKind)})`
      : `(a)<-[:${type}${hops}]-(b:${labelOf(targetKind)})`;
  return db.read<{ total: number; items: EntityRow[] }>(
    `UNWIND $keys AS key
     CALL (key) {
       OPTIONAL MATCH (a:Entity {key: key})
       OPTIONAL MATCH ${pattern}
       WITH DISTINCT b WHERE b IS NOT NULL
       WITH b ORDER BY b.name, b.key
       WITH collect(b) AS nodes
       RETURN size(nodes) AS total, [x IN nodes[$offset..($offset + $limit)] | x {.*}] AS items
     }
     RETURN total, items`,
    { keys, offset: int(offset), limit: int(limit) },
  );
}

/** All entity relationships of each key, both directions, with evidence. */
export async function neighborsByKeys(db: Executor, keys: readonly string[]): Promise<RelatedRow[][]> {
  const rows = await db.read<{ items: RelatedRow[] }>(
    `UNWIND $keys AS key
     CALL (key) {
       OPTIONAL MATCH (a:Entity {key: key})-[r:${RELATION_PATTERN}]-(b:Entity)
       WITH key, a, r, b ORDER BY type(r), b.name
       RETURN [x IN collect(CASE WHEN r IS NULL THEN null ELSE {
         type: type(r), direction: CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END,
         node: b {.*}, docs: r.docs, quotes: r.quotes, offsets: r.offsets } END) WHERE x IS NOT NULL] AS items
     }
     RETURN items`,
    { keys },
  );
  return rows.map((r) => r.items);
}

export interface MentionRow {
  entity: string;
  doc: string;
  quote: string;
  offset: number;
}

/** Mentions of each entity, newest document first, then in text order. */
export async function mentionsOfEntities(db: Executor, keys: readonly string[]): Promise<MentionRow[][]> {
  const rows = await db.read<{ items: MentionRow[] }>(
    `UNWIND $keys AS key
     CALL (key) {
       OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e:Entity {key: key})
       WITH key, d, m ORDER BY d.sortDate DESC, m.offset
       RETURN [x IN collect(CASE WHEN m IS NULL THEN null ELSE {entity: key, doc: d.key, quote: m.quote, offset: m.offset} END) WHERE x IS NOT NULL] AS items
     }
     RETURN items`,
    { keys },
  );
  return rows.map((r) => r.items);
}

/** Mentions in each document, in text order. */
export async function mentionsInDocuments(db: Executor, keys: readonly string[]): Promise<MentionRow[][]> {
  const rows = await db.read<{ items: MentionRow[] }>(
    `UNWIND $keys AS key
     CALL (key) {
       OPTIONAL MATCH (d:Document {key: key})-[m:MENTIONS]->(e:Entity)
       WITH key, e, m ORDER BY m.offset, e.key
       RETURN [x IN collect(CASE WHEN m IS NULL THEN null ELSE {entity: e.key, doc: key, quote: m.quote, offset: m.offset} END) WHERE x IS NOT NULL] AS items
     }
     RETURN items`,
    { keys },
  );
  return rows.map((r) => r.items);
}

export interface EntityFilter {
  kind: EntityKind;
  where?: Record<string, string>;
  /** Keep only entities related by `type` to any of these keys (or their sub-regions when recursive). */
  related?: { type: RelationType; direction: Direction; keys: string[]; recursive?: boolean }[];
}

/** Entities of one kind, filtered on properties and relationships, ordered by name, one page plus the total. */
export async function listEntities(
  db: Executor,
  filter: EntityFilter,
  offset: number,
  limit: number,
): Promise<{ total: number; items: EntityRow[] }> {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { offset: int(offset), limit: int(limit) };
  for (const [prop, value] of Object.entries(filter.where ?? {})) {
    params[`w_${prop}`] = value;
    conditions.push(`e.${prop} = $w_${prop}`);
  }
  (filter.related ?? []).forEach((rel, i) => {
    params[`r_${i}`] = rel.keys;
    const hops = rel.recursive ? '*1..4' : '';
    const arrow = rel.direction === 'OUT' ? `-[:${rel.type}${hops}]->` : `<-[:${rel.type}${hops}]-`;
    conditions.push(`EXISTS { MATCH (e)${arrow}(x:Entity) WHERE x.key IN $r_${i} }`);
  });
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const [row] = await db.read<{ total: number; items: EntityRow[] }>(
    `MATCH (e:${labelOf(filter.kind)}) ${where}
     WITH e ORDER BY e.name, e.key
     WITH collect(e) AS rows
     RETURN size(rows) AS total, [x IN rows[$offset..($offset + $limit)] | x {.*}] AS items`,
    params,
  );
  return row ?? { total: 0, items: [] };
}

export interface SearchRow {
  node: EntityRow;
  score: number;
}

/**
 * Search candidates (node, score) of $query: full-text hits, and exact names ($exactLookups) scored 1000 so they come
 * first; of $kinds when given. Shared by the search resolver and the look-ahead compiler.
 */
export const SEARCH_CANDIDATES = `CALL () {
       CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
       RETURN node, score
       UNION
       UNWIND $exactLookups AS lookup
       CALL db.index.fulltext.queryNodes('entity_exact_names', lookup.query) YIELD node
       WITH node WHERE lookup.name IN node.names
       RETURN node, 1000.0 AS score
     }
     WITH node, max(score) AS score
     WHERE $kinds IS NULL OR node.kind IN $kinds`;

/** Full-text search over names and aliases (cjk analyzer); `query` must already be escaped for Lucene. */
export async function searchEntities(
  db: Executor,
  query: string,
  exactNames: string[],
  kinds: EntityKind[] | null,
  limit: number,
): Promise<SearchRow[]> {
  return db.read<SearchRow>(
    `${SEARCH_CANDIDATES}
     RETURN node {.*} AS node, score ORDER BY score DESC, node.name LIMIT $limit`,
    {
      query,
      exactLookups: exactNameLookups(exactNames),
      kinds,
      limit: int(limit),
      candidates: int(Math.max(limit * 5, 50)),
    },
  );
}
