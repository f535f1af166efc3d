import { createHash } from 'node:crypto';
import { normalizeName } from '../text/chinese';
import type { SeedData } from './read';
import { type EvidenceInput, LABEL_OF_KIND, type QuantityInput } from './schema';
import { allNames } from './validate';

// Turns validated seed data into flat rows for batched UNWIND writes. Evidence is stored on each fact as
// parallel lists (docs, quotes, offsets): Neo4j properties cannot hold maps.

export interface EvidenceProps {
  docs: string[];
  quotes: string[];
  offsets: number[];
}

export function evidenceProps(evidence: EvidenceInput[], docKey: (id: string) => string): EvidenceProps {
  return {
    docs: evidence.map((e) => docKey(e.doc)),
    quotes: evidence.map((e) => e.quote),
    offsets: evidence.map((e) => e.offset ?? -1),
  };
}

function quantityProps(prefix: string, q: QuantityInput | undefined): Record<string, unknown> {
  return q
    ? { [`${prefix}Value`]: q.value, [`${prefix}Unit`]: q.unit, [`${prefix}Text`]: q.text }
    : { [`${prefix}Value`]: null, [`${prefix}Unit`]: null, [`${prefix}Text`]: null };
}

/** The last day of a period ("2025-H1" → "2025-06-30"), so undated reports sort among dated ones. */
export function periodEnd(period: string): string {
  const [year, part] = period.split('-');
  if (!part) return `${year}-12-31`;
  const ends: Record<string, string> = { H1: '06-30', H2: '12-31', Q1: '03-31', Q2: '06-30', Q3: '09-30', Q4: '12-31' };
  return `${year}-${ends[part] ?? `${part}-28`}`;
}

const slug = (key: string) => key.slice(key.indexOf('/') + 1);
const digest = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 8);

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
  return `observation/${slug(o.subject)}.${slug(o.indicator)}.${o.period}.${o.kind.toLowerCase()}.${digest(identity)}`;
}

export function rankingKey(r: {
  subject: string;
  indicator: string;
  period: string;
  scope: string;
  basis: string;
  rank: number;
}): string {
  return `ranking/${slug(r.subject)}.${slug(r.indicator)}.${r.period}.${slug(r.scope)}.${r.basis.toLowerCase()}.${r.rank}`;
}

export function seedRows(data: SeedData) {
  const docKeyOf = new Map(data.documents.map((d) => [d.id, d.key]));
  const docKey = (id: string) => docKeyOf.get(id) ?? id;

  const documents = data.documents.map((d) => ({
    key: d.key,
    props: {
      title: d.title,
      publisher: d.publisher ?? null,
      publishedAt: d.publishedAt ?? null,
      period: d.period ?? null,
      script: d.script,
      text: d.text,
      file: d.file,
      sortDate: d.publishedAt ?? (d.period ? periodEnd(d.period) : null),
    },
  }));

  const entities = data.entities.map((e) => {
    const names = allNames(e);
    const base = {
      kind: e.kind,
      name: e.name,
      nameEn: e.nameEn ?? null,
      aliases: names.filter((n) => n !== e.name && n !== e.nameEn),
      names: [...new Set(names.map(normalizeName))],
      description: e.description ?? null,
    };
    let extra: Record<string, unknown> = {};
    if (e.kind === 'REGION') extra = { level: e.level, code: e.code ?? null };
    if (e.kind === 'PROJECT')
      extra = {
        status: e.status,
        phase: e.phase ?? null,
        ...quantityProps('capacity', e.capacity),
        ...quantityProps('investment', e.investment),
      };
    if (e.kind === 'INDUSTRIAL_CHAIN') extra = { tier: e.tier };
    if (e.kind === 'POLICY') extra = { policyKind: e.policyKind };
    if (e.kind === 'INDICATOR') extra = { unit: e.unit ?? null };
    return { key: e.key, label: LABEL_OF_KIND[e.kind], props: { ...base, ...extra } };
  });

  const mentions = data.entities.flatMap((e) =>
    e.mentions.map((m) => ({ doc: docKey(m.doc), entity: e.key, quote: m.quote, offset: m.offset ?? -1 })),
  );

  const relations = data.relations.map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    props: evidenceProps(r.evidence, docKey),
  }));

  const observations = data.observations.map((o) => {
    return {
      key: observationKey(o),
      indicator: o.indicator,
      subject: o.subject,
      policy: o.policy ?? null,
      props: {
        period: o.period,
        kind: o.kind,
        growthPct: o.growthPct ?? null,
        note: o.note ?? null,
        ...quantityProps('value', o.value),
        ...evidenceProps(o.evidence, docKey),
      },
    };
  });

  const rankings = data.rankings.map((r) => ({
    key: rankingKey(r),
    indicator: r.indicator,
    subject: r.subject,
    scope: r.scope,
    props: { period: r.period, rank: r.rank, basis: r.basis, ...evidenceProps(r.evidence, docKey) },
  }));

  const fundings = data.fundings.map((f) => ({
    key: `funding/${slug(f.policy)}.${f.period ?? 'undated'}.${digest([f.amount, f.projectCount, f.recipients])}`,
    policy: f.policy,
    recipients: f.recipients,
    props: {
      period: f.period ?? null,
      projectCount: f.projectCount ?? null,
      note: f.note ?? null,
      ...quantityProps('amount', f.amount),
      ...evidenceProps(f.evidence, docKey),
    },
  }));

  return { documents, entities, mentions, relations, observations, rankings, fundings };
}
