// The hand-written Cypher shared by arm (c), the floor, and by arm (b)'s `@cypher` fields: the same statements the
// server runs (src/modules/*/repository.ts), with only the fields the benchmark asks for. No imports, so the
// floor's process holds nothing but the driver and these strings.

export const RELATION_PATTERN = 'LOCATED_IN|DEVELOPS|IN_CHAIN|PART_OF|UNDER_PROGRAM|FUNDS|ISSUED_BY|COOPERATES_WITH';

const EDGE =
  '{type: type(r), source: startNode(r).key, target: endNode(r).key, docs: r.docs, quotes: r.quotes, offsets: r.offsets}';

export const SEARCH_CYPHER = `CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
  RETURN node, score
  UNION
  CALL db.index.fulltext.queryNodes('entity_exact_names', $query) YIELD node
  WITH node WHERE toLower($query) IN node.names
  RETURN node, 1000.0 AS score
}
WITH node, max(score) AS score
RETURN node ORDER BY score DESC, node.name LIMIT $first`;

export const PATH_CYPHER = `MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = shortestPath((a)-[:${RELATION_PATTERN}*..4]-(b))
RETURN {length: length(p), nodes: [n IN nodes(p) | n {.key, .name, .kind}], edges: [r IN relationships(p) | ${EDGE}]} AS result`;

export const NEIGHBORHOOD_CYPHER = `MATCH (a:Entity {key: $of})
OPTIONAL MATCH p = (a)-[:${RELATION_PATTERN}*1..2]-(b:Entity)
WHERE b <> a
WITH a, b, min(length(p)) AS distance
ORDER BY distance, b.name
WITH a, [x IN collect(b) WHERE x IS NOT NULL][0..$limit] AS others
WITH [a] + others AS members
UNWIND members AS x
OPTIONAL MATCH (x)-[r:${RELATION_PATTERN}]->(y:Entity) WHERE y IN members
WITH members, collect(DISTINCT CASE WHEN r IS NULL THEN null ELSE ${EDGE} END) AS edges
RETURN {nodes: [n IN members | n {.key, .name, .kind}], edges: [e IN edges WHERE e IS NOT NULL]} AS result`;

export const ENTITY_CYPHER = `MATCH (e:Entity {key: $key})
RETURN e {.key, .kind, .name, .nameEn, .aliases, .description, .status, .phase} AS entity`;

export const CHAIN_CYPHER = `MATCH (c:IndustrialChain {key: $key})
CALL (c) { MATCH (c)<-[:IN_CHAIN]-(p:Project) RETURN count(p) AS total }
CALL (c) {
  MATCH (c)<-[:IN_CHAIN]-(p:Project)
  WITH p ORDER BY p.name LIMIT 20
  CALL (p) {
    OPTIONAL MATCH (p)<-[:DEVELOPS]-(d:Company)
    WITH d ORDER BY d.name LIMIT 20
    CALL (d) {
      OPTIONAL MATCH (d)-[:LOCATED_IN]->(r:Region)
      WITH r ORDER BY r.name LIMIT 1
      RETURN r {.key, .name} AS region
    }
    RETURN collect(d {.key, .name, region: region}) AS developers
  }
  RETURN collect(p {.key, .name, developers: developers}) AS projects
}
RETURN c.key AS key, c.name AS name, total, projects`;

export const REGION_FIGURES_CYPHER = `MATCH (s:Region {key: $key})
CALL (s) {
  OPTIONAL MATCH (i:Indicator)<-[:OF]-(r:Ranking)-[:ABOUT]->(s), (r)-[:IN]->(sc:Region)
  WITH r, i, sc ORDER BY r.period DESC, r.rank, i.name, r.key
  RETURN collect(r {.key, .period, .rank, .basis, .docs, .quotes, .offsets,
    indicator: i {.key, .name}, scope: sc {.key, .name}}) AS rankings
}
CALL (s) {
  OPTIONAL MATCH (i:Indicator)<-[:OF]-(o:Observation)-[:ABOUT]->(s)
  WITH o, i ORDER BY o.period DESC, i.name, o.kind, o.key
  RETURN collect(o {.key, .period, .kind, .growthPct, .valueValue, .valueUnit, .valueText, .docs, .quotes, .offsets,
    indicator: i {.key, .name}}) AS observations
}
RETURN s.key AS key, s.name AS name, rankings, observations`;

export const FLOOR_SEARCH_CYPHER = `CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
  RETURN node, score
  UNION
  UNWIND $exactLookups AS lookup
  CALL db.index.fulltext.queryNodes('entity_exact_names', lookup.query) YIELD node
  WITH node WHERE lookup.name IN node.names
  RETURN node, 1000.0 AS score
}
WITH node, max(score) AS score
RETURN node {.key, .name, .kind} AS node, score ORDER BY score DESC, node.name LIMIT $limit`;
