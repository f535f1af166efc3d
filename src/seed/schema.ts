import { z } from 'zod';
import { isPeriod } from '../domain/period';

// The shape of the curated files under seed/data/: validated on every load, by seed:check and by the data tests.

export const ENTITY_KINDS = [
  'REGION',
  'COMPANY',
  'INSTITUTION',
  'PROJECT',
  'INDUSTRIAL_CHAIN',
  'POLICY',
  'INDICATOR',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const LABEL_OF_KIND: Record<EntityKind, string> = {
  REGION: 'Region',
  COMPANY: 'Company',
  INSTITUTION: 'Institution',
  PROJECT: 'Project',
  INDUSTRIAL_CHAIN: 'IndustrialChain',
  POLICY: 'Policy',
  INDICATOR: 'Indicator',
};

const key = z.string().regex(/^[a-z]+\/[a-z0-9][a-z0-9-]*$/, 'keys look like "project/ningfu-juwan-battery"');
const period = z.string().refine(isPeriod, 'periods look like "2022", "2025-H1", "2025-Q1" or "2025-07"');

export const evidenceSchema = z.strictObject({
  doc: z.string().regex(/^\d{3}$/, 'doc is the report id from documents.yaml, e.g. "000"'),
  quote: z.string().min(2),
  offset: z.number().int().nonnegative().optional(),
});
export type EvidenceInput = z.infer<typeof evidenceSchema>;

const evidenceList = z.array(evidenceSchema).min(1, 'every fact needs at least one evidence quote');

export const quantitySchema = z.strictObject({
  value: z.number(),
  unit: z.string().min(1),
  text: z.string().min(1),
});
export type QuantityInput = z.infer<typeof quantitySchema>;

const entityBase = {
  key,
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1).optional(),
  mentions: evidenceList,
};

export const REGION_LEVELS = ['COUNTRY', 'PROVINCE', 'CITY', 'COUNTY', 'DISTRICT', 'ZONE'] as const;
export const PROJECT_STATUSES = ['PLANNED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'UNKNOWN'] as const;
export const CHAIN_TIERS = [
  'GROUP',
  'THOUSAND_BILLION_CLUSTER',
  'KEY_CHAIN',
  'STRATEGIC_EMERGING',
  'FUTURE',
  'TRADITIONAL',
  'CLUSTER',
] as const;
export const POLICY_KINDS = [
  'PROGRAM',
  'ACTION_PLAN',
  'POLICY_PACKAGE',
  'TARGET_SYSTEM',
  'FUNDING',
  'STRATEGY',
  'AWARD',
] as const;
export const OBSERVATION_KINDS = ['ACTUAL', 'ESTIMATE', 'TARGET'] as const;
export const RANKING_BASES = ['GROWTH', 'LEVEL'] as const;

export const entitySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('REGION'),
    ...entityBase,
    level: z.enum(REGION_LEVELS),
    code: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  }),
  z.strictObject({ kind: z.literal('COMPANY'), ...entityBase }),
  z.strictObject({ kind: z.literal('INSTITUTION'), ...entityBase }),
  z.strictObject({
    kind: z.literal('PROJECT'),
    ...entityBase,
    status: z.enum(PROJECT_STATUSES),
    phase: z.string().min(1).optional(),
    capacity: quantitySchema.optional(),
    investment: quantitySchema.optional(),
  }),
  z.strictObject({ kind: z.literal('INDUSTRIAL_CHAIN'), ...entityBase, tier: z.enum(CHAIN_TIERS) }),
  z.strictObject({ kind: z.literal('POLICY'), ...entityBase, policyKind: z.enum(POLICY_KINDS) }),
  z.strictObject({ kind: z.literal('INDICATOR'), ...entityBase, unit: z.string().min(1).optional() }),
]);
export type EntityInput = z.infer<typeof entitySchema>;

export const RELATION_TYPES = [
  'LOCATED_IN',
  'DEVELOPS',
  'IN_CHAIN',
  'PART_OF',
  'UNDER_PROGRAM',
  'FUNDS',
  'ISSUED_BY',
  'COOPERATES_WITH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Which kinds each relationship may join (from → to), after ../shared/design/domain.md. */
export const RELATION_ENDPOINTS: Record<RelationType, { from: EntityKind[]; to: EntityKind[] }> = {
  LOCATED_IN: { from: ['PROJECT', 'COMPANY', 'INSTITUTION', 'REGION'], to: ['REGION'] },
  DEVELOPS: { from: ['COMPANY', 'INSTITUTION'], to: ['PROJECT'] },
  IN_CHAIN: { from: ['PROJECT', 'COMPANY'], to: ['INDUSTRIAL_CHAIN'] },
  PART_OF: { from: ['INDUSTRIAL_CHAIN', 'PROJECT', 'POLICY'], to: ['INDUSTRIAL_CHAIN', 'PROJECT', 'POLICY'] },
  UNDER_PROGRAM: { from: ['PROJECT', 'INDUSTRIAL_CHAIN', 'COMPANY'], to: ['POLICY'] },
  FUNDS: { from: ['POLICY'], to: ['PROJECT', 'POLICY', 'REGION', 'COMPANY', 'INDUSTRIAL_CHAIN'] },
  ISSUED_BY: { from: ['POLICY'], to: ['REGION', 'INSTITUTION'] },
  COOPERATES_WITH: { from: ['REGION', 'COMPANY', 'INSTITUTION'], to: ['INSTITUTION'] },
};

export const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  from: key,
  to: key,
  evidence: evidenceList,
});
export type RelationInput = z.infer<typeof relationSchema>;

export const observationSchema = z
  .strictObject({
    indicator: key,
    subject: key,
    period,
    kind: z.enum(OBSERVATION_KINDS).default('ACTUAL'),
    value: quantitySchema.optional(),
    growthPct: z.number().optional(),
    /** The policy that sets this figure as a target (kind TARGET). */
    policy: key.optional(),
    /** A qualifier the figure needs to be read right, e.g. "高于全省平均水平0.9个百分点". */
    note: z.string().min(1).optional(),
    evidence: evidenceList,
  })
  .refine((o) => o.value !== undefined || o.growthPct !== undefined, 'an observation needs a value or a growthPct');
export type ObservationInput = z.infer<typeof observationSchema>;

export const rankingSchema = z.strictObject({
  subject: key,
  indicator: key,
  period,
  scope: key,
  rank: z.number().int().positive(),
  basis: z.enum(RANKING_BASES),
  evidence: evidenceList,
});
export type RankingInput = z.infer<typeof rankingSchema>;

export const fundingSchema = z.strictObject({
  policy: key,
  period: period.optional(),
  amount: quantitySchema,
  projectCount: z.number().int().positive().optional(),
  recipients: z.array(key).default([]),
  note: z.string().min(1).optional(),
  evidence: evidenceList,
});
export type FundingInput = z.infer<typeof fundingSchema>;

export const seedFileSchema = z.strictObject({
  entities: z.array(entitySchema).default([]),
  relations: z.array(relationSchema).default([]),
  observations: z.array(observationSchema).default([]),
  rankings: z.array(rankingSchema).default([]),
  fundings: z.array(fundingSchema).default([]),
});
export type SeedFile = z.infer<typeof seedFileSchema>;

export const documentSchema = z.strictObject({
  id: z.string().regex(/^\d{3}$/),
  file: z.string().min(1),
  key: key,
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  period: period.optional(),
  script: z.enum(['SIMPLIFIED', 'TRADITIONAL']),
});
export type DocumentInput = z.infer<typeof documentSchema>;
