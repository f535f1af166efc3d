// npm run load [-- --duration 60 --connections 50] — the real server process (bundled Neo4j, seeded graph) under
// autocannon on loopback with a mix of analyst queries; prints p50/p99, throughput and the server's peak RSS, and
// exits non-zero on any error or non-2xx answer.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../config';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const duration = arg('duration', 60);
const connections = arg('connections', 50);

export const QUERY_MIX = [
  '{ entity(name: "region/jiaozuo") { key name nameEn aliases description } }',
  '{ industrialChains(tier: GROUP) { name projects(first: 20) { edges { node { name developers { name region { name } } } } } } }',
  '{ rankings(subject: "焦作市", first: 50) { edges { node { period rank basis indicator { name } } } } observations(subject: "焦作市", first: 50) { edges { node { period growthPct value { text } } } } }',
  '{ search(query: "宁福巨湾", first: 5) { score entity { name } } }',
  '{ path(from: "蜜雪冰城", to: "河南省") { length nodes { name } } }',
  '{ neighborhood(of: "大咖·梦工厂", depth: 2, limit: 100) { nodes { name } edges { type } } }',
];

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => done(typeof a === 'object' && a ? a.port : 0));
    });
  });

const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
};

async function main(): Promise<number> {
  const port = await freePort();
  const server = spawn(resolve(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/server.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  server.stdout?.on('data', (d) => {
    out += String(d);
    process.stdout.write(d);
  });
  while (!/server: GraphQL/.test(out)) {
    if (server.exitCode !== null) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  // The node process is tsx's child; sample the RSS of the whole tree under the server.
  const pids = () => [
    server.pid as number,
    ...readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number),
  ];
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, Math.max(...pids().map(rssMb)));
  }, 250);
  console.log(`load: ${connections} connections for ${duration} s against http://127.0.0.1:${port}/graphql`);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections,
    duration,
    requests: QUERY_MIX.map((query) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })),
  });
  clearInterval(sampler);
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  const failures = result.errors + result.timeouts + result.non2xx;
  console.log(
    `load: ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
      `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, peak server RSS ${peakRss.toFixed(0)} MB`,
  );
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
