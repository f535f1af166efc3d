import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../src/config';
import { Executor } from '../src/db/executor';
import { migrationStatements } from '../src/db/migrate';
import { type ManagedNeo4j, startManagedNeo4j, stopManagedNeo4j } from '../src/neo4j/managed';
import { GENERATOR_VERSION, generate, type Picks, type SizeName } from './generate';

// The benchmark's own Neo4j (.neo4j/bench-<size>, its own Bolt port), loaded once per size with the synthetic
// graph and reused while the generator version is unchanged. Loading runs with a long transaction timeout.

export const LOAD_TX_TIMEOUT_MS = 15 * 60_000;
const BATCH = 10_000;

export const BOLT_PORTS: Record<SizeName, number> = { S: 7695, M: 7696, L: 7697, XS: 7698 };

export interface BenchPicks extends Picks {
  /** Q5: two entities joined by exactly one shortest path. */
  pathFrom: string;
  pathTo: string;
  pathLength: number;
  /** Q6: the centre of the depth-2 neighbourhood. */
  around: string;
}

export interface BenchMeta {
  size: SizeName;
  version: number;
  nodes: number;
  relationships: number;
  loadSeconds: number;
  nodesPerSecond: number;
  counts: Record<string, number>;
  picks: BenchPicks;
  storeBytes?: number;
}

export interface BenchDatabase {
  managed: ManagedNeo4j;
  driver: Driver;
  uri: string;
  password: string;
  homeDir: string;
  meta: BenchMeta;
  close(keepRunning?: boolean): Promise<void>;
}

export function benchHomeDir(size: SizeName): string {
  return resolve(PROJECT_ROOT, '.neo4j', `bench-${size.toLowerCase()}`);
}

export interface OpenOptions {
  size: SizeName;
  heap: string;
  pagecache: string;
  reload: boolean;
  log: (line: string) => void;
}

function connect(managed: ManagedNeo4j): Driver {
  return neo4j.driver(managed.uri, neo4j.auth.basic(managed.username, managed.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 8,
    connectionAcquisitionTimeout: 120_000,
    logging: { level: 'error', logger: (_l, m) => console.error(`neo4j-driver: ${m}`) },
  });
}

async function readMeta(driver: Driver): Promise<BenchMeta | null> {
  const { records } = await driver.executeQuery('MATCH (m:BenchMeta) RETURN m.json AS json LIMIT 1');
  const json = records[0]?.get('json') as string | undefined;
  return json ? (JSON.parse(json) as BenchMeta) : null;
}

/** Starts (or reuses) the size's Neo4j; loads the graph when it is missing or from an older generator. */
export async function openBenchDatabase(o: OpenOptions): Promise<BenchDatabase> {
  const homeDir = benchHomeDir(o.size);
  const start = () =>
    startManagedNeo4j({
      homeDir,
      libDir: resolve(PROJECT_ROOT, '.neo4j', 'lib'),
      boltPort: BOLT_PORTS[o.size],
      heap: o.heap,
      pagecache: o.pagecache,
      startTimeoutMs: 300_000,
      txTimeoutMs: LOAD_TX_TIMEOUT_MS,
      log: o.log,
    });
  if (o.reload && existsSync(homeDir)) {
    await stopManagedNeo4j(homeDir, o.log);
    rmSync(homeDir, { recursive: true, force: true });
  }
  let managed = await start();
  let driver = connect(managed);
  let meta = await readMeta(driver);
  if (!meta || meta.version !== GENERATOR_VERSION) {
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) > 0 AS any');
    if (records[0]?.get('any')) {
      o.log(`bench: ${homeDir} holds an older or partial graph; starting from an empty database`);
      await driver.close();
      await managed.stop();
      rmSync(homeDir, { recursive: true, force: true });
      managed = await start();
      driver = connect(managed);
    }
    meta = await loadGraph(driver, o.size, o.log);
  } else {
    o.log(`bench: reusing the loaded ${o.size} graph (${meta.nodes} nodes, ${meta.relationships} relationships)`);
    // Indexes added to cypher/ since the load (all IF NOT EXISTS, so this is a no-op when nothing changed).
    const executor = new Executor(driver, { database: 'neo4j', txTimeoutMs: LOAD_TX_TIMEOUT_MS });
    for (const s of migrationStatements()) await executor.write(s.cypher);
    await executor.read('CALL db.awaitIndexes(1800)');
  }
  const m = managed;
  return {
    managed: m,
    driver,
    uri: m.uri,
    password: m.password,
    homeDir,
    meta,
    async close(keepRunning = false) {
      await driver.close();
      if (!keepRunning && m.owned) await m.stop();
    },
  };
}

function rate(n: number, ms: number): string {
  return `${Math.round(n / Math.max(ms / 1000, 0.001)).toLocaleString('en-US')}/s`;
}

/** Writes the generated graph in batches of BATCH rows per transaction, with progress. */
export async function loadGraph(driver: Driver, size: SizeName, log: (line: string) => void): Promise<BenchMeta> {
  const executor = new Executor(driver, { database: 'neo4j', txTimeoutMs: LOAD_TX_TIMEOUT_MS });
  // The project's migrations (cypher/): constraints and lookup indexes before the load, the full-text index
  // after it (maintaining it row by row during the load costs more than building it once).
  const statements = migrationStatements();
  const fulltext = statements.filter((s) => /FULLTEXT/i.test(s.cypher));
  for (const s of statements.filter((x) => !fulltext.includes(x))) await executor.write(s.cypher);
  await executor.read('CALL db.awaitIndexes(600)');
  const graph = generate(size);
  const expected = Object.values(graph.counts).reduce((a, b) => a + b, 0);
  log(`load: ${size}, about ${expected.toLocaleString('en-US')} nodes: ${JSON.stringify(graph.counts)}`);
  const started = Date.now();
  let nodes = 0;
  let relationships = 0;
  let lastReport = Date.now();
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'WRITE' });
  try {
    for (const step of graph.steps) {
      const stepStart = Date.now();
      let stepNodes = 0;
      let stepRels = 0;
      let rows = 0;
      let batch: Record<string, unknown>[] = [];
      const flush = async () => {
        if (batch.length === 0 || step.cypher === '') return;
        const rowsOfBatch = batch;
        const summary = await session.executeWrite((tx) => tx.run(step.cypher, { rows: rowsOfBatch }), {
          timeout: LOAD_TX_TIMEOUT_MS,
        });
        const c = summary.summary.counters.updates();
        stepNodes += c.nodesCreated;
        stepRels += c.relationshipsCreated;
        nodes += c.nodesCreated;
        relationships += c.relationshipsCreated;
        batch = [];
        if (Date.now() - lastReport > 5_000) {
          lastReport = Date.now();
          const elapsed = Date.now() - started;
          log(
            `load: ${step.name} ${rows.toLocaleString('en-US')} rows · total ${nodes.toLocaleString('en-US')} nodes (${rate(nodes, elapsed)}), ${relationships.toLocaleString('en-US')} relationships (${rate(relationships, elapsed)})`,
          );
        }
      };
      for (const row of step.rows()) {
        batch.push(row);
        rows += 1;
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      if (step.cypher !== '') {
        const ms = Date.now() - stepStart;
        log(
          `load: ${step.name.padEnd(24)} ${String(rows).padStart(9)} rows in ${(ms / 1000).toFixed(1)} s · ${stepNodes ? `${rate(stepNodes, ms)} nodes` : `${rate(stepRels, ms)} relationships`}`,
        );
      }
    }
  } finally {
    await session.close();
  }
  const indexStart = Date.now();
  for (const s of fulltext) await executor.write(s.cypher);
  await executor.read('CALL db.awaitIndexes(1800)');
  log(`load: full-text index built in ${((Date.now() - indexStart) / 1000).toFixed(1)} s`);
  const loadMs = Date.now() - started;
  log(
    `load: done: ${nodes.toLocaleString('en-US')} nodes and ${relationships.toLocaleString('en-US')} relationships in ${(loadMs / 1000).toFixed(1)} s (${rate(nodes, loadMs)} nodes, ${rate(relationships, loadMs)} relationships)`,
  );
  const picks = await pickPathAndCentre(driver, graph.picks, log);
  const meta: BenchMeta = {
    size,
    version: GENERATOR_VERSION,
    nodes,
    relationships,
    loadSeconds: Math.round(loadMs / 100) / 10,
    nodesPerSecond: Math.round(nodes / (loadMs / 1000)),
    counts: graph.counts,
    picks,
  };
  await driver.executeQuery('CREATE (:BenchMeta {json: $json})', { json: JSON.stringify(meta) });
  return meta;
}

const RELS = 'LOCATED_IN|DEVELOPS|IN_CHAIN|PART_OF|UNDER_PROGRAM|FUNDS|ISSUED_BY|COOPERATES_WITH';

/**
 * Q5 needs two entities with exactly one shortest path (so every arm must find the same one): from the Q1
 * project, the first entity by key at distance 3 (else 2) with a single shortest path. Q6 is centred on it too.
 */
async function pickPathAndCentre(driver: Driver, picks: Picks, log: (line: string) => void): Promise<BenchPicks> {
  const from = picks.project;
  for (const distance of [3, 2]) {
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity {key: $from})-[:${RELS}*${distance}]-(x:Entity) WHERE x <> a
       WITH DISTINCT x ORDER BY x.key LIMIT 400 RETURN x.key AS key`,
      { from },
    );
    for (const r of records) {
      const to = r.get('key') as string;
      const { records: paths } = await driver.executeQuery(
        `MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
         MATCH p = allShortestPaths((a)-[:${RELS}*..4]-(b)) RETURN length(p) AS length LIMIT 2`,
        { from, to },
      );
      if (paths.length === 1 && paths[0]?.get('length') === distance) {
        log(`bench: Q5 path ${from} → ${to} (${distance} hops, one shortest path)`);
        return { ...picks, pathFrom: from, pathTo: to, pathLength: distance, around: from };
      }
    }
  }
  throw new Error(`no entity with a single shortest path from ${from}`);
}
