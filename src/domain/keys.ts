import { createHash } from 'node:crypto';
import { ENTITY_KINDS, type EntityKind, KIND_SPECS } from './kinds';

// Keys: stable, human-readable ids ("region/jiaozuo", "observation/jiaozuo.gdp.2025-h1.actual.1a2b3c4d") that
// survive re-seeding. An entity key starts with its kind's prefix; a figure key is derived from what it states.

export const KEY_PATTERN = /^[a-z]+\/[a-z0-9][a-z0-9-]*$/;

/** True when the text is an entity key as typed (e.g. "region/jiaozuo"), not a name or a global id. */
export function isEntityKey(text: string): boolean {
  return KEY_PATTERN.test(text.trim());
}

export function keyOf(kind: EntityKind, slug: string): string {
  return `${KIND_SPECS[kind].prefix}/${slug}`;
}

/** The kind a key's prefix names; undefined for a figure, a document or an unknown prefix. */
export function kindOfKey(key: string): EntityKind | undefined {
  const prefix = key.slice(0, key.indexOf('/'));
  return ENTITY_KINDS.find((k) => KIND_SPECS[k].prefix === prefix);
}

/** The part after the prefix: "region/jiaozuo" → "jiaozuo". */
export const slugOf = (key: string) => key.slice(key.indexOf('/') + 1);

const digest = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 8);

export const FIGURE_PREFIXES = { observation: 'observation/', ranking: 'ranking/', funding: 'funding/' } as const;

export interface ObservationIdentity {
  subject: string;
  indicator: string;
  period: string;
  kind: string;
  value?: { value: number; unit: string } | undefined;
  growthPct?: number | undefined;
}

/** One key per distinct figure: the same figure from another report (or from ingest) lands on the same node. */
export function observationKey(o: ObservationIdentity): string {
  const identity = [o.subject, o.indicator, o.period, o.kind, o.value?.value, o.value?.unit, o.growthPct];
  return `${FIGURE_PREFIXES.observation}${slugOf(o.subject)}.${slugOf(o.indicator)}.${o.period}.${o.kind.toLowerCase()}.${digest(identity)}`;
}

export function rankingKey(r: {
  subject: string;
  indicator: string;
  period: string;
  scope: string;
  basis: string;
  rank: number;
}): string {
  return `${FIGURE_PREFIXES.ranking}${slugOf(r.subject)}.${slugOf(r.indicator)}.${r.period}.${slugOf(r.scope)}.${r.basis.toLowerCase()}.${r.rank}`;
}

export function fundingKey(f: {
  policy: string;
  period?: string | undefined;
  amount: unknown;
  projectCount?: number | undefined;
  recipients: string[];
}): string {
  return `${FIGURE_PREFIXES.funding}${slugOf(f.policy)}.${f.period ?? 'undated'}.${digest([f.amount, f.projectCount, f.recipients])}`;
}
