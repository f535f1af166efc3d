// The closed vocabularies of the domain, each value with its description. seed/schema.ts validates with them and
// modules/common/enums.ts turns each into the GraphQL enum of the same name.

export interface EnumValue {
  readonly description?: string;
}
export type EnumValues = Readonly<Record<string, EnumValue>>;

/** The values of an enum as a non-empty tuple, in declaration order (what z.enum wants). */
export function enumKeys<E extends EnumValues>(values: E): [keyof E & string, ...(keyof E & string)[]] {
  return Object.keys(values) as [keyof E & string, ...(keyof E & string)[]];
}

export const REGION_LEVEL = {
  COUNTRY: {},
  PROVINCE: {},
  CITY: {},
  COUNTY: {},
  DISTRICT: {},
  ZONE: {},
} as const satisfies EnumValues;

export const PROJECT_STATUS = {
  PLANNED: {},
  UNDER_CONSTRUCTION: {},
  COMPLETED: {},
  UNKNOWN: {},
} as const satisfies EnumValues;

export const CHAIN_TIER = {
  GROUP: { description: 'A named group of chains, e.g. the "3+13+N" 产业链群.' },
  THOUSAND_BILLION_CLUSTER: { description: '千亿级产业集群.' },
  KEY_CHAIN: {},
  STRATEGIC_EMERGING: {},
  FUTURE: {},
  TRADITIONAL: {},
  CLUSTER: {},
} as const satisfies EnumValues;

export const POLICY_KIND = {
  PROGRAM: {},
  ACTION_PLAN: {},
  POLICY_PACKAGE: {},
  TARGET_SYSTEM: {},
  FUNDING: {},
  STRATEGY: {},
  AWARD: {},
} as const satisfies EnumValues;

export const OBSERVATION_KIND = {
  ACTUAL: {},
  ESTIMATE: { description: '初步预计 / 左右: an estimate.' },
  TARGET: { description: '力争 / 确保 / 目标: a target.' },
} as const satisfies EnumValues;

export const RANKING_BASIS = {
  GROWTH: { description: 'Ranked by growth rate.' },
  LEVEL: { description: 'Ranked by the level/total.' },
} as const satisfies EnumValues;

export const SCRIPT = { SIMPLIFIED: {}, TRADITIONAL: {} } as const satisfies EnumValues;

export const DIRECTION = {
  OUT: { description: 'This entity is the start of the relationship.' },
  IN: {},
} as const satisfies EnumValues;

export const REGION_LEVELS = enumKeys(REGION_LEVEL);
export const PROJECT_STATUSES = enumKeys(PROJECT_STATUS);
export const CHAIN_TIERS = enumKeys(CHAIN_TIER);
export const POLICY_KINDS = enumKeys(POLICY_KIND);
export const OBSERVATION_KINDS = enumKeys(OBSERVATION_KIND);
export const RANKING_BASES = enumKeys(RANKING_BASIS);
export const SCRIPTS = enumKeys(SCRIPT);

export type RegionLevel = keyof typeof REGION_LEVEL;
export type ProjectStatus = keyof typeof PROJECT_STATUS;
export type ChainTier = keyof typeof CHAIN_TIER;
export type PolicyKind = keyof typeof POLICY_KIND;
export type ObservationKind = keyof typeof OBSERVATION_KIND;
export type RankingBasis = keyof typeof RANKING_BASIS;
export type Script = keyof typeof SCRIPT;
export type Direction = keyof typeof DIRECTION;
