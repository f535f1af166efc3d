import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { SEED_DIR } from '../seed/read';
import { normalizeName } from '../text/chinese';
import { EVAL_GAZETTEER_KINDS, ruleTag, type Score, sameNumber, score } from './evaluate';
import type { KnownEntity } from './link';
import { type PipelineResult, runPipeline } from './pipeline';

// Measures the pipeline on reports it was not tuned on (seed/heldout/*.txt, other Henan cities and years), each
// scored against a hand-written <stem>.gold.yaml. Gold facts name things rather than key them, so facts are
// compared by name: two names match when their normalised forms (see nameKey) are equal or one contains the
// other (sameName); an extracted entity matches under its name or any alias. Observations need subject, indicator and
// period to match and the same growth % or the same value and unit; rankings subject, indicator, period and
// rank; projects and companies their name. Each gold fact matches at most one extracted fact.

export const HELDOUT_DIR = join(SEED_DIR, 'heldout');

const obsSchema = z.strictObject({
  subject: z.string(),
  indicator: z.string(),
  period: z.string(),
  kind: z.enum(['ACTUAL', 'ESTIMATE', 'TARGET']),
  value: z.strictObject({ value: z.number(), unit: z.string() }).optional(),
  growthPct: z.number().optional(),
});
const goldSchema = z.strictObject({
  meta: z.strictObject({ title: z.string(), publishedAt: z.string().optional(), period: z.string().optional() }),
  observations: z.array(obsSchema).default([]),
  rankings: z.array(
    z.strictObject({
      subject: z.string(),
      indicator: z.string(),
      period: z.string(),
      rank: z.number(),
      scope: z.string(),
    }),
  ),
  projects: z.array(z.string()).default([]),
  companies: z.array(z.string()).default([]),
});
export type Gold = z.infer<typeof goldSchema>;

/** normalizeName without quotation marks and brackets, which writers add or drop freely. */
export const nameKey = (name: string) => normalizeName(name).replace(/[“”‘’"'「」『』《》()]/g, '');

/** Equal, or one contains the other and the shorter has three characters or more (河南 is not 河南华钻…). */
export function sameName(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  if (x === '' || y === '') return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short === long || (short.length >= 3 && long.includes(short));
}

/** Greedy one-to-one matching; returns the matched count, the extracted items left over and the gold items missed. */
function match<E, G>(extracted: E[], gold: G[], same: (e: E, g: G) => boolean) {
  const used = new Set<number>();
  const extra: E[] = [];
  for (const e of extracted) {
    const i = gold.findIndex((g, k) => !used.has(k) && same(e, g));
    if (i >= 0) used.add(i);
    else extra.push(e);
  }
  return { matched: used.size, extra, missed: gold.filter((_, k) => !used.has(k)) };
}

export interface Tally {
  kind: string;
  extracted: number;
  gold: number;
  matched: number;
}

/** Scores one pipeline result against its gold; `known` names the keys the result links to existing entities. */
export function scoreHeldout(
  result: PipelineResult,
  gold: Gold,
  known: KnownEntity[],
): { tallies: Tally[]; misses: string[] } {
  const names = new Map<string, string[]>(known.map((k) => [k.key, [k.name, ...k.names]]));
  for (const e of result.entities) names.set(e.key, [e.name, ...e.aliases, ...(names.get(e.key) ?? [])]);
  const named = (key: string, name: string) => (names.get(key) ?? [key]).some((n) => sameName(n, name));
  const label = (key: string) => names.get(key)?.[0] ?? key;
  const doc = result.meta.key;
  const tallies: Tally[] = [];
  const misses: string[] = [];
  const tally = <E, G>(kind: string, ex: E[], gd: G[], same: (e: E, g: G) => boolean, show: (x: E | G) => string) => {
    const m = match(ex, gd, same);
    tallies.push({ kind, extracted: ex.length, gold: gd.length, matched: m.matched });
    for (const e of m.extra)
      misses.push(`${doc} extra ${kind} ${show(e)}${typeof e === 'object' && e !== null ? ruleTag(e) : ''}`);
    for (const g of m.missed) misses.push(`${doc} missed ${kind} ${show(g)}`);
  };

  tally(
    'observations',
    result.observations,
    gold.observations,
    (o, g) =>
      named(o.subject, g.subject) &&
      named(o.indicator, g.indicator) &&
      o.period === g.period &&
      (sameNumber(o.growthPct, g.growthPct) ||
        (sameNumber(o.value?.value, g.value?.value) && nameKey(o.value?.unit ?? '') === nameKey(g.value?.unit ?? ''))),
    (x) =>
      'evidence' in x
        ? `${label(x.subject)} ${label(x.indicator)} ${x.period} ${x.value?.text ?? ''} ${x.growthPct ?? ''}`
        : `${x.subject} ${x.indicator} ${x.period} ${x.value ? `${x.value.value}${x.value.unit}` : ''} ${x.growthPct ?? ''}`,
  );
  tally(
    'rankings',
    result.rankings,
    gold.rankings,
    (r, g) =>
      named(r.subject, g.subject) && named(r.indicator, g.indicator) && r.period === g.period && r.rank === g.rank,
    (x) =>
      `${'evidence' in x ? label(x.subject) : x.subject} ${'evidence' in x ? label(x.indicator) : x.indicator} ${x.period} ${x.rank}`,
  );
  for (const [heading, kind, list] of [
    ['projects', 'PROJECT', gold.projects],
    ['companies', 'COMPANY', gold.companies],
  ] as const) {
    const found = result.entities.filter((e) => e.kind === kind);
    tally(
      heading,
      found,
      list,
      (e, g) => [e.name, ...e.aliases].some((n) => sameName(n, g)),
      (x) => (typeof x === 'string' ? x : x.name),
    );
  }
  return { tallies, misses };
}

/** A report's period as the pipeline took it against the gold meta's, for the per-report check of --verbose. */
export interface PeriodCheck {
  key: string;
  period: string;
  gold: string | undefined;
  reason: string;
}

/**
 * Runs the pipeline on every held-out report and scores it against its gold file. By default the pipeline is
 * given only the title and publication date, as a user gives them, and infers period and subject itself;
 * `givenMeta` passes the gold meta's period too (the scoring before issue 15). `perturb` rewrites each report's
 * text (and title) before the pipeline reads it, for eval:robustness; the gold stays as it is, since facts are
 * matched by names and values, not offsets.
 */
export function evaluateHeldout(
  known: KnownEntity[],
  dir = HELDOUT_DIR,
  options: { givenMeta?: boolean; perturb?: (text: string, stem: string, part: 'title' | 'text') => string } = {},
): { scores: Score[]; misses: string[]; results: PipelineResult[]; periods: PeriodCheck[] } {
  const totals = new Map<string, Tally>();
  const misses: string[] = [];
  const results: PipelineResult[] = [];
  const periods: PeriodCheck[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const stem = file.slice(0, -'.txt'.length);
    const gold = goldSchema.parse(parse(readFileSync(join(dir, `${stem}.gold.yaml`), 'utf8')));
    const { period, ...given } = gold.meta;
    const perturb = options.perturb ?? ((text: string) => text);
    const meta = {
      key: `report/${stem}`,
      ...given,
      title: perturb(given.title, stem, 'title'),
      ...(options.givenMeta && period ? { period } : {}),
    };
    const result = runPipeline(perturb(readFileSync(join(dir, file), 'utf8'), stem, 'text'), meta, known, {
      gazetteerKinds: EVAL_GAZETTEER_KINDS,
    });
    results.push(result);
    periods.push({ key: meta.key, period: result.meta.period, gold: period, reason: periodReason(result) });
    const scored = scoreHeldout(result, gold, known);
    misses.push(...scored.misses);
    for (const t of scored.tallies) {
      const s = totals.get(t.kind) ?? { kind: t.kind, extracted: 0, gold: 0, matched: 0 };
      totals.set(t.kind, {
        kind: t.kind,
        extracted: s.extracted + t.extracted,
        gold: s.gold + t.gold,
        matched: s.matched + t.matched,
      });
    }
  }
  return {
    scores: [...totals.values()].map((t) => score(t.kind, t.extracted, t.gold, t.matched)),
    misses,
    results,
    periods,
  };
}

const periodReason = (r: PipelineResult) =>
  `${r.inferred.period.reason} (confidence ${r.inferred.period.confidence}); subject ${r.inferred.subject.value ?? 'none'}: ${r.inferred.subject.reason}`;
