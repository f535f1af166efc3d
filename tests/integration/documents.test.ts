import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedGraph } from '../../src/seed/load';
import { REPORTS_DIR, readDocuments, readSeed } from '../../src/seed/read';
import { createTestApp, graphCounts, type TestApp } from '../helpers/app';
import { TEST_SEED_DIR } from '../helpers/test-neo4j';

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

interface Doc {
  id: string;
  key: string;
  title: string;
  period: string | null;
  script: string;
  text: string;
}

describe('documents', () => {
  it('serves the five reports, one of them in traditional script, newest first', async () => {
    const res = await app.gql<{ documents: Doc[] }>('{ documents { id key title period script publishedAt } }');
    expect(res.errors).toBeUndefined();
    const docs = res.data?.documents ?? [];
    expect(docs).toHaveLength(5);
    expect(docs.filter((d) => d.script === 'TRADITIONAL').map((d) => d.key)).toEqual(['report/2025-h1-portal']);
    expect(docs[0]?.key).toBe('report/2025-h1-feature');
    expect(docs.at(-1)).toMatchObject({ key: 'report/2022-front-page', period: '2022' });
  });

  it('serves each report text exactly as shipped, so evidence offsets hold', async () => {
    const res = await app.gql<{ documents: Doc[] }>('{ documents { key text } }');
    for (const seed of readDocuments()) {
      const served = res.data?.documents.find((d) => d.key === seed.key);
      expect(served?.text).toBe(readFileSync(join(REPORTS_DIR, seed.file), 'utf8'));
    }
  });

  it('resolves node and nodes by global id, null for an unknown id', async () => {
    const list = await app.gql<{ documents: Doc[] }>('{ documents { id key } }');
    const ids = (list.data?.documents ?? []).map((d) => d.id);
    const one = await app.gql<{ node: { key: string; title: string } | null }>(
      'query ($id: ID!) { node(id: $id) { ... on Document { key title } } }',
      { id: ids[1] },
    );
    expect(one.data?.node?.key).toBe(list.data?.documents[1]?.key);
    const missing = Buffer.from('Document:report/none').toString('base64');
    const many = await app.gql<{ nodes: ({ key: string } | null)[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Document { key } } }',
      { ids: [ids[2], missing, ids[0]] },
    );
    expect(many.data?.nodes).toEqual([
      { key: list.data?.documents[2]?.key },
      null,
      { key: list.data?.documents[0]?.key },
    ]);
  });

  it('loads all documents by id in one round trip, however many are asked for', async () => {
    const list = await app.gql<{ documents: Doc[] }>('{ documents { id } }');
    const ids = (list.data?.documents ?? []).map((d) => d.id);
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Document { key title script } } }';
    const single = await app.gql(query, { ids: ids.slice(0, 1) });
    const all = await app.gql(query, { ids });
    expect(single.errors).toBeUndefined();
    expect(all.roundTrips).toBe(single.roundTrips);
    expect(all.roundTrips).toBe(1);
  });

  it('seeding twice changes nothing', async () => {
    const count = () => graphCounts(app);
    const before = await count();
    await seedGraph(app.db, readSeed(TEST_SEED_DIR));
    expect(await count()).toEqual(before);
  });
});

describe('health and readiness', () => {
  it('/health answers 200 and /ready 200 while Neo4j is reachable', async () => {
    expect((await app.yoga.fetch('http://test/health')).status).toBe(200);
    expect((await app.yoga.fetch('http://test/ready')).status).toBe(200);
  });

  it('/ready turns 503 once shutdown begins', async () => {
    const other = createTestApp();
    other.yoga.markShuttingDown();
    expect((await other.yoga.fetch('http://test/ready')).status).toBe(503);
    await other.close();
  });
});
