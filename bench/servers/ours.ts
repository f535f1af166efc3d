import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Executor, type QueryCounter } from '../../src/db/executor';
import { createYogaApp } from '../../src/yoga';
import { armEnv, listen } from './common';

// Arm (a): this project's real yoga app (src/yoga.ts) in its own process, with the production configuration
// and the project's driver settings, over the benchmark's Neo4j. One addition: each response carries
// x-cypher-round-trips, the Cypher round trips counted by the executor of the most recent request's context
// (src/context.ts). With one request at a time — how the harness reads it — that is this request's count;
// under concurrent load the header is meaningless and the harness ignores it. (No AsyncLocalStorage: its
// promise hooks would slow every request of this arm.)

const env = armEnv();
const config = loadConfig({
  ...process.env,
  NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production',
  NEO4J_URI: env.uri,
  NEO4J_USERNAME: 'neo4j',
  NEO4J_PASSWORD: env.password,
  LOG_LEVEL: 'warn',
  // Arms (b) and (c) set no transaction timeout; 30 s here rather than the server's 5 s, so that a busy machine shows
  // as slow answers rather than as a failed run.
  NEO4J_TX_TIMEOUT_MS: process.env.NEO4J_TX_TIMEOUT_MS ?? '30000',
});
const driver = createDriver({
  uri: env.uri,
  username: 'neo4j',
  password: env.password,
  acquireTimeoutMs: config.NEO4J_ACQUIRE_TIMEOUT_MS,
});
// As src/db/connect.ts sets them: reads as auto-commit queries unless NEO4J_READS=transaction.
const options = {
  database: config.NEO4J_DATABASE,
  txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
  reads: config.NEO4J_READS,
};
let lastCounter: QueryCounter = { count: 0 };
const executor =
  (txTimeoutMs: number) =>
  (counter: QueryCounter = { count: 0 }) => {
    lastCounter = counter;
    return new Executor(driver, { ...options, txTimeoutMs }, counter);
  };
// Built like tests/helpers/app.ts builds it (not annotated, so it fits the Database interface as it evolves).
const database = {
  driver,
  database: config.NEO4J_DATABASE,
  executor: executor(options.txTimeoutMs),
  maintenanceExecutor: executor(300_000),
  close: () => driver.close(),
};
const yoga = createYogaApp({ config, database });

listen(
  env.port,
  'arm a (this server)',
  (req, res) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof res.writeHead>) {
      res.setHeader('x-cypher-round-trips', String(lastCounter.count));
      return writeHead.apply(this, args);
    } as typeof res.writeHead;
    void yoga(req, res);
  },
  () => driver.close(),
);
