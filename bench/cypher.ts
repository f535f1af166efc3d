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

// Q7 and Q8: the figures across reports. The floor computes the server's answer (src/modules/series/claims.ts,
// src/modules/league/table.ts) in the statement: a claim is dated by the latest of its reports (publication date,
// else the end of the period the report covers, which the loaders store as sortDate); the latest claim of a period is
// current, every other one a revision; amounts in 万元 or 元 are shown in 亿元.

/** The date of a claim (observation or ranking `v`): its latest report, a stated date before a stand-in. */
const claimDate = (v: string) => `CALL (${v}) {
  UNWIND range(0, size(coalesce(${v}.docs, [])) - 1) AS n
  MATCH (d:Document {key: ${v}.docs[n]})
  WITH n, d.publishedAt IS NOT NULL AS stated, coalesce(toString(d.publishedAt), d.sortDate) AS date
  ORDER BY date DESC, stated DESC, n
  LIMIT 1
  RETURN date, stated, ${v}.docs[n] AS document
}`;

/** An observation's value in the compared unit (amounts in 亿元), null without one. */
const normalised = (v: string) =>
  `CASE WHEN ${v}.valueValue IS NULL THEN null ELSE {
    value: CASE ${v}.valueUnit WHEN '万元' THEN ${v}.valueValue / 10000.0 WHEN '元' THEN ${v}.valueValue / 100000000.0 ELSE ${v}.valueValue END,
    unit: CASE WHEN ${v}.valueUnit IN ['万元', '元'] THEN '亿元' ELSE ${v}.valueUnit END} END`;

/** Latest claim first: date, stated date, actual before estimate, more reports, key. */
const CLAIM_ORDER = `date DESC, stated DESC, CASE o.kind WHEN 'ACTUAL' THEN 0 ELSE 1 END, size(o.docs) DESC, o.key`;

export const SERIES_CYPHER = `MATCH (s:Entity {key: $subject}), (i:Indicator {key: $indicator})
MATCH (s)<-[:ABOUT]-(o:Observation)
WHERE o.kind IN ['ACTUAL', 'ESTIMATE'] AND (o)-[:OF]->(i)
${claimDate('o')}
WITH o, date, stated, document ORDER BY o.period, ${CLAIM_ORDER}
WITH o.period AS period, collect({o: o, date: date, document: document}) AS claims
WITH period, claims, claims[0] AS current,
  [c IN claims WHERE c.o.valueValue IS NOT NULL][0] AS valueFrom,
  [c IN claims WHERE c.o.growthPct IS NOT NULL][0] AS growthFrom
WITH period, claims, current, valueFrom, growthFrom,
  reduce(acc = [], k IN [current.o.key, valueFrom.o.key, growthFrom.o.key] |
    CASE WHEN k IS NULL OR k IN acc THEN acc ELSE acc + k END) AS used
ORDER BY CASE WHEN period ENDS WITH '-H1' THEN left(period, 4) + '-06-30' ELSE period + '-12-31' END, period
RETURN collect({
  period: period,
  growthPct: growthFrom.o.growthPct,
  value: ${normalised('valueFrom.o')},
  current: {publishedAt: current.date, document: current.document},
  evidence: [k IN used | [c IN claims WHERE c.o.key = k | {docs: c.o.docs, quotes: c.o.quotes, offsets: c.o.offsets}][0]],
  revisions: [c IN claims WHERE NOT c.o.key IN used |
    {publishedAt: c.date, document: c.document, growthPct: c.o.growthPct, value: ${normalised('c.o')}}]
}) AS points`;

export const LEAGUE_CYPHER = `MATCH (sc:Region {key: $scope}), (i:Indicator {key: $indicator})
MATCH (sc)<-[:LOCATED_IN]-(r:Region) WHERE r.level <> 'ZONE'
CALL (r, i) {
  MATCH (r)<-[:ABOUT]-(o:Observation)
  WHERE o.period = $period AND o.kind IN ['ACTUAL', 'ESTIMATE'] AND (o)-[:OF]->(i)
  ${claimDate('o')}
  WITH o, date, stated ORDER BY ${CLAIM_ORDER}
  WITH collect(o) AS claims
  RETURN [c IN claims WHERE c.valueValue IS NOT NULL][0] AS valueFrom,
    [c IN claims WHERE c.growthPct IS NOT NULL][0] AS growthFrom
}
CALL (r, i, sc) {
  MATCH (r)<-[:ABOUT]-(k:Ranking)
  WHERE k.period = $period AND k.basis = $basis AND (k)-[:OF]->(i) AND (k)-[:IN]->(sc)
  ${claimDate('k')}
  WITH k, date, stated ORDER BY date DESC, stated DESC
  WITH collect(k) AS ks
  RETURN ks[0] AS stated
}
WITH collect({name: r.name, code: r.code, value: ${normalised('valueFrom')}, growthPct: growthFrom.growthPct,
  statedRank: stated.rank, evidence: stated {.docs, .quotes, .offsets}}) AS rows
WITH [x IN rows | x {.*, metric: CASE $basis WHEN 'GROWTH' THEN x.growthPct ELSE x.value.value END}] AS rows
WITH rows, size(rows) > 0 AND all(x IN rows WHERE x.metric IS NOT NULL) AS complete
UNWIND rows AS x
WITH x, CASE WHEN complete THEN 1 + size([y IN rows WHERE y.metric > x.metric]) END AS derived
WITH x, coalesce(x.statedRank, derived) AS rank,
  CASE WHEN x.statedRank IS NOT NULL THEN 'STATED' WHEN derived IS NOT NULL THEN 'DERIVED' END AS rankSource
ORDER BY rank IS NULL, rank, x.metric IS NULL, x.metric DESC, coalesce(x.code, x.name)
RETURN collect({name: x.name, value: x.value, growthPct: x.growthPct, rank: rank, rankSource: rankSource,
  evidence: x.evidence}) AS entries`;
