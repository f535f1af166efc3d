import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { createTestApp, type TestApp } from '../helpers/app';
import { CONNECTION_ENV } from '../helpers/test-neo4j';

// The default read path (one auto-commit query per read, READ mode, the driver's bookmark manager) against the
// suite's Neo4j through a routing URL, neo4j://, as a cluster or Aura would be reached: the driver fetches a
// routing table and sends reads to a reader, writes to the writer.

const connection = JSON.parse(process.env[CONNECTION_ENV] ?? '{}') as {
  uri: string;
  username: string;
  password: string;
};
const routingUri = connection.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');

const ENTITY =
  '{ entity(name: "region/jiaozuo") { key name ... on Region { rankings(first: 100) { rank indicator { name } } } } }';
type EntityAnswer = {
  entity: { key: string; name: string; rankings: { rank: number; indicator: { name: string } }[] };
};

describe('reads through neo4j://', () => {
  let app: TestApp;
  let driver: Driver;
  beforeAll(() => {
    app = createTestApp({ NEO4J_URI: routingUri });
    driver = createDriver({ ...connection, uri: routingUri, acquireTimeoutMs: 10_000 });
  });
  afterAll(async () => {
    await new Executor(driver, { database: 'neo4j', txTimeoutMs: 5_000 }).write('MATCH (p:ReadPathProbe) DELETE p');
    await driver.close();
    await app.close();
  });

  it('the URL really is a routing one', () => {
    expect(routingUri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    expect(app.config.NEO4J_READS).toBe('autocommit');
  });

  it('answers GraphQL with the same values as over bolt://, one round trip per loading field', async () => {
    const bolt = createTestApp();
    try {
      const routed = await app.gql<EntityAnswer>(ENTITY);
      const direct = await bolt.gql<EntityAnswer>(ENTITY);
      expect(routed.errors).toBeUndefined();
      expect(routed.data?.entity.name).toBe('焦作市');
      expect(routed.data?.entity.rankings.length).toBeGreaterThanOrEqual(10);
      expect(routed.data?.entity.rankings.every((r) => r.rank >= 1 && r.indicator.name.length > 0)).toBe(true);
      expect(routed.data).toEqual(direct.data);
      expect(routed.roundTrips).toBe(direct.roundTrips);
      const search = await app.gql<{ search: { entity: { name: string } }[] }>(
        '{ search(query: "寧福巨灣", first: 3) { entity { name } } }',
      );
      expect(search.data?.search[0]?.entity.name).toBe('河南宁福巨湾');
    } finally {
      await bolt.close();
    }
  });

  it('runs reads in READ mode: a write sent down the read path is refused and leaves nothing', async () => {
    const db = new Executor(driver, { database: 'neo4j', txTimeoutMs: 5_000 });
    await expect(db.read('CREATE (p:ReadPathProbe {via: "read"}) RETURN p')).rejects.toThrow(/write|read/i);
    const [row] = await db.read<{ n: number }>('MATCH (p:ReadPathProbe {via: "read"}) RETURN count(p) AS n');
    expect(row?.n).toBe(0);
  });

  it('a read follows the writes committed before it: writes and reads share the bookmark manager', async () => {
    const writer = new Executor(driver, { database: 'neo4j', txTimeoutMs: 5_000 });
    const reader = new Executor(driver, { database: 'neo4j', txTimeoutMs: 5_000 });
    const before = [...(await driver.executeQueryBookmarkManager.getBookmarks())];
    await writer.write('CREATE (p:ReadPathProbe {via: "write", n: 1})');
    const after = [...(await driver.executeQueryBookmarkManager.getBookmarks())];
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    const [row] = await reader.read<{ n: number }>('MATCH (p:ReadPathProbe {via: "write"}) RETURN sum(p.n) AS n');
    expect(row?.n).toBe(1);
  });

  it('NEO4J_READS=transaction (executeRead) gives the same answer through neo4j://', async () => {
    const tx = createTestApp({ NEO4J_URI: routingUri, NEO4J_READS: 'transaction' });
    try {
      const a = await tx.gql<EntityAnswer>(ENTITY);
      const b = await app.gql<EntityAnswer>(ENTITY);
      expect(tx.config.NEO4J_READS).toBe('transaction');
      expect(a.data?.entity.name).toBe('焦作市');
      expect(a.data).toEqual(b.data);
    } finally {
      await tx.close();
    }
  });
});
