import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ingestReport } from '../../src/ingest/ingest';
import { removeDocument } from '../../src/ingest/write';
import { readDocuments } from '../../src/seed/read';
import { createTestApp, type GraphCounts, graphCounts, type TestApp } from '../helpers/app';
import { CONNECTION_ENV } from '../helpers/test-neo4j';

// Ingest through the mutation and the CLI, on the real Neo4j; every test takes its documents back out, and
// the graph is compared before and after.

const TOKEN = 'test-ingest-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const ZHENGZHOU = `郑州经济半年报
上半年，郑州市地区生产总值同比增长5.1%、居全省第3位。一般公共预算收入、社会消费品零售总额分别增长3.2%、7.7%，分别居全省第2、第9位。
恒达科技年产5万吨新型材料项目等一批标志性项目建成投产。`;

const MUTATION = `mutation ($input: IngestReportInput!) {
  ingestReport(input: $input) {
    document { key title script period text } entitiesCreated entitiesLinked observations rankings warnings
    inferred { period { value confidence reason warning } subject { value confidence reason warning } }
  }
}`;

let app: TestApp;
let open: TestApp;
const counts = () => graphCounts(app);
let before: GraphCounts;

beforeAll(async () => {
  app = createTestApp({ INGEST_TOKEN: TOKEN });
  open = createTestApp();
  before = await counts();
});
afterAll(async () => {
  expect(await counts()).toEqual(before);
  await open.close();
  await app.close();
});

interface Payload {
  document: { key: string; script: string; period: string; text: string };
  entitiesCreated: number;
  entitiesLinked: number;
  observations: number;
  rankings: number;
  warnings: string[];
  inferred: Record<
    'period' | 'subject',
    { value: string | null; confidence: number; reason: string; warning: string | null }
  >;
}

describe('authentication', () => {
  it('refuses ingest when the server has no token configured, and writes nothing', async () => {
    const res = await open.gql(MUTATION, { input: { key: 'report/x', title: 'x', text: ZHENGZHOU } }, AUTH);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
  });

  it('refuses a missing or wrong bearer token', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer nope' }, { authorization: TOKEN }];
    for (const headers of attempts) {
      const res = await app.gql(MUTATION, { input: { key: 'report/x', title: 'x', text: ZHENGZHOU } }, headers);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await counts()).toEqual(before);
  });
});

describe('ingestReport', () => {
  afterEach(async () => {
    for (const key of ['report/test-zhengzhou', 'report/test-seed-000', 'report/test-a', 'report/test-b'])
      await removeDocument(app.db, key);
  });

  it('extracts figures and rankings of a new report, each with a quote from its text', async () => {
    const res = await app.gql<{ ingestReport: Payload }>(
      MUTATION,
      { input: { key: 'report/test-zhengzhou', title: '郑州半年报', text: ZHENGZHOU, publishedAt: '2024-07-30' } },
      AUTH,
    );
    expect(res.errors).toBeUndefined();
    const p = res.data?.ingestReport as Payload;
    expect(p).toMatchObject({
      document: { key: 'report/test-zhengzhou', script: 'SIMPLIFIED', period: '2024-H1' },
      observations: 3,
      rankings: 3,
    });
    expect(p.entitiesCreated).toBeGreaterThanOrEqual(2);
    // Neither period nor subject was passed: the answer says what was inferred, from what, and how sure.
    expect(p.inferred.period).toMatchObject({ value: '2024-H1', reason: expect.stringMatching(/上半年/) });
    expect(p.inferred.period.confidence).toBeGreaterThan(0.5);
    expect(p.inferred.period.warning).toMatch(/Pass the period/);
    expect(p.inferred.subject).toMatchObject({ value: '郑州市', reason: expect.stringMatching(/郑州/) });
    const q = await app.gql<{
      rankings: {
        edges: {
          node: {
            rank: number;
            indicator: { key: string };
            evidence: { quote: string; offset: number; document: { text: string } }[];
          };
        }[];
      };
    }>(
      `{ rankings(subject: "郑州", period: "2024-H1") { edges { node { rank indicator { key } evidence { quote offset document { text } } } } } }`,
    );
    const ranks = Object.fromEntries((q.data?.rankings.edges ?? []).map((e) => [e.node.indicator.key, e.node.rank]));
    expect(ranks).toEqual({ 'indicator/gdp': 3, 'indicator/general-budget-revenue': 2, 'indicator/retail-sales': 9 });
    for (const e of q.data?.rankings.edges ?? []) {
      for (const ev of e.node.evidence)
        expect(ev.document.text.slice(ev.offset, ev.offset + ev.quote.length)).toBe(ev.quote);
    }
    const project = await app.gql<{ entity: { name: string; status: string; developers: { name: string }[] } | null }>(
      '{ entity(name: "恒达科技年产5万吨新型材料项目") { name ... on Project { status developers { name } } } }',
    );
    expect(project.data?.entity).toEqual({
      name: '恒达科技年产5万吨新型材料项目',
      status: 'COMPLETED',
      developers: [{ name: '恒达科技' }],
    });
  });

  it('creates an indicator the graph does not know, serves its figure and rank, and removes it with the report', async () => {
    const text = '许昌市2024年一季度经济运行\n一季度，全市税收收入42.6亿元，同比增长5.3%，在全省排第4位。';
    const res = await app.gql<{ ingestReport: Payload }>(
      MUTATION,
      { input: { key: 'report/test-a', title: '许昌一季度', text, publishedAt: '2024-04-20' } },
      AUTH,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.ingestReport).toMatchObject({ observations: 1, rankings: 1 });
    const figures = `{
      entity(name: "税收收入") { key name }
      observations(indicator: "税收收入", subject: "许昌市") { edges { node { period growthPct value { value unit } evidence { quote } } } }
      rankings(indicator: "税收收入", subject: "许昌市") { edges { node { period rank } } }
    }`;
    const q = await app.gql<{
      entity: { key: string; name: string } | null;
      observations: { edges: { node: Record<string, unknown> }[] };
      rankings: { edges: { node: Record<string, unknown> }[] };
    }>(figures);
    expect(q.errors).toBeUndefined();
    expect(q.data?.entity?.name).toBe('税收收入');
    expect(q.data?.observations.edges.map((e) => e.node)).toEqual([
      {
        period: '2024-Q1',
        growthPct: 5.3,
        value: { value: 42.6, unit: '亿元' },
        evidence: [{ quote: expect.stringContaining('税收收入42.6亿元') }],
      },
    ]);
    expect(q.data?.rankings.edges.map((e) => e.node)).toEqual([{ period: '2024-Q1', rank: 4 }]);
    await removeDocument(app.db, 'report/test-a');
    const gone = await app.gql<{ entity: unknown }>('{ entity(name: "税收收入") { key } }');
    expect(gone.data?.entity).toBeNull();
  });

  it('links a known report to the existing nodes and replaces its facts on re-ingest without duplicates', async () => {
    const seed = readDocuments().find((d) => d.id === '003');
    const input = {
      key: 'report/test-seed-000',
      title: '焦作半年报（繁体）',
      text: seed?.text ?? '',
      publishedAt: '2025-07-31',
    };
    const first = await app.gql<{ ingestReport: Payload }>(MUTATION, { input }, AUTH);
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestReport.document.script).toBe('TRADITIONAL');
    expect(first.data?.ingestReport.entitiesLinked).toBeGreaterThan(10);
    // The GDP growth of 焦作市 in 2025-H1 is one node, now with this report's quote beside the curated ones.
    const gdp = async () =>
      (
        await app.gql<{
          observations: { edges: { node: { growthPct: number; evidence: { document: { key: string } }[] } }[] };
        }>(
          '{ observations(subject: "焦作市", indicator: "GDP", period: "2025-H1") { edges { node { growthPct evidence { document { key } } } } } }',
        )
      ).data?.observations.edges ?? [];
    const after = await counts();
    const second = await app.gql<{ ingestReport: Payload }>(MUTATION, { input }, AUTH);
    expect(second.errors).toBeUndefined();
    expect(await counts()).toEqual(after);
    const industrial = await app.gql<{
      observations: { edges: { node: { evidence: { document: { key: string } }[] } }[] };
    }>(
      '{ observations(subject: "焦作市", indicator: "规上工业增加值", period: "2025-H1") { edges { node { evidence { document { key } } } } } }',
    );
    const docs = (industrial.data?.observations.edges ?? []).flatMap((e) => e.node.evidence.map((x) => x.document.key));
    expect(docs.filter((d) => d === 'report/test-seed-000')).toHaveLength(1);
    expect(docs).toContain('report/2025-h1-portal');
    expect((await gdp()).length).toBe(1);
  });

  it('runs two ingests of different reports at once without duplicating shared entities', async () => {
    const text = (city: string) => `上半年，${city}地区生产总值同比增长4.8%、居全省第5位。新乡市进出口总值增长3.5%。`;
    const [a, b] = await Promise.all([
      app.gql<{ ingestReport: Payload }>(
        MUTATION,
        { input: { key: 'report/test-a', title: 'a', text: text('洛阳市'), period: '2024-H1' } },
        AUTH,
      ),
      app.gql<{ ingestReport: Payload }>(
        MUTATION,
        { input: { key: 'report/test-b', title: 'b', text: text('开封市'), period: '2024-H1' } },
        AUTH,
      ),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const [row] = await app.db.read<{ n: number }>("MATCH (r:Region {key: 'region/xinxiang'}) RETURN count(r) AS n");
    expect(row?.n).toBe(1);
  });

  it('rejects empty, oversized and badly encoded text with a clear error and writes nothing', async () => {
    // Over 2 MB is refused at the door (413, QUERY_TOO_COMPLEX) before the body is parsed.
    const huge = await app.gql(
      MUTATION,
      { input: { key: 'report/test-a', title: 'a', text: '焦'.repeat(800_000) } },
      AUTH,
    );
    expect(huge.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(huge.errors?.[0]?.message).toMatch(/2 MB/);
    const cases = ['   ', `${'\uFFFD'.repeat(50)}郑州`];
    for (const text of cases) {
      const res = await app.gql(MUTATION, { input: { key: 'report/test-a', title: 'a', text } }, AUTH);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/text/);
    }
    // The period grammar is the one observations(period:) reads: a thirteenth month is refused the same way.
    const month13 = await app.gql(
      MUTATION,
      { input: { key: 'report/test-a', title: 'a', text: '全市地区生产总值增长5%。', period: '2025-13' } },
      AUTH,
    );
    expect(month13.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(month13.errors?.[0]?.message).toMatch(/period "2025-13" is not a period/);
    expect(await counts()).toEqual(before);
  });

  it('stores a text with no Chinese as a document with zero facts and a warning', async () => {
    const res = await app.gql<{ ingestReport: Payload }>(
      MUTATION,
      { input: { key: 'report/test-a', title: 'en', text: 'GDP grew 5% in the first half of 2024.' } },
      AUTH,
    );
    expect(res.data?.ingestReport).toMatchObject({ observations: 0, rankings: 0, entitiesCreated: 0 });
    expect(res.data?.ingestReport.warnings.join(' ')).toMatch(/no Chinese/);
  });

  it('leaves nothing behind when the write is interrupted half-way', async () => {
    await expect(
      ingestReport(
        app.db,
        { key: 'report/test-zhengzhou', title: 'x', text: ZHENGZHOU },
        {
          beforeStatement: (i) => {
            if (i === 8) throw new Error('killed half-way');
          },
        },
      ),
    ).rejects.toThrow('killed half-way');
    const [row] = await app.db.read<{ n: number }>(
      "MATCH (d:Document {key: 'report/test-zhengzhou'}) RETURN count(d) AS n",
    );
    expect(row?.n).toBe(0);
    expect(await counts()).toEqual(before);
  });
});

describe('npm run ingest', () => {
  it('ingests a file and prints a summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
    const file = join(dir, 'zhengzhou.txt');
    writeFileSync(file, ZHENGZHOU);
    const connection = JSON.parse(process.env[CONNECTION_ENV] ?? '{}') as {
      uri: string;
      username: string;
      password: string;
    };
    const root = resolve(__dirname, '..', '..');
    try {
      const { stdout } = await promisify(execFile)(
        join(root, 'node_modules', '.bin', 'tsx'),
        ['src/cli/ingest.ts', file, '--key', 'report/test-zhengzhou', '--period', '2024-H1'],
        {
          cwd: root,
          env: {
            ...process.env,
            NEO4J_URI: connection.uri,
            NEO4J_USERNAME: connection.username,
            NEO4J_PASSWORD: connection.password,
          },
        },
      );
      expect(stdout).toMatch(/ingest: report\/test-zhengzhou \(2024-H1, SIMPLIFIED\)/);
      expect(stdout).toMatch(/figures: 3; rankings: 3/);
      expect(stdout).toMatch(/period: 2024-H1 \(given, confidence 1\)/);
      expect(stdout).toMatch(/subject: 郑州市 \(/);
      const [row] = await app.db.read<{ n: number }>(
        "MATCH (:Document {key: 'report/test-zhengzhou'})-[:MENTIONS]->() RETURN count(*) AS n",
      );
      expect(row?.n).toBeGreaterThan(0);
    } finally {
      await removeDocument(app.db, 'report/test-zhengzhou');
    }
  });
});
