import { resolve } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { migrate } from '../../src/db/migrate';
import {
  type ManagedNeo4j,
  type ManagedOptions,
  portAnswers,
  startManagedNeo4j,
  stopManagedNeo4j,
} from '../../src/neo4j/managed';
import { seedGraph } from '../../src/seed/load';
import { readSeed } from '../../src/seed/read';
import { createYogaApp } from '../../src/yoga';
import { freePort } from '../helpers/ports';

// A Neo4j of this test's own is killed under a running server: readiness tells the truth, queries fail fast
// with UNAVAILABLE, and the server serves again once Neo4j is back, without a restart.

jest.setTimeout(240_000);

let port = 0;
const options: ManagedOptions = {
  homeDir: process.env.NEO4J_OUTAGE_HOME_DIR ?? resolve(PROJECT_ROOT, '.neo4j', 'test-outage'),
  libDir: loadConfig({}).NEO4J_LIB_DIR,
  boltPort: 0,
  heap: '512m',
  pagecache: '128m',
  startTimeoutMs: 120_000,
  txTimeoutMs: 5_000,
  log: () => {},
};

let neo4j: ManagedNeo4j;
let driver: ReturnType<typeof createDriver>;

beforeAll(async () => {
  await stopManagedNeo4j(options.homeDir, () => {});
  port = await freePort();
  options.boltPort = port;
  neo4j = await startManagedNeo4j(options);
  driver = createDriver({
    uri: neo4j.uri,
    username: neo4j.username,
    password: neo4j.password,
    acquireTimeoutMs: 2_000,
  });
  const db = new Executor(driver, { database: 'neo4j', txTimeoutMs: 60_000 });
  await migrate(db);
  const seed = readSeed();
  await seedGraph(db, { ...seed, entities: [], relations: [], observations: [], rankings: [], fundings: [] });
});
afterAll(async () => {
  await driver.close();
  const again = await startManagedNeo4j(options).catch(() => undefined);
  await again?.stop();
});

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number): Promise<number> => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within ${timeoutMs} ms`);
};

it('reports the outage, fails fast with UNAVAILABLE and recovers without a restart', async () => {
  const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password });
  const database = {
    driver,
    database: 'neo4j',
    executor: (counter = { count: 0 }) => new Executor(driver, { database: 'neo4j', txTimeoutMs: 5_000 }, counter),
    maintenanceExecutor: (counter = { count: 0 }) =>
      new Executor(driver, { database: 'neo4j', txTimeoutMs: 60_000 }, counter),
    close: () => driver.close(),
  };
  const yoga = createYogaApp({ config, database });
  const ready = async () => (await yoga.fetch('http://test/ready')).status;
  const query = async () => {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ documents { key } }' }),
    });
    return (await res.json()) as { data?: { documents: unknown[] }; errors?: { extensions: { code: string } }[] };
  };
  expect(await ready()).toBe(200);
  expect((await query()).data?.documents).toHaveLength(5);

  process.kill(neo4j.pid, 'SIGKILL');
  await waitFor(async () => !(await portAnswers(port)), 5_000);
  const readyAfter = await waitFor(async () => (await ready()) === 503, 10_000);
  expect(readyAfter).toBeLessThanOrEqual(2_000);
  expect((await yoga.fetch('http://test/health')).status).toBe(200);
  const started = Date.now();
  const failed = await query();
  const failTime = Date.now() - started;
  expect(failed.errors?.[0]?.extensions.code).toBe('UNAVAILABLE');
  expect(failTime).toBeLessThanOrEqual(5_000);

  neo4j = await startManagedNeo4j(options);
  const recovered = await waitFor(async () => (await query()).data?.documents.length === 5, 10_000);
  expect(recovered).toBeLessThanOrEqual(10_000);
  expect(await ready()).toBe(200);
  console.log(
    `outage: /ready 503 after ${readyAfter} ms, query failed in ${failTime} ms, served again ${recovered} ms after Bolt answered`,
  );
});
