import { z } from 'zod';
import { CHAIN_TIERS, POLICY_KINDS, PROJECT_STATUSES, REGION_LEVELS } from './enums';
import { quantitySchema } from './quantity';

// One spec per entity kind; every other per-kind fact (labels, key prefixes, GraphQL type names, the seed file
// shapes, ingest defaults, gazetteer kinds, the words in error messages) is derived from these.

export interface KindSpec {
  /** The Neo4j label, also the GraphQL type name. */
  readonly label: string;
  /** Keys of this kind start with "<prefix>/". */
  readonly prefix: string;
  /** What a message calls one, e.g. "No industrial chain is named …". */
  readonly noun: string;
  /** Whether ingest looks for the names of known entities of this kind in a report's text. */
  readonly gazetteer: boolean;
  /** The GraphQL type's description. */
  readonly description: string;
  /** Kind-specific properties as the curated files write them (a quantity is stored as three properties). */
  readonly properties: z.ZodRawShape;
  /** Properties a new entity of this kind gets when ingest creates it. */
  readonly ingestDefaults: Readonly<Record<string, string>>;
}

export const KIND_SPECS = {
  REGION: {
    label: 'Region',
    prefix: 'region',
    noun: 'region',
    gazetteer: true,
    description: 'A country, province, city, county, district or development zone.',
    properties: {
      level: z.enum(REGION_LEVELS),
      code: z
        .string()
        .regex(/^\d{6}$/)
        .optional(),
    },
    // Level and code come from the gazetteer or the name (ingest/write.ts).
    ingestDefaults: {},
  },
  COMPANY: {
    label: 'Company',
    prefix: 'company',
    noun: 'company',
    gazetteer: true,
    description: 'A company named in the reports.',
    properties: {},
    ingestDefaults: {},
  },
  INSTITUTION: {
    label: 'Institution',
    prefix: 'institution',
    noun: 'institution',
    gazetteer: true,
    description: 'Universities, research institutes, laboratories, government bodies.',
    properties: {},
    ingestDefaults: {},
  },
  PROJECT: {
    label: 'Project',
    prefix: 'project',
    noun: 'project',
    gazetteer: true,
    description: 'An investment or construction project, or one phase of one.',
    properties: {
      status: z.enum(PROJECT_STATUSES),
      phase: z.string().min(1).optional(),
      capacity: quantitySchema.optional(),
      investment: quantitySchema.optional(),
    },
    ingestDefaults: { status: 'UNKNOWN' },
  },
  INDUSTRIAL_CHAIN: {
    label: 'IndustrialChain',
    prefix: 'chain',
    noun: 'industrial chain',
    gazetteer: true,
    description: 'An industrial chain, cluster or group of chains.',
    properties: { tier: z.enum(CHAIN_TIERS) },
    ingestDefaults: { tier: 'KEY_CHAIN' },
  },
  POLICY: {
    label: 'Policy',
    prefix: 'policy',
    noun: 'policy',
    gazetteer: true,
    description: 'A programme, action plan, policy package, target system, fund or award.',
    properties: { policyKind: z.enum(POLICY_KINDS) },
    ingestDefaults: { policyKind: 'PROGRAM' },
  },
  INDICATOR: {
    label: 'Indicator',
    prefix: 'indicator',
    noun: 'indicator',
    gazetteer: true,
    description: 'An economic indicator, e.g. 地区生产总值 (GDP).',
    properties: { unit: z.string().min(1).optional() },
    ingestDefaults: {},
  },
} as const satisfies Record<string, KindSpec>;

export type EntityKind = keyof typeof KIND_SPECS;
export type KindLabel = (typeof KIND_SPECS)[EntityKind]['label'];

/** Every kind, in declaration order. */
export const ENTITY_KINDS = Object.keys(KIND_SPECS) as [EntityKind, ...EntityKind[]];

export const LABEL_OF_KIND = Object.fromEntries(ENTITY_KINDS.map((k) => [k, KIND_SPECS[k].label])) as {
  readonly [K in EntityKind]: (typeof KIND_SPECS)[K]['label'];
};

export function labelOf(kind: EntityKind): KindLabel {
  return KIND_SPECS[kind].label;
}

export function kindOfLabel(label: string): EntityKind | undefined {
  return ENTITY_KINDS.find((k) => KIND_SPECS[k].label === label);
}

/** The kinds whose known names ingest looks for in a text (all of them today). */
export const GAZETTEER_KINDS: EntityKind[] = ENTITY_KINDS.filter((k) => KIND_SPECS[k].gazetteer);

type PropertiesOf<K extends EntityKind> = (typeof KIND_SPECS)[K]['properties'];
type QuantityLike = typeof quantitySchema | z.ZodOptional<typeof quantitySchema>;
type ScalarPropertyOf<K extends EntityKind> = {
  [P in keyof PropertiesOf<K>]: PropertiesOf<K>[P] extends QuantityLike ? never : P;
}[keyof PropertiesOf<K>];

/** Names of the kind-specific properties stored as plain values, over all kinds. */
export type ScalarProperty = { [K in EntityKind]: ScalarPropertyOf<K> }[EntityKind] & string;

/** What a scalar property holds (over the kinds that declare it): "level" → RegionLevel. */
export type PropertyValue<P extends ScalarProperty> = {
  [K in EntityKind]: P extends keyof PropertiesOf<K> ? NonNullable<z.output<PropertiesOf<K>[P]>> : never;
}[EntityKind];

/** The kind-specific scalar properties of a stored entity, each absent or null where its kind lacks it. */
export type StoredProperties = { [P in ScalarProperty]?: PropertyValue<P> | null };
