import { builder } from '../../builder';
import type { Context } from '../../context';
import { comparePeriods } from '../../domain/period';
import { readUnit } from '../../domain/units';
import { badInput } from '../../errors';
import { ObservationKindEnum } from '../common/enums';
import { EvidenceRef, QuantityRef } from '../common/evidence';
import { evidenceOf } from '../common/rows';
import { DateScalar } from '../common/scalars';
import { DocumentRef } from '../document/schema';
import type { EntityRow } from '../entity/repository';
import { requireEntities } from '../entity/resolve';
import { EntityRef, kindRef, loadEntity } from '../entity/schema';
import { normalizePeriod } from '../figure/period';
import { ObservationRef } from '../figure/schema';
import {
  type Claim,
  claimAsOf,
  claimDiffers,
  type NormalisedValue,
  normalisedValue,
  type Point,
  pointsOf,
} from './claims';
import { findClaims } from './repository';

// series(indicator, subject, from, to, kind, asOf, unit): one point per period, values in one unit, the latest
// claim current and every other claim a revision.

const IndicatorRef = kindRef('INDICATOR');

export const NormalisedQuantityRef = builder.objectRef<NormalisedValue>('NormalisedQuantity').implement({
  description:
    'A figure in the unit figures are compared in (amounts in 亿元, people in 万人, or the unit asked for), with the ' +
    'figure as the report states it. A unit the table in src/domain/units.ts does not know is kept as stated, unitKnown false.',
  fields: (t) => ({
    value: t.exposeFloat('value', { description: 'In `unit`.' }),
    unit: t.exposeString('unit'),
    unitKnown: t.exposeBoolean('known', {
      description:
        'False when the stated unit is not in the unit table: value and unit are then as stated, unconverted.',
    }),
    stated: t.field({
      type: QuantityRef,
      description: 'As the report states it (e.g. 2000万元).',
      resolve: (v) => v.stated,
    }),
  }),
});

/** What the point and claim fields need: the claim and the unit values are compared in. */
export interface ClaimShape {
  claim: Claim;
  unit?: string;
  differs?: boolean;
}

export const SeriesClaimRef = builder.objectRef<ClaimShape>('SeriesClaim').implement({
  description: 'One claim about a figure: an observation as the reports that state it give it, dated.',
  fields: (t) => ({
    observation: t.field({ type: ObservationRef, resolve: (c) => c.claim.row }),
    kind: t.field({ type: ObservationKindEnum, resolve: (c) => c.claim.row.kind }),
    value: t.field({
      type: NormalisedQuantityRef,
      nullable: true,
      resolve: (c) => normalisedValue(c.claim.row, c.unit),
    }),
    growthPct: t.float({ nullable: true, resolve: (c) => c.claim.row.growthPct ?? null }),
    publishedAt: t.field({
      type: DateScalar,
      description:
        'When it was (last) published: the latest publication date among the reports stating it (by asOf). For an ' +
        'undated report, the last day of the period it covers (the earliest it can have appeared); dateStated says which.',
      resolve: (c) => c.claim.date,
    }),
    dateStated: t.boolean({
      description: 'False when publishedAt stands in for an undated report (the end of its period).',
      resolve: (c) => c.claim.dateStated,
    }),
    document: t.field({
      type: DocumentRef,
      description: 'The report of that date.',
      resolve: async (c, _a, ctx) => {
        const known = c.claim.row.documents.get(c.claim.document);
        if (known) return known;
        const doc = await ctx.loaders.documentByKey.load(c.claim.document);
        if (!doc) throw new Error(`claim points at a missing document ${c.claim.document}`);
        return doc;
      },
    }),
    differs: t.boolean({
      description: 'True when it gives another value or growth rate than the current figure (in one unit).',
      resolve: (c) => c.differs ?? false,
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (c) => evidenceOf(c.claim.row) }),
  }),
});

interface PointShape {
  point: Point;
  unit?: string;
}

export const SeriesPointRef = builder.objectRef<PointShape>('SeriesPoint').implement({
  description: 'A period of a series: the current figure (latest-published claim) and the other claims as revisions.',
  fields: (t) => ({
    period: t.string({ resolve: (p) => p.point.period }),
    kind: t.field({ type: ObservationKindEnum, resolve: (p) => p.point.current.row.kind }),
    value: t.field({
      type: NormalisedQuantityRef,
      nullable: true,
      description: 'The latest-published value, in the series unit.',
      resolve: (p) => (p.point.valueFrom ? normalisedValue(p.point.valueFrom.row, p.unit) : null),
    }),
    growthPct: t.float({
      nullable: true,
      description: 'The latest-published year-on-year growth in percent.',
      resolve: (p) => p.point.growthFrom?.row.growthPct ?? null,
    }),
    publishedAt: t.field({
      type: DateScalar,
      description: 'The date of the current claim (see SeriesClaim.publishedAt).',
      resolve: (p) => p.point.current.date,
    }),
    current: t.field({
      type: SeriesClaimRef,
      description: 'The latest-published claim.',
      resolve: (p) => ({ claim: p.point.current, unit: p.unit }),
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The quotes of the claims the current value and growth come from.',
      resolve: (p) => {
        const from = [...new Set([p.point.current, p.point.valueFrom, p.point.growthFrom])];
        return from.flatMap((c) => (c ? evidenceOf(c.row) : []));
      },
    }),
    revisions: t.field({
      type: [SeriesClaimRef],
      description: 'Every earlier or conflicting claim about this period, latest first, each with its report and date.',
      resolve: (p) =>
        p.point.revisions.map((claim) => ({ claim, unit: p.unit, differs: claimDiffers(claim, p.point, p.unit) })),
    }),
  }),
});

interface SeriesShape {
  indicator: EntityRow;
  subject: EntityRow;
  kind: string | null;
  asOf: string | null;
  unit?: string;
  points: Point[];
}

export const SeriesRef = builder.objectRef<SeriesShape>('Series').implement({
  description: "An indicator's figures for one subject, period by period, in one unit, with revisions.",
  fields: (t) => ({
    indicator: t.field({ type: IndicatorRef, resolve: (s) => s.indicator }),
    subject: t.field({ type: EntityRef, resolve: (s) => s.subject }),
    kind: t.field({
      type: ObservationKindEnum,
      nullable: true,
      description: 'The kind asked for; null: actual figures and estimates (targets left out).',
      resolve: (s) => (s.kind as 'ACTUAL' | null) ?? null,
    }),
    asOf: t.field({ type: DateScalar, nullable: true, resolve: (s) => s.asOf }),
    unit: t.string({
      nullable: true,
      description: 'The unit every value of the series is in; null when the values have none in common.',
      resolve: (s) => {
        const units = new Set(
          s.points.flatMap((p) => (p.valueFrom ? [normalisedValue(p.valueFrom.row, s.unit)?.unit ?? ''] : [])),
        );
        return units.size === 1 ? ([...units][0] as string) : null;
      },
    }),
    points: t.field({
      type: [SeriesPointRef],
      description: 'Oldest period first.',
      resolve: (s) => s.points.map((point) => ({ point, unit: s.unit })),
    }),
  }),
});

/** Most points a series answers (a monthly series over eight years); the cost estimate counts it at this bound. */
export const MAX_SERIES_POINTS = 100;

/** The one subject of a name: several entities of the name are narrowed to those with figures, else refused. */
function oneSubject(found: EntityRow[], withClaims: Set<string>, text: string): EntityRow {
  const candidates = found.filter((e) => withClaims.has(e.key));
  if (candidates.length > 1) {
    const list = candidates.map((e) => `${e.name} (${e.key})`).join(', ');
    throw badInput(`subject "${text}" names ${candidates.length} entities with figures: ${list}; pass a key.`);
  }
  return candidates[0] ?? (found[0] as EntityRow);
}

export async function loadSeries(
  ctx: Context,
  args: {
    indicator: string;
    subject: string;
    from?: string | null;
    to?: string | null;
    kind?: string | null;
    asOf?: string | null;
    unit?: string | null;
  },
): Promise<SeriesShape> {
  const from = normalizePeriod(args.from, 'from');
  const to = normalizePeriod(args.to, 'to');
  if (from && to && comparePeriods(from, to) > 0) throw badInput(`from "${from}" is after to "${to}".`);
  const unit = args.unit?.trim() || undefined;
  if (unit !== undefined && !readUnit(unit)) {
    throw badInput(`unit "${unit}" is not in the unit table; use one such as 亿元, 万元, 元, 万人, 人.`);
  }
  const indicators = await requireEntities(ctx, args.indicator, 'INDICATOR', 'indicator');
  const subjects = await requireEntities(ctx, args.subject, null, 'subject');
  const rows = await findClaims(ctx.db, {
    indicators: indicators.map((i) => i.key),
    subjects: subjects.map((s) => s.key),
    kinds: args.kind ? [args.kind] : ['ACTUAL', 'ESTIMATE'],
  });
  const subject = oneSubject(subjects, new Set(rows.map((r) => r.subject)), args.subject);
  const claims = rows
    .filter((r) => r.subject === subject.key)
    .filter((r) => (!from || comparePeriods(r.period, from) >= 0) && (!to || comparePeriods(r.period, to) <= 0))
    .flatMap((r) => {
      const c = claimAsOf(r, args.asOf ?? undefined);
      return c ? [c] : [];
    });
  const points = pointsOf(claims).sort((a, b) => comparePeriods(a.period, b.period));
  if (points.length > MAX_SERIES_POINTS) {
    throw badInput(
      `The series has ${points.length} periods; narrow it with from and to (at most ${MAX_SERIES_POINTS}).`,
    );
  }
  const indicator = indicators.find((i) => rows.some((r) => r.indicator === i.key)) ?? (indicators[0] as EntityRow);
  return {
    indicator: await loadEntity(ctx, indicator.key, indicator),
    subject: await loadEntity(ctx, subject.key, subject),
    kind: args.kind ?? null,
    asOf: args.asOf ?? null,
    unit,
    points,
  };
}

builder.queryField('series', (t) =>
  t.field({
    type: SeriesRef,
    description:
      "An indicator's figures for a subject, one point per period (oldest first): value in one unit (amounts in 亿元, " +
      'people in 万人, or `unit`), growth, the latest-published claim current and every other claim a revision. ' +
      '`asOf` answers with what had been published by that day.',
    args: {
      indicator: t.arg.string({ required: true, description: 'Name, alias, English name or key (GDP, 地区生产总值).' }),
      subject: t.arg.string({ required: true, description: 'Whose figures: a region, chain or company.' }),
      from: t.arg.string({ description: 'First period (inclusive), e.g. "2022".' }),
      to: t.arg.string({ description: 'Last period (inclusive), e.g. "2025-H1".' }),
      kind: t.arg({
        type: ObservationKindEnum,
        description: 'Only figures of this kind; absent: actual figures and estimates.',
      }),
      asOf: t.arg({ type: DateScalar, description: 'Only what reports published by this day said.' }),
      unit: t.arg.string({
        description: 'Values in this unit of the same family instead (元 for per-capita amounts, 万元, 人).',
      }),
    },
    resolve: (_r, args, ctx) => loadSeries(ctx, args),
  }),
);
