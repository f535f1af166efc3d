import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

// What every arm's server shares: its settings from the environment the harness sets, and two endpoints the
// harness reads between runs — GET /__bench/stats (RSS, heap, event-loop delay since the last reset) and
// POST /__bench/reset. Servers listen on 127.0.0.1 only.

export interface ArmEnv {
  uri: string;
  password: string;
  port: number;
}

export function armEnv(): ArmEnv {
  const uri = process.env.BENCH_NEO4J_URI;
  const password = process.env.BENCH_NEO4J_PASSWORD;
  const port = Number(process.env.BENCH_PORT);
  if (!uri || !password || !Number.isInteger(port)) {
    throw new Error('BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD and BENCH_PORT must be set (the harness sets them).');
  }
  return { uri, password, port };
}

const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();

const ms = (ns: number) => Math.round((ns / 1e6) * 100) / 100;

export function statsSnapshot() {
  const memory = process.memoryUsage();
  return {
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    heapTotal: memory.heapTotal,
    external: memory.external,
    eventLoopDelay: {
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      mean: ms(histogram.mean),
    },
  };
}

/** Answers /__bench/*; returns false for every other request. */
function benchEndpoint(req: IncomingMessage, res: ServerResponse): boolean {
  if (!req.url?.startsWith('/__bench/')) return false;
  if (req.url === '/__bench/reset' && req.method === 'POST') histogram.reset();
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(statsSnapshot()));
  return true;
}

export function listen(
  port: number,
  name: string,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  onClose: () => Promise<void>,
): void {
  const server = createServer((req, res) => {
    if (!benchEndpoint(req, res)) handler(req, res);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, '127.0.0.1', () => console.log(`${name} listening on http://127.0.0.1:${port}`));
  const stop = () => {
    server.close();
    server.closeAllConnections();
    onClose().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
