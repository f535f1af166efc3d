import type { BenchMeta } from './db';
import type { ArmId, QueryId } from './queries';

// Summaries (median with min and max over repetitions), the issue's goals, and the markdown table.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(values: number[]): Summary {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
  return { median, min: xs[0] as number, max: xs.at(-1) as number, n: xs.length };
}

export interface ArmResult {
  query: QueryId;
  arm: ArmId;
  /** Requests per second at saturation (fixed connections). */
  throughput: Summary;
  /** p50 latency during the saturation runs (queueing included), for reference. */
  saturationP50: Summary;
  /** p50 and p99 latency at the query's fixed request rate. */
  p50: Summary;
  p99: Summary;
  rssMaxMB: Summary;
  eventLoopP99: Summary;
  eventLoopMax: Summary;
  failures: number;
  requests: number;
}

export interface Goal {
  goal: string;
  met: boolean | null;
  detail: string;
}
export type Goals = Goal[];

export interface RunResult {
  size: string;
  date: string;
  options: Record<string, unknown>;
  machine: Record<string, unknown>;
  graph: BenchMeta & { storeMB: number };
  queries: {
    id: QueryId;
    title: string;
    depth: number;
    roundTrips: number | null;
    answerBytes: number | null;
    rate: number | null;
  }[];
  results: Record<string, ArmResult>;
  goals: Goals;
}

const ARM_LABEL: Record<ArmId, string> = { a: '(a) this server', b: '(b) @neo4j/graphql', c: '(c) Cypher floor' };

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const range = (s: Summary, digits = 1) =>
  s.n > 1 ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : fmt(s.median, digits);

export function geomean(values: number[]): number {
  const xs = values.filter((v) => v > 0 && Number.isFinite(v));
  return xs.length === 0 ? Number.NaN : Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

/** Ratios of arm a's p50 at L over S for Q1–Q3 (and the other arms, for context). */
export function growth(from: RunResult, to: RunResult) {
  const rows: { query: QueryId; arm: ArmId; from: number; to: number; ratio: number }[] = [];
  for (const q of ['Q1', 'Q2', 'Q3'] as QueryId[]) {
    for (const arm of ['a', 'b', 'c'] as ArmId[]) {
      const f = from.results[`${q}|${arm}`]?.p50.median;
      const t = to.results[`${q}|${arm}`]?.p50.median;
      if (f !== undefined && t !== undefined) rows.push({ query: q, arm, from: f, to: t, ratio: t / f });
    }
  }
  return rows;
}

export function evaluateGoals(run: RunResult, growthFrom: RunResult | null): Goals {
  const r = (q: QueryId, a: ArmId) => run.results[`${q}|${a}`];
  const goals: Goals = [];
  const overBudget = run.queries.filter((q) => q.roundTrips === null || q.roundTrips > q.depth + 1);
  goals.push({
    goal: 'round trips per request ≤ nesting depth + 1, every query',
    met: overBudget.length === 0,
    detail: run.queries.map((q) => `${q.id} ${q.roundTrips}/${q.depth + 1}`).join(', '),
  });
  const ratios = run.queries.map((q) => ({
    q: q.id,
    ratio: (r(q.id, 'a')?.p50.median ?? 0) / (r(q.id, 'c')?.p50.median ?? 1),
  }));
  goals.push({
    goal: `(a) p50 ≤ 1.5 × (c) p50, every query${run.size === 'M' ? '' : ` (the goal is set at M; this is ${run.size})`}`,
    met: ratios.every((x) => x.ratio <= 1.5),
    detail: ratios.map((x) => `${x.q} ${x.ratio.toFixed(2)}×`).join(', '),
  });
  const gA = geomean(run.queries.map((q) => r(q.id, 'a')?.throughput.median ?? 0));
  const gB = geomean(run.queries.map((q) => r(q.id, 'b')?.throughput.median ?? 0));
  const gC = geomean(run.queries.map((q) => r(q.id, 'c')?.throughput.median ?? 0));
  goals.push({
    goal: `(a) throughput ≥ (b) throughput, geometric mean of the query set${run.size === 'M' ? '' : ` (set at M; this is ${run.size})`}`,
    met: gA >= gB,
    detail: `(a) ${fmt(gA)} req/s, (b) ${fmt(gB)} req/s, (c) ${fmt(gC)} req/s: (a)/(b) = ${fmt(gA / gB, 2)}×`,
  });
  const rssA = Math.max(...run.queries.map((q) => r(q.id, 'a')?.rssMaxMB.max ?? 0));
  goals.push({
    goal: 'server RSS under sustained load ≤ 300 MB',
    met: rssA <= 300,
    detail: `(a) peak ${fmt(rssA, 0)} MB over all runs; (b) ${fmt(Math.max(...run.queries.map((q) => r(q.id, 'b')?.rssMaxMB.max ?? 0)), 0)} MB; (c) ${fmt(Math.max(...run.queries.map((q) => r(q.id, 'c')?.rssMaxMB.max ?? 0)), 0)} MB`,
  });
  if (growthFrom) {
    const rows = growth(growthFrom, run).filter((x) => x.arm === 'a');
    goals.push({
      goal: `from ${growthFrom.size} to ${run.size}, p50 of Q1–Q3 grows by less than 2×`,
      met: rows.length > 0 && rows.every((x) => x.ratio < 2),
      detail: rows.map((x) => `${x.query} ${fmt(x.from, 2)} → ${fmt(x.to, 2)} ms (${x.ratio.toFixed(2)}×)`).join(', '),
    });
  }
  return goals;
}

export function markdownReport(run: RunResult, growthFrom: RunResult | null): string {
  run.goals = evaluateGoals(run, growthFrom);
  const g = run.graph;
  const lines: string[] = [];
  lines.push(
    `## Size ${run.size}: ${g.nodes.toLocaleString('en-US')} nodes, ${g.relationships.toLocaleString('en-US')} relationships`,
  );
  lines.push('');
  lines.push(
    `${run.date.slice(0, 16).replace('T', ' ')} UTC · ${run.machine.cpus} × ${run.machine.cpu} · ${run.machine.memoryGB} GB · Node ${run.machine.node} · Neo4j heap ${run.options.heap}, page cache ${run.options.pagecache} · store ${g.storeMB} MB · loaded in ${g.loadSeconds} s (${g.nodesPerSecond.toLocaleString('en-US')} nodes/s) · load average ${(run.machine.loadBefore as number[])[0]} before, ${(run.machine.loadAfter as number[])[0]} after`,
  );
  lines.push('');
  lines.push(
    `Arm (a) reads: ${run.options.reads ?? 'transaction'} (NEO4J_READS). ${run.options.reps} repetitions, arms interleaved; saturation: ${run.options.connections} connections for ${run.options.duration} s; latency: ${run.options.latencyDuration} s at the fixed rate shown (${Number(run.options.rateShare) * 100}% of the slowest arm's saturated throughput, at most ${run.options.rateCap}/s). Medians, (min–max) over repetitions.`,
  );
  lines.push('');
  lines.push(
    '| query | arm | throughput req/s | p50 ms @ rate | p99 ms @ rate | round trips | peak RSS MB | event-loop p99 ms |',
  );
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const q of run.queries) {
    for (const arm of ['a', 'b', 'c'] as ArmId[]) {
      const r = run.results[`${q.id}|${arm}`];
      if (!r) continue;
      lines.push(
        `| ${arm === 'a' ? `${q.id} ${q.title}` : ''} | ${ARM_LABEL[arm]} | ${range(r.throughput)} | ${range(r.p50, 2)}${arm === 'a' ? ` @ ${q.rate}/s` : ''} | ${range(r.p99, 2)} | ${arm === 'a' ? `${q.roundTrips} (≤ ${q.depth + 1})` : arm === 'b' ? '1 per root field' : '1'} | ${fmt(r.rssMaxMB.max, 0)} | ${range(r.eventLoopP99, 1)} |`,
      );
    }
  }
  lines.push('');
  const gm = (arm: ArmId) => geomean(run.queries.map((q) => run.results[`${q.id}|${arm}`]?.throughput.median ?? 0));
  lines.push(`Geometric mean throughput: (a) ${fmt(gm('a'))} · (b) ${fmt(gm('b'))} · (c) ${fmt(gm('c'))} req/s.`);
  lines.push('');
  lines.push('| goal | met | measured |');
  lines.push('|---|---|---|');
  for (const goal of run.goals) {
    lines.push(`| ${goal.goal} | ${goal.met === null ? '–' : goal.met ? 'yes' : '**no**'} | ${goal.detail} |`);
  }
  if (growthFrom) {
    lines.push('');
    lines.push(`### Growth ${growthFrom.size} → ${run.size} (p50 at the fixed rate)`);
    lines.push('');
    lines.push(`| query | arm | ${growthFrom.size} p50 ms | ${run.size} p50 ms | growth |`);
    lines.push('|---|---|---:|---:|---:|');
    for (const x of growth(growthFrom, run)) {
      lines.push(`| ${x.query} | ${ARM_LABEL[x.arm]} | ${fmt(x.from, 2)} | ${fmt(x.to, 2)} | ${x.ratio.toFixed(2)}× |`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
