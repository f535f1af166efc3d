import { builder } from '../../builder';
import type { Context } from '../../context';
import type { RegionLevel } from '../../domain/enums';
import { ancestry, type Division, divisions } from '../../domain/places';
import { readUnit } from '../../domain/units';
import { badInput } from '../../errors';
import { ObservationKindEnum, RankingBasisEnum, RegionLevelEnum } from '../common/enums';
import { EvidenceRef } from '../common/evidence';
import { evidenceOf } from '../common/rows';
import { DateScalar } from '../common/scalars';
import type { EntityRow } from '../entity/repository';
import { requireEntities } from '../entity/resolve';
import { kindRef, loadEntity } from '../entity/schema';
import { normalizePeriod } from '../figure/period';
import { RankingRef } from '../figure/schema';
import { type Claim, claimAsOf, datedAsOf, keepEvidence } from '../series/claims';
import { NormalisedQuantityRef, SeriesClaimRef } from '../series/schema';
import { leagueFigures, regionsIn } from './repository';
import { buildLeague, type League, type LeagueEntry, type LeaguePlace, type StatedRank } from './table';

// leagueTable(indicator, period, scope, basis): every place of the scope (the region hierarchy: the graph's regions
// below it and the divisions of src/domain/places.ts) with its figure and rank, STATED or DERIVED.

const IndicatorRef = kindRef('INDICATOR');
const RegionRef = kindRef('REGION');

export const RankSourceEnum = builder.enumType('RankSource', {
  values: {
    STATED: { description: 'A report states the rank (居全省第N位); the entry carries its evidence.' },
    DERIVED: { description: 'Computed here from the stated figures of every place of the scope.' },
  },
});

interface EntryShape {
  entry: LeagueEntry;
  unit?: string;
}

const LeagueEntryRef = builder.objectRef<EntryShape>('LeagueEntry').implement({
  description: 'A place of a league table: its figure, and its rank as a report states it or as derived here.',
  fields: (t) => ({
    place: t.field({
      type: RegionRef,
      nullable: true,
      description: 'The region, when the graph holds it (null for a division no report has brought in).',
      resolve: (e, _a, ctx) => (e.entry.place.row ? loadEntity(ctx, e.entry.place.row.key, e.entry.place.row) : null),
    }),
    name: t.string({ resolve: (e) => e.entry.place.name }),
    code: t.string({ nullable: true, description: 'GB/T 2260 code.', resolve: (e) => e.entry.place.code }),
    value: t.field({
      type: NormalisedQuantityRef,
      nullable: true,
      description: 'The latest-published value, in the table unit.',
      resolve: (e) => e.entry.value,
    }),
    growthPct: t.float({ nullable: true, resolve: (e) => e.entry.growthPct }),
    rank: t.int({
      nullable: true,
      description: 'The stated rank, else the derived one; null when neither exists.',
      resolve: (e) => e.entry.rank,
    }),
    rankSource: t.field({ type: RankSourceEnum, nullable: true, resolve: (e) => e.entry.rankSource }),
    derivedRank: t.int({
      nullable: true,
      description:
        'The rank computed from the figures of every place of the scope (higher first, ties share a rank); null when some place has none.',
      resolve: (e) => e.entry.derivedRank,
    }),
    statedRank: t.field({
      type: RankingRef,
      nullable: true,
      description: 'The latest-published stated rank (with its evidence).',
      resolve: (e) => e.entry.stated?.ranking ?? null,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The quotes of the stated rank (empty for a derived one).',
      resolve: (e) => (e.entry.stated ? evidenceOf(e.entry.stated.ranking) : []),
    }),
    figure: t.field({
      type: SeriesClaimRef,
      nullable: true,
      description: 'The latest-published claim the figure comes from, with its report, date and quotes.',
      resolve: (e) => (e.entry.point ? { claim: e.entry.point.current, unit: e.unit } : null),
    }),
  }),
});

interface TableShape {
  indicator: EntityRow;
  scope: EntityRow;
  period: string;
  basis: 'GROWTH' | 'LEVEL';
  asOf: string | null;
  unit?: string;
  league: League;
}

const LeagueTableRef = builder.objectRef<TableShape>('LeagueTable').implement({
  description: 'Every place of a scope on one indicator in one period, ranked.',
  fields: (t) => ({
    indicator: t.field({ type: IndicatorRef, resolve: (l) => l.indicator }),
    scope: t.field({ type: RegionRef, resolve: (l) => l.scope }),
    period: t.string({ resolve: (l) => l.period }),
    basis: t.field({ type: RankingBasisEnum, resolve: (l) => l.basis }),
    asOf: t.field({ type: DateScalar, nullable: true, resolve: (l) => l.asOf }),
    unit: t.string({
      nullable: true,
      description: 'The unit of the values, when they share one.',
      resolve: (l) => l.league.unit,
    }),
    complete: t.boolean({
      description: 'Every place has a figure to rank by, so every place has a derived rank.',
      resolve: (l) => l.league.complete,
    }),
    missing: t.stringList({
      description: 'The places without a figure to rank by (why derived ranks are null).',
      resolve: (l) => l.league.entries.filter((e) => e.metric === null).map((e) => e.place.name),
    }),
    entries: t.field({
      type: [LeagueEntryRef],
      description: 'Ranked first (by rank, then figure), unranked after.',
      resolve: (l) => l.league.entries.map((entry) => ({ entry, unit: l.unit })),
    }),
  }),
});

/** Most places a table holds (a province's counties); past it the scope or level is refused. */
export const MAX_LEAGUE_PLACES = 300;

/** The divisions of a scope: its direct children (development zones left out), or those of `level` at any depth. */
function divisionsIn(scope: EntityRow, level: RegionLevel | null): Division[] {
  if (scope.level === 'COUNTRY') {
    return divisions().filter((d) => (level ? d.level === level : d.level === 'PROVINCE'));
  }
  const code = typeof scope.code === 'string' ? scope.code : null;
  if (!code) return [];
  if (!level) return divisions().filter((d) => d.parentCode === code && d.level !== 'ZONE');
  return divisions().filter((d) => d.level === level && ancestry(d.code).some((a, i) => i > 0 && a.code === code));
}

function placesOf(scope: EntityRow, level: RegionLevel | null, divs: Division[], regions: EntityRow[]): LeaguePlace[] {
  const byCode = new Map(regions.flatMap((r) => (typeof r.code === 'string' ? [[r.code, r] as const] : [])));
  const places: LeaguePlace[] = divs.map((d) => {
    const row = byCode.get(d.code) ?? null;
    return { row, name: row?.name ?? d.name, code: d.code, level: (row?.level as string | undefined) ?? d.level };
  });
  const placed = new Set(places.flatMap((p) => (p.row ? [p.row.key] : [])));
  for (const r of regions) {
    if (placed.has(r.key) || r.key === scope.key) continue;
    if (level ? r.level !== level : r.level === 'ZONE') continue;
    if (typeof r.code === 'string' && !divs.some((d) => d.code === r.code) && divisionsKnown(r.code)) continue;
    places.push({ row: r, name: r.name, code: typeof r.code === 'string' ? r.code : null, level: String(r.level) });
  }
  return places;
}

/** A region whose code is a division but not one of the scope's is elsewhere (a code match outside the scope). */
function divisionsKnown(code: string): boolean {
  return ancestry(code).length > 0;
}

export async function loadLeague(
  ctx: Context,
  args: {
    indicator: string;
    period: string;
    scope: string;
    basis?: 'GROWTH' | 'LEVEL' | null;
    level?: RegionLevel | null;
    kind?: string | null;
    asOf?: string | null;
    unit?: string | null;
  },
): Promise<TableShape> {
  const period = normalizePeriod(args.period) as string;
  const basis = args.basis ?? 'GROWTH';
  const unit = args.unit?.trim() || undefined;
  if (unit !== undefined && !readUnit(unit)) {
    throw badInput(`unit "${unit}" is not in the unit table; use one such as 亿元, 万元, 元, 万人, 人.`);
  }
  const indicators = await requireEntities(ctx, args.indicator, 'INDICATOR', 'indicator');
  const [scope] = await requireEntities(ctx, args.scope, 'REGION', 'scope');
  if (!scope) throw badInput(`scope "${args.scope}" is no region.`);
  const level = args.level ?? null;
  const divs = divisionsIn(scope, level);
  if (divs.length > MAX_LEAGUE_PLACES) {
    throw badInput(`${scope.name} holds ${divs.length} places of that level; at most ${MAX_LEAGUE_PLACES} per table.`);
  }
  const regions = await regionsIn(
    ctx.db,
    scope.key,
    divs.map((d) => d.code),
    level !== null,
  );
  const places = placesOf(scope, level, divs, regions).slice(0, MAX_LEAGUE_PLACES);
  const keys = places.flatMap((p) => (p.row ? [p.row.key] : []));
  const found = await leagueFigures(ctx.db, {
    indicators: indicators.map((i) => i.key),
    places: keys,
    period,
    kinds: args.kind ? [args.kind] : ['ACTUAL', 'ESTIMATE'],
    scope: scope.key,
    basis,
  });
  const asOf = args.asOf ?? undefined;
  const claims = new Map<string, Claim[]>();
  for (const o of found.observations) {
    const claim = claimAsOf({ ...o, documents: found.documents }, asOf);
    if (claim) claims.set(o.subject, [...(claims.get(o.subject) ?? []), claim]);
  }
  const stated = new Map<string, StatedRank>();
  for (const r of found.rankings) {
    const dated = datedAsOf(r.docs ?? [], found.documents, r.period, asOf);
    if (!dated) continue;
    const known = stated.get(r.subject);
    if (!known || dated.date > known.date) {
      stated.set(r.subject, {
        ranking: { ...keepEvidence(r, dated.kept), documents: found.documents },
        date: dated.date,
      });
    }
  }
  const league = buildLeague(
    places,
    (p) => (p.row ? (claims.get(p.row.key) ?? []) : []),
    (p) => (p.row ? (stated.get(p.row.key) ?? null) : null),
    basis,
    unit,
  );
  const indicator = indicators.find((i) => found.observations.some((o) => o.indicator === i.key)) ?? indicators[0];
  return {
    indicator: indicator as EntityRow,
    scope,
    period,
    basis,
    asOf: args.asOf ?? null,
    unit,
    league,
  };
}

builder.queryField('leagueTable', (t) =>
  t.field({
    type: LeagueTableRef,
    description:
      'Every place of a scope (its divisions one level down, or every one of `level`) on an indicator in a period: ' +
      'value, growth and rank, the rank STATED (a report says it, with evidence) or DERIVED (from the figures of every ' +
      'place; null while one is missing), ranked first.',
    args: {
      indicator: t.arg.string({ required: true, description: 'Name, alias, English name or key (GDP, 地区生产总值).' }),
      period: t.arg.string({ required: true, description: 'e.g. "2025-H1".' }),
      scope: t.arg.string({ required: true, description: 'The region whose places are ranked (河南省, 中国).' }),
      basis: t.arg({
        type: RankingBasisEnum,
        defaultValue: 'GROWTH',
        description: 'Rank by growth rate (GROWTH) or by value (LEVEL).',
      }),
      level: t.arg({
        type: RegionLevelEnum,
        description: 'Places of this level at any depth below the scope; absent: the divisions one level down.',
      }),
      kind: t.arg({
        type: ObservationKindEnum,
        description: 'Only figures of this kind; absent: actual and estimated.',
      }),
      asOf: t.arg({ type: DateScalar, description: 'Only what reports published by this day said.' }),
      unit: t.arg.string({ description: 'Values in this unit of the same family (default: 亿元, 万人…).' }),
    },
    resolve: (_r, args, ctx) => loadLeague(ctx, args),
  }),
);
