import { builder } from '../../builder';
import { OBSERVATION_KINDS, RANKING_BASES } from '../../seed/schema';
import { normalizeName } from '../../text/chinese';
import { connectionType, firstOf, listArgs, pageArgs, pageOf, pageWindow, ROOT_LIST } from '../common/connection';
import { EvidenceRef, evidenceOf, QuantityRef, quantityOf } from '../common/evidence';
import { filterKeys } from '../entity/resolve';
import { EntityRef, loadEntity } from '../entity/schema';
import { IndicatorRef, PolicyRef, RegionRef } from '../entity/types';
import { normalizePeriod } from './period';
import {
  type FundingRow,
  findObservations,
  findRankings,
  type ObservationRow,
  observationGroups,
  type RankingRow,
} from './repository';

export const ObservationKindEnum = builder.enumType('ObservationKind', {
  values: {
    ACTUAL: {},
    ESTIMATE: { description: '初步预计 / 左右: an estimate.' },
    TARGET: { description: '力争 / 确保 / 目标: a target.' },
  },
});
export const RankingBasisEnum = builder.enumType('RankingBasis', {
  values: { GROWTH: { description: 'Ranked by growth rate.' }, LEVEL: { description: 'Ranked by the level/total.' } },
});

const isObservation = (v: unknown): v is ObservationRow =>
  typeof v === 'object' && v !== null && (v as { key?: string }).key?.startsWith('observation/') === true;
const isRanking = (v: unknown): v is RankingRow =>
  typeof v === 'object' && v !== null && (v as { key?: string }).key?.startsWith('ranking/') === true;
const isFunding = (v: unknown): v is FundingRow =>
  typeof v === 'object' && v !== null && (v as { key?: string }).key?.startsWith('funding/') === true;

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

builder.queryFields((t) => ({
  observations: t.field({
    type: ObservationConnection,
    description: 'Figures, filtered by indicator, subject (names, aliases, English names), period and kind.',
    args: {
      indicator: t.arg.string(),
      subject: t.arg.string(),
      period: t.arg.string(),
      kind: t.arg({ type: ObservationKindEnum }),
      ...pageArgs,
    },
    resolve: async (_r, args, ctx) => {
      const { offset, limit } = pageWindow(args);
      const indicators = await filterKeys(ctx, args.indicator, 'INDICATOR', 'indicator');
      const subjects = await filterKeys(ctx, args.subject, null, 'subject');
      const period = normalizePeriod(args.period);
      const { total, items } = await findObservations(
        ctx.db,
        { indicators, subjects, period, kind: args.kind ?? undefined },
        offset,
        limit,
      );
      return pageOf(items, offset, total);
    },
  }),
  rankings: t.field({
    type: RankingConnection,
    description: 'League-table places, best first; filter by subject, indicator, period, scope and maxRank.',
    args: {
      subject: t.arg.string(),
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

export { OBSERVATION_KINDS, RANKING_BASES };
