import { type Config, loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Executor, type QueryCounter } from '../../src/db/executor';
import { createYogaApp, type YogaApp } from '../../src/yoga';
import { CONNECTION_ENV } from './test-neo4j';

// One real server per test file: the yoga app over a driver to the suite's seeded Neo4j.

export interface TestApp {
  config: Readonly<Config>;
  yoga: YogaApp;
  db: Executor;
  /** Sends a GraphQL request through yoga.fetch; returns the parsed body and the round trips it cost. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
    roundTrips: number;
    /** Queries of this request still running when its answer arrived. */
    stillRunning: number;
    /** The same two figures read again now, after the answer. */
    afterwards(): { roundTrips: number; stillRunning: number };
  }>;
  close(): Promise<void>;
}

export function createTestApp(env: Record<string, string> = {}): TestApp {
  const raw = process.env[CONNECTION_ENV];
  if (!raw) throw new Error('The integration global setup did not run (no test Neo4j connection).');
  const connection = JSON.parse(raw) as { uri: string; username: string; password: string };
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
    ...env,
  });
  // `env.NEO4J_URI` may point at the same server another way (neo4j:// for the routing read path).
  const driver = createDriver({
    ...connection,
    uri: config.NEO4J_URI ?? connection.uri,
    acquireTimeoutMs: config.NEO4J_ACQUIRE_TIMEOUT_MS,
  });
  const options = {
    database: config.NEO4J_DATABASE,
    txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
    reads: config.NEO4J_READS,
  };
  let lastCounter: QueryCounter = { count: 0 };
  const database = {
    driver,
    database: config.NEO4J_DATABASE,
    executor: (counter: QueryCounter = { count: 0 }) => {
      lastCounter = counter;
      return new Executor(driver, options, counter);
    },
    maintenanceExecutor: (counter: QueryCounter = { count: 0 }) => {
      lastCounter = counter;
      return new Executor(driver, { ...options, txTimeoutMs: 300_000 }, counter);
    },
    close: () => driver.close(),
  };
  const yoga = createYogaApp({ config, database });
  return {
    config,
    yoga,
    db: new Executor(driver, options),
    async gql(query, variables, headers = {}) {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: never };
      const counter = lastCounter;
      const figures = () => ({ roundTrips: counter.count, stillRunning: counter.pending?.size ?? 0 });
      return { ...body, ...figures(), afterwards: figures };
    },
    close: () => driver.close(),
  };
}

/** Nodes and relationships in the whole graph: a bad or removed ingest must leave both as they were. */
export interface GraphCounts {
  nodes: number;
  rels: number;
}

export async function graphCounts(app: Pick<TestApp, 'db'>): Promise<GraphCounts> {
  const [row] = await app.db.read<GraphCounts>(
    'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels',
  );
  return row as GraphCounts;
}
