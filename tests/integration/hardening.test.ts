import { LIMITS } from '../../src/limits';
import { createTestApp, type TestApp } from '../helpers/app';

// Issue 11, server side, probed from outside through yoga.fetch: list costs, fragment bombs, streamed bodies,
// one closed error set, cursors and ids, CSV injection. Each answer is checked for status, code and content.

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

const CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'QUERY_TOO_COMPLEX', 'UNAVAILABLE']);

interface ErrorJson {
  message: string;
  extensions?: Record<string, unknown> & { code?: string };
}

async function post(target: TestApp, body: BodyInit, headers: Record<string, string> = {}) {
  const res = await target.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as { data?: unknown; errors?: ErrorJson[] } };
}

const BULK = 3000;

describe('cost: every list at its real bound', () => {
  beforeAll(async () => {
    // Thousands of observations on one city, as the probe's graph had: what the nested query would fan out over.
    await app.db.write(
      `MATCH (s:Entity {key: 'region/jiaozuo'}), (i:Indicator {key: 'indicator/gdp'})
       UNWIND range(1, $n) AS k
       CREATE (o:Observation {key: 'observation/bulk-' + k, period: '2031', kind: 'ACTUAL', growthPct: toFloat(k),
               docs: [], quotes: [], offsets: []})
       CREATE (o)-[:OF]->(i), (o)-[:ABOUT]->(s)`,
      { n: BULK },
    );
  });
  afterAll(async () => {
    await app.db.write(`MATCH (o:Observation) WHERE o.key STARTS WITH 'observation/bulk-' DETACH DELETE o`);
  });

  it('refuses the 343-byte nested query with QUERY_TOO_COMPLEX before any Cypher', async () => {
    const inner = 'indicators { observations { subject { ... on Region { observations { id } } } } }';
    const query = `{ ${['a', 'b', 'c', 'd'].map((a) => `${a}: ${inner}`).join(' ')} }`;
    expect(Buffer.byteLength(query)).toBeLessThan(400);
    const started = performance.now();
    const res = await app.gql(query);
    const took = performance.now() - started;
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // 4 × 100 indicators × (1 + 100 figures × (1 + subject 1 + 100 figures)) = 4,080,400
    expect(res.errors?.[0]?.message).toMatch(/estimated cost is 4080400 objects \(limit 20000\)/);
    expect(res.roundTrips).toBe(0);
    expect(res.data ?? null).toBeNull();
    console.log(`nested query: refused in ${took.toFixed(1)} ms`);
  });

  it('serves a city with thousands of figures a bounded page: the default, or first up to 500', async () => {
    const res = await app.gql<{ entity: { observations: { growthPct: number }[] } }>(
      `query ($n: Int) { entity(name: "焦作市") { ... on Region { observations(first: $n) { growthPct } } } }`,
      { n: 500 },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.entity.observations).toHaveLength(500);
    const fallback = await app.gql<{ entity: { observations: unknown[] } }>(
      '{ entity(name: "焦作市") { ... on Region { observations { period } } } }',
    );
    expect(fallback.data?.entity.observations).toHaveLength(100);
    const over = await app.gql('{ entity(name: "焦作市") { ... on Region { observations(first: 501) { period } } } }');
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.message).toMatch(/between 0 and 500/);
  });

  it('refuses the fragment bomb (7 levels, each spreading the one below 10 times) in under 50 ms', async () => {
    let query = 'query { ...F6 }\nfragment F0 on Query { stats { documents } }\n';
    for (let i = 1; i <= 6; i++) {
      query += `fragment F${i} on Query { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }\n`;
    }
    await app.gql(query); // warm-up: the first request of a shape compiles code paths
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const started = performance.now();
      const res = await app.gql(query);
      times.push(performance.now() - started);
      expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(res.roundTrips).toBe(0);
    }
    times.sort((a, b) => a - b);
    console.log(`fragment bomb (${query.length} bytes): refused in ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
    expect(times[3]).toBeLessThan(50); // the median
  });

  it('stops a request that builds more objects than the budget, and an answer larger than the size guard', async () => {
    const saved = { ...LIMITS };
    try {
      LIMITS.maxObjects = 300;
      const many = await app.gql(
        '{ entity(name: "焦作市") { ... on Region { observations(first: 500) { evidence { quote } } rankings { period } } } o: observations(first: 100) { edges { node { period } } } x: indicators(first: 1000) { key } }',
      );
      expect(
        many.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX' && /300 objects/.test(e.message)),
      ).toBe(true);
      LIMITS.maxObjects = saved.maxObjects;
      LIMITS.maxResponseBytes = 10_000;
      const large = await app.gql('{ documents { text } }');
      expect(large.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(large.errors?.[0]?.message).toMatch(/larger than/);
      expect(large.data ?? null).toBeNull();
    } finally {
      Object.assign(LIMITS, saved);
    }
  });

  it('streams a large CSV export in chunks', async () => {
    const res = await app.yoga.fetch('http://test/q/observations.csv?period=all');
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let chunks = 0;
    let text = '';
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks += 1;
      text += decoder.decode(value, { stream: true });
    }
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(BULK);
    expect(chunks).toBeGreaterThan(1);
  });
});

/** A body the server pulls in 64 KB chunks, counting what it pulled. */
function countedBody(
  prefix: string,
  total: number,
  suffix: string,
): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  const encoder = new TextEncoder();
  const head = encoder.encode(prefix);
  const chunk = encoder.encode('x'.repeat(64 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) {
        controller.enqueue(head);
        sent += head.byteLength;
      } else if (sent < total) {
        controller.enqueue(chunk);
        sent += chunk.byteLength;
      } else {
        controller.enqueue(encoder.encode(suffix));
        controller.close();
      }
    },
  });
  return { stream, pulled: () => sent };
}

async function postStream(prefix: string, total: number, suffix = '"}}') {
  const body = countedBody(prefix, total, suffix);
  const res = await app.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body.stream,
    // A streamed request body needs half duplex (fetch spec).
    duplex: 'half',
  });
  const json = (await res.json()) as { errors?: ErrorJson[] };
  return { status: res.status, json, pulled: body.pulled() };
}

describe('bodies: a streaming limit', () => {
  it('refuses a chunked read query at 1 MB, having read little more than 1 MB', async () => {
    const res = await postStream(
      '{"query":"query ($pad: String) { stats { documents } }","variables":{"pad":"',
      3 * 1024 * 1024,
    );
    expect(res.status).toBe(413);
    expect(res.json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    console.log(`chunked 3 MB read query: refused after ${res.pulled} bytes pulled`);
    expect(res.pulled).toBeLessThan(LIMITS.maxBodyBytes + 4 * 64 * 1024);
  });

  it('reads a chunked ingestReport on to 2 MB, and stops there', async () => {
    const ingest =
      '{"query":"mutation ($input: IngestReportInput!) { ingestReport(input: $input) { observations } }","variables":{"input":{"key":"report/x","title":"x","text":"';
    // 1.5 MB passes the body limit and reaches the resolver, which wants a token.
    const allowed = await postStream(ingest, 1.5 * 1024 * 1024, '"}}}');
    expect(allowed.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(allowed.status).toBeLessThan(413);
    const over = await postStream(ingest, 3 * 1024 * 1024, '"}}}');
    expect(over.status).toBe(413);
    expect(over.json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(over.pulled).toBeLessThan(LIMITS.maxIngestBodyBytes + 4 * 64 * 1024);
  });

  it('decides by the parsed operation: ingestReport in a comment or variables first do not lift the limit', async () => {
    const comment = await postStream(
      '{"query":"# ingestReport\\nquery ($pad: String) { stats { documents } }","variables":{"pad":"',
      1.5 * 1024 * 1024,
    );
    expect(comment.status).toBe(413);
    expect(comment.json.errors?.[0]?.message).toMatch(/only the ingestReport mutation/);
    const variablesFirst = await postStream('{"variables":{"pad":"', 1.5 * 1024 * 1024);
    // The order hides the operation at 1 MB; the whole body (at most 2 MB) is read, parsed, then refused.
    expect(variablesFirst.status).toBe(413);
    expect(variablesFirst.json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('one closed error set', () => {
  let prod: TestApp;
  beforeAll(() => {
    prod = createTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => prod.close());

  const MALFORMED: [string, BodyInit][] = [
    ['unparsable JSON', '{"query": "{ stats { documents } }'],
    ['a number for query', '{"query":123}'],
    ['a list for query', '{"query":["{ stats { documents } }"]}'],
    ['a JSON array', '[1,2]'],
    ['null', 'null'],
    ['no query', '{"variables":{}}'],
    ['a string for variables', '{"query":"{ stats { documents } }","variables":"x"}'],
    [
      'variables nested 100,000 deep',
      `{"query":"{ stats { documents } }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
    ],
    ['unknown operationName', '{"query":"query A { stats { documents } }","operationName":"B"}'],
    ['ambiguous operation', '{"query":"query A { stats { documents } } query B { stats { entities } }"}'],
    ['a subscription', '{"query":"subscription { stats { documents } }"}'],
    ['a syntax error', '{"query":"{ stats { documents "}'],
    ['an unknown field', '{"query":"{ stat { documents } }"}'],
  ];

  const WRONG_TYPES: [string, Record<string, unknown>][] = [
    ['query ($n: Int) { projects(first: $n) { totalCount } }', { n: 'ten' }],
    ['query ($n: Int) { projects(first: $n) { totalCount } }', { n: 1.5 }],
    ['query ($n: Int) { projects(first: $n) { totalCount } }', { n: 2 ** 40 }],
    ['query ($n: Int) { projects(first: $n) { totalCount } }', { n: [1] }],
    ['query ($s: String!) { entity(name: $s) { key } }', { s: null }],
    ['query ($s: String!) { entity(name: $s) { key } }', {}],
    ['query ($s: String!) { entity(name: $s) { key } }', { s: { a: 1 } }],
    ['query ($s: String!) { entity(name: $s) { key } }', { s: 5 }],
    ['query ($k: EntityKind) { entity(name: "焦作市", kind: $k) { key } }', { k: 'CITY' }],
    ['query ($k: EntityKind) { entity(name: "焦作市", kind: $k) { key } }', { k: 3 }],
    ['query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [null] }],
    ['query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [{}] }],
    ['query ($id: ID!) { node(id: $id) { id } }', { id: true }],
    ['query ($b: Boolean) { stats { documents @include(if: $b) } }', { b: 'yes' }],
    ['query ($i: IngestReportInput!) { stats { documents } }', { i: { key: 1 } }],
    ['mutation ($i: IngestReportInput!) { ingestReport(input: $i) { observations } }', { i: { key: 'report/x' } }],
    ['mutation ($i: IngestReportInput!) { ingestReport(input: $i) { observations } }', { i: 'text' }],
    ['query ($s: ProjectStatus) { projects(status: $s) { totalCount } }', { s: 'done' }],
  ];

  function expectClosed(status: number, text: string, json: { errors?: ErrorJson[] }, label: string) {
    expect({ label, status: status >= 400 && status < 500 }).toEqual({ label, status: true });
    const error = json.errors?.[0];
    expect({ label, code: CODES.has(error?.extensions?.code ?? '') }).toEqual({ label, code: true });
    expect(text).not.toMatch(/originalError|stack/);
  }

  it.each([['development'], ['production']])('answers every malformed request 4xx with a code (%s)', async (mode) => {
    const target = mode === 'production' ? prod : app;
    for (const [label, body] of MALFORMED) {
      const res = await post(target, body);
      expectClosed(res.status, res.text, res.json, label);
    }
  });

  it.each([['development'], ['production']])(
    'answers variables of the wrong type 400 BAD_USER_INPUT (%s)',
    async (mode) => {
      const target = mode === 'production' ? prod : app;
      for (const [query, variables] of WRONG_TYPES) {
        const res = await post(target, JSON.stringify({ query, variables }));
        const label = `${query} ${JSON.stringify(variables)}`;
        expectClosed(res.status, res.text, res.json, label);
        expect({ label, code: res.json.errors?.[0]?.extensions?.code }).toEqual({ label, code: 'BAD_USER_INPUT' });
      }
    },
  );

  it('names no field suggestions in production, and keeps them in development', async () => {
    const query = JSON.stringify({ query: '{ stat { documents } }' });
    const hidden = await post(prod, query);
    expect(hidden.json.errors?.[0]?.message).toBe('Cannot query field "stat" on type "Query".');
    expect(hidden.text).not.toMatch(/Did you mean/);
    expect((await post(app, query)).json.errors?.[0]?.message).toMatch(/Did you mean "stats"\?/);
  });

  it('gives a CSRF refusal in production a code', async () => {
    const res = await prod.yoga.fetch(`http://test/graphql?query=${encodeURIComponent('{ stats { documents } }')}`);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: ErrorJson[] };
    expect(body.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps originalError only under DEBUG_ERRORS', async () => {
    const debug = createTestApp({ DEBUG_ERRORS: 'true' });
    try {
      const res = await post(debug, '{"query": "{ stats { documents } }');
      expect(res.status).toBe(400);
      expect(res.json.errors?.[0]?.extensions?.originalError).toMatchObject({ name: 'SyntaxError' });
      expect((await post(app, '{"query": "{ stats"')).text).not.toMatch(/originalError/);
    } finally {
      await debug.close();
    }
  });
});

describe('cursors and ids', () => {
  const cursor = (text: string) => Buffer.from(text).toString('base64url');
  const globalId = (text: string) => Buffer.from(text).toString('base64');

  it.each([
    ['an offset beyond 2^63', cursor('offset:99999999999999999999')],
    ['an offset of 2^53', cursor(`offset:${2 ** 53}`)],
    ['a negative offset', cursor('offset:-1')],
    ['no offset', cursor('offset:')],
    ['not base64', '!!!'],
    ['another scheme', cursor('page:3')],
  ])('refuses a cursor with %s as BAD_USER_INPUT', async (_label, after) => {
    for (const query of [
      'query ($a: String) { projects(after: $a) { totalCount } }',
      'query ($a: String) { observations(after: $a) { totalCount } }',
      'query ($a: String) { regions(after: $a) { key } }',
      'query ($a: String) { entity(name: "焦作市") { mentions(after: $a) { totalCount } } }',
    ]) {
      const res = await app.gql(query, { a: after });
      expect({ query, code: res.errors?.[0]?.extensions?.code }).toEqual({ query, code: 'BAD_USER_INPUT' });
    }
  });

  it('pages on with a cursor it gave', async () => {
    const first = await app.gql<{ projects: { pageInfo: { endCursor: string } } }>(
      '{ projects(first: 2) { pageInfo { endCursor } } }',
    );
    const next = await app.gql<{ projects: { edges: unknown[] } }>(
      'query ($a: String) { projects(first: 2, after: $a) { edges { cursor } } }',
      { a: first.data?.projects.pageInfo.endCursor },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data?.projects.edges).toHaveLength(2);
  });

  it.each([
    ['a type that is no node', globalId('Nope:1')],
    ['a type that is no node, with a key', globalId('Query:region/jiaozuo')],
    ['no type', globalId(':region/jiaozuo')],
    ['no id', globalId('Region:')],
    ['not base64', '%%%'],
  ])('refuses a forged global id (%s) as BAD_USER_INPUT', async (_label, id) => {
    const one = await app.gql('query ($id: ID!) { node(id: $id) { id } }', { id });
    expect(one.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(one.errors?.[0]?.message).toMatch(/not an id from this API/);
    const many = await app.gql('query ($id: ID!) { nodes(ids: [$id]) { id } }', { id });
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers null for a well-formed id of a node that does not exist', async () => {
    const res = await app.gql('query ($id: ID!) { node(id: $id) { id } }', { id: globalId('Region:region/nowhere') });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ node: null });
  });
});

describe('/q exports', () => {
  const NAMES = [
    '=HYPERLINK("http://example.invalid/?x","click")',
    '@SUM(1+1)*cmd',
    '+1+1+cmd',
    '-2+3+cmd',
    '\tcmd',
    '\rcmd',
  ];
  beforeAll(async () => {
    await app.db.write(
      `MATCH (r:Entity {key: 'region/jiaozuo'})
       UNWIND range(0, size($names) - 1) AS i
       CREATE (c:Entity:Company {key: 'company/csv-injection-' + i, name: $names[i], kind: 'COMPANY', aliases: []})
       CREATE (c)-[:LOCATED_IN]->(r)`,
      { names: NAMES },
    );
  });
  afterAll(async () => {
    await app.db.write(`MATCH (c:Company) WHERE c.key STARTS WITH 'company/csv-injection-' DETACH DELETE c`);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const res = await app.yoga.fetch('http://test/q/neighborhood-nodes.csv?of=region/jiaozuo&limit=500');
    expect(res.status).toBe(200);
    const csv = await res.text();
    for (const name of NAMES) {
      const cell = `'${name}`;
      const quoted = /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
      expect(csv).toContain(`,${quoted},`);
    }
    // No cell of the file starts a formula.
    const cells = csv.split(/\r\n/).flatMap((line) => line.split(','));
    expect(cells.filter((c) => /^"?[=+@]/.test(c))).toEqual([]);
    // The JSON form keeps the names as they are.
    const json = (await (
      await app.yoga.fetch('http://test/q/neighborhood-nodes.json?of=region/jiaozuo&limit=500')
    ).json()) as {
      rows: { name: string }[];
    };
    for (const name of NAMES) expect(json.rows.map((r) => r.name)).toContain(name);
  });
});
