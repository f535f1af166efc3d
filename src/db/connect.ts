import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { type ManagedNeo4j, type ManagedOptions, startManagedNeo4j } from '../neo4j/managed';
import { createDriver } from './driver';
import { Executor, type QueryCounter } from './executor';

// Brings up the database side of the process: the managed Neo4j (unless NEO4J_URI is set) and the one driver.

export const MAINTENANCE_TX_TIMEOUT_MS = 300_000;

export interface Database {
  driver: Driver;
  database: string;
  managed?: ManagedNeo4j;
  executor(counter?: QueryCounter): Executor;
  /** For seeding, migrations and ingest: the same driver with a long transaction timeout (5 minutes). */
  maintenanceExecutor(counter?: QueryCounter): Executor;
  /** Closes the driver, and stops the managed Neo4j if this process started it. */
  close(): Promise<void>;
}

/** The bundled Neo4j's settings, from the configuration. */
export function managedOptions(config: Config, log: (line: string) => void = console.log): ManagedOptions {
  return {
    homeDir: config.NEO4J_HOME_DIR,
    libDir: config.NEO4J_LIB_DIR,
    boltPort: config.NEO4J_BOLT_PORT,
    heap: config.NEO4J_HEAP,
    pagecache: config.NEO4J_PAGECACHE,
    startTimeoutMs: config.NEO4J_START_TIMEOUT_MS,
    txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
    log,
  };
}

export async function connectDatabase(config: Config, log: (line: string) => void = console.log): Promise<Database> {
  let managed: ManagedNeo4j | undefined;
  let target = { uri: config.NEO4J_URI ?? '', username: config.NEO4J_USERNAME, password: config.NEO4J_PASSWORD ?? '' };
  if (config.managedNeo4j) {
    managed = await startManagedNeo4j(managedOptions(config, log));
    target = { uri: managed.uri, username: managed.username, password: managed.password };
  }
  const driver = createDriver({ ...target, acquireTimeoutMs: config.NEO4J_ACQUIRE_TIMEOUT_MS });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    if (managed?.owned) await managed.stop();
    throw error;
  }
  const options = {
    database: config.NEO4J_DATABASE,
    txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
    reads: config.NEO4J_READS,
  };
  return {
    driver,
    database: config.NEO4J_DATABASE,
    ...(managed ? { managed } : {}),
    executor: (counter?: QueryCounter) => new Executor(driver, options, counter),
    maintenanceExecutor: (counter?: QueryCounter) =>
      new Executor(driver, { ...options, txTimeoutMs: MAINTENANCE_TX_TIMEOUT_MS }, counter),
    async close() {
      await driver.close();
      if (managed?.owned) await managed.stop();
    },
  };
}
