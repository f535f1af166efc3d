import { createTestApp, type TestApp } from '../helpers/app';

// Every limit rejects before any Cypher runs: each rejection costs 0 round trips.

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

async function rejected(query: string, code: string, variables?: Record<string, unknown>) {
  const res = await app.gql(query, variables);
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  expect(Object.values(res.data ?? {}).every((v) => v === null)).toBe(true);
  expect(res.roundTrips).toBe(0);
  return res.errors?.[0]?.message ?? '';
}

describe('limits', () => {
  it('rejects a query deeper than 10 levels', async () => {
    const message = await rejected(
      '{ projects { edges { node { region { parent { parent { children { children { projects { edges { node { name } } } } } } } } } } } }',
      'QUERY_TOO_COMPLEX',
    );
    expect(message).toMatch(/deep/);
  });

  it('rejects more than 20 aliases', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `a${i}: stats { documents }`).join(' ');
    expect(await rejected(`{ ${fields} }`, 'QUERY_TOO_COMPLEX')).toMatch(/aliases/);
  });

  it('rejects more than 2000 tokens', async () => {
    const fields = Array.from({ length: 700 }, () => 'documents { key }').join(' ');
    expect(await rejected(`{ ${fields} }`, 'QUERY_TOO_COMPLEX')).toMatch(/tokens/);
  });

  it('rejects a query whose nested pages multiply past the cost limit, variables included', async () => {
    const query = `query ($n: Int) { projects(first: $n) { edges { node { mentions(first: $n) { edges { node {
      entity { neighbors(first: $n) { totalCount } } } } } } } } }`;
    expect(await rejected(query, 'QUERY_TOO_COMPLEX', { n: 100 })).toMatch(/cost/);
    const small = await app.gql(query, { n: 2 });
    expect(small.errors).toBeUndefined();
  });

  it('caps list sizes, neighbourhoods and paths with BAD_USER_INPUT', async () => {
    expect(await rejected('{ projects(first: 101) { totalCount } }', 'BAD_USER_INPUT')).toMatch(
      /at most 100|between 0 and 100/,
    );
    expect(await rejected('{ neighborhood(of: "焦作市", limit: 501) { nodes { name } } }', 'BAD_USER_INPUT')).toMatch(
      /limit/,
    );
    expect(await rejected('{ neighborhood(of: "焦作市", depth: 4) { nodes { name } } }', 'BAD_USER_INPUT')).toMatch(
      /depth/,
    );
    expect(await rejected('{ path(from: "蜜雪冰城", to: "河南省", maxHops: 7) { length } }', 'BAD_USER_INPUT')).toMatch(
      /maxHops/,
    );
  });

  it('answers only once every query of the request has ended, even when an error nulls the whole result', async () => {
    // search(query: "") fails at once and nulls `data`; the sibling fields' queries are already running.
    const res = await app.gql(
      `{ search(query: "") { matched }
         n: neighborhood(of: "焦作市", depth: 2, limit: 500) { nodes { key } }
         o: observations(subject: "焦作市", first: 100) { totalCount } }`,
    );
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.roundTrips).toBeGreaterThan(0);
    expect(res.stillRunning).toBe(0);
    // Nothing of it starts or runs after the answer either.
    await new Promise((r) => setTimeout(r, 300));
    expect(res.afterwards()).toEqual({ roundTrips: res.roundTrips, stillRunning: 0 });
  });

  it('answers 413 to a body over 2 MB and to a non-ingest request over 1 MB', async () => {
    const big = await app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(3 * 1024 * 1024) },
      body: JSON.stringify({ query: '{ stats { documents } }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }),
    });
    expect(big.status).toBe(413);
    const medium = await app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($pad: String) { stats { documents } }',
        variables: { pad: 'x'.repeat(1.5 * 1024 * 1024) },
      }),
    });
    expect(medium.status).toBe(413);
    const body = (await medium.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('error codes', () => {
  it('gives syntax and validation errors BAD_USER_INPUT', async () => {
    expect((await app.gql('{ stats { documents ')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql('{ stats { nope } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('production profile', () => {
  let prod: TestApp;
  beforeAll(() => {
    prod = createTestApp({ NODE_ENV: 'production', NEO4J_DATABASE: 'nosuchdatabase' });
  });
  afterAll(() => prod.close());

  it('turns introspection and GraphiQL off', async () => {
    const res = await prod.gql('{ __schema { types { name } } }');
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await prod.yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });

  it('masks internal errors: no Cypher, driver or stack text', async () => {
    const res = await prod.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ documents { key } }' }),
    });
    const text = await res.text();
    expect(JSON.parse(text).errors[0].message).toBe('Unexpected error.');
    expect(text).not.toMatch(/nosuchdatabase|Neo4j|MATCH|stack|at /);
  });

  it('refuses a cross-site GET without a JSON content type or the CSRF header', async () => {
    const res = await prod.yoga.fetch(`http://test/graphql?query=${encodeURIComponent('{ stats { documents } }')}`);
    expect(res.status).toBe(403);
  });
});

describe('database timeouts', () => {
  it('stops a query that runs past the transaction timeout with UNAVAILABLE, and the next query is served', async () => {
    const short = createTestApp({ NEO4J_TX_TIMEOUT_MS: '300' });
    try {
      const started = Date.now();
      const failure = await short.db
        .read('UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n')
        .then(
          () => null,
          (error: { extensions?: { code?: string }; message: string }) => error,
        );
      const took = Date.now() - started;
      expect(failure?.extensions?.code).toBe('UNAVAILABLE');
      expect(failure?.message).toMatch(/did not answer in time/);
      // The default 5 s would let it run for seconds; 300 ms, retried at most within 1.5 s, ends it well before.
      expect(took).toBeLessThan(3000);
      expect(await short.db.read<{ n: number }>('RETURN 1 AS n')).toEqual([{ n: 1 }]);
    } finally {
      await short.close();
    }
  });
});
