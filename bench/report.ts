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
  /** p50 and p99 latency under the open loop at the query's rate, from each request's scheduled send time. */
  p50: Summary;
  p99: Summary;
  /** CPU per request (ms, user + system from /proc) at saturation: the arm's process, Neo4j's, and both. */
  cpuServer: Summary;
  cpuNeo4j: Summary;
  cpuTotal: Summary;
  /** Both processes' CPU per request during the open-loop runs (idle background work weighs more at a low rate). */
  cpuTotalAtRate: Summary;
  /** How late the open-loop generator sent a request, at worst over the runs (ms). */
  sendLagMax: number;
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
  /** 2: open-loop latency and CPU per request (issue 13); results without it are from the autocannon fixed-rate runs. */
  format?: number;
  size: string;
  date: string;
  options: Record<string, unknown>;
  machine: Record<string, unknown>;
  graph: BenchMeta & { storeMB: number };
  /** Each arm's RSS 2 s after it started (before any request) and 3 s after the last run. */
  idleRssMB?: Partial<Record<ArmId, { start: number; end: number }>>;
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

/**
 * The questions every arm answers (Q1–Q6): the geometric means of throughput are taken over these, so that (a)/(b)
 * compares like with like; Q7 and Q8 have no @neo4j/graphql form (arm (b) is "n/a" there).
 */
export function sharedQueries(run: RunResult): RunResult['queries'] {
  const ids = new Set(Object.values(run.results).map((r) => r.query));
  return run.queries.filter(
    (q) => ids.has(q.id) && (['a', 'b', 'c'] as ArmId[]).every((a) => run.results[`${q.id}|${a}`]),
  );
}

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
  const atM = (what: string) => `${what}${run.size === 'M' ? '' : ` (the goal is set at M; this is ${run.size})`}`;
  const goals: Goals = [];
  const overBudget = run.queries.filter((q) => q.roundTrips === null || q.roundTrips > q.depth + 1);
  goals.push({
    goal: 'round trips per request ≤ nesting depth + 1, every query (1 per root field where compiled)',
    met: overBudget.length === 0,
    detail: run.queries.map((q) => `${q.id} ${q.roundTrips}/${q.depth + 1}`).join(', '),
  });
  const ratio = (q: QueryId, pick: (x: ArmResult) => number) => {
    const a = r(q, 'a');
    const c = r(q, 'c');
    return a && c ? pick(a) / pick(c) : Number.NaN;
  };
  const latency = run.queries.map((q) => ({ q: q.id, x: ratio(q.id, (x) => x.p50.median) }));
  goals.push({
    goal: atM('(a) p50 ≤ 1.3 × (c) p50, every query'),
    met: latency.every((x) => x.x <= 1.3),
    detail: latency.map((x) => `${x.q} ${fmt(x.x, 2)}×`).join(', '),
  });
  const cpu = run.queries.map((q) => ({ q: q.id, x: ratio(q.id, (x) => x.cpuTotal?.median ?? Number.NaN) }));
  goals.push({
    goal: atM('(a) CPU per request (server + Neo4j) ≤ 1.3 × (c), every query'),
    met: cpu.every((x) => x.x <= 1.3),
    detail: cpu.map((x) => `${x.q} ${fmt(x.x, 2)}×`).join(', '),
  });
  const shared = sharedQueries(run);
  const gA = geomean(shared.map((q) => r(q.id, 'a')?.throughput.median ?? 0));
  const gB = geomean(shared.map((q) => r(q.id, 'b')?.throughput.median ?? 0));
  const gC = geomean(shared.map((q) => r(q.id, 'c')?.throughput.median ?? 0));
  goals.push({
    goal: atM('(a) throughput ≥ 1.5 × (b) throughput, geometric mean of the questions every arm answers'),
    met: gA >= 1.5 * gB,
    detail: `over ${shared.map((q) => q.id).join(', ')}: (a) ${fmt(gA)} req/s, (b) ${fmt(gB)} req/s, (c) ${fmt(gC)} req/s: (a)/(b) = ${fmt(gA / gB, 2)}×`,
  });
  const peak = (arm: ArmId) => Math.max(...run.queries.map((q) => r(q.id, arm)?.rssMaxMB.max ?? 0));
  goals.push({
    goal: 'peak server RSS under load ≤ 200 MB',
    met: peak('a') <= 200,
    detail: `(a) ${fmt(peak('a'), 0)} MB over all runs; (b) ${fmt(peak('b'), 0)} MB; (c) ${fmt(peak('c'), 0)} MB`,
  });
  const idle = run.idleRssMB?.a;
  goals.push({
    goal: 'idle server RSS ≤ 140 MB',
    met: idle ? idle.start <= 140 : null,
    detail: idle
      ? `(a) ${fmt(idle.start, 0)} MB after start, ${fmt(idle.end, 0)} MB after the runs; (b) ${fmt(run.idleRssMB?.b?.start ?? Number.NaN, 0)} MB; (c) ${fmt(run.idleRssMB?.c?.start ?? Number.NaN, 0)} MB after start`
      : 'not measured in this run',
  });
  if (growthFrom) {
    const rows = growth(growthFrom, run).filter((x) => x.arm === 'a');
    goals.push({
      goal: `from ${growthFrom.size} to ${run.size}, p50 of the keyed queries Q1–Q3 grows by less than 1.5×`,
      met: rows.length > 0 && rows.every((x) => x.ratio < 1.5),
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
    `${run.date.slice(0, 16).replace('T', ' ')} UTC · commit ${run.machine.commit} · ${run.machine.cpus} × ${run.machine.cpu} · ${run.machine.memoryGB} GB · Node ${run.machine.node} · Neo4j heap ${run.options.heap}, page cache ${run.options.pagecache} · store ${g.storeMB} MB · loaded in ${g.loadSeconds} s (${g.nodesPerSecond.toLocaleString('en-US')} nodes/s) · load average ${(run.machine.loadBefore as number[])[0]} before, ${(run.machine.loadAfter as number[])[0]} after`,
  );
  lines.push('');
  lines.push(
    `Every arm compiled JavaScript with NODE_ENV=production; arm (a) reads: ${run.options.reads ?? 'transaction'} (NEO4J_READS). ${run.options.reps} repetitions, arms interleaved. Throughput: saturation, ${run.options.connections} connections for ${run.options.duration} s. Latency: an open loop for ${run.options.latencyDuration} s at the rate shown (${Number(run.options.rateShare) * 100}% of the slowest arm's saturated throughput, at most ${run.options.rateCap}/s), requests evenly spaced, each timed from its scheduled send. CPU: user + system time of the arm's process and of Neo4j (/proc/<pid>/stat) over the saturation runs, per request. Medians, (min–max) over repetitions.`,
  );
  lines.push('');
  lines.push(
    '| query | arm | throughput req/s | p50 ms @ rate | p99 ms @ rate | CPU ms/req: server + Neo4j | round trips | peak RSS MB | event-loop p99 ms |',
  );
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const q of run.queries) {
    for (const arm of ['a', 'b', 'c'] as ArmId[]) {
      const r = run.results[`${q.id}|${arm}`];
      if (!r) {
        lines.push(
          `| ${arm === 'a' ? `${q.id} ${q.title}` : ''} | ${ARM_LABEL[arm]} | n/a | n/a | n/a | n/a | n/a | n/a | n/a |`,
        );
        continue;
      }
      lines.push(
        `| ${arm === 'a' ? `${q.id} ${q.title}` : ''} | ${ARM_LABEL[arm]} | ${range(r.throughput)} | ${range(r.p50, 2)}${arm === 'a' ? ` @ ${q.rate}/s` : ''} | ${range(r.p99, 2)} | ${r.cpuTotal ? `${fmt(r.cpuTotal.median, 2)}: ${fmt(r.cpuServer.median, 2)} + ${fmt(r.cpuNeo4j.median, 2)}` : '–'} | ${arm === 'a' ? `${q.roundTrips} (≤ ${q.depth + 1})` : arm === 'b' ? '1 per root field' : '1'} | ${fmt(r.rssMaxMB.max, 0)} | ${range(r.eventLoopP99, 1)} |`,
      );
    }
  }
  lines.push('');
  const shared = sharedQueries(run);
  const gm = (arm: ArmId) => geomean(shared.map((q) => run.results[`${q.id}|${arm}`]?.throughput.median ?? 0));
  lines.push(
    `Geometric mean throughput over ${shared.map((q) => q.id).join(', ')} (the questions every arm answers; (b) has no form of the others): (a) ${fmt(gm('a'))} · (b) ${fmt(gm('b'))} · (c) ${fmt(gm('c'))} req/s.`,
  );
  const lag = Math.max(0, ...Object.values(run.results).map((x) => x.sendLagMax ?? 0));
  lines.push('');
  lines.push(
    `The open-loop generator sent every request at most ${fmt(lag, 1)} ms after its scheduled time (that lag is inside the latencies above).`,
  );
  lines.push('');
  lines.push('| goal | met | measured |');
  lines.push('|---|---|---|');
  for (const goal of run.goals) {
    lines.push(`| ${goal.goal} | ${goal.met === null ? '–' : goal.met ? 'yes' : '**no**'} | ${goal.detail} |`);
  }
  if (growthFrom) {
    lines.push('');
    lines.push(`### Growth ${growthFrom.size} → ${run.size} (open-loop p50)`);
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

/**
 * The summary the READMEs show: for each size's newest result in the current format, the ratios the goals are
 * about (latency and CPU per request of (a) over the floor (c), throughput of (a) over @neo4j/graphql (b), RSS).
 */
export function summaryTable(runs: RunResult[]): string {
  const current = runs.filter((run) => run.format === 2);
  if (current.length === 0) {
    return 'No results in the current format yet (open-loop latency, CPU per request): run `npm run bench -- --size M`.\n';
  }
  const ids = current[0]?.queries.map((q) => q.id) ?? [];
  const lines = [
    `| size | commit · load average before | (a)/(b) throughput, geometric mean over the questions (b) answers | (a)/(c) p50 ${ids.join(' · ')} | (a)/(c) CPU per request ${ids.join(' · ')} | (a) RSS MB idle · peak |`,
    '|---|---|---:|---|---|---|',
  ];
  for (const run of current) {
    const r = (q: QueryId, a: ArmId) => run.results[`${q}|${a}`];
    const shared = sharedQueries(run);
    const gm = (arm: ArmId) => geomean(shared.map((q) => r(q.id, arm)?.throughput.median ?? 0));
    const ratios = (pick: (x: ArmResult) => number) =>
      run.queries
        .map((q) => {
          const a = r(q.id, 'a');
          const c = r(q.id, 'c');
          return a && c ? `${fmt(pick(a) / pick(c), 2)}×` : '–';
        })
        .join(' · ');
    const peak = Math.max(...run.queries.map((q) => r(q.id, 'a')?.rssMaxMB.max ?? 0));
    lines.push(
      `| ${run.size} (${run.date.slice(0, 10)}) | ${run.machine.commit} · ${(run.machine.loadBefore as number[])[0]} | ${fmt(gm('a') / gm('b'), 2)}× | ${ratios((x) => x.p50.median)} | ${ratios((x) => x.cpuTotal.median)} | ${fmt(run.idleRssMB?.a?.start ?? Number.NaN, 0)} · ${fmt(peak, 0)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Replaces the text between `<!-- bench:results -->` and `<!-- /bench:results -->` in a markdown file. */
export function replaceMarkedBlock(markdown: string, block: string): string {
  const open = '<!-- bench:results -->';
  const close = '<!-- /bench:results -->';
  const start = markdown.indexOf(open);
  const end = markdown.indexOf(close);
  if (start < 0 || end < start) return markdown;
  return `${markdown.slice(0, start + open.length)}\n${block}${markdown.slice(end)}`;
}
