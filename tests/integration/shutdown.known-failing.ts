// Not run by npm test: it shows that SIGTERM under load resets in-flight connections when the server runs under tsx
// (ECONNRESET/UND_ERR_SOCKET), a graceful-shutdown bug still open in issue 7. Run it with:
// npx jest --testRegex shutdown.known-failing tests/integration/shutdown.known-failing.ts
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { portAnswers, stopManagedNeo4j } from '../../src/neo4j/managed';
import { freePort } from '../helpers/ports';

// The real server process with its own bundled Neo4j: SIGTERM under load lets in-flight requests finish,
// refuses new ones, closes the driver and stops Neo4j cleanly.

jest.setTimeout(300_000);

const HOME = resolve(PROJECT_ROOT, '.neo4j', 'test-shutdown');
let BOLT = 0;
let PORT = 0;

let server: ChildProcess;
let output = '';

beforeAll(async () => {
  await stopManagedNeo4j(HOME, () => {});
  BOLT = await freePort();
  PORT = await freePort();
  server = spawn(resolve(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/server.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_HOME_DIR: HOME,
      NEO4J_BOLT_PORT: String(BOLT),
      PORT: String(PORT),
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '128m',
      NEO4J_TX_TIMEOUT_MS: '30000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => {
    output += String(d);
  });
  server.stderr?.on('data', (d) => {
    output += String(d);
  });
  const started = Date.now();
  while (!/server: GraphQL/.test(output)) {
    if (Date.now() - started > 240_000 || server.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
});
afterAll(async () => {
  if (server.exitCode === null) server.kill('SIGKILL');
  await stopManagedNeo4j(HOME, () => {});
});

it('finishes in-flight requests, refuses new ones and stops the bundled Neo4j', async () => {
  const pid = Number(readFileSync(resolve(HOME, 'run', 'neo4j.pid'), 'utf8'));
  // Heavy enough that requests are still running when the signal arrives.
  const heavy = Array.from(
    { length: 3 },
    (_, i) => `n${i}: neighborhood(of: "焦作市", depth: 1, limit: 500) { nodes { key } edges { type } }`,
  );
  const query = JSON.stringify({ query: `{ ${heavy.join(' ')} }` });
  const post = () =>
    fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: query,
    }).then(
      async (r) => ({ status: r.status, body: (await r.json()) as { data?: Record<string, { nodes: unknown[] }> } }),
      (error: { cause?: { code?: string } }) => ({ status: 0, refused: error.cause?.code ?? 'unknown' }),
    );
  expect((await post()).status).toBe(200);
  const inFlight = Array.from({ length: 20 }, post);
  await new Promise((r) => setTimeout(r, 150));
  const exited = new Promise<number | null>((done) => server.once('exit', (code) => done(code)));
  server.kill('SIGTERM');
  const results = await Promise.all(inFlight);
  const outcomes = results.map((r) =>
    'refused' in r
      ? r.refused
      : r.status === 200 && (r.body.data?.n2?.nodes.length ?? 0) > 10
        ? 'answered'
        : `status ${r.status}`,
  );
  // Every request the server had accepted is answered in full; one it had not accepted yet may only be refused.
  expect(outcomes.filter((o) => o !== 'answered' && o !== 'ECONNREFUSED')).toEqual([]);
  expect(outcomes).toContain('answered');
  console.log(
    `shutdown: ${outcomes.filter((o) => o === 'answered').length} of ${outcomes.length} in-flight requests answered after SIGTERM`,
  );
  expect(await exited).toBe(0);
  expect(await post()).toMatchObject({ status: 0, refused: 'ECONNREFUSED' });
  expect(await portAnswers(BOLT)).toBe(false);
  expect(() => process.kill(pid, 0)).toThrow();
  expect(existsSync(resolve(HOME, 'run', 'neo4j.pid'))).toBe(false);
  expect(output).toMatch(/SIGTERM received/);
  expect(output).toMatch(/neo4j: stopping/);
  expect(readFileSync(resolve(HOME, 'logs', 'neo4j.log'), 'utf8')).toMatch(/Stopped\./);
});
