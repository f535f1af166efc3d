import { createTestApp, type TestApp } from '../helpers/app';

// series(…) on the seeded graph through yoga.fetch: one point per period with evidence, the latest-published claim
// current and the others revisions, asOf, and one unit for figures stated in 万元 and 亿元.

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

interface Claim {
  kind: string;
  value: {
    value: number;
    unit: string;
    unitKnown: boolean;
    stated: { value: number; unit: string; text: string };
  } | null;
  growthPct: number | null;
  publishedAt: string;
  dateStated: boolean;
  differs: boolean;
  document: { key: string };
  evidence: { quote: string; document: { key: string } }[];
}
interface Point {
  period: string;
  kind: string;
  value: Claim['value'];
  growthPct: number | null;
  publishedAt: string;
  current: Claim;
  evidence: { quote: string; document: { key: string } }[];
  revisions: Claim[];
}
interface Series {
  series: {
    indicator: { name: string };
    subject: { name: string };
    unit: string | null;
    asOf: string | null;
    points: Point[];
  };
}

const CLAIM = `kind value { value unit unitKnown stated { value unit text } } growthPct publishedAt dateStated differs
  document { key } evidence { quote document { key } }`;
const SERIES = `query ($indicator: String!, $subject: String!, $from: String, $to: String, $kind: ObservationKind, $asOf: Date, $unit: String) {
  series(indicator: $indicator, subject: $subject, from: $from, to: $to, kind: $kind, asOf: $asOf, unit: $unit) {
    indicator { name } subject { name } unit asOf
    points { period kind value { value unit unitKnown stated { value unit text } } growthPct publishedAt
      current { ${CLAIM} } evidence { quote document { key } } revisions { ${CLAIM} } }
  }
}`;

async function series(variables: Record<string, unknown>) {
  const res = await app.gql<Series>(SERIES, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.series as Series['series'];
}

it("gives 焦作市's GDP growth across 2022, 2024 and 2025-H1, each point with its evidence", async () => {
  const s = await series({ indicator: 'GDP', subject: '焦作市' });
  expect(s.indicator.name).toBe('地区生产总值');
  expect(s.subject.name).toBe('焦作市');
  expect(s.points.map((p) => [p.period, p.kind, p.growthPct])).toEqual([
    ['2022', 'ACTUAL', 3.3],
    ['2024', 'ESTIMATE', 5.3],
    ['2025-H1', 'ACTUAL', 6.3],
  ]);
  const [y2022, y2024, h1] = s.points as [Point, Point, Point];
  expect(y2022.value).toEqual({
    value: 2234.8,
    unit: '亿元',
    unitKnown: true,
    stated: { value: 2234.8, unit: '亿元', text: '2234.8亿元' },
  });
  expect(y2022.evidence[0]?.quote).toContain('2234.8亿元');
  expect(y2022.evidence[0]?.document.key).toBe('report/2022-front-page');
  expect(y2022.publishedAt).toBe('2023-01-31');
  expect(y2024.evidence[0]?.quote).toContain('5.3%');
  expect(y2024.current.dateStated).toBe(false);
  expect(y2024.publishedAt).toBe('2024-12-31');
  // Stated by two reports: the point is dated by the later (2025-08-11) and quotes both.
  expect(h1.evidence.map((e) => e.document.key).sort()).toEqual([
    'report/2025-h1-feature',
    'report/2025-h1-press-page',
  ]);
  expect(h1.publishedAt).toBe('2025-08-11');
  expect(h1.current.document.key).toBe('report/2025-h1-feature');
  expect(h1.revisions).toEqual([]);
});

it('cuts a series to from/to and to one kind', async () => {
  const s = await series({ indicator: 'GDP', subject: 'Jiaozuo', from: '2024', to: '2025h1' });
  expect(s.points.map((p) => p.period)).toEqual(['2024', '2025-H1']);
  const actual = await series({ indicator: 'GDP', subject: '焦作市', kind: 'ACTUAL' });
  expect(actual.points.map((p) => p.period)).toEqual(['2022', '2025-H1']);
  const targets = await series({ indicator: 'GDP', subject: '焦作市', kind: 'TARGET' });
  expect(targets.points.map((p) => [p.period, p.value?.value])).toEqual([['2026', 3000]]);
});

it('shows the latest-published of 23.2亿元 and 23.1億元 current, the other a revision, and asOf the earlier one', async () => {
  const s = await series({ indicator: 'indicator/trade-in-driven-consumption', subject: '焦作市', from: '2025-H1' });
  expect(s.points).toHaveLength(1);
  const point = s.points[0] as Point;
  // 001 is dated 2025-07-30; 003 is undated and counts from the end of 2025-H1 (2025-06-30), so 001 is the latest.
  expect(point.value?.value).toBe(23.2);
  expect(point.current.document.key).toBe('report/2025-h1-press-page');
  expect(point.publishedAt).toBe('2025-07-30');
  expect(point.revisions).toHaveLength(1);
  const revision = point.revisions[0] as Claim;
  expect(revision.value).toEqual({
    value: 23.1,
    unit: '亿元',
    unitKnown: true,
    stated: { value: 23.1, unit: '亿元', text: '23.1億元' },
  });
  expect(revision.document.key).toBe('report/2025-h1-portal');
  expect(revision.publishedAt).toBe('2025-06-30');
  expect(revision.dateStated).toBe(false);
  expect(revision.differs).toBe(true);
  expect(revision.evidence[0]?.quote).toContain('23.1億元');

  const before = await series({
    indicator: 'indicator/trade-in-driven-consumption',
    subject: '焦作市',
    from: '2025-H1',
    asOf: '2025-07-29',
  });
  expect(before.asOf).toBe('2025-07-29');
  expect(before.points[0]?.value?.value).toBe(23.1);
  expect(before.points[0]?.current.document.key).toBe('report/2025-h1-portal');
  expect(before.points[0]?.revisions).toEqual([]);
  const earlier = await series({ indicator: 'GDP', subject: '焦作市', asOf: '2025-08-01' });
  // The 2025-H1 growth was then stated by 001 alone.
  expect(earlier.points.at(-1)?.evidence.map((e) => e.document.key)).toEqual(['report/2025-h1-press-page']);
  expect(earlier.points.at(-1)?.publishedAt).toBe('2025-07-30');
  const early = await series({ indicator: 'GDP', subject: '焦作市', asOf: '2023-01-30' });
  expect(early.points.map((p) => p.period)).toEqual([]);
});

it('puts a 万元 and an 亿元 figure of one indicator in one unit', async () => {
  // The curated graph states 拉动消费 in 亿元 (trade-in) and in 万元 (vouchers): compared here as one indicator's figures
  // by writing a 万元 claim of trade-in consumption for 2024 beside the 亿元 ones.
  await app.db.write(
    `MATCH (i:Indicator {key: 'indicator/trade-in-driven-consumption'}), (s:Region {key: 'region/jiaozuo'})
     CREATE (o:Observation:Test {key: 'observation/test-wanyuan', period: '2024', kind: 'ACTUAL', valueValue: 185000.0,
       valueUnit: '万元', valueText: '18.5万元', growthPct: null, note: null,
       docs: ['report/2024-year-end-review'], quotes: ['测试'], offsets: [-1]})
     CREATE (o)-[:OF]->(i), (o)-[:ABOUT]->(s)`,
  );
  try {
    const s = await series({ indicator: 'indicator/trade-in-driven-consumption', subject: '焦作市' });
    expect(s.unit).toBe('亿元');
    // 2024: the test's 万元 claim (published with nothing, dated like the 2024 review) beside the review's 近20亿元.
    const y2024 = s.points.find((p) => p.period === '2024') as Point;
    const figures = [y2024.current, ...y2024.revisions].map((c) => [
      c.value?.value,
      c.value?.unit,
      c.value?.stated.unit,
    ]);
    expect(figures).toEqual(
      expect.arrayContaining([
        [18.5, '亿元', '万元'],
        [20, '亿元', '亿元'],
      ]),
    );
    expect(s.points.map((p) => [p.period, p.value?.unit])).toEqual([
      ['2024', '亿元'],
      ['2025-H1', '亿元'],
    ]);
    expect(s.points[1]?.value?.value).toBe(23.2);
    const inWan = await series({ indicator: 'indicator/trade-in-driven-consumption', subject: '焦作市', unit: '万元' });
    expect(inWan.unit).toBe('万元');
    expect(inWan.points[1]?.value?.value).toBe(232000);
    const wan2024 = inWan.points[0] as Point;
    expect([wan2024.current, ...wan2024.revisions].map((c) => c.value?.value).sort()).toEqual([185000, 200000]);
  } finally {
    await app.db.write(`MATCH (o:Observation:Test) DETACH DELETE o`);
  }
});

it('keeps a unit it does not know as stated and flags it', async () => {
  const s = await series({ indicator: 'indicator/voucher-driven-consumption', subject: '焦作市' });
  expect(s.points[0]?.value).toMatchObject({
    value: 0.2,
    unit: '亿元',
    unitKnown: true,
    stated: { text: '超2000万元' },
  });
  const [odd] = await app.db.read<{ key: string; unit: string }>(
    `MATCH (i:Indicator)<-[:OF]-(o:Observation {valueUnit: '个'})-[:ABOUT]->(:Region {key: 'region/jiaozuo'})
     WHERE o.kind IN ['ACTUAL', 'ESTIMATE'] RETURN i.key AS key, o.valueUnit AS unit LIMIT 1`,
  );
  expect(odd?.unit).toBe('个');
  const u = await series({ indicator: odd?.key as string, subject: '焦作市' });
  const withValue = u.points.find((p) => p.value);
  expect(withValue?.value).toMatchObject({ unit: '个', unitKnown: false });
  expect(withValue?.value?.value).toBe(withValue?.value?.stated.value);
});

it('refuses bad input with BAD_USER_INPUT or NOT_FOUND', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ indicator: 'GDP', subject: '焦作市', from: '2025-13' }, 'BAD_USER_INPUT'],
    [{ indicator: 'GDP', subject: '焦作市', from: '2025', to: '2024' }, 'BAD_USER_INPUT'],
    [{ indicator: 'GDP', subject: '焦作市', unit: '个' }, 'BAD_USER_INPUT'],
    [{ indicator: 'GDP', subject: '焦作市', asOf: '2025-02-30' }, 'BAD_USER_INPUT'],
    [{ indicator: 'no such indicator', subject: '焦作市' }, 'NOT_FOUND'],
    [{ indicator: 'GDP', subject: '无此地' }, 'NOT_FOUND'],
  ];
  for (const [variables, code] of cases) {
    const res = await app.gql(SERIES, variables);
    expect([variables, res.errors?.[0]?.extensions?.code]).toEqual([variables, code]);
  }
});

describe('/q/series', () => {
  const get = async (path: string) => {
    const response = await app.yoga.fetch(`http://test${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("works with no parameters: 焦作市's GDP, one row per claim, the current one marked", async () => {
    const { status, body } = await get('/q/series.json');
    expect(status).toBe(200);
    const rows = body.rows as Record<string, unknown>[];
    expect(body.params).toMatchObject({ indicator: 'GDP', subject: '焦作市' });
    expect(rows.filter((r) => r.current).map((r) => [r.period, r.growth_pct, r.kind])).toEqual([
      ['2022', 3.3, 'ACTUAL'],
      ['2024', 5.3, 'ESTIMATE'],
      ['2025-H1', 6.3, 'ACTUAL'],
    ]);
    expect(rows.every((r) => typeof r.quote === 'string' && (r.quote as string).length > 0)).toBe(true);
  });

  it('lists the revision with its report and date, and answers as of a day', async () => {
    const params = new URLSearchParams({ indicator: 'indicator/trade-in-driven-consumption', from: '2025-H1' });
    const { body } = await get(`/q/series.json?${params}`);
    expect(
      (body.rows as Record<string, unknown>[]).map((r) => [
        r.current,
        r.value,
        r.value_stated,
        r.published_at,
        r.document,
      ]),
    ).toEqual([
      [true, 23.2, '23.2亿元', '2025-07-30', 'report/2025-h1-press-page'],
      [false, 23.1, '23.1億元', '2025-06-30', 'report/2025-h1-portal'],
    ]);
    params.set('as_of', '2025-07-29');
    const earlier = await get(`/q/series.json?${params}`);
    expect(earlier.status).toBe(200);
    expect((earlier.body.rows as Record<string, unknown>[]).map((r) => [r.current, r.value_stated])).toEqual([
      [true, '23.1億元'],
    ]);
    params.set('as_of', '29/07/2025');
    const bad = await get(`/q/series.json?${params}`);
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { extensions: { code: string } }[])[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
