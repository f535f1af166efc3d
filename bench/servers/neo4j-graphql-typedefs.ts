// Arm (b): @neo4j/graphql v7 type definitions for the same labels, properties and relationships as the
// project's graph (src/seed/rows.ts). Entity nodes carry two labels (:Entity:<Kind>); evidence is stored as
// parallel lists (docs, quotes, offsets) on facts and on relationships.
//
// Native forms are used where the library has them (lookup by key, nested relationship lists with sort and
// limit, connections with totalCount). It has no native form for three of the benchmark's questions, so these
// are `@cypher` fields whose statements are the project's own Cypher (src/modules/*/repository.ts):
//   - search: the entity_names full-text index spans seven labels and is merged with exact-name matches;
//     `@fulltext` works per type, so one `@cypher` field runs the same union as the server;
//   - path: shortest path over any entity relationship (no path form in the library);
//   - neighborhood: variable-length expansion, nearest first (no such form either).

import { NEIGHBORHOOD_CYPHER, PATH_CYPHER, SEARCH_CYPHER } from '../cypher';

const ENTITY_FIELDS = `
  key: String!
  kind: String!
  name: String!
  nameEn: String
  aliases: [String!]!
  description: String
  mentions: [Document!]! @relationship(type: "MENTIONS", direction: IN)`;

const rel = (field: string, target: string, type: string, direction: 'IN' | 'OUT') =>
  `  ${field}: [${target}!]! @relationship(type: "${type}", direction: ${direction}, properties: "Evidence")`;

export const typeDefs = /* GraphQL */ `
type Evidence @relationshipProperties {
  docs: [String!]
  quotes: [String!]
  offsets: [Int!]
}

interface Entity {
  key: String!
  kind: String!
  name: String!
  nameEn: String
  aliases: [String!]!
  description: String
}

type Document @node {
  key: String!
  title: String!
  publisher: String
  publishedAt: String
  period: String
  script: String!
  text: String!
}

type Region implements Entity @node(labels: ["Region", "Entity"]) {${ENTITY_FIELDS}
  level: String!
  code: String
${rel('parent', 'Region', 'LOCATED_IN', 'OUT')}
${rel('children', 'Region', 'LOCATED_IN', 'IN')}
${rel('projects', 'Project', 'LOCATED_IN', 'IN')}
${rel('companies', 'Company', 'LOCATED_IN', 'IN')}
  rankings: [Ranking!]! @relationship(type: "ABOUT", direction: IN)
  observations: [Observation!]! @relationship(type: "ABOUT", direction: IN)
}

type Company implements Entity @node(labels: ["Company", "Entity"]) {${ENTITY_FIELDS}
${rel('region', 'Region', 'LOCATED_IN', 'OUT')}
${rel('projects', 'Project', 'DEVELOPS', 'OUT')}
${rel('chains', 'IndustrialChain', 'IN_CHAIN', 'OUT')}
${rel('programs', 'Policy', 'UNDER_PROGRAM', 'OUT')}
${rel('partners', 'Institution', 'COOPERATES_WITH', 'OUT')}
  observations: [Observation!]! @relationship(type: "ABOUT", direction: IN)
}

type Institution implements Entity @node(labels: ["Institution", "Entity"]) {${ENTITY_FIELDS}
${rel('region', 'Region', 'LOCATED_IN', 'OUT')}
${rel('projects', 'Project', 'DEVELOPS', 'OUT')}
}

type Project implements Entity @node(labels: ["Project", "Entity"]) {${ENTITY_FIELDS}
  status: String!
  phase: String
  capacityValue: Float
  capacityUnit: String
  capacityText: String
  investmentValue: Float
  investmentUnit: String
  investmentText: String
${rel('region', 'Region', 'LOCATED_IN', 'OUT')}
${rel('developers', 'Company', 'DEVELOPS', 'IN')}
${rel('chains', 'IndustrialChain', 'IN_CHAIN', 'OUT')}
${rel('programs', 'Policy', 'UNDER_PROGRAM', 'OUT')}
${rel('parent', 'Project', 'PART_OF', 'OUT')}
${rel('phases', 'Project', 'PART_OF', 'IN')}
}

type IndustrialChain implements Entity @node(labels: ["IndustrialChain", "Entity"]) {${ENTITY_FIELDS}
  tier: String!
${rel('group', 'IndustrialChain', 'PART_OF', 'OUT')}
${rel('members', 'IndustrialChain', 'PART_OF', 'IN')}
${rel('projects', 'Project', 'IN_CHAIN', 'IN')}
${rel('companies', 'Company', 'IN_CHAIN', 'IN')}
${rel('programs', 'Policy', 'UNDER_PROGRAM', 'OUT')}
  observations: [Observation!]! @relationship(type: "ABOUT", direction: IN)
}

type Policy implements Entity @node(labels: ["Policy", "Entity"]) {${ENTITY_FIELDS}
  policyKind: String!
${rel('issuer', 'Region', 'ISSUED_BY', 'OUT')}
${rel('parent', 'Policy', 'PART_OF', 'OUT')}
${rel('projects', 'Project', 'UNDER_PROGRAM', 'IN')}
${rel('funds', 'Project', 'FUNDS', 'OUT')}
  targets: [Observation!]! @relationship(type: "SETS_TARGET", direction: OUT)
  fundings: [Funding!]! @relationship(type: "UNDER", direction: IN)
}

type Indicator implements Entity @node(labels: ["Indicator", "Entity"]) {${ENTITY_FIELDS}
  unit: String
  observations: [Observation!]! @relationship(type: "OF", direction: IN)
  rankings: [Ranking!]! @relationship(type: "OF", direction: IN)
}

type Observation @node {
  key: String!
  period: String!
  kind: String!
  growthPct: Float
  note: String
  valueValue: Float
  valueUnit: String
  valueText: String
  docs: [String!]!
  quotes: [String!]!
  offsets: [Int!]!
  indicator: [Indicator!]! @relationship(type: "OF", direction: OUT)
}

type Ranking @node {
  key: String!
  period: String!
  rank: Int!
  basis: String!
  docs: [String!]!
  quotes: [String!]!
  offsets: [Int!]!
  indicator: [Indicator!]! @relationship(type: "OF", direction: OUT)
  scope: [Region!]! @relationship(type: "IN", direction: OUT)
}

type Funding @node {
  key: String!
  period: String
  projectCount: Int
  note: String
  amountValue: Float!
  amountUnit: String!
  amountText: String!
  docs: [String!]!
  quotes: [String!]!
  offsets: [Int!]!
  policy: [Policy!]! @relationship(type: "UNDER", direction: OUT)
  recipients: [Project!]! @relationship(type: "FUNDS", direction: OUT)
}

type GraphNode {
  key: String!
  name: String!
  kind: String!
}

type GraphEdge {
  type: String!
  source: String!
  target: String!
  docs: [String!]
  quotes: [String!]
  offsets: [Int!]
}

type PathResult {
  length: Int!
  nodes: [GraphNode!]!
  edges: [GraphEdge!]!
}

type Subgraph {
  nodes: [GraphNode!]!
  edges: [GraphEdge!]!
}

type Query {
  search(query: String!, first: Int!, candidates: Int!): [Entity!]!
    @cypher(statement: """${SEARCH_CYPHER}""", columnName: "node")
  path(from: String!, to: String!): PathResult
    @cypher(statement: """${PATH_CYPHER}""", columnName: "result")
  neighborhood(of: String!, limit: Int!): Subgraph
    @cypher(statement: """${NEIGHBORHOOD_CYPHER}""", columnName: "result")
}
`;
