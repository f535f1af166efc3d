import { QUERIES } from '../../bench/queries';
import { analystQueries } from '../../src/http/analyst/catalogue';
import { loadExamples } from '../../src/http/operations';
import { createTestApp, type TestApp } from '../helpers/app';

// The look-ahead compiler (src/compiler) against the resolvers it replaces: every example, analyst and benchmark
// query, and hand-picked shapes, run with QUERY_COMPILER on and off on the seeded graph and must answer the same,
// errors included. Compiled shapes cost one round trip per root field.

let on: TestApp;
let off: TestApp;
beforeAll(() => {
  on = createTestApp();
  off = createTestApp({ QUERY_COMPILER: 'off' });
});
afterAll(async () => {
  await on.close();
  await off.close();
});

type Vars = Record<string, unknown>;

async function both(query: string, variables?: Vars) {
  const [a, b] = [await on.gql(query, variables), await off.gql(query, variables)];
  return { compiled: a, resolvers: b };
}

async function expectSame(query: string, variables?: Vars) {
  const { compiled, resolvers } = await both(query, variables);
  expect({ data: compiled.data, errors: compiled.errors }).toEqual({ data: resolvers.data, errors: resolvers.errors });
  return { compiled, resolvers };
}

/** Something real to ask about, read from the seeded graph. */
async function pick(cypher: string): Promise<string> {
  const [row] = await on.db.read<{ v: string }>(cypher);
  if (!row) throw new Error(`nothing for ${cypher}`);
  return row.v;
}

describe('same answers as the resolvers', () => {
  it.each(loadExamples().map((e) => [e.file, e.text] as const))('example %s', async (_file, text) => {
    await expectSame(text);
  });

  it.each(analystQueries().map((q) => [q.name] as const))('analyst query /q/%s', async (name) => {
    const [a, b] = await Promise.all(
      [on, off].map(async (app) => {
        const response = await app.yoga.fetch(`http://test/q/${name}.json`);
        return { status: response.status, body: await response.text() };
      }),
    );
    expect(a).toEqual(b);
  });

  it('the benchmark query shapes', async () => {
    const picks = {
      project: await pick("MATCH (p:Project)-[:LOCATED_IN]->(:Region) RETURN p.key AS v ORDER BY p.key LIMIT 1"),
      chain: await pick("MATCH (c:IndustrialChain)<-[:IN_CHAIN]-(:Project) RETURN c.key AS v ORDER BY c.key LIMIT 1"),
      region: 'region/jiaozuo',
      search: '焦作',
      pathFrom: await pick('MATCH (p:Project) RETURN p.key AS v ORDER BY p.key LIMIT 1'),
      pathTo: 'region/jiaozuo',
      pathLength: 2,
      around: 'region/jiaozuo',
    };
    for (const q of QUERIES) {
      const { query, variables } = q.a(picks);
      const { compiled } = await expectSame(query, variables);
      expect(compiled.errors).toBeUndefined();
    }
  });
});

describe('round trips', () => {
  const Q2 = `query ($key: String!) { entity(name: $key, kind: INDUSTRIAL_CHAIN) { key name
    ... on IndustrialChain { projects(first: 20) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { key name developers { key name region { key name } } } } } } } }`;

  it('a compiled shape costs one round trip per root field, nested connections and lists included', async () => {
    const chain = await pick(
      'MATCH (c:IndustrialChain)<-[:IN_CHAIN]-(:Project) RETURN c.key AS v ORDER BY c.key LIMIT 1',
    );
    const { compiled, resolvers } = await expectSame(Q2, { key: chain });
    expect(compiled.roundTrips).toBe(1);
    expect(resolvers.roundTrips).toBeGreaterThan(2);
    const example = loadExamples().find((e) => e.file.includes('03-completed-projects'));
    const projects = await expectSame(example?.text ?? '');
    expect(projects.compiled.roundTrips).toBe(1);
    const two = await expectSame(
      '{ a: regions(first: 3) { name level parent { name } } b: companies(first: 2) { totalCount edges { node { name region { name } } } } }',
    );
    expect(two.compiled.roundTrips).toBe(2);
  });

  it('node and nodes by entity ids are compiled; a document id falls back', async () => {
    const list = await on.gql<{ projects: { edges: { node: { id: string } }[] } }>(
      '{ projects(first: 3) { edges { node { id } } } }',
    );
    const ids = list.data?.projects.edges.map((e) => e.node.id) ?? [];
    expect(ids).toHaveLength(3);
    const node = await expectSame('query ($id: ID!) { node(id: $id) { id ... on Project { name region { name } } } }', {
      id: ids[0],
    });
    expect(node.compiled.roundTrips).toBe(1);
    const nodes = await expectSame(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { name } ... on Project { developers { name } } } }',
      { ids: [...ids].reverse() },
    );
    expect(nodes.compiled.roundTrips).toBe(1);
    const docs = await on.gql<{ documents: { id: string }[] }>('{ documents(first: 1) { id } }');
    const mixed = await expectSame('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [ids[0], docs.data?.documents[0]?.id],
    });
    expect(mixed.compiled.roundTrips).toBe(mixed.resolvers.roundTrips);
  });

  it('bad input and missing names answer as the resolvers do', async () => {
    for (const [query, code] of [
      ['{ companies(first: 101) { totalCount } }', 'BAD_USER_INPUT'],
      ['{ projects(region: "没有这个地方") { totalCount } }', 'NOT_FOUND'],
      ['{ entity(name: "region/jiaozuo") { ... on Region { projects(after: "nonsense") { totalCount } } } }', 'BAD_USER_INPUT'],
      ['{ node(id: "bm90IGFuIGlk") { id } }', 'BAD_USER_INPUT'],
    ] as const) {
      const { compiled } = await expectSame(query);
      expect(compiled.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});
