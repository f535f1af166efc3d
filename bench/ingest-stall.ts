import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { startServerProcess } from '../src/cli/server-process';
import { PROJECT_ROOT } from '../src/config';
import { largeReport } from '../src/ingest/large-report';

// npm run ingest:stall [-- --bytes 2000000 --idle 30 --rate 10 --port 7694 --workers N]
// How much a large ingest slows everyone else's reads: the server as `npm start` runs it (its own Neo4j in
// .neo4j/ingest-stall, seeded), a mix of read queries sent at a fixed rate, first on an idle server,
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
  const idleSeconds = Number(flag('idle', '30'));
  const rate = Number(flag('rate', '10'));
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
  // Ctrl-C stops the server too (it stops its Neo4j), rather than leaving it running.
  const stop = () => server.child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    // node:http rather than fetch: fetch gives up on an answer that takes over 300 s (a 2 MB ingest on a busy machine).
    const post = async (body: unknown, headers: Record<string, string> = {}) => {
      const raw = await new Promise<string>((done, fail) => {
        const req = request(
          `${base}/graphql`,
          { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
          (res) => {
            let data = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              data += chunk;
            });
            res.on('end', () => done(data));
            res.on('error', fail);
          },
        );
        req.on('error', fail);
        req.end(JSON.stringify(body));
      });
      const json = JSON.parse(raw) as { errors?: { message: string; extensions?: { code?: string } }[] };
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

    /**
     * Reads at a fixed rate (open loop) until `until` says stop; each latency counted from when the read was due,
     * so a stalled server shows in every read that waited, not only in the few a closed loop would have sent.
     */
    const errors = new Map<string, number>();
    const readLoop = async (until: () => boolean) => {
      const latencies: number[] = [];
      const inFlight: Promise<unknown>[] = [];
      const t0 = performance.now();
      for (let i = 0; !until(); i += 1) {
        const due = t0 + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const query = mix[i % mix.length] as string;
        inFlight.push(
          post({ query })
            // A failed read is counted, with its latency.
            .catch((error: Error) => errors.set(error.message, (errors.get(error.message) ?? 0) + 1))
            .finally(() => latencies.push(performance.now() - due)),
        );
      }
      await Promise.all(inFlight);
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
    ingest.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
    const during = await readLoop(() => !ingesting);
    const outcome = (await ingest) as { data: { ingestReport: Record<string, number> } };
    const took = performance.now() - started;

    console.log(
      `\nread mix: ${mix.length} queries (queries/examples + stats), ${rate} reads/s at a fixed rate; extraction ${workers === '0' ? 'on the request thread (INGEST_WORKERS=0)' : 'in worker threads'}`,
    );
    console.log(
      `ingest: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB in ${(took / 1000).toFixed(1)} s, ${JSON.stringify(outcome.data.ingestReport)}`,
    );
    console.log(summary('idle', idle));
    console.log(summary('during the ingest', during));
    for (const [message, n] of errors) console.log(`failed reads: ${n}× ${message}`);
    if (errors.size > 0) console.log(`server output:\n${server.output().slice(-4000)}`);
  } catch (error) {
    // What the server logged is what says why a request failed; without it the run ends on "Unexpected error".
    console.error(`server output:\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
