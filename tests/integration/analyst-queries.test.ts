import { Executor } from '../../src/db/executor';
import { analystQueries } from '../../src/http/analyst/catalogue';
import { LIMITS } from '../../src/limits';
import { readDocuments } from '../../src/seed/read';
import { createTestApp, type TestApp } from '../helpers/app';

// The flat analyst queries (/q), GET on /graphql, CORS, GraphiQL's worked examples and the explorer's files,
// all through the real yoga app over the seeded Neo4j.

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

const texts = new Map(readDocuments().map((d) => [d.key, d.text]));

type Row = Record<string, string | number | boolean | null>;
interface QueryJson {
  query: string;
  params: Record<string, string | number | null>;
  columns: string[];
  rows: Row[];
  sources: { key: string; title: string; published_at: string | null }[];
}
interface ErrorJson {
  errors: { message: string; extensions: { code: string } }[];
}

const get = (path: string, headers: Record<string, string> = {}) => app.yoga.fetch(`http://test${path}`, { headers });

async function json<T = QueryJson>(path: string, status = 200): Promise<T> {
  const response = await get(path);
  const body = (await response.json()) as T;
  if (response.status !== status) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body;
}

const q = (name: string, params: Record<string, string> = {}, format = 'json') =>
  `/q/${name}.${format}${Object.keys(params).length > 0 ? `?${new URLSearchParams(params)}` : ''}`;

/** RFC 4180, as pandas reads it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** Each row's quote stands verbatim in the first document it cites. */
function expectQuotesInDocuments(rows: Row[]): void {
  for (const row of rows) {
    const doc = String(row.documents).split('; ')[0] ?? '';
    expect(texts.get(doc)).toContain(row.quote);
  }
}

describe('GET /q', () => {
  it('lists every query with its parameters, each with a default, and its columns', async () => {
    const body = await json<{
      queries: { name: string; csv: string; params: { name: string; default: unknown }[]; columns: string[] }[];
    }>('/q');
    expect(body.queries.map((x) => x.name)).toEqual([
      'rankings',
      'observations',
      'series',
      'league-table',
      'projects',
      'neighborhood-nodes',
      'neighborhood-edges',
      'resolve',
      'documents',
    ]);
    const rankings = body.queries.find((x) => x.name === 'rankings');
    expect(rankings?.csv).toBe('/q/rankings.csv');
    expect(rankings?.params.map((p) => [p.name, p.default])).toEqual([
      ['region', '焦作市'],
      ['indicator', 'all'],
      ['period', 'all'],
      ['scope', 'all'],
    ]);
    const observations = body.queries.find((x) => x.name === 'observations');
    expect(observations?.params.find((p) => p.name === 'period')?.default).toBe('latest');
    for (const query of body.queries) for (const p of query.params) expect(p.default).not.toBeUndefined();
  });

  it('answers every query with no parameters at all, in CSV and in JSON, with the same rows', async () => {
    const { queries } = await json<{ queries: { name: string }[] }>('/q');
    for (const { name } of queries) {
      const body = await json(q(name));
      expect(body.rows.length).toBeGreaterThan(0);
      const response = await get(q(name, {}, 'csv'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const [header, ...lines] = parseCsv(await response.text());
      expect(header).toEqual(body.columns);
      expect(lines).toEqual(
        body.rows.map((r) => body.columns.map((c) => (r[c] === null || r[c] === undefined ? '' : String(r[c])))),
      );
    }
  });
});

describe('rankings', () => {
  it('are 焦作市 over every period by default, each with its quote and documents', async () => {
    const body = await json(q('rankings'));
    expect(body.params).toEqual({ region: '焦作市', indicator: 'all', period: 'all', scope: 'all' });
    expect(body.rows).toHaveLength(25);
    const gdp = body.rows.filter((r) => r.indicator === '地区生产总值').map((r) => [r.period, r.basis, r.rank]);
    expect(gdp).toEqual(
      expect.arrayContaining([
        ['2025-H1', 'GROWTH', 6],
        ['2022', 'GROWTH', 12],
        ['2022', 'LEVEL', 13],
      ]),
    );
    expectQuotesInDocuments(body.rows);
    const cited = new Set(body.rows.flatMap((r) => String(r.documents).split('; ')));
    expect(body.sources.map((s) => s.key).sort()).toEqual([...cited].sort());
    expect(body.sources.find((s) => s.key === 'report/2025-h1-feature')?.title).toBe(
      '稳中有进 进中提质——从半年报看焦作市经济发展成色',
    );
  });

  it('filter by scope, indicator (any script or English) and period, and "latest"', async () => {
    const national = await json(q('rankings', { scope: '中国' }));
    expect(national.rows.map((r) => [r.period, r.rank, r.indicator])).toEqual([
      ['2024', 3, '国家资源枯竭城市年度绩效考核评价'],
    ]);
    const gdp = await json(q('rankings', { indicator: 'GDP', period: '2022' }));
    expect(gdp.rows.map((r) => `${r.basis}:${r.rank}`).sort()).toEqual(['GROWTH:12', 'LEVEL:13']);
    const latest = await json(q('rankings', { period: 'latest' }));
    expect(latest.params.period).toBe('2025-H1');
    expect(latest.rows).toHaveLength(11);
    expect(new Set(latest.rows.map((r) => r.period))).toEqual(new Set(['2025-H1']));
  });
});

describe('observations', () => {
  it('default to 焦作市 in the latest report period, 2025-H1 (a year figure read mid-year does not count)', async () => {
    const body = await json(q('observations'));
    expect(body.params).toEqual({ subject: '焦作市', indicator: 'all', period: '2025-H1', kind: 'all' });
    expect(body.rows).toHaveLength(45);
    expect(body.rows.every((r) => r.period === '2025-H1' && r.subject === '焦作市')).toBe(true);
    const gdp = body.rows.find((r) => r.indicator === '地区生产总值');
    expect(gdp).toMatchObject({ growth_pct: 6.3, kind: 'ACTUAL', indicator_en: 'GDP', value: null });
    const revenue = body.rows.find((r) => r.indicator === '一般公共预算收入');
    expect(revenue).toMatchObject({ value: 79.9, unit: '亿元', value_text: '79.9亿元', growth_pct: 4.5 });
    expectQuotesInDocuments(body.rows);
  });

  it('of one indicator over all periods', async () => {
    const body = await json(q('observations', { indicator: '生產總值', period: 'all' }));
    expect(body.rows.map((r) => `${r.period} ${r.kind} ${r.value_text ?? ''} ${r.growth_pct ?? ''}`).sort()).toEqual([
      '2022 ACTUAL 2234.8亿元 3.3',
      '2024 ESTIMATE  5.3',
      '2025-H1 ACTUAL  6.3',
      '2026 TARGET 3000亿元 ',
    ]);
  });

  it('"latest" follows the subject: 新能源材料产业 has figures for 2022 only', async () => {
    const body = await json(q('observations', { subject: '新能源材料产业' }));
    expect(body.params.period).toBe('2022');
    expect(body.rows.length).toBeGreaterThan(0);
  });
});

describe('projects', () => {
  it('of a chain, with developers and regions', async () => {
    const body = await json(q('projects', { chain: '未来产业' }));
    const rows = Object.fromEntries(body.rows.map((r) => [r.key, r]));
    expect(Object.keys(rows).sort()).toEqual(['project/jiyue-nano-carbon', 'project/zhongwei-uav-remote-sensing']);
    expect(rows['project/jiyue-nano-carbon']).toMatchObject({
      project: '集越纳米年产10万吨碳纳米电子材料项目',
      developers: '集越纳米',
      region: '中站区',
      chains: '未来产业',
      status: 'UNDER_CONSTRUCTION',
    });
    expectQuotesInDocuments(body.rows);
  });

  it('completed ones, every one of them', async () => {
    const body = await json(q('projects', { status: 'completed' }));
    expect(body.params.status).toBe('COMPLETED');
    expect(body.rows.every((r) => r.status === 'COMPLETED')).toBe(true);
    expect(body.rows.find((r) => r.key === 'project/ruiqing-hybrid-engine')).toMatchObject({
      developers: '瑞庆汽车',
      region: '焦作市',
    });
    const all = await json(q('projects'));
    expect(all.rows).toHaveLength(23);
  });
});

describe('neighbourhood', () => {
  it('as a node table and an edge table that refer to each other', async () => {
    const nodes = await json(q('neighborhood-nodes', { of: '寧福巨灣' }));
    const edges = await json(q('neighborhood-edges', { of: '宁福巨湾' }));
    expect(nodes.rows[0]).toMatchObject({ key: 'company/ningfu-juwan', name: '河南宁福巨湾', center: true, degree: 3 });
    expect(nodes.rows).toHaveLength(4);
    const keys = new Set(nodes.rows.map((r) => r.key));
    expect(edges.rows).toHaveLength(5);
    for (const e of edges.rows) {
      expect(keys.has(String(e.source)) && keys.has(String(e.target))).toBe(true);
    }
    expect(edges.rows.filter((e) => e.relation === 'DEVELOPS').map((e) => e.source_name)).toEqual([
      '河南宁福巨湾',
      '河南宁福巨湾',
      '河南宁福巨湾',
    ]);
    expectQuotesInDocuments(edges.rows);
    const degreeSum = nodes.rows.reduce((sum, r) => sum + Number(r.degree), 0);
    expect(degreeSum).toBe(2 * edges.rows.length);
  });

  it('defaults to 焦作市, one hop', async () => {
    const body = await json(q('neighborhood-nodes'));
    expect(body.params).toEqual({ of: '焦作市', depth: 1, limit: 100 });
    expect(body.rows[0]).toMatchObject({ key: 'region/jiaozuo', center: true });
    expect(body.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['河南省', '温县', '三十工程']));
  });
});

describe('errors are plain and coded', () => {
  it.each([
    ['/q/nothing.csv', 404, 'NOT_FOUND', /rankings, observations/],
    [q('rankings', { region: 'Atlantis' }), 404, 'NOT_FOUND', /search/],
    [q('rankings', { colour: 'red' }), 400, 'BAD_USER_INPUT', /takes: region, indicator, period, scope/],
    [q('rankings', { period: 'last year' }), 400, 'BAD_USER_INPUT', /not a period/],
    [q('observations', { kind: 'GUESS' }), 400, 'BAD_USER_INPUT', /ACTUAL, ESTIMATE, TARGET/],
    [q('projects', { region: 'latest' }), 400, 'BAD_USER_INPUT', /only to period/],
    [q('neighborhood-edges', { depth: '9' }), 400, 'BAD_USER_INPUT', /depth must be between 1 and 3/],
    [q('neighborhood-edges', { depth: 'two' }), 400, 'BAD_USER_INPUT', /whole number/],
    [q('neighborhood-nodes', { of: 'all' }), 400, 'BAD_USER_INPUT', /needs a value/],
    [`${q('rankings')}?period=2022&period=2024`, 400, 'BAD_USER_INPUT', /twice/],
  ])('%s → %i %s', async (path, status, code, message) => {
    const body = await json<ErrorJson>(path, status);
    expect(body.errors[0]?.extensions.code).toBe(code);
    expect(body.errors[0]?.message).toMatch(message);
  });

  it('only GET is served', async () => {
    const response = await app.yoga.fetch('http://test/q/rankings.csv', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it('each query shows its GraphQL document', async () => {
    const response = await get('/q/rankings.graphql');
    expect(response.headers.get('content-type')).toContain('application/graphql');
    expect(await response.text()).toContain('query Rankings($region: String = "焦作市"');
  });
});

describe('/q runs through the GraphQL pipeline, as /graphql does', () => {
  const neighborhood = analystQueries().find((x) => x.name === 'neighborhood-nodes');
  /** The same stored operation POSTed to /graphql with the variables /q would send. */
  const viaGraphql = (variables: Record<string, unknown>) =>
    app.gql(neighborhood?.operation.text ?? '', variables).then((r) => r.errors?.[0]);

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it("a /q request whose parameters push the cost estimate over the limit gets /graphql's code and message", async () => {
    const saved = LIMITS.maxCost;
    try {
      // 100 nodes (the default) fit under 5,000 objects; 500 nodes with their edges and evidence do not.
      LIMITS.maxCost = 5_000;
      expect((await json(q('neighborhood-nodes'))).rows.length).toBeGreaterThan(10);
      const refused = await json<ErrorJson>(q('neighborhood-nodes', { limit: '500' }), 400);
      const graphql = await viaGraphql({ of: '焦作市', depth: 1, limit: 500 });
      expect(refused.errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(graphql?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(refused.errors[0]?.message).toBe(graphql?.message);
      expect(refused.errors[0]?.message).toMatch(/estimated cost is \d+ objects \(limit 5000\)/);
    } finally {
      LIMITS.maxCost = saved;
    }
  });

  it('the object budget while executing applies to /q, page by page', async () => {
    const saved = LIMITS.maxObjects;
    try {
      LIMITS.maxObjects = 20;
      const refused = await json<ErrorJson>(q('neighborhood-nodes'), 400);
      const graphql = await viaGraphql({ of: '焦作市', depth: 1, limit: 100 });
      expect(refused.errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(refused.errors[0]?.message).toBe(graphql?.message);
      expect(refused.errors[0]?.message).toMatch(/more than 20 objects/);
    } finally {
      LIMITS.maxObjects = saved;
    }
  });

  it('an internal failure is masked on /q exactly as on /graphql: no detail, status 500', async () => {
    const secret = 'secret-detail: bolt://admin:hunter2@db';
    jest.spyOn(Executor.prototype, 'read').mockRejectedValue(new Error(secret));
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await get(q('documents', {}, 'csv'));
    const text = await response.text();
    const graphql = await app.gql('query Documents { documents { key } }');
    expect(response.status).toBe(500);
    expect(text).not.toContain('hunter2');
    expect(JSON.stringify(graphql)).not.toContain('hunter2');
    const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.message).toBe('Unexpected error.');
    expect(body.errors[0]?.message).toBe(graphql.errors?.[0]?.message);
    expect(body.errors[0]?.extensions).toEqual(graphql.errors?.[0]?.extensions);
    // The detail goes to the server's log, as for /graphql.
    expect(logged.mock.calls.map((c) => String(c.join(' '))).some((line) => line.includes('hunter2'))).toBe(true);
  });

  it("a refusal raised by /q itself has the closed code and the status of errors.ts's one table", async () => {
    const response = await get(q('rankings', { colour: 'red' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorJson).errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});

describe('GET on /graphql and CORS', () => {
  it('answers a query sent with GET', async () => {
    const query = '{ rankings(subject: "焦作市", indicator: "GDP", period: "2025-H1") { edges { node { rank } } } }';
    const response = await get(`/graphql?${new URLSearchParams({ query })}`, { accept: 'application/json' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { rankings: { edges: { node: { rank: number } }[] } } };
    expect(body.data.rankings.edges.map((e) => e.node.rank)).toEqual([6]);
  });

  it('allows the configured origins only, on /graphql and on /q', async () => {
    const notebook = 'http://localhost:8888';
    const corsApp = createTestApp({ CORS_ORIGINS: `${notebook}, http://127.0.0.1:8888` });
    try {
      const preflight = await corsApp.yoga.fetch('http://test/graphql', {
        method: 'OPTIONS',
        headers: { origin: notebook, 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe(notebook);
      const csv = await corsApp.yoga.fetch('http://test/q/documents.csv', { headers: { origin: notebook } });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('access-control-allow-origin')).toBe(notebook);
      const stranger = await corsApp.yoga.fetch('http://test/q/documents.csv', {
        headers: { origin: 'http://evil.example' },
      });
      expect(stranger.headers.get('access-control-allow-origin')).not.toBe('http://evil.example');
    } finally {
      await corsApp.close();
    }
    const closed = await get('/q/documents.csv', { origin: notebook });
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('GraphiQL', () => {
  it('is served from the bundled assets, opening on the worked examples', async () => {
    const response = await get('/graphql', { accept: 'text/html' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
    for (const name of ['FirstInProvince', 'HowConnected', 'query Rankings', 'query Neighborhood']) {
      expect(html).toContain(name);
    }
  });
});

describe('the explorer', () => {
  it.each([
    ['/explore', 'text/html', '<div id="graph">'],
    ['/explore/explore.js', 'text/javascript', 'neighborhood(of: $of'],
    ['/explore/explore.css', 'text/css', '#panel'],
    ['/explore/vendor/cytoscape.min.js', 'text/javascript', 'cytoscape'],
  ])('serves %s', async (path, type, content) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(await response.text()).toContain(content);
  });

  it('answers 404 for a file it does not have', async () => {
    expect((await get('/explore/secrets.txt')).status).toBe(404);
  });
});
