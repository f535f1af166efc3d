import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { migrate } from '../../src/db/migrate';
import { startManagedNeo4j } from '../../src/neo4j/managed';
import { seedGraph } from '../../src/seed/load';
import { readSeed } from '../../src/seed/read';
import { CONNECTION_ENV, TEST_HOME, TEST_PORT, TEST_SEED_DIR } from './test-neo4j';

// Starts the test Neo4j (or uses NEO4J_URI), empties it, applies migrations and seeds the curated graph once.
export default async function globalSetup(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  let connection = {
    uri: config.NEO4J_URI ?? '',
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD ?? '',
  };
  if (config.managedNeo4j) {
    const managed = await startManagedNeo4j({
      homeDir: TEST_HOME,
      libDir: config.NEO4J_LIB_DIR,
      boltPort: TEST_PORT,
      heap: config.NEO4J_HEAP,
      pagecache: '256m',
      startTimeoutMs: config.NEO4J_START_TIMEOUT_MS,
      txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
      log: (line) => process.stdout.write(`\n${line}`),
    });
    connection = { uri: managed.uri, username: managed.username, password: managed.password };
    (globalThis as Record<string, unknown>).__KG_MANAGED__ = managed;
  }
  process.env[CONNECTION_ENV] = JSON.stringify(connection);
  const driver = createDriver({ ...connection, acquireTimeoutMs: 10_000 });
  try {
    const db = new Executor(driver, { database: config.NEO4J_DATABASE, txTimeoutMs: 60_000 });
    await db.write('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS').catch(async () => {
      await db.write('MATCH (n) DETACH DELETE n');
    });
    await migrate(db);
    await seedGraph(db, readSeed(TEST_SEED_DIR));
  } finally {
    await driver.close();
  }
}
