import { createTestApp, type TestApp } from '../helpers/app';

// Every relation field goes through a per-request DataLoader: the cost of a nested query does not grow with
// the number of parents. This is the path the look-ahead compiler falls back to, so it runs with the compiler off
// (tests/integration/compiler.test.ts counts the compiled shapes' round trips).

let app: TestApp;
beforeAll(() => {
  app = createTestApp({ QUERY_COMPILER: 'off' });
});
afterAll(() => app.close());

const ALL_PROJECTS = `query ($first: Int) {
  projects(first: $first) {
    totalCount
    edges { node { name developers { name } region { name parent { name } } chains { name } programs { name }
      mentions(first: 1) { totalCount } } }
  }
}`;

describe('round trips', () => {
  it('all projects with developers, region, chains and programmes cost the same as one project', async () => {
    const one = await app.gql<{ projects: { totalCount: number; edges: unknown[] } }>(ALL_PROJECTS, { first: 1 });
    const all = await app.gql<{ projects: { totalCount: number; edges: unknown[] } }>(ALL_PROJECTS, { first: 100 });
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect(one.data?.projects.edges).toHaveLength(1);
    expect(all.data?.projects.edges.length).toBe(all.data?.projects.totalCount);
    expect(all.data?.projects.totalCount).toBeGreaterThanOrEqual(15);
    // At most one round trip per field that loads something: the list + developers + region + region.parent +
    // chains + programs + mentions. A single project may skip one (no region, so no parent to load).
    expect(all.roundTrips).toBeLessThanOrEqual(7);
    expect(one.roundTrips).toBeLessThanOrEqual(all.roundTrips);
    expect(all.roundTrips - one.roundTrips).toBeLessThanOrEqual(1);
  });

  it('nodes(ids) for every document plus a nested field costs the same for 1 document as for 5', async () => {
    const list = await app.gql<{ documents: { id: string }[] }>('{ documents { id } }');
    const ids = (list.data?.documents ?? []).map((d) => d.id);
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Document { key
      mentions(first: 3) { totalCount edges { node { entity { name kind } } } } } } }`;
    const one = await app.gql<{ nodes: { mentions: { totalCount: number } }[] }>(query, { ids: ids.slice(0, 1) });
    const five = await app.gql<{ nodes: { mentions: { totalCount: number } }[] }>(query, { ids });
    expect(five.errors).toBeUndefined();
    expect(five.data?.nodes).toHaveLength(5);
    for (const n of five.data?.nodes ?? []) expect(n.mentions.totalCount).toBeGreaterThan(0);
    expect(five.roundTrips).toBe(one.roundTrips);
    expect(five.roundTrips).toBe(3);
  });

  it('rankings with subject, indicator and scope for a whole period stay bounded', async () => {
    const res = await app.gql<{ rankings: { totalCount: number } }>(
      '{ rankings(first: 100) { totalCount edges { node { rank subject { name } indicator { name } scope { name } evidence { document { title } } } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.rankings.totalCount).toBeGreaterThanOrEqual(25);
    // the list, then one batch of entities, then one batch of documents
    expect(res.roundTrips).toBe(3);
  });
});
