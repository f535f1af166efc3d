import { z } from 'zod';
import { OBSERVATION_KINDS, RANKING_BASES, SCRIPTS } from '../domain/enums';
import { KEY_PATTERN } from '../domain/keys';
import { ENTITY_KINDS, type EntityKind, KIND_SPECS } from '../domain/kinds';
import { isPeriod } from '../domain/period';
import { quantitySchema } from '../domain/quantity';
import { RELATION_TYPES } from '../domain/relations';

// The shape of the curated files under seed/data/: validated on every load, by seed:check and by the data tests.
// Only the shapes live here; the vocabulary (kinds and their properties, relations, enums, keys) is src/domain/.

const key = z.string().regex(KEY_PATTERN, 'keys look like "project/ningfu-juwan-battery"');
const period = z.string().refine(isPeriod, 'periods look like "2022", "2025-H1", "2025-Q1" or "2025-07"');

export const evidenceSchema = z.strictObject({
  doc: z.string().regex(/^\d{3}$/, 'doc is the report id from documents.yaml, e.g. "000"'),
  quote: z.string().min(2),
  offset: z.number().int().nonnegative().optional(),
});
export type EvidenceInput = z.infer<typeof evidenceSchema>;

const evidenceList = z.array(evidenceSchema).min(1, 'every fact needs at least one evidence quote');

const entityBase = {
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1).optional(),
  mentions: evidenceList,
};

/** One kind's shape: the common fields, a key with the kind's prefix, and the properties its spec declares. */
function entityShape<K extends EntityKind>(kind: K) {
  const { prefix, properties } = KIND_SPECS[kind];
  return z.strictObject({
    kind: z.literal(kind),
    key: key.refine((k) => k.startsWith(`${prefix}/`), `keys of ${kind} entities start with "${prefix}/"`),
    ...entityBase,
    ...(properties as (typeof KIND_SPECS)[K]['properties']),
  });
}

export type EntityInput = { [K in EntityKind]: z.output<ReturnType<typeof entityShape<K>>> }[EntityKind];
export const entitySchema = z.discriminatedUnion(
  'kind',
  ENTITY_KINDS.map(entityShape) as unknown as [ReturnType<typeof entityShape<EntityKind>>],
) as unknown as z.ZodType<EntityInput>;

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
  script: z.enum(SCRIPTS),
});
export type DocumentInput = z.infer<typeof documentSchema>;
