import { fundingKey, observationKey, rankingKey } from '../domain/keys';
import { KIND_SPECS } from '../domain/kinds';
import { isQuantitySchema, type QuantityInput, quantityProps } from '../domain/quantity';
import { normalizeName } from '../text/chinese';
import { pinyinForms } from '../text/pinyin';
import type { SeedData } from './read';
import type { EvidenceInput } from './schema';
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

/** The last day of a period ("2025-H1" → "2025-06-30"), so undated reports sort among dated ones. */
export function periodEnd(period: string): string {
  const [year, part] = period.split('-');
  if (!part) return `${year}-12-31`;
  const ends: Record<string, string> = { H1: '06-30', H2: '12-31', Q1: '03-31', Q2: '06-30', Q3: '09-30', Q4: '12-31' };
  return `${year}-${ends[part] ?? `${part}-28`}`;
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
      pinyin: pinyinForms(names),
      description: e.description ?? null,
    };
    // The kind's own properties, as its spec declares them; an absent one is stored as null (a re-seed clears it).
    const { label, properties } = KIND_SPECS[e.kind];
    const own = e as unknown as Record<string, unknown>;
    const extra = Object.fromEntries(
      Object.entries(properties).flatMap(([name, schema]) =>
        isQuantitySchema(schema)
          ? Object.entries(quantityProps(name, own[name] as QuantityInput | undefined))
          : [[name, own[name] ?? null]],
      ),
    );
    return { key: e.key, label, props: { ...base, ...extra } };
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
    key: fundingKey(f),
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
