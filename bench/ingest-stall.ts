import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { startServerProcess } from '../src/cli/server-process';
import { PROJECT_ROOT } from '../src/config';
import { largeReport } from '../src/ingest/large-report';

// npm run ingest:stall [-- --bytes 2000000 --idle 20 --clients 4 --port 7694 --workers N]
// How much a large ingest slows everyone else's reads: the server as `npm start` runs it (its own Neo4j in
// .neo4j/ingest-stall, seeded), a closed-loop mix of read queries from a few clients, first on an idle server,
// then while one ingestReport of a ~2 MB report runs. Prints p50/p90/p99/max of the reads in both phases.
// `--workers 0` runs extraction on the request thread (INGEST_WORKERS=0), for comparison.

const TOKEN = 'ingest-stall-token-0123456789';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number);

function summary(label: string, ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(0).padStart(6);
  return `${label.padEnd(22)} n=${String(s.length).padStart(5)}  p50 ${f(quantile(s, 0.5))} ms  p90 ${f(quantile(s, 0.9))} ms  p99 ${f(quantile(s, 0.99))} ms  max ${f(s.at(-1) ?? Number.NaN)} ms`;
}

async function main(): Promise<void> {
  const bytes = Number(flag('bytes', '2000000'));
  const idleSeconds = Number(flag('idle', '20'));
  const clients = Number(flag('clients', '4'));
  const boltPort = flag('port', '7694');
  const workers = flag('workers', '');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const examples = join(PROJECT_ROOT, 'queries', 'examples');
  const mix = readdirSync(examples)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(examples, f), 'utf8'));
  mix.push('{ stats { documents entities } }');

  console.log(`ingest:stall: starting the server (Neo4j in .neo4j/ingest-stall on ${boltPort}, HTTP on ${port})…`);
  const server = await startServerProcess({
    PORT: String(port),
    NODE_ENV: 'development',
    NEO4J_URI: '',
    NEO4J_HOME_DIR: resolve(PROJECT_ROOT, '.neo4j', 'ingest-stall'),
    NEO4J_BOLT_PORT: boltPort,
    INGEST_TOKEN: TOKEN,
    INGEST_DEADLINE_MS: '600000',
    ...(workers !== '' ? { INGEST_WORKERS: workers } : {}),
    LOG_LEVEL: 'warn',
  });
  try {
    const post = async (body: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      if (json.errors) throw new Error(`${json.errors[0]?.extensions?.code ?? 'no code'}: ${json.errors[0]?.message}`);
      return json;
    };
    const ingestMutation =
      'mutation ($input: IngestReportInput!) { ingestReport(input: $input) { observations rankings entitiesCreated } }';
    const auth = { authorization: `Bearer ${TOKEN}` };
    const key = 'report/ingest-stall';
    // A previous run's report goes first (replaced by a one-line one), so every run starts from the same graph.
    await post({ query: ingestMutation, variables: { input: { key, title: 'x', text: '上半年。' } } }, auth);
    for (const query of mix) await post({ query }).catch(() => undefined); // warm up

    /** Clients in a closed loop until `until` says stop; the latency of every read. */
    const errors = new Map<string, number>();
    const readLoop = async (until: () => boolean) => {
      const latencies: number[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (!until()) {
            const query = mix[next % mix.length] as string;
            next += 1;
            const t = performance.now();
            // A failed read is counted, with its latency, and the loop goes on.
            await post({ query }).catch((error: Error) =>
              errors.set(error.message, (errors.get(error.message) ?? 0) + 1),
            );
            latencies.push(performance.now() - t);
          }
        }),
      );
      return latencies;
    };

    const idleEnd = Date.now() + idleSeconds * 1000;
    const idle = await readLoop(() => Date.now() > idleEnd);

    const text = largeReport(bytes);
    let ingesting = true;
    const started = performance.now();
    const ingest = post(
      {
        query: ingestMutation,
        variables: { input: { key, title: '长报告', text, period: '2024', subject: '焦作市' } },
      },
      auth,
    ).finally(() => {
      ingesting = false;
    });
    const during = await readLoop(() => !ingesting);
    const outcome = (await ingest) as { data: { ingestReport: Record<string, number> } };
    const took = performance.now() - started;

    console.log(
      `\nread mix: ${mix.length} queries (queries/examples + stats), ${clients} clients in a closed loop; extraction ${workers === '0' ? 'on the request thread (INGEST_WORKERS=0)' : 'in worker threads'}`,
    );
    console.log(
      `ingest: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB in ${(took / 1000).toFixed(1)} s, ${JSON.stringify(outcome.data.ingestReport)}`,
    );
    console.log(summary('idle', idle));
    console.log(summary('during the ingest', during));
    for (const [message, n] of errors) console.log(`failed reads: ${n}× ${message}`);
    if (errors.size > 0) console.log(`server output:\n${server.output().slice(-4000)}`);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
