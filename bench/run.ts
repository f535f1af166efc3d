import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/config';
import { buildArms } from './build';
import { type BenchDatabase, openBenchDatabase } from './db';
import type { SizeName } from './generate';
import { cpuMs, openLoop } from './open-loop';
import { type ArmId, armsOf, type BenchQuery, QUERIES, type QueryId } from './queries';
import {
  type ArmResult,
  type Goals,
  markdownReport,
  type RunResult,
  replaceMarkedBlock,
  type Summary,
  summarize,
  summaryTable,
} from './report';

// The benchmark: `npm run bench -- --size S|M|L` (on demand; never a timed test). One run: the size's own
// Neo4j, three arms as separate server processes over it (compiled JS, NODE_ENV=production), a correctness check
// of every query on every arm, then throughput at saturation and latency under an open loop at a fixed rate
// (bench/open-loop.ts), with the CPU per request of the arm and of Neo4j, interleaving the arms and repeating.
// Results go to bench/results/<date>-<size>.json and .md. `npm run bench:smoke` is the CI smoke: size XS, one short
// repetition, results to a temporary folder, non-zero exit when an arm fails or answers differently.

interface Options {
  size: SizeName;
  reps: number;
  duration: number;
  latencyDuration: number;
  warmup: number;
  connections: number;
  heap: string;
  pagecache: string;
  reload: boolean;
  keepNeo4j: boolean;
  loadOnly: boolean;
  /** Re-render a size's newest result (.md and goals), e.g. L after a newer S run; nothing is measured. */
  report: boolean;
  smoke: boolean;
  out: string;
  ports: Record<ArmId, number>;
  queries: QueryId[];
}

function parseArgs(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) flags.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) {
      flags.set(name, next);
      i += 1;
    } else flags.set(name, 'true');
  }
  const smoke = flags.get('smoke') === 'true';
  const size = (flags.get('size') ?? (smoke ? 'XS' : 'S')).toUpperCase() as SizeName;
  if (!['XS', 'S', 'M', 'L'].includes(size)) throw new Error(`--size must be S, M or L (or XS), got ${size}`);
  const num = (name: string, fallback: number) => {
    const v = Number(flags.get(name) ?? fallback);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
    return v;
  };
  const queries = (flags.get('queries') ?? QUERIES.map((q) => q.id).join(','))
    .split(',')
    .map((q) => q.trim().toUpperCase()) as QueryId[];
  const base = smoke ? 4211 : 4201;
  return {
    size,
    reps: num('reps', smoke ? 1 : 3),
    duration: num('duration', smoke ? 0.5 : 5),
    latencyDuration: num('latency-duration', smoke ? 0.5 : 5),
    warmup: num('warmup', smoke ? 0.2 : 2),
    connections: num('connections', smoke ? 4 : 16),
    heap: flags.get('heap') ?? (smoke ? '1g' : '2g'),
    pagecache: flags.get('pagecache') ?? (smoke ? '512m' : size === 'L' ? '4g' : '2g'),
    reload: flags.get('reload') === 'true',
    keepNeo4j: flags.get('keep-neo4j') === 'true',
    loadOnly: flags.get('load-only') === 'true',
    report: flags.get('report') === 'true',
    smoke,
    out: flags.get('out') ?? (smoke ? join(tmpdir(), 'bench-smoke') : resolve(PROJECT_ROOT, 'bench', 'results')),
    ports: { a: base, b: base + 1, c: base + 2 },
    queries,
  };
}

const ARMS: { id: ArmId; label: string; file: string }[] = [
  { id: 'a', label: 'this server', file: 'ours.ts' },
  { id: 'b', label: '@neo4j/graphql', file: 'neo4j-graphql.ts' },
  { id: 'c', label: 'Cypher floor', file: 'cypher.ts' },
];
/** The arms that answer a question (arm (b) has no form of Q7 and Q8). */
const armsFor = (q: BenchQuery) => ARMS.filter((a) => armsOf(q).includes(a.id));

const log = (line: string) => console.log(line);

/** The open loop's request rate for a query: this share of the slowest arm's saturated throughput, at most RATE_CAP/s. */
const RATE_SHARE = 0.25;
const RATE_CAP = 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------- arms

interface RunningArm {
  id: ArmId;
  port: number;
  child: ChildProcess;
  exited: boolean;
  output: string[];
}

async function startArm(id: ArmId, script: string, port: number, db: BenchDatabase): Promise<RunningArm> {
  const child = spawn(process.execPath, [script], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      // graphql-js (and other libraries) skip their development checks only when the process has it set.
      NODE_ENV: 'production',
      BENCH_NEO4J_URI: db.uri,
      BENCH_NEO4J_PASSWORD: db.password,
      BENCH_PORT: String(port),
      NODE_OPTIONS: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const arm: RunningArm = { id, port, child, exited: false, output: [] };
  const keep = (chunk: Buffer) => {
    arm.output.push(chunk.toString());
    if (arm.output.length > 200) arm.output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', () => {
    arm.exited = true;
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (arm.exited) throw new Error(`arm ${id} exited during start:\n${arm.output.join('')}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/__bench/stats`);
      if (res.ok) return arm;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`arm ${id} did not start within 90 s:\n${arm.output.join('')}`);
}

async function stopArm(arm: RunningArm): Promise<void> {
  if (arm.exited || arm.child.pid === undefined) return;
  arm.child.kill('SIGTERM');
  const deadline = Date.now() + 10_000;
  while (!arm.exited && Date.now() < deadline) await sleep(100);
  if (!arm.exited) arm.child.kill('SIGKILL');
}

interface Request {
  path: string;
  body: string;
}

function requestOf(q: BenchQuery, arm: ArmId, db: BenchDatabase): Request {
  const picks = db.meta.picks;
  if (arm === 'c') return { path: `/q/${q.id}`, body: JSON.stringify(q.c(picks)) };
  const form = arm === 'a' ? q.a : q.b;
  if (!form) throw new Error(`${q.id} has no form for arm ${arm}`);
  return { path: '/graphql', body: JSON.stringify(form(picks)) };
}

async function send(port: number, req: Request): Promise<{ json: Record<string, unknown>; roundTrips: number | null }> {
  const res = await fetch(`http://127.0.0.1:${port}${req.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: req.body,
  });
  const json = (await res.json()) as Record<string, unknown>;
  const header = res.headers.get('x-cypher-round-trips');
  if (!res.ok || json.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(json.errors ?? json)}`);
  return { json, roundTrips: header === null ? null : Number(header) };
}

// ---------------------------------------------------------------------------------------------- measuring

function rssOf(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
  rssMax: number;
  eventLoopP99: number;
  eventLoopMax: number;
  /** CPU time per successful request (ms) of the arm's process and of Neo4j's, over the run. */
  cpuServer: number;
  cpuNeo4j: number;
  /** Open loop only: how late the generator sent a request, at worst (ms). */
  sendLagMax?: number;
}

/** What every run samples around its load: RSS every 100 ms, and CPU of the arm and of Neo4j before and after. */
async function around(
  arm: RunningArm,
  neo4jPid: number,
  load: () => Promise<{ ok: number; failures: number; latencies: number[]; elapsed: number; sendLagMax?: number }>,
): Promise<Sample> {
  await fetch(`http://127.0.0.1:${arm.port}/__bench/reset`, { method: 'POST' });
  let rssMax = 0;
  const pid = arm.child.pid as number;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, rssOf(pid) ?? 0);
  }, 100);
  const cpu0 = { server: cpuMs(pid) ?? 0, neo4j: cpuMs(neo4jPid) ?? 0 };
  const run = await load();
  const cpu1 = { server: cpuMs(pid) ?? 0, neo4j: cpuMs(neo4jPid) ?? 0 };
  clearInterval(sampler);
  rssMax = Math.max(rssMax, rssOf(pid) ?? 0);
  const stats = (await (await fetch(`http://127.0.0.1:${arm.port}/__bench/stats`)).json()) as {
    rss: number;
    eventLoopDelay: { p99: number; max: number };
  };
  const ok = Math.max(1, run.ok);
  return {
    rps: run.ok / run.elapsed,
    p50: percentile(run.latencies, 50),
    p99: percentile(run.latencies, 99),
    requests: run.ok,
    failures: run.failures,
    rssMax: Math.max(rssMax, stats.rss),
    eventLoopP99: stats.eventLoopDelay.p99,
    eventLoopMax: stats.eventLoopDelay.max,
    cpuServer: (cpu1.server - cpu0.server) / ok,
    cpuNeo4j: (cpu1.neo4j - cpu0.neo4j) / ok,
    ...(run.sendLagMax === undefined ? {} : { sendLagMax: run.sendLagMax }),
  };
}

/** Latency under an open loop: requests evenly spaced at `rate`, latency from each one's scheduled time. */
function measureOpenLoop(
  arm: RunningArm,
  neo4jPid: number,
  req: Request,
  o: { rate: number; duration: number },
): Promise<Sample> {
  return around(arm, neo4jPid, () => openLoop({ port: arm.port, path: req.path, body: req.body, ...o }));
}

/** Throughput at saturation: autocannon, a fixed number of connections each sending its next request on an answer. */
function measure(
  arm: RunningArm,
  neo4jPid: number,
  req: Request,
  o: { connections: number; duration: number },
): Promise<Sample> {
  return around(arm, neo4jPid, () => saturate(arm, req, o));
}

async function saturate(
  arm: RunningArm,
  req: Request,
  o: { connections: number; duration: number },
): Promise<{ ok: number; failures: number; latencies: number[]; elapsed: number }> {
  const latencies: number[] = [];
  let failures = 0;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${arm.port}`,
        connections: o.connections,
        duration: o.duration,
        requests: [
          {
            method: 'POST',
            path: req.path,
            headers: { 'content-type': 'application/json' },
            body: req.body,
            onResponse: (status: number, body: string) => {
              if (status !== 200 || body.includes('"errors"')) failures += 1;
            },
          },
        ],
      },
      (error, result) => (error ? fail(error) : done(result)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status === 200) latencies.push(responseTime);
    });
  });
  latencies.sort((x, y) => x - y);
  return {
    ok: result['2xx'],
    failures: failures + result.errors + result.timeouts + result.non2xx,
    latencies,
    elapsed: result.duration,
  };
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const started = new Date();
  const queries = QUERIES.filter((q) => o.queries.includes(q.id));
  log(
    `bench: size ${o.size}, ${o.reps} repetitions, ${o.duration} s saturation + ${o.latencyDuration} s open-loop runs`,
  );
  if (o.report) {
    const run = latestResult(o.size, o.out);
    if (!run) throw new Error(`no ${o.size} result in ${o.out}`);
    const md = markdownReport(run, o.size === 'L' ? latestResult('S', o.out) : null);
    const stem = `${run.date.slice(0, 10)}-${o.size}`;
    writeFileSync(join(o.out, `${stem}.json`), `${JSON.stringify(run, null, 2)}\n`);
    writeFileSync(join(o.out, `${stem}.md`), md);
    log(md);
    updateReadmes(o.out);
    return;
  }
  const loadBefore = loadavg();
  // Read before the build and the runs, so a commit made meanwhile is not credited with this run.
  const commit = gitDescribe();
  const db = await openBenchDatabase({
    size: o.size,
    heap: o.heap,
    pagecache: o.pagecache,
    reload: o.reload,
    log,
  });
  if (o.loadOnly) {
    log(`bench: ${o.size} loaded (${db.meta.nodes} nodes); --load-only, so nothing is timed`);
    await db.close(o.keepNeo4j);
    return;
  }
  const arms: RunningArm[] = [];
  let failed = false;
  const neo4jPid = db.managed.pid;
  const idleRss: Partial<Record<ArmId, { start: number; end: number }>> = {};
  try {
    const scripts = await buildArms(ARMS.map((a) => a.file));
    // Started together; pushed as each comes up, so a failed start still stops the others in `finally`.
    await Promise.all(
      ARMS.map((a) => startArm(a.id, scripts[a.file] as string, o.ports[a.id], db).then((arm) => arms.push(arm))),
    );
    const armOf = (id: ArmId) => arms.find((a) => a.id === id) as RunningArm;
    log(
      `bench: arms up (compiled, NODE_ENV=production): ${ARMS.map((a) => `${a.id} ${a.label} :${o.ports[a.id]}`).join(', ')}`,
    );
    await sleep(2000);
    for (const arm of arms) idleRss[arm.id] = { start: (rssOf(arm.child.pid as number) ?? 0) / 2 ** 20, end: 0 };

    // 0. One untimed request per query and arm first, tried up to three times: on a busy machine a query's first run
    // on a cold JVM (planning, page faults) can pass the server's 5 s transaction timeout. The check below is strict.
    for (const q of queries) {
      for (const a of armsFor(q)) {
        for (let attempt = 0; attempt < 3; attempt += 1) {
          const ok = await send(o.ports[a.id], requestOf(q, a.id, db)).then(
            () => true,
            () => false,
          );
          if (ok) break;
        }
      }
    }

    // 1. Same answer everywhere, before anything is timed.
    const roundTrips: Partial<Record<QueryId, number>> = {};
    const answerBytes: Partial<Record<QueryId, number>> = {};
    for (const q of queries) {
      const answers: Partial<Record<ArmId, unknown>> = {};
      for (const a of armsFor(q)) {
        try {
          const { json, roundTrips: rt } = await send(o.ports[a.id], requestOf(q, a.id, db));
          const normalize = q.normalize[a.id] as (data: Record<string, unknown>) => unknown;
          answers[a.id] = normalize(json.data as Record<string, unknown>);
          if (a.id === 'a') {
            // The count can vary with timing (DataLoader batches close per tick): keep the most of 10 requests.
            let most = rt ?? Number.NaN;
            for (let i = 0; i < 9; i += 1)
              most = Math.max(most, (await send(o.ports.a, requestOf(q, 'a', db))).roundTrips ?? Number.NaN);
            roundTrips[q.id] = most;
            answerBytes[q.id] = JSON.stringify(answers.a).length;
          }
        } catch (error) {
          throw new Error(`${q.id} on arm ${a.id} failed: ${(error as Error).message}`);
        }
      }
      for (const id of armsOf(q).filter((x) => x !== 'a')) {
        if (!isDeepStrictEqual(answers.a, answers[id])) {
          const dump = join(tmpdir(), `bench-${q.id}-mismatch.json`);
          writeFileSync(dump, JSON.stringify(answers, null, 2));
          throw new Error(`${q.id}: arm ${id} answers differently from arm a (every arm's answer in ${dump})`);
        }
      }
      log(
        `check: ${q.id} same answer on ${armsOf(q).join(', ')}${q.b ? '' : ' (b: n/a)'} (${answerBytes[q.id]} bytes normalised); arm a used at most ${roundTrips[q.id]} Cypher round trips (budget ${q.depth + 1})`,
      );
    }

    // 2. Warm-up: every query on every arm (also warms the page cache).
    for (const q of queries) {
      for (const a of armsFor(q)) {
        await measure(armOf(a.id), neo4jPid, requestOf(q, a.id, db), {
          connections: o.connections,
          duration: o.warmup,
        });
      }
    }

    // 3. Throughput at saturation, then 4. latency under an open loop; arms interleaved, order rotated per repetition.
    const saturation: Record<string, Sample[]> = {};
    const fixedRate: Record<string, Sample[]> = {};
    const order = (rep: number, qi: number, q: BenchQuery) => {
      const own = armsFor(q);
      return own.map((_, i) => own[(i + rep + qi) % own.length] as (typeof ARMS)[0]);
    };
    for (let rep = 0; rep < o.reps; rep += 1) {
      for (const [qi, q] of queries.entries()) {
        for (const a of order(rep, qi, q)) {
          const s = await measure(armOf(a.id), neo4jPid, requestOf(q, a.id, db), {
            connections: o.connections,
            duration: o.duration,
          });
          const key = `${q.id}|${a.id}`;
          saturation[key] = saturation[key] ?? [];
          saturation[key].push(s);
          log(
            `saturation rep ${rep + 1} ${q.id} ${a.id}: ${s.rps.toFixed(1)} req/s, p50 ${s.p50.toFixed(2)} ms, CPU ${s.cpuServer.toFixed(2)} + ${s.cpuNeo4j.toFixed(2)} ms/req, RSS ${(s.rssMax / 2 ** 20).toFixed(0)} MB${s.failures ? `, ${s.failures} FAILED` : ''}`,
          );
        }
      }
    }
    const medianOf = (xs: number[]) => {
      const s = [...xs].sort((x, y) => x - y);
      return s.length % 2
        ? (s[(s.length - 1) / 2] as number)
        : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
    };
    const rates: Partial<Record<QueryId, number>> = {};
    for (const q of queries) {
      const slowest = Math.min(
        ...armsFor(q).map((a) => medianOf((saturation[`${q.id}|${a.id}`] ?? []).map((s) => s.rps))),
      );
      rates[q.id] = Math.max(1, Math.min(RATE_CAP, Math.floor(slowest * RATE_SHARE)));
    }
    for (let rep = 0; rep < o.reps; rep += 1) {
      for (const [qi, q] of queries.entries()) {
        for (const a of order(rep, qi, q)) {
          const s = await measureOpenLoop(armOf(a.id), neo4jPid, requestOf(q, a.id, db), {
            duration: o.latencyDuration,
            rate: rates[q.id] as number,
          });
          const key = `${q.id}|${a.id}`;
          fixedRate[key] = fixedRate[key] ?? [];
          fixedRate[key].push(s);
          log(
            `open loop rep ${rep + 1} ${q.id} ${a.id} @${rates[q.id]}/s: p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms, CPU ${s.cpuServer.toFixed(2)} + ${s.cpuNeo4j.toFixed(2)} ms/req, send lag ≤ ${(s.sendLagMax ?? 0).toFixed(1)} ms${s.failures ? `, ${s.failures} FAILED` : ''}`,
          );
        }
      }
    }

    for (const arm of arms)
      if (arm.exited) throw new Error(`arm ${arm.id} died during the run:\n${arm.output.join('')}`);
    await sleep(3000);
    for (const arm of arms) {
      const idle = idleRss[arm.id];
      if (idle) idle.end = (rssOf(arm.child.pid as number) ?? 0) / 2 ** 20;
    }

    // 5. Summary, goals, files.
    const results: Record<string, ArmResult> = {};
    for (const q of queries) {
      for (const a of armsFor(q)) {
        const key = `${q.id}|${a.id}`;
        const sat = saturation[key] ?? [];
        const fix = fixedRate[key] ?? [];
        results[key] = {
          query: q.id,
          arm: a.id,
          throughput: summarize(sat.map((s) => s.rps)),
          saturationP50: summarize(sat.map((s) => s.p50)),
          p50: summarize(fix.map((s) => s.p50)),
          p99: summarize(fix.map((s) => s.p99)),
          cpuServer: summarize(sat.map((s) => s.cpuServer)),
          cpuNeo4j: summarize(sat.map((s) => s.cpuNeo4j)),
          cpuTotal: summarize(sat.map((s) => s.cpuServer + s.cpuNeo4j)),
          cpuTotalAtRate: summarize(fix.map((s) => s.cpuServer + s.cpuNeo4j)),
          sendLagMax: Math.max(0, ...fix.map((s) => s.sendLagMax ?? 0)),
          rssMaxMB: summarize([...sat, ...fix].map((s) => s.rssMax / 2 ** 20)),
          eventLoopP99: summarize(sat.map((s) => s.eventLoopP99)),
          eventLoopMax: summarize(sat.map((s) => s.eventLoopMax)),
          failures: [...sat, ...fix].reduce((n, s) => n + s.failures, 0),
          requests: [...sat, ...fix].reduce((n, s) => n + s.requests, 0),
        };
        if (results[key].failures > 0) failed = true;
      }
    }
    const run: RunResult = {
      format: 2,
      size: o.size,
      date: started.toISOString(),
      options: {
        /** How arm (a) runs reads (NEO4J_READS, passed through to its process; the project's default is autocommit). */
        reads: process.env.NEO4J_READS ?? 'autocommit',
        latency: 'open loop: evenly spaced requests, latency from each scheduled send time',
        arms: 'compiled JavaScript (dist/), NODE_ENV=production',
        rateShare: RATE_SHARE,
        rateCap: RATE_CAP,
        reps: o.reps,
        duration: o.duration,
        latencyDuration: o.latencyDuration,
        warmup: o.warmup,
        connections: o.connections,
        heap: o.heap,
        pagecache: o.pagecache,
      },
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? '',
        memoryGB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        commit,
        loadBefore: loadBefore.map((x) => Math.round(x * 100) / 100),
        loadAfter: loadavg().map((x) => Math.round(x * 100) / 100),
      },
      graph: { ...db.meta, storeMB: Math.round(dirBytes(join(db.homeDir, 'data')) / 2 ** 20) },
      idleRssMB: idleRss,
      queries: queries.map((q) => ({
        id: q.id,
        title: q.title,
        depth: q.depth,
        roundTrips: roundTrips[q.id] ?? null,
        answerBytes: answerBytes[q.id] ?? null,
        rate: rates[q.id] ?? null,
      })),
      results,
      goals: {} as Goals,
    };
    const growthFrom = o.size === 'L' ? latestResult('S', o.out) : null;
    const md = markdownReport(run, growthFrom);
    // A failed run (an arm or Neo4j died, requests failed) never replaces a good result.
    if (failed) {
      const dump = join(tmpdir(), `bench-${o.size}-failed.json`);
      writeFileSync(dump, `${JSON.stringify(run, null, 2)}\n`);
      throw new Error(`some requests failed under load (see FAILED above); this run's numbers are in ${dump}`);
    }
    if (!o.smoke || process.env.BENCH_SMOKE_KEEP) {
      mkdirSync(o.out, { recursive: true });
      const stem = `${started.toISOString().slice(0, 10)}-${o.size}`;
      writeFileSync(join(o.out, `${stem}.json`), `${JSON.stringify(run, null, 2)}\n`);
      writeFileSync(join(o.out, `${stem}.md`), md);
      log(`bench: wrote ${join(o.out, `${stem}.json`)} and .md`);
      if (!o.smoke) updateReadmes(o.out);
    }
    log(`\n${md}`);
  } finally {
    for (const arm of arms) await stopArm(arm);
    await db.close(o.keepNeo4j);
  }
  log(`bench: done in ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s`);
}

/** The commit the run measured, and whether the working tree had uncommitted changes (read-only git calls). */
function gitDescribe(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'cypher'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} + uncommitted changes in src/ or cypher/` : head;
  } catch {
    return 'unknown';
  }
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) total += dirBytes(p);
    else if (entry.isFile()) total += statSync(p).size;
  }
  return total;
}

/**
 * The summary of the newest result of each size, into the marked blocks of README.md (Performance) and
 * bench/README.md (Results); only for the project's own results folder, so `--out /tmp/x` leaves both alone.
 */
function updateReadmes(dir: string): void {
  if (resolve(dir) !== resolve(PROJECT_ROOT, 'bench', 'results')) return;
  const runs = (['S', 'M', 'L'] as SizeName[]).flatMap((size) => latestResult(size, dir) ?? []);
  const current = runs.filter((run) => run.format === 2);
  const links = (prefix: string) =>
    current.length === 0
      ? ''
      : `\nFull tables: ${current.map((run) => `[${run.size}](${prefix}${run.date.slice(0, 10)}-${run.size}.md)`).join(' · ')}.\n`;
  const table = summaryTable(runs);
  for (const [file, block] of [
    ['README.md', table + links('bench/results/')],
    [join('bench', 'README.md'), table + links('results/')],
  ] as const) {
    const path = resolve(PROJECT_ROOT, file);
    const before = readFileSync(path, 'utf8');
    const after = replaceMarkedBlock(before, block);
    if (after !== before) {
      writeFileSync(path, after);
      log(`bench: updated the results summary in ${file}`);
    }
  }
}

/** The newest results file of a size, for the S → L growth table. */
function latestResult(size: SizeName, dir: string): RunResult | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(`-${size}.json`))
    .sort();
  const last = files.at(-1);
  return last ? (JSON.parse(readFileSync(join(dir, last), 'utf8')) as RunResult) : null;
}

export type { Summary };

main().catch((error) => {
  console.error(`bench: FAILED: ${(error as Error).message}`);
  process.exit(1);
});
