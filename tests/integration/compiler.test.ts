import fc from 'fast-check';
import { QUERIES } from '../../bench/queries';
import { cachedOperations } from '../../src/compiler/run';
import { analystQueries } from '../../src/http/analyst/catalogue';
import { loadExamples } from '../../src/http/operations';
import { createTestApp, type TestApp } from '../helpers/app';

// The look-ahead compiler (src/compiler) against the resolvers it replaces: every example, analyst and benchmark
// query, and hand-picked shapes, run with QUERY_COMPILER on and off on the seeded graph and must answer the same,
// errors included. Compiled shapes cost one round trip per root field.

let on: TestApp;
let off: TestApp;
beforeAll(() => {
  // A generous transaction timeout: the machine these run on is shared, and a timeout is no answer to compare.
  on = createTestApp({ NEO4J_TX_TIMEOUT_MS: '60000' });
  off = createTestApp({ QUERY_COMPILER: 'off', NEO4J_TX_TIMEOUT_MS: '60000' });
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
      project: await pick('MATCH (p:Project)-[:LOCATED_IN]->(:Region) RETURN p.key AS v ORDER BY p.key LIMIT 1'),
      chain: await pick('MATCH (c:IndustrialChain)<-[:IN_CHAIN]-(:Project) RETURN c.key AS v ORDER BY c.key LIMIT 1'),
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
    // The plan is cached per parsed operation: asking again (other variables) plans nothing new.
    const cached = cachedOperations();
    const again = await expectSame(Q2, { key: 'chain/no-such-chain' });
    expect(again.compiled.data).toEqual({ entity: null });
    expect(cachedOperations()).toBe(cached);
    expect(resolvers.roundTrips).toBeGreaterThan(2);
    const example = loadExamples().find((e) => e.file.includes('03-completed-projects'));
    const projects = await expectSame(example?.text ?? '');
    expect(projects.compiled.roundTrips).toBe(1);
    const two = await expectSame(
      '{ a: regions(first: 3) { name level code } b: companies(first: 2) { totalCount edges { node { name region { name } } } } }',
    );
    expect(two.compiled.roundTrips).toBe(2);
    // Region.parent follows the division codes in its resolver: one batched round trip more, however many regions.
    const parents = await expectSame('{ regions(first: 30) { name level parent { name code } } }');
    expect(parents.compiled.roundTrips).toBe(2);
    const mentions = await expectSame(`{ projects(first: 100) { totalCount edges { node { name
      developers { name } region { name code } chains { name } programs { name }
      mentions(first: 2) { totalCount edges { node { entity { name } evidence { quote offset document { key title } } } } } } } } }`);
    expect(mentions.compiled.roundTrips).toBe(1);
    expect(mentions.resolvers.roundTrips).toBeGreaterThanOrEqual(6);
    const search = await expectSame(
      '{ search(query: "焦作", first: 5) { score matched entity { name ... on Region { code level } } } }',
    );
    expect(search.compiled.roundTrips).toBe(1);
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
      [
        '{ entity(name: "region/jiaozuo") { ... on Region { projects(after: "nonsense") { totalCount } } } }',
        'BAD_USER_INPUT',
      ],
      ['{ node(id: "bm90IGFuIGlk") { id } }', 'BAD_USER_INPUT'],
    ] as const) {
      const { compiled } = await expectSame(query);
      expect(compiled.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});

// ------------------------------------------------------------------------------------------- property

/** Selections over the entity types the compiler knows, with aliases, fragments and @include/@skip. */
const SCALARS = ['id', 'key', 'kind', 'name', 'nameEn', 'aliases', 'description', '__typename'];
const KIND_FIELDS: Record<string, string[]> = {
  Region: ['level', 'code'],
  Project: ['status', 'phase', 'investment { text value unit }', 'capacity { text }'],
  IndustrialChain: ['tier'],
  Policy: ['policyKind'],
  Indicator: ['unit'],
};
const RELATIONS: Record<string, [string, string][]> = {
  Region: [
    ['parent', 'Region'],
    ['children', 'Region'],
  ],
  Company: [
    ['region', 'Region'],
    ['chains', 'IndustrialChain'],
  ],
  Project: [
    ['region', 'Region'],
    ['developers', 'Company'],
    ['chains', 'IndustrialChain'],
    ['programs', 'Policy'],
    ['parent', 'Project'],
    ['phases', 'Project'],
  ],
  IndustrialChain: [
    ['group', 'IndustrialChain'],
    ['members', 'IndustrialChain'],
  ],
  Policy: [
    ['issuer', 'Region'],
    ['chains', 'IndustrialChain'],
  ],
};
const CONNECTIONS: Record<string, [string, string][]> = {
  Region: [
    ['projects', 'Project'],
    ['companies', 'Company'],
  ],
  Company: [['projects', 'Project']],
  IndustrialChain: [
    ['projects', 'Project'],
    ['companies', 'Company'],
  ],
};

const hash = (text: string) => {
  let h = 5381;
  for (const ch of text) h = (h * 33 + (ch.codePointAt(0) ?? 0)) % 1_000_003;
  return h;
};

function selection(type: string, depth: number): fc.Arbitrary<string> {
  const parts: fc.Arbitrary<string>[] = [fc.constantFrom(...SCALARS)];
  if (KIND_FIELDS[type]) parts.push(fc.constantFrom(...(KIND_FIELDS[type] ?? [])));
  if (depth > 0) {
    parts.push(
      fc
        .record({
          first: fc.integer({ min: 0, max: 3 }),
          entity: fc.boolean(),
          document: fc.boolean(),
        })
        .map(
          (r) =>
            `mentions(first: ${r.first}) { totalCount edges { node { ${r.entity ? 'entity { key name }' : ''} evidence { quote offset ${r.document ? 'document { key title publishedAt }' : ''} } } } }`,
        ),
    );
    for (const [field, target] of RELATIONS[type] ?? []) {
      parts.push(selection(target, depth - 1).map((s) => `${field} { ${s} }`));
    }
    for (const [field, target] of CONNECTIONS[type] ?? []) {
      parts.push(
        fc
          .record({
            first: fc.integer({ min: 0, max: 4 }),
            after: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
            total: fc.boolean(),
            sel: selection(target, depth - 1),
          })
          .map(
            (r) =>
              `${field}(first: ${r.first}${r.after === undefined ? '' : `, after: "${Buffer.from(`offset:${r.after}`).toString('base64url')}"`}) { ${r.total ? 'totalCount pageInfo { hasNextPage endCursor }' : ''} edges { cursor node { ${r.sel} } } }`,
          ),
      );
    }
  }
  const field = fc
    .tuple(fc.oneof(...parts), fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }), fc.nat(3))
    .map(([f, alias, directive]) => {
      const dir = ['', '', ' @include(if: $yes)', ' @skip(if: $yes)'][directive];
      // A directive goes after the field's name and arguments, before its selection set.
      const brace = f.indexOf(' {');
      const withDir = brace < 0 ? `${f}${dir}` : `${f.slice(0, brace)}${dir}${f.slice(brace)}`;
      // The same alias only ever names the same field text, so aliases never conflict.
      return `${alias ? `${alias}${hash(f)}: ` : ''}${withDir}`;
    });
  return fc.array(field, { minLength: 1, maxLength: 5 }).map((fs) => `key ${fs.join(' ')}`);
}

const onEntity = (depth: number) =>
  fc
    .array(
      fc
        .constantFrom('Region', 'Company', 'Project', 'IndustrialChain', 'Policy', 'Indicator')
        .chain((t) => selection(t, depth).map((s) => `... on ${t} { ${s} }`)),
      { minLength: 1, maxLength: 3 },
    )
    .map((fs) => `name ${fs.join(' ')}`);

it('generated selections answer the same compiled and not', async () => {
  const names = [
    'region/jiaozuo',
    '焦作市',
    await pick('MATCH (p:Project)-[:DEVELOPS|LOCATED_IN]-() RETURN p.key AS v ORDER BY p.key LIMIT 1'),
    await pick('MATCH (c:IndustrialChain)<-[:IN_CHAIN]-() RETURN c.name AS v ORDER BY c.key LIMIT 1'),
    await pick('MATCH (c:Company) RETURN c.key AS v ORDER BY c.key LIMIT 1'),
  ];
  const roots = fc.oneof(
    fc.tuple(fc.constantFrom(...names), onEntity(2)).map(([n, s]) => `entity(name: ${JSON.stringify(n)}) { ${s} }`),
    fc
      .tuple(fc.integer({ min: 0, max: 5 }), selection('Project', 2))
      .map(([n, s]) => `projects(first: ${n}) { totalCount edges { node { ${s} } } }`),
    fc
      .tuple(fc.integer({ min: 0, max: 5 }), selection('Company', 2))
      .map(([n, s]) => `companies(first: ${n}) { edges { node { ${s} } } }`),
    selection('Region', 2).map((s) => `regions(first: 5) { ${s} }`),
    fc
      .tuple(
        fc.constantFrom('焦作', '新材料', '焦作市', '装备'),
        fc.integer({ min: 1, max: 8 }),
        onEntity(1),
        fc.boolean(),
      )
      .map(([q, n, s, m]) => `search(query: "${q}", first: ${n}) { score ${m ? 'matched' : ''} entity { ${s} } }`),
    selection('IndustrialChain', 2).map((s) => `industrialChains(first: 5) { ${s} }`),
  );
  await fc.assert(
    fc.asyncProperty(roots, fc.boolean(), async (root, yes) => {
      const query = `query ($yes: Boolean!) { __typename @include(if: $yes) ${root} }`;
      const { compiled } = await expectSame(query, { yes });
      // A generated selection may be too deep or too costly, or ask one response key for two pages: then both
      // paths refuse it alike (compared above), before any resolver runs.
      for (const e of compiled.errors ?? [])
        expect(['QUERY_TOO_COMPLEX', 'BAD_USER_INPUT']).toContain(e.extensions?.code);
      if (compiled.errors) expect(compiled.data ?? null).toBeNull();
    }),
    { numRuns: 25 },
  );
}, 300_000);

// ------------------------------------------------------------------------------------------- latency (opt-in)

// COMPILER_LATENCY=1 npx jest --runInBand tests/integration/compiler.test.ts -t latency: per-query latency through
// yoga.fetch, compiled against resolvers, interleaved, sequential requests on the seeded graph.
(process.env.COMPILER_LATENCY ? it : it.skip)(
  'latency',
  async () => {
    const chain = await pick(
      'MATCH (c:IndustrialChain)<-[:IN_CHAIN]-(:Project) RETURN c.key AS v ORDER BY c.key LIMIT 1',
    );
    const project = await pick('MATCH (p:Project)-[:LOCATED_IN]->(:Region) RETURN p.key AS v ORDER BY p.key LIMIT 1');
    const picks = {
      project,
      chain,
      region: 'region/jiaozuo',
      search: '焦作',
      pathFrom: project,
      pathTo: 'region/jiaozuo',
      pathLength: 2,
      around: 'region/jiaozuo',
    };
    const shapes: [string, string, Vars | undefined][] = [
      ...QUERIES.slice(0, 2).map((q) => [q.id, q.a(picks).query, q.a(picks).variables] as [string, string, Vars]),
      ['example 03', loadExamples().find((e) => e.file.includes('03-'))?.text ?? '', undefined],
      [
        'companies',
        '{ companies(first: 20) { totalCount edges { node { name region { name } chains { name } projects(first: 5) { totalCount edges { node { name status } } } } } } }',
        undefined,
      ],
      ['regions', '{ regions(first: 50) { name level code parent { name } children { name } } }', undefined],
    ];
    const rounds = Number(process.env.COMPILER_LATENCY_ROUNDS ?? 60);
    const lines: string[] = [];
    for (const [name, query, variables] of shapes) {
      const times: Record<'on' | 'off', number[]> = { on: [], off: [] };
      for (let i = 0; i < rounds + 10; i += 1) {
        for (const [arm, app] of [
          ['on', on],
          ['off', off],
        ] as const) {
          const t0 = performance.now();
          await app.gql(query, variables);
          if (i >= 10) times[arm].push(performance.now() - t0);
        }
      }
      const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
      const r = await on.gql(query, variables);
      const s = await off.gql(query, variables);
      lines.push(
        `${name.padEnd(11)} compiled p50 ${p50(times.on).toFixed(2)} ms (${r.roundTrips} trip) · resolvers p50 ${p50(times.off).toFixed(2)} ms (${s.roundTrips} trips)`,
      );
    }
    console.log(lines.join('\n'));
  },
  600_000,
);
