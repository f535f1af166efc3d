import { ingestReport } from '../../src/ingest/ingest';
import { removeDocument } from '../../src/ingest/write';
import { createTestApp, type GraphCounts, graphCounts, type TestApp } from '../helpers/app';

// leagueTable(…) through yoga.fetch: the seeded graph's stated ranks (焦作市 in 河南省), and ranks derived from a
// small report, ingested here, that gives the figures of every city of 宁夏 (a made-up text, removed afterwards).

let app: TestApp;
const KEY = 'report/test-ningxia-league';
const NINGXIA = `宁夏上半年经济运行情况
上半年，全区地区生产总值同比增长5.6%。分市看，银川市地区生产总值同比增长6.1%；石嘴山市同比增长5.2%；吴忠市同比增长5.9%；固原市同比增长4.8%；中卫市同比增长5.9%。
银川市一般公共预算收入85.3亿元，石嘴山市一般公共预算收入21.6亿元，吴忠市一般公共预算收入183000万元，固原市一般公共预算收入95000万元，中卫市一般公共预算收入16.2亿元。
银川市社会消费品零售总额同比增长4.2%，石嘴山市社会消费品零售总额同比增长3.1%，吴忠市社会消费品零售总额同比增长5.0%，中卫市社会消费品零售总额同比增长3.8%。`;

const counts = () => graphCounts(app);
let before: GraphCounts;

beforeAll(async () => {
  app = createTestApp({ NEO4J_TX_TIMEOUT_MS: '60000' });
  before = await counts();
  await ingestReport(
    app.db,
    {
      key: KEY,
      title: '宁夏上半年经济运行情况',
      text: NINGXIA,
      publishedAt: '2025-07-20',
      period: '2025-H1',
      subject: '宁夏回族自治区',
    },
    { pool: 'in-thread' },
  );
}, 120_000);
afterAll(async () => {
  await removeDocument(app.db, KEY);
  expect(await counts()).toEqual(before);
  await app.close();
});

interface Entry {
  place: { key: string } | null;
  name: string;
  code: string | null;
  value: { value: number; unit: string; stated: { text: string } } | null;
  growthPct: number | null;
  rank: number | null;
  rankSource: 'STATED' | 'DERIVED' | null;
  derivedRank: number | null;
  evidence: { quote: string; document: { key: string } }[];
  figure: { publishedAt: string; document: { key: string }; evidence: { quote: string }[] } | null;
}
interface Table {
  leagueTable: {
    indicator: { name: string };
    scope: { name: string };
    period: string;
    basis: string;
    unit: string | null;
    complete: boolean;
    missing: string[];
    entries: Entry[];
  };
}

const TABLE = `query ($indicator: String!, $period: String!, $scope: String!, $basis: RankingBasis, $level: RegionLevel) {
  leagueTable(indicator: $indicator, period: $period, scope: $scope, basis: $basis, level: $level) {
    indicator { name } scope { name } period basis unit complete missing
    entries { place { key } name code value { value unit stated { text } } growthPct rank rankSource derivedRank
      evidence { quote document { key } } figure { publishedAt document { key } evidence { quote } } }
  }
}`;

async function table(variables: Record<string, unknown>) {
  const res = await app.gql<Table>(TABLE, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.leagueTable as Table['leagueTable'];
}

it('lists every city of 河南省 and marks 焦作市 rank 6 in GDP growth as STATED, with its evidence', async () => {
  const t = await table({ indicator: 'GDP', period: '2025-H1', scope: '河南省' });
  expect(t.scope.name).toBe('河南省');
  // 17 prefectures and 济源 (a county-level city under the province).
  expect(t.entries).toHaveLength(18);
  expect(t.entries.map((e) => e.name)).toEqual(expect.arrayContaining(['郑州市', '洛阳市', '焦作市', '济源市']));
  const first = t.entries[0] as Entry;
  expect(first).toMatchObject({
    name: '焦作市',
    rank: 6,
    rankSource: 'STATED',
    growthPct: 6.3,
    place: { key: 'region/jiaozuo' },
  });
  expect(first.evidence.map((e) => e.quote)).toContain('地区生产总值同比增长6.3%、居全省第6位');
  expect(first.derivedRank).toBeNull();
  expect(first.figure?.document.key).toBe('report/2025-h1-feature');
  expect(t.complete).toBe(false);
  expect(t.missing).toHaveLength(17);
  expect(t.entries.slice(1).every((e) => e.rank === null && e.rankSource === null && e.growthPct === null)).toBe(true);
  const level = await table({ indicator: 'GDP', period: '2022', scope: '河南省', basis: 'LEVEL' });
  expect(level.entries[0]).toMatchObject({
    name: '焦作市',
    rank: 13,
    rankSource: 'STATED',
    value: { value: 2234.8, unit: '亿元' },
  });
});

it('derives ranks from the growth of every city of 宁夏, ties sharing a rank', async () => {
  const t = await table({ indicator: '地区生产总值', period: '2025-H1', scope: '宁夏回族自治区' });
  expect(t.complete).toBe(true);
  expect(t.missing).toEqual([]);
  expect(t.entries.map((e) => [e.name, e.growthPct, e.rank, e.rankSource])).toEqual([
    ['银川市', 6.1, 1, 'DERIVED'],
    ['吴忠市', 5.9, 2, 'DERIVED'],
    ['中卫市', 5.9, 2, 'DERIVED'],
    ['石嘴山市', 5.2, 4, 'DERIVED'],
    ['固原市', 4.8, 5, 'DERIVED'],
  ]);
  expect(t.entries.every((e) => e.evidence.length === 0 && e.figure?.document.key === KEY)).toBe(true);
  expect(t.entries[0]?.figure?.evidence[0]?.quote).toContain('6.1%');
});

it('ranks levels stated in 万元 and 亿元 in one unit', async () => {
  const t = await table({ indicator: '一般公共预算收入', period: '2025-H1', scope: '宁夏回族自治区', basis: 'LEVEL' });
  expect(t.unit).toBe('亿元');
  expect(t.entries.map((e) => [e.name, e.value?.value, e.value?.stated.text, e.rank, e.rankSource])).toEqual([
    ['银川市', 85.3, '85.3亿元', 1, 'DERIVED'],
    ['石嘴山市', 21.6, '21.6亿元', 2, 'DERIVED'],
    ['吴忠市', 18.3, '183000万元', 3, 'DERIVED'],
    ['中卫市', 16.2, '16.2亿元', 4, 'DERIVED'],
    ['固原市', 9.5, '95000万元', 5, 'DERIVED'],
  ]);
});

it('leaves derived ranks null while one city has no figure', async () => {
  const t = await table({ indicator: '社会消费品零售总额', period: '2025-H1', scope: '宁夏回族自治区' });
  expect(t.complete).toBe(false);
  expect(t.missing).toEqual(['固原市']);
  expect(t.entries.map((e) => [e.name, e.growthPct, e.rank])).toEqual([
    ['吴忠市', 5, null],
    ['银川市', 4.2, null],
    ['中卫市', 3.8, null],
    ['石嘴山市', 3.1, null],
    ['固原市', null, null],
  ]);
});

it('refuses bad input with a code', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ indicator: 'GDP', period: '2025-13', scope: '河南省' }, 'BAD_USER_INPUT'],
    [{ indicator: 'GDP', period: '2025-H1', scope: '无此省' }, 'NOT_FOUND'],
    [{ indicator: 'GDP', period: '2025-H1', scope: '中国', level: 'COUNTY' }, 'BAD_USER_INPUT'],
  ];
  for (const [variables, code] of cases) {
    const res = await app.gql(TABLE, variables);
    expect([variables, res.errors?.[0]?.extensions?.code]).toEqual([variables, code]);
  }
});

it('/q/league-table works with no parameters (河南省, GDP growth, 2025-H1) and takes the ingested scope', async () => {
  const response = await app.yoga.fetch('http://test/q/league-table.json');
  expect(response.status).toBe(200);
  const body = (await response.json()) as { rows: Record<string, unknown>[] };
  expect(body.rows).toHaveLength(18);
  expect(body.rows[0]).toMatchObject({ place: '焦作市', rank: 6, rank_source: 'STATED', growth_pct: 6.3 });
  expect(body.rows[0]?.quote).toBe('地区生产总值同比增长6.3%、居全省第6位');
  const params = new URLSearchParams({ scope: '宁夏回族自治区', indicator: '一般公共预算收入', basis: 'LEVEL' });
  const csv = await (await app.yoga.fetch(`http://test/q/league-table.csv?${params}`)).text();
  const lines = csv.trim().split('\n');
  expect(lines).toHaveLength(6);
  expect(lines[1]).toContain('1,DERIVED,1,银川市,640100');
  expect(lines.find((l) => l.includes('固原市'))).toContain('95000万元');
});
