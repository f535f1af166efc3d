import type { EntityKind } from '../domain/kinds';
import type { RelationSpec } from '../modules/entity/loaders';

// What the look-ahead compiler knows about the schema: which fields read only the entity's own properties (their
// resolvers then run unchanged on a row holding those properties), which follow one relationship (a list, or its
// first entity by name), and which are connections over one. A field or argument missing here is not compiled:
// the whole root field then runs through the DataLoader resolvers.

const quantity = (p: string) => [`${p}Value`, `${p}Unit`, `${p}Text`, `${p}Doc`, `${p}Quote`, `${p}Offset`];

/** Fields every entity type has that read only the row (key and kind are always projected). */
export const COMMON_LOCAL: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  key: [],
  kind: [],
  name: ['name'],
  nameEn: ['nameEn'],
  aliases: ['aliases'],
  description: ['description'],
};

/** Kind-specific fields that read only the row, with the stored properties they read. */
export const KIND_LOCAL: Readonly<Partial<Record<EntityKind, Readonly<Record<string, readonly string[]>>>>> = {
  // parent and children follow the division codes (modules/region/hierarchy.ts): their resolvers run on the row, which
  // needs its code and level (one batched round trip more when selected).
  REGION: { level: ['level'], code: ['code'], parent: ['code', 'level'], children: ['code', 'level'] },
  PROJECT: { status: ['status'], phase: ['phase'], capacity: quantity('capacity'), investment: quantity('investment') },
  INDUSTRIAL_CHAIN: { tier: ['tier'] },
  POLICY: { policyKind: ['policyKind'] },
  INDICATOR: { unit: ['unit'] },
};

export interface RelationField {
  spec: RelationSpec;
  /** The first related entity by name (or null), as the resolvers' `[0] ?? null`; else the whole list. */
  one: boolean;
}

const rel = (
  type: RelationSpec['type'],
  direction: RelationSpec['direction'],
  target: EntityKind,
  one = false,
): RelationField => ({ spec: { type, direction, target }, one });

/** Relation fields without arguments, as their resolvers define them (relatedEntities, ordered by name). */
export const RELATIONS: Readonly<Partial<Record<EntityKind, Readonly<Record<string, RelationField>>>>> = {
  COMPANY: { region: rel('LOCATED_IN', 'OUT', 'REGION', true), chains: rel('IN_CHAIN', 'OUT', 'INDUSTRIAL_CHAIN') },
  INSTITUTION: { region: rel('LOCATED_IN', 'OUT', 'REGION', true) },
  PROJECT: {
    region: rel('LOCATED_IN', 'OUT', 'REGION', true),
    developers: rel('DEVELOPS', 'IN', 'COMPANY'),
    chains: rel('IN_CHAIN', 'OUT', 'INDUSTRIAL_CHAIN'),
    programs: rel('UNDER_PROGRAM', 'OUT', 'POLICY'),
    parent: rel('PART_OF', 'OUT', 'PROJECT', true),
    phases: rel('PART_OF', 'IN', 'PROJECT'),
  },
  INDUSTRIAL_CHAIN: {
    group: rel('PART_OF', 'OUT', 'INDUSTRIAL_CHAIN', true),
    members: rel('PART_OF', 'IN', 'INDUSTRIAL_CHAIN'),
  },
  POLICY: { issuer: rel('ISSUED_BY', 'OUT', 'REGION', true), chains: rel('UNDER_PROGRAM', 'IN', 'INDUSTRIAL_CHAIN') },
};

export interface ConnectionField {
  spec: RelationSpec;
  /** The arguments the field has; a schema field with any other argument is not compiled. */
  args: readonly string[];
}

/** Connection fields over one relationship (relatedConnection: distinct, by name then key, cut in Cypher). */
export const CONNECTIONS: Readonly<Partial<Record<EntityKind, Readonly<Record<string, ConnectionField>>>>> = {
  REGION: {
    projects: {
      spec: { type: 'LOCATED_IN', direction: 'IN', target: 'PROJECT', recursive: true },
      args: ['status', 'first', 'after'],
    },
    companies: {
      spec: { type: 'LOCATED_IN', direction: 'IN', target: 'COMPANY', recursive: true },
      args: ['first', 'after'],
    },
  },
  COMPANY: { projects: { spec: { type: 'DEVELOPS', direction: 'OUT', target: 'PROJECT' }, args: ['first', 'after'] } },
  INDUSTRIAL_CHAIN: {
    projects: { spec: { type: 'IN_CHAIN', direction: 'IN', target: 'PROJECT' }, args: ['first', 'after'] },
    companies: { spec: { type: 'IN_CHAIN', direction: 'IN', target: 'COMPANY' }, args: ['first', 'after'] },
  },
};

/** The root fields the compiler handles, each with the arguments it understands. */
export const ROOT_ARGS: Readonly<Record<string, readonly string[]>> = {
  entity: ['name', 'kind'],
  node: ['id'],
  nodes: ['ids'],
  projects: ['status', 'region', 'chain', 'first', 'after'],
  companies: ['first', 'after'],
  regions: ['first', 'after'],
  industrialChains: ['tier', 'first'],
  search: ['query', 'kinds', 'first'],
};
