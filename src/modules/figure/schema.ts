import type { ObjectRef } from '@pothos/core';
import { builder, type Types } from '../../builder';
import type { Context } from '../../context';
import { FIGURE_PREFIXES } from '../../domain/keys';
import { normalizeName } from '../../text/chinese';
import {
  connectionType,
  ENTITY_LIST,
  firstOf,
  listArgs,
  pageArgs,
  pageOf,
  pageWindow,
  ROOT_LIST,
} from '../common/connection';
import { ObservationKindEnum, RankingBasisEnum } from '../common/enums';
import { EvidenceRef, QuantityRef } from '../common/evidence';
import { evidenceOf, quantityOf } from '../common/rows';
import type { EntityRow } from '../entity/repository';
import { filterKeys } from '../entity/resolve';
import { EntityRef, kindRef, loadEntity } from '../entity/schema';
import { WITHIN_HELP, withinKeys } from '../region/within';
import { normalizePeriod } from './period';
import {
  type FigureAnchor,
  type FigureList,
  type FundingRow,
  findObservations,
  findRankings,
  type ObservationRow,
  observationGroups,
  type RankingRow,
} from './repository';

const IndicatorRef = kindRef('INDICATOR');
const PolicyRef = kindRef('POLICY');
const RegionRef = kindRef('REGION');

const isObservation = (v: unknown): v is ObservationRow =>
  typeof v === 'object' && v !== null && (v as { key?: string }).key?.startsWith(FIGURE_PREFIXES.observation) === true;
const isRanking = (v: unknown): v is RankingRow =>
  typeof v === 'object' && v !== null && (v as { key?: string }).key?.startsWith(FIGURE_PREFIXES.ranking) === true;
const isFunding = (v: unknown): v is FundingRow =>
  typeof v === 'object' && v !== null && (v as { key?: string }).key?.startsWith(FIGURE_PREFIXES.funding) === true;

export const ObservationRef = builder.node(builder.objectRef<ObservationRow>('Observation'), {
  description: "One figure: an indicator's value and/or growth for a subject in a period.",
  id: { resolve: (o) => o.key },
  loadMany: (keys, ctx) =>
    Promise.all(
      keys.map(async (k) => {
        const row = await ctx.loaders.figureByKey.load(k);
        return isObservation(row) ? row : null;
      }),
    ),
  isTypeOf: isObservation,
  fields: (t) => ({
    indicator: t.field({
      type: IndicatorRef,
      resolve: (o, _a, ctx) => loadEntity(ctx, o.indicator, o.linked?.indicator),
    }),
    subject: t.field({
      type: EntityRef,
      description: 'Usually a Region; can be an IndustrialChain or a Company.',
      resolve: (o, _a, ctx) => loadEntity(ctx, o.subject),
    }),
    period: t.exposeString('period'),
    kind: t.field({ type: ObservationKindEnum, resolve: (o) => o.kind }),
    value: t.field({ type: QuantityRef, nullable: true, resolve: (o) => quantityOf(o as never, 'value') }),
    growthPct: t.exposeFloat('growthPct', {
      nullable: true,
      description: 'Year-on-year growth in percent (8.4 means +8.4%).',
    }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'A qualifier from the report, e.g. "高于全省平均水平0.9个百分点".',
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (o) => evidenceOf(o) }),
  }),
});

export const RankingRef = builder.node(builder.objectRef<RankingRow>('Ranking'), {
  description: 'A place in a league table: e.g. 焦作市, 一般公共预算收入 growth, 2025-H1, 河南省, rank 1.',
  id: { resolve: (r) => r.key },
  loadMany: (keys, ctx) =>
    Promise.all(
      keys.map(async (k) => {
        const row = await ctx.loaders.figureByKey.load(k);
        return isRanking(row) ? row : null;
      }),
    ),
  isTypeOf: isRanking,
  fields: (t) => ({
    subject: t.field({ type: EntityRef, resolve: (r, _a, ctx) => loadEntity(ctx, r.subject) }),
    indicator: t.field({
      type: IndicatorRef,
      resolve: (r, _a, ctx) => loadEntity(ctx, r.indicator, r.linked?.indicator),
    }),
    period: t.exposeString('period'),
    scope: t.field({
      type: RegionRef,
      description: 'The league the rank is within: 河南省 for 居全省第N位, 中国 for 全国.',
      resolve: (r, _a, ctx) => loadEntity(ctx, r.scope, r.linked?.scope),
    }),
    rank: t.exposeInt('rank'),
    basis: t.field({ type: RankingBasisEnum, resolve: (r) => r.basis }),
    evidence: t.field({ type: [EvidenceRef], resolve: (r) => evidenceOf(r) }),
  }),
});

export const FundingRef = builder.node(builder.objectRef<FundingRow>('Funding'), {
  description: 'Money raised or granted under a policy in a period.',
  id: { resolve: (f) => f.key },
  loadMany: (keys, ctx) =>
    Promise.all(
      keys.map(async (k) => {
        const row = await ctx.loaders.figureByKey.load(k);
        return isFunding(row) ? row : null;
      }),
    ),
  isTypeOf: isFunding,
  fields: (t) => ({
    policy: t.field({ type: PolicyRef, resolve: (f, _a, ctx) => loadEntity(ctx, f.policy) }),
    period: t.exposeString('period', { nullable: true }),
    amount: t.field({
      type: QuantityRef,
      resolve: (f) => ({ value: f.amountValue, unit: f.amountUnit, text: f.amountText }),
    }),
    projectCount: t.exposeInt('projectCount', {
      nullable: true,
      description: 'How many projects it supports, when the report says.',
    }),
    note: t.exposeString('note', { nullable: true }),
    recipients: t.field({
      type: [EntityRef],
      resolve: (f, _a, ctx) => Promise.all(f.recipients.map((k) => loadEntity(ctx, k))),
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (f) => evidenceOf(f) }),
  }),
});

export const ObservationConnection = connectionType<ObservationRow>('Observation', ObservationRef);
export const RankingConnection = connectionType<RankingRow>('Ranking', RankingRef);

type FigureOf<L extends FigureList> = L extends 'observations' ? ObservationRow : RankingRow;
const FIGURE_TYPES = { observations: ObservationRef, rankings: RankingRef } as const;

function figuresOf<L extends FigureList>(ctx: Context, list: L, by: FigureAnchor, key: string): Promise<FigureOf<L>[]> {
  const { loaders } = ctx;
  const load = {
    'observations|subject': loaders.observationsOfSubject,
    'observations|indicator': loaders.observationsOfIndicator,
    'rankings|subject': loaders.rankingsOfSubject,
    'rankings|indicator': loaders.rankingsOfIndicator,
  }[`${list}|${by}` as const];
  return load.load(key) as Promise<FigureOf<L>[]>;
}

/**
 * `<list>(…, period, first)` on an entity type: its observations or rankings (as their subject, or as the indicator),
 * filtered by the other end (`indicator` for a subject, `subject` for an indicator) and by period, at most `first`.
 */
export function figureListField(owner: ObjectRef<Types, EntityRow>, list: FigureList, by: FigureAnchor): void {
  const other = by === 'subject' ? { arg: 'indicator', kind: 'INDICATOR' as const } : { arg: 'subject', kind: null };
  builder.objectField(owner, list, (t) =>
    t.field({
      type: [FIGURE_TYPES[list] as ObjectRef<Types, ObservationRow | RankingRow>],
      args: { [other.arg]: t.arg.string(), period: t.arg.string(), first: listArgs(ENTITY_LIST).first },
      resolve: async (parent, args, ctx) => {
        // The arguments' record has an index signature (the other end's name is computed), so each is read as its type.
        const { period: periodArg, first } = args as { period?: string | null; first?: number | null };
        const keys = await filterKeys(ctx, args[other.arg] as string | null | undefined, other.kind, other.arg);
        const period = normalizePeriod(periodArg);
        const end = by === 'subject' ? 'indicator' : 'subject';
        const all = await figuresOf(ctx, list, by, parent.key);
        return firstOf(
          all.filter((f) => (!keys || keys.includes(f[end])) && (!period || f.period === period)),
          first,
          ENTITY_LIST,
        );
      },
    }),
  );
}

builder.queryFields((t) => ({
  observations: t.field({
    type: ObservationConnection,
    description:
      'Figures, filtered by indicator, subject (names, aliases, English names), region (within), period and kind.',
    args: {
      indicator: t.arg.string(),
      subject: t.arg.string(),
      within: t.arg.string({ description: WITHIN_HELP }),
      period: t.arg.string(),
      kind: t.arg({ type: ObservationKindEnum }),
      ...pageArgs,
    },
    resolve: async (_r, args, ctx) => {
      const { offset, limit } = pageWindow(args);
      const indicators = await filterKeys(ctx, args.indicator, 'INDICATOR', 'indicator');
      const subjects = await filterKeys(ctx, args.subject, null, 'subject');
      const within = await withinKeys(ctx, args.within);
      const period = normalizePeriod(args.period);
      const { total, items } = await findObservations(
        ctx.db,
        { indicators, subjects, within, period, kind: args.kind ?? undefined },
        offset,
        limit,
      );
      return pageOf(items, offset, total);
    },
  }),
  rankings: t.field({
    type: RankingConnection,
    description:
      'League-table places, best first; filter by subject, region (within), indicator, period, scope and maxRank.',
    args: {
      subject: t.arg.string(),
      within: t.arg.string({ description: WITHIN_HELP }),
      indicator: t.arg.string(),
      period: t.arg.string(),
      scope: t.arg.string(),
      maxRank: t.arg.int(),
      ...pageArgs,
    },
    resolve: async (_r, args, ctx) => {
      const { offset, limit } = pageWindow(args);
      const { total, items } = await findRankings(
        ctx.db,
        {
          subjects: await filterKeys(ctx, args.subject, null, 'subject'),
          within: await withinKeys(ctx, args.within),
          indicators: await filterKeys(ctx, args.indicator, 'INDICATOR', 'indicator'),
          scopes: await filterKeys(ctx, args.scope, 'REGION', 'scope'),
          period: normalizePeriod(args.period),
          maxRank: args.maxRank ?? undefined,
        },
        offset,
        limit,
      );
      return pageOf(items, offset, total);
    },
  }),
}));

interface ConflictShape {
  subject: string;
  indicator: string;
  period: string;
  claims: ObservationRow[];
}

/** Two claims conflict when both give a value in the same unit, or both a growth rate, and these differ. */
export function claimsConflict(a: ObservationRow, b: ObservationRow): boolean {
  const unit = (u: string | null) => normalizeName(u ?? '');
  if (a.valueValue !== null && b.valueValue !== null && unit(a.valueUnit) === unit(b.valueUnit)) {
    if (a.valueValue !== b.valueValue) return true;
  }
  return a.growthPct !== null && b.growthPct !== null && a.growthPct !== b.growthPct;
}

export function conflictsIn(groups: ObservationRow[][]): ConflictShape[] {
  return groups.flatMap((group) => {
    const claims = group.filter((o) => group.some((other) => other !== o && claimsConflict(o, other)));
    const first = claims[0];
    return first ? [{ subject: first.subject, indicator: first.indicator, period: first.period, claims }] : [];
  });
}

const ConflictRef = builder.objectRef<ConflictShape>('Conflict').implement({
  description: 'Two or more documents give different figures for the same fact; every claim is kept.',
  fields: (t) => ({
    subject: t.field({ type: EntityRef, resolve: (c, _a, ctx) => loadEntity(ctx, c.subject) }),
    indicator: t.field({ type: IndicatorRef, resolve: (c, _a, ctx) => loadEntity(ctx, c.indicator) }),
    period: t.exposeString('period'),
    claims: t.field({ type: [ObservationRef], resolve: (c) => c.claims }),
  }),
});

builder.queryField('conflicts', (t) =>
  t.field({
    type: [ConflictRef],
    description: 'Facts that two statements give differently (same subject, indicator, period and kind).',
    args: { ...listArgs(ROOT_LIST) },
    resolve: async (_r, args, ctx) => firstOf(conflictsIn(await observationGroups(ctx.db)), args.first, ROOT_LIST),
  }),
);
