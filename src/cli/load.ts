// npm run load [-- --duration 60 --connections 50 --warmup 10] — the real server process (bundled Neo4j, seeded graph) under
// autocannon on loopback with a mix of analyst queries; prints p50/p99, throughput and the server's peak RSS, and
// exits non-zero on any error, timeout, non-2xx answer or answer carrying GraphQL errors. The six queries are the
// benchmark's shapes Q1–Q6 (bench/queries.ts) on the seeded graph's own entities.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { freePort } from '../net';
import { startServerProcess } from './server-process';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const duration = arg('duration', 60);
const connections = arg('connections', 50);
const warmup = arg('warmup', 10);

export const QUERY_MIX = [
  '{ entity(name: "region/jiaozuo") { key name nameEn aliases description } }',
  '{ industrialChains(tier: GROUP, first: 10) { name projects(first: 20) { edges { node { name developers { name region { name } } } } } } }',
  '{ rankings(subject: "焦作市", first: 50) { edges { node { period rank basis indicator { name } } } } observations(subject: "焦作市", first: 50) { edges { node { period growthPct value { text } } } } }',
  '{ search(query: "宁福巨湾", first: 5) { score entity { name } } }',
  '{ path(from: "蜜雪冰城", to: "河南省") { length nodes { name } } }',
  '{ neighborhood(of: "大咖·梦工厂", depth: 2, limit: 100) { nodes { name } edges { type } } }',
];

const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
};

async function main(): Promise<number> {
  const port = await freePort();
  const server = await startServerProcess({ PORT: String(port), NODE_ENV: 'production' }, { echo: true });
  const pid = server.child.pid as number;
  let peakRss = rssMb(pid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(pid));
  }, 250);
  // A 200 can still carry GraphQL errors: every answer is read, and one with "errors" counts as a failure.
  const graphqlErrors = new Map<string, number>();
  const onResponse = (status: number, body: string) => {
    if (status !== 200 || !body.includes('"errors"')) return; // other statuses count as non-2xx
    const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? 'no code';
    graphqlErrors.set(code, (graphqlErrors.get(code) ?? 0) + 1);
  };
  const fire = (seconds: number, conns: number, onAnswer: () => void) =>
    new Promise<autocannon.Result>((done, fail) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${port}/graphql`,
          connections: conns,
          duration: seconds,
          requests: QUERY_MIX.map((query) => ({
            method: 'POST' as const,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
            onResponse,
          })),
        },
        (error, res) => (error ? fail(error) : done(res)),
      );
      instance.on('response', onAnswer);
    });
  // A freshly started JVM answers its first queries slowly; the warm-up is not measured, but its errors count.
  console.log(`load: warming up for ${warmup} s (10 connections, not measured)`);
  const warm = await fire(warmup, 10, () => {});
  console.log(
    `load: ${connections} connections for ${duration} s against http://127.0.0.1:${port}/graphql (server RSS ${rssMb(pid).toFixed(0)} MB after warm-up)`,
  );
  // Progress every 10 s on long runs.
  let served = 0;
  const progress = setInterval(() => {
    console.log(`load: ${served} answers so far, peak server RSS ${peakRss.toFixed(0)} MB`);
  }, 10_000);
  const result = await fire(duration, connections, () => {
    served += 1;
  });
  clearInterval(progress);
  clearInterval(sampler);
  server.child.kill('SIGTERM');
  const exitCode = await server.exited;
  const answerErrors = [...graphqlErrors.values()].reduce((a, b) => a + b, 0);
  const failures =
    result.errors + result.timeouts + result.non2xx + warm.errors + warm.timeouts + warm.non2xx + answerErrors;
  console.log(
    `load: ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ` +
      `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, answers with GraphQL errors ${answerErrors}` +
      `${answerErrors > 0 ? ` (${[...graphqlErrors].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}; peak server RSS ${peakRss.toFixed(0)} MB; server exit code ${exitCode}`,
  );
  return failures === 0 && exitCode === 0 ? 0 : 1;
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
