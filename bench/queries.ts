import { decodeGlobalID } from '@pothos/plugin-relay';
import { exactNameLookups } from '../src/modules/entity/repository';
import { escapeLucene } from '../src/modules/search/lucene';
import { normalizeName, toSimplified } from '../src/text/chinese';
import {
  CHAIN_CYPHER,
  ENTITY_CYPHER,
  FLOOR_SEARCH_CYPHER,
  LEAGUE_CYPHER,
  NEIGHBORHOOD_CYPHER,
  PATH_CYPHER,
  REGION_FIGURES_CYPHER,
  SERIES_CYPHER,
} from './cypher';
import type { BenchPicks } from './db';

// The fixed query set, in three forms each: (a) this server's GraphQL, (b) @neo4j/graphql's GraphQL,
// (c) hand-written Cypher (run by bench/servers/cypher.ts). Each form has a normaliser to one canonical
// answer; the harness compares the three answers before it times anything.

export type ArmId = 'a' | 'b' | 'c';
export type QueryId = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6' | 'Q7' | 'Q8';
type Json = Record<string, unknown>;

export interface BenchQuery {
  id: QueryId;
  title: string;
  /** Nesting depth of the question (levels of objects reached from the root); the round-trip budget is depth + 1. */
  depth: number;
  a: (p: BenchPicks) => { query: string; variables: Json };
  /** Absent when @neo4j/graphql has no equivalent (Q7, Q8): arm (b) is not run on the question ("n/a"). */
  b?: (p: BenchPicks) => { query: string; variables: Json };
  c: (p: BenchPicks) => Json;
  /** Cypher of arm (c); its parameters come from `c` (integral numbers are sent as Cypher integers). */
  cypher: string;
  normalize: { a: (data: Json) => unknown; b?: (data: Json) => unknown; c: (data: Json) => unknown };
}

/** The arms that answer a question: all three, or (a) and (c) where @neo4j/graphql has no equivalent. */
export const armsOf = (q: BenchQuery): ArmId[] => (q.b ? ['a', 'b', 'c'] : ['a', 'c']);

// ---------------------------------------------------------------------------------------------- helpers

const asList = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const first = (v: unknown): Json | null => (Array.isArray(v) ? ((v[0] as Json | undefined) ?? null) : null);
const pick = (o: Json | null | undefined, keys: string[]) =>
  o ? Object.fromEntries(keys.map((k) => [k, o[k] ?? null])) : null;
const byKey = (a: Json, b: Json) => String(a.key).localeCompare(String(b.key));
const keyFromId = (id: unknown) => decodeGlobalID(String(id)).id;

/** Evidence as the server shows it: offsets below 0 mean "not located" (null). */
function zipEvidence(o: Json) {
  const docs = asList(o.docs) as unknown as string[];
  const quotes = asList(o.quotes) as unknown as string[];
  const offsets = asList(o.offsets) as unknown as number[];
  return docs.map((doc, i) => {
    const offset = offsets[i];
    return { doc, quote: quotes[i] ?? '', offset: offset === undefined || offset < 0 ? null : offset };
  });
}
const serverEvidence = (o: Json) =>
  asList(o.evidence).map((e) => ({ doc: (e.document as Json).key, quote: e.quote, offset: e.offset ?? null }));
const edgeOrder = (a: Json, b: Json) =>
  `${a.type}|${a.source}|${a.target}`.localeCompare(`${b.type}|${b.source}|${b.target}`);

const ENTITY_SCALARS = ['key', 'kind', 'name', 'nameEn', 'aliases', 'description', 'status', 'phase'];

// ---------------------------------------------------------------------------------------------- Q1

const Q1: BenchQuery = {
  id: 'Q1',
  title: 'entity by key, scalar fields',
  depth: 1,
  a: (p) => ({
    query: `query Q1($key: String!) {
      entity(name: $key) { key kind name nameEn aliases description ... on Project { status phase } }
    }`,
    variables: { key: p.project },
  }),
  b: (p) => ({
    query: `query Q1($key: String!) {
      projects(where: { key: { eq: $key } }) { key kind name nameEn aliases description status phase }
    }`,
    variables: { key: p.project },
  }),
  c: (p) => ({ key: p.project }),
  cypher: ENTITY_CYPHER,
  normalize: {
    a: (d) => pick(d.entity as Json, ENTITY_SCALARS),
    b: (d) => pick(first(d.projects), ENTITY_SCALARS),
    c: (d) => pick(first(d.rows) && (first(d.rows)?.entity as Json), ENTITY_SCALARS),
  },
};

// ---------------------------------------------------------------------------------------------- Q2

const Q2: BenchQuery = {
  id: 'Q2',
  title: 'chain → projects → developers → regions (first 20 each)',
  depth: 4,
  a: (p) => ({
    query: `query Q2($key: String!) {
      entity(name: $key, kind: INDUSTRIAL_CHAIN) {
        key name
        ... on IndustrialChain {
          projects(first: 20) {
            totalCount
            edges { node { key name developers { key name region { key name } } } }
          }
        }
      }
    }`,
    variables: { key: p.chain },
  }),
  b: (p) => ({
    query: `query Q2($key: String!) {
      industrialChains(where: { key: { eq: $key } }) {
        key name
        projectsConnection(first: 20, sort: [{ node: { name: ASC } }]) {
          totalCount
          edges { node { key name
            developers(limit: 20, sort: [{ name: ASC }]) { key name region(limit: 1, sort: [{ name: ASC }]) { key name } }
          } }
        }
      }
    }`,
    variables: { key: p.chain },
  }),
  c: (p) => ({ key: p.chain }),
  cypher: CHAIN_CYPHER,
  normalize: {
    a: (d) => {
      const e = d.entity as Json;
      const conn = e.projects as Json;
      return {
        key: e.key,
        name: e.name,
        total: conn.totalCount,
        projects: asList(conn.edges).map((edge) => {
          const p = edge.node as Json;
          return {
            key: p.key,
            name: p.name,
            developers: asList(p.developers).map((c) => ({
              key: c.key,
              name: c.name,
              region: pick(c.region as Json | null, ['key', 'name']),
            })),
          };
        }),
      };
    },
    b: (d) => {
      const e = first(d.industrialChains) as Json;
      const conn = e.projectsConnection as Json;
      return {
        key: e.key,
        name: e.name,
        total: conn.totalCount,
        projects: asList(conn.edges).map((edge) => {
          const p = edge.node as Json;
          return {
            key: p.key,
            name: p.name,
            developers: asList(p.developers).map((c) => ({
              key: c.key,
              name: c.name,
              region: pick(first(c.region), ['key', 'name']),
            })),
          };
        }),
      };
    },
    c: (d) => {
      const row = first(d.rows) as Json;
      return {
        key: row.key,
        name: row.name,
        total: row.total,
        projects: asList(row.projects).map((p) => ({
          key: p.key,
          name: p.name,
          developers: asList(p.developers).map((c) => ({
            key: c.key,
            name: c.name,
            region: pick(c.region as Json | null, ['key', 'name']),
          })),
        })),
      };
    },
  },
};

// ---------------------------------------------------------------------------------------------- Q3
// Lists are compared in key order: @neo4j/graphql cannot sort a nested list by a related node's property
// (the server orders rankings by period, rank, indicator name).

const normRanking = (r: Json) => ({
  key: r.key,
  period: r.period,
  rank: r.rank,
  basis: r.basis,
  indicator: r.indicator,
  scope: r.scope,
  evidence: r.evidence,
});
const normObservation = (o: Json) => ({
  key: o.key,
  period: o.period,
  kind: o.kind,
  growthPct: o.growthPct ?? null,
  value: o.value ?? null,
  indicator: o.indicator,
  evidence: o.evidence,
});
const quantity = (o: Json) =>
  typeof o.valueValue === 'number' ? { value: o.valueValue, unit: o.valueUnit, text: o.valueText } : null;

const Q3: BenchQuery = {
  id: 'Q3',
  title: "region's rankings and observations, all periods",
  depth: 4,
  a: (p) => ({
    query: `query Q3($key: String!) {
      entity(name: $key, kind: REGION) {
        key name
        ... on Region {
          rankings(first: 500) { id period rank basis indicator { key name } scope { key name } evidence { quote offset document { key } } }
          observations(first: 500) { id period kind growthPct value { value unit text } indicator { key name } evidence { quote offset document { key } } }
        }
      }
    }`,
    variables: { key: p.region },
  }),
  b: (p) => ({
    query: `query Q3($key: String!) {
      regions(where: { key: { eq: $key } }) {
        key name
        rankings { key period rank basis docs quotes offsets indicator { key name } scope { key name } }
        observations { key period kind growthPct valueValue valueUnit valueText docs quotes offsets indicator { key name } }
      }
    }`,
    variables: { key: p.region },
  }),
  c: (p) => ({ key: p.region }),
  cypher: REGION_FIGURES_CYPHER,
  normalize: {
    a: (d) => {
      const e = d.entity as Json;
      return {
        key: e.key,
        name: e.name,
        rankings: asList(e.rankings)
          .map((r) => normRanking({ ...r, key: keyFromId(r.id), evidence: serverEvidence(r) }))
          .sort(byKey),
        observations: asList(e.observations)
          .map((o) => normObservation({ ...o, key: keyFromId(o.id), evidence: serverEvidence(o) }))
          .sort(byKey),
      };
    },
    b: (d) => {
      const e = first(d.regions) as Json;
      return {
        key: e.key,
        name: e.name,
        rankings: asList(e.rankings)
          .map((r) =>
            normRanking({ ...r, indicator: first(r.indicator), scope: first(r.scope), evidence: zipEvidence(r) }),
          )
          .sort(byKey),
        observations: asList(e.observations)
          .map((o) =>
            normObservation({ ...o, value: quantity(o), indicator: first(o.indicator), evidence: zipEvidence(o) }),
          )
          .sort(byKey),
      };
    },
    c: (d) => {
      const row = first(d.rows) as Json;
      return {
        key: row.key,
        name: row.name,
        rankings: asList(row.rankings)
          .map((r) => normRanking({ ...r, evidence: zipEvidence(r) }))
          .sort(byKey),
        observations: asList(row.observations)
          .map((o) => normObservation({ ...o, value: quantity(o), evidence: zipEvidence(o) }))
          .sort(byKey),
      };
    },
  },
};

// ---------------------------------------------------------------------------------------------- Q4

const SEARCH_FIRST = 10;
const Q4: BenchQuery = {
  id: 'Q4',
  title: 'full-text search (first 10)',
  depth: 2,
  a: (p) => ({
    query: `query Q4($q: String!) { search(query: $q, first: ${SEARCH_FIRST}) { entity { key name kind } } }`,
    variables: { q: p.search },
  }),
  b: (p) => ({
    query: `query Q4($q: String!) { search(query: $q, first: ${SEARCH_FIRST}, candidates: 50) { key name kind } }`,
    variables: { q: p.search },
  }),
  // The floor gets the parameters the server derives from the text (src/modules/search/schema.ts), prepared here.
  c: (p) => ({
    query: [...new Set([p.search, toSimplified(p.search)])].map(escapeLucene).join(' '),
    exactLookups: exactNameLookups([normalizeName(p.search)]),
    candidates: Math.max(SEARCH_FIRST * 5, 50),
    limit: SEARCH_FIRST,
  }),
  cypher: FLOOR_SEARCH_CYPHER,
  normalize: {
    a: (d) => asList(d.search).map((h) => pick(h.entity as Json, ['key', 'name', 'kind'])),
    b: (d) => asList(d.search).map((e) => pick(e, ['key', 'name', 'kind'])),
    c: (d) => asList(d.rows).map((r) => pick(r.node as Json, ['key', 'name', 'kind'])),
  },
};

// ---------------------------------------------------------------------------------------------- Q5

const graphNode = (n: Json) => pick(n, ['key', 'name', 'kind']);
const Q5: BenchQuery = {
  id: 'Q5',
  title: 'shortest path between two entities',
  depth: 2,
  a: (p) => ({
    query: `query Q5($from: String!, $to: String!) {
      path(from: $from, to: $to, maxHops: 4) { length nodes { key name kind } edges { type source target } }
    }`,
    variables: { from: p.pathFrom, to: p.pathTo },
  }),
  b: (p) => ({
    query: `query Q5($from: String!, $to: String!) {
      path(from: $from, to: $to) { length nodes { key name kind } edges { type source target } }
    }`,
    variables: { from: p.pathFrom, to: p.pathTo },
  }),
  c: (p) => ({ from: p.pathFrom, to: p.pathTo }),
  cypher: PATH_CYPHER,
  normalize: {
    a: (d) => {
      const path = d.path as Json;
      return {
        length: path.length,
        nodes: asList(path.nodes).map(graphNode),
        edges: asList(path.edges).map((e) => ({
          type: e.type,
          source: keyFromId(e.source),
          target: keyFromId(e.target),
        })),
      };
    },
    b: (d) => {
      const path = d.path as Json;
      return {
        length: path.length,
        nodes: asList(path.nodes).map(graphNode),
        edges: asList(path.edges).map((e) => pick(e, ['type', 'source', 'target'])),
      };
    },
    c: (d) => {
      const path = first(d.rows)?.result as Json;
      return {
        length: path.length,
        nodes: asList(path.nodes).map(graphNode),
        edges: asList(path.edges).map((e) => pick(e, ['type', 'source', 'target'])),
      };
    },
  },
};

// ---------------------------------------------------------------------------------------------- Q6

const NEIGHBORHOOD_LIMIT = 100;
const subgraph = (g: Json, decode: boolean) => ({
  nodes: asList(g.nodes).map(graphNode),
  edges: asList(g.edges)
    .map((e) => ({
      type: e.type,
      source: decode ? keyFromId(e.source) : e.source,
      target: decode ? keyFromId(e.target) : e.target,
    }))
    .sort(edgeOrder),
});
const Q6: BenchQuery = {
  id: 'Q6',
  title: 'depth-2 neighbourhood (100 nodes)',
  depth: 2,
  a: (p) => ({
    query: `query Q6($of: String!) {
      neighborhood(of: $of, depth: 2, limit: ${NEIGHBORHOOD_LIMIT}) { nodes { key name kind } edges { type source target } }
    }`,
    variables: { of: p.around },
  }),
  b: (p) => ({
    query: `query Q6($of: String!) {
      neighborhood(of: $of, limit: ${NEIGHBORHOOD_LIMIT - 1}) { nodes { key name kind } edges { type source target } }
    }`,
    variables: { of: p.around },
  }),
  c: (p) => ({ of: p.around, limit: NEIGHBORHOOD_LIMIT - 1 }),
  cypher: NEIGHBORHOOD_CYPHER,
  normalize: {
    a: (d) => subgraph(d.neighborhood as Json, true),
    b: (d) => subgraph(d.neighborhood as Json, false),
    c: (d) => subgraph(first(d.rows)?.result as Json, false),
  },
};

// ---------------------------------------------------------------------------------------------- Q7, Q8
// Figures across reports (issue 14). @neo4j/graphql has no equivalent (claims dated by their reports, the latest
// current, units normalised, ranks stated or derived): arm (b) does not answer these, and its cells read "n/a".

const SERIES_INDICATOR = 'indicator/gdp';
const LEAGUE_PERIOD = '2025-H1';
/** The generator's province (bench/generate.ts): its cities carry GB/T 2260 codes and stated ranks within it. */
const PROVINCE = 'region/henan';
const amount = (v: unknown) => pick(v as Json | null, ['value', 'unit']);
const floorEvidence = (lists: unknown) => asList(lists).flatMap(zipEvidence);

const Q7: BenchQuery = {
  id: 'Q7',
  title: "series: a city's GDP over its periods, current claim, evidence, revisions",
  depth: 4,
  a: (p) => ({
    query: `query Q7($indicator: String!, $subject: String!) {
      series(indicator: $indicator, subject: $subject) {
        points {
          period growthPct value { value unit }
          current { publishedAt document { key } }
          evidence { quote offset document { key } }
          revisions { publishedAt growthPct value { value unit } document { key } }
        }
      }
    }`,
    variables: { indicator: SERIES_INDICATOR, subject: p.region },
  }),
  c: (p) => ({ indicator: SERIES_INDICATOR, subject: p.region }),
  cypher: SERIES_CYPHER,
  normalize: {
    a: (d) =>
      asList((d.series as Json).points).map((pt) => ({
        period: pt.period,
        growthPct: pt.growthPct ?? null,
        value: amount(pt.value),
        current: {
          publishedAt: (pt.current as Json).publishedAt,
          document: ((pt.current as Json).document as Json).key,
        },
        evidence: serverEvidence(pt),
        revisions: asList(pt.revisions).map((r) => ({
          publishedAt: r.publishedAt,
          document: (r.document as Json).key,
          growthPct: r.growthPct ?? null,
          value: amount(r.value),
        })),
      })),
    c: (d) =>
      asList(first(d.rows)?.points).map((pt) => ({
        period: pt.period,
        growthPct: pt.growthPct ?? null,
        value: amount(pt.value),
        current: { publishedAt: (pt.current as Json).publishedAt, document: (pt.current as Json).document },
        evidence: floorEvidence(pt.evidence),
        revisions: asList(pt.revisions).map((r) => ({
          publishedAt: r.publishedAt,
          document: r.document,
          growthPct: r.growthPct ?? null,
          value: amount(r.value),
        })),
      })),
  },
};

const Q8: BenchQuery = {
  id: 'Q8',
  title: 'leagueTable: every city of the province on GDP growth, ranks STATED/DERIVED with evidence',
  depth: 3,
  a: () => ({
    query: `query Q8($indicator: String!, $period: String!, $scope: String!) {
      leagueTable(indicator: $indicator, period: $period, scope: $scope, basis: GROWTH) {
        entries { place { name } value { value unit } growthPct rank rankSource evidence { quote offset document { key } } }
      }
    }`,
    variables: { indicator: SERIES_INDICATOR, period: LEAGUE_PERIOD, scope: PROVINCE },
  }),
  c: () => ({ indicator: SERIES_INDICATOR, period: LEAGUE_PERIOD, scope: PROVINCE, basis: 'GROWTH' }),
  cypher: LEAGUE_CYPHER,
  normalize: {
    a: (d) =>
      asList((d.leagueTable as Json).entries).map((e) => ({
        name: (e.place as Json | null)?.name ?? null,
        value: amount(e.value),
        growthPct: e.growthPct ?? null,
        rank: e.rank ?? null,
        rankSource: e.rankSource ?? null,
        evidence: serverEvidence(e),
      })),
    c: (d) =>
      asList(first(d.rows)?.entries).map((e) => ({
        name: e.name,
        value: amount(e.value),
        growthPct: e.growthPct ?? null,
        rank: e.rank ?? null,
        rankSource: e.rankSource ?? null,
        evidence: e.evidence ? zipEvidence(e.evidence as Json) : [],
      })),
  },
};

export const QUERIES: BenchQuery[] = [Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q8];
export const QUERY_BY_ID = Object.fromEntries(QUERIES.map((q) => [q.id, q])) as Record<QueryId, BenchQuery>;
