import { ingestReport } from '../../src/ingest/ingest';
import { removeDocument } from '../../src/ingest/write';
import { createTestApp, type TestApp } from '../helpers/app';

// Region roll-ups on the seeded graph: region(code:), parent, children, descendants, and the `within` filter of
// observations, rankings, projects and companies, with county-level facts read from a small report on 温县.

const WENXIAN = `温县2025年上半年经济运行情况
2025年上半年，温县地区生产总值同比增长7.7%，居全省第3位。
温县规模以上工业增加值同比增长9.1%。`;

let app: TestApp;
/** Writes with a long transaction timeout: the machine the suite runs on may be busy. */
let writer: TestApp;
beforeAll(async () => {
  app = createTestApp();
  writer = createTestApp({ NEO4J_TX_TIMEOUT_MS: '120000' });
  await ingestReport(writer.db, {
    key: 'report/test-wenxian-roll-up',
    title: '温县2025年上半年经济运行情况',
    text: WENXIAN,
    period: '2025-H1',
    subject: '温县',
  });
  // Reading a report loads the script converters and the place table first: slow on a busy machine.
}, 240_000);
afterAll(async () => {
  await removeDocument(writer.db, 'report/test-wenxian-roll-up');
  await Promise.all([app.close(), writer.close()]);
});

interface Named {
  name: string;
  code?: string | null;
}

describe('region(code:)', () => {
  it('answers the region with that GB/T 2260 code, its parent and its children', async () => {
    const res = await app.gql<{
      region: Named & { level: string; parent: Named & { parent: Named | null }; children: Named[] };
    }>(`{ region(code: "410800") { name level code parent { name code parent { name } } children { name code } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.region).toMatchObject({
      name: '焦作市',
      level: 'CITY',
      code: '410800',
      parent: { name: '河南省', code: '410000', parent: { name: '中国' } },
    });
    // The seeded counties and districts of 焦作市, by name; 博爱经济技术开发区 hangs under 博爱县 (its LOCATED_IN edge).
    expect(res.data?.region.children.map((c) => c.name)).toEqual(['中站区', '博爱县', '孟州市', '温县', '解放区']);
  });

  it('gives 济源市 its province from the code list though no document wrote that edge', async () => {
    const res = await app.gql<{ region: Named & { parent: Named | null } }>(
      '{ region(code: "419001") { name parent { name code } } }',
    );
    expect(res.data?.region).toEqual({ name: '济源市', parent: { name: '河南省', code: '410000' } });
    const henan = await app.gql<{ region: { children: Named[] } }>('{ region(code: "410000") { children { name } } }');
    expect(henan.data?.region.children.map((c) => c.name)).toEqual(['济源市', '焦作市']);
  });

  it('lists descendants of one level, and every level without it', async () => {
    const res = await app.gql<{
      region: {
        counties: { totalCount: number; edges: { node: Named }[] };
        all: { totalCount: number; edges: { node: { name: string; level: string } }[] };
        zones: { edges: { node: { name: string; parent: Named } }[] };
      };
    }>(`{ region(code: "410000") {
      counties: descendants(level: COUNTY) { totalCount edges { node { name } } }
      all: descendants(first: 100) { totalCount edges { node { name level } } }
      zones: descendants(level: ZONE) { edges { node { name parent { name } } } }
    } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.region.counties.edges.map((e) => e.node.name)).toEqual(['博爱县', '孟州市', '温县']);
    // 焦作市 and 济源市, 焦作's five counties and districts, and 博爱经济技术开发区.
    expect(res.data?.region.all.totalCount).toBe(8);
    expect(res.data?.region.zones.edges.map((e) => e.node)).toEqual([
      { name: '博爱经济技术开发区', parent: { name: '博爱县' } },
    ]);
  });

  it('refuses a malformed code and names the place a code of the list stands for when no report names it', async () => {
    const bad = await app.gql('{ region(code: "41080") { name } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const absent = await app.gql('{ region(code: "410100") { name } }');
    expect(absent.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(absent.errors?.[0]?.message).toContain('郑州市');
    const unknown = await app.gql('{ region(code: "999999") { name } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('within', () => {
  const OBSERVATIONS = `query ($within: String, $subject: String) {
    observations(within: $within, subject: $subject, period: "2025-H1", first: 100) {
      totalCount edges { node { subject { name } indicator { name } growthPct } }
    }
  }`;
  type Obs = { observations: { totalCount: number; edges: { node: { subject: Named; growthPct: number | null } }[] } };

  it('includes county-level facts in 河南省 and in 焦作市, and leaves them out of another county', async () => {
    const henan = await app.gql<Obs>(OBSERVATIONS, { within: '河南省' });
    expect(henan.errors).toBeUndefined();
    const subjects = new Set(henan.data?.observations.edges.map((e) => e.node.subject.name));
    expect(subjects).toEqual(new Set(['焦作市', '温县']));
    const wenxian = henan.data?.observations.edges.filter((e) => e.node.subject.name === '温县').map((e) => e.node);
    expect(wenxian?.map((o) => o.growthPct).sort()).toEqual([7.7, 9.1]);

    // By code and by name alike; the city's own facts and its county's.
    const byCode = await app.gql<Obs>(OBSERVATIONS, { within: '410800' });
    expect(byCode.data?.observations.totalCount).toBe(henan.data?.observations.totalCount);
    const all = await app.gql<Obs>(OBSERVATIONS, {});
    expect(henan.data?.observations.totalCount).toBeGreaterThan(2);
    // 2025-H1 figures about chains and companies are in no region.
    expect(all.data?.observations.totalCount).toBeGreaterThan(henan.data?.observations.totalCount ?? 0);

    const mengzhou = await app.gql<Obs>(OBSERVATIONS, { within: '孟州市' });
    expect(mengzhou.data?.observations.totalCount).toBe(0);
    const county = await app.gql<Obs>(OBSERVATIONS, { within: '温县' });
    expect(county.data?.observations.totalCount).toBe(2);
  });

  it('applies to rankings, projects and companies', async () => {
    const res = await app.gql<{
      rankings: { edges: { node: { subject: Named; scope: Named; rank: number } }[] };
      projects: { edges: { node: Named }[] };
      all: { totalCount: number };
      companies: { edges: { node: Named }[] };
    }>(`{
      rankings(within: "温县") { edges { node { subject { name } scope { name } rank } } }
      projects(within: "温县") { edges { node { name } } }
      all: projects(within: "河南省") { totalCount }
      companies(within: "博爱县") { edges { node { name } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.rankings.edges.map((e) => e.node)).toEqual([
      { subject: { name: '温县' }, scope: { name: '河南省' }, rank: 3 },
    ]);
    expect(res.data?.projects.edges.map((e) => e.node.name)).toEqual(['大咖·梦工厂产城融合项目']);
    const everyProject = await app.gql<{ projects: { totalCount: number } }>('{ projects { totalCount } }');
    expect(res.data?.all.totalCount).toBeGreaterThan(0);
    expect(res.data?.all.totalCount).toBeLessThanOrEqual(everyProject.data?.projects.totalCount ?? 0);
    // 焦作安彩新材料有限公司 is in 博爱经济技术开发区, a zone of 博爱县.
    expect(res.data?.companies.edges.map((e) => e.node.name)).toContain('焦作安彩新材料有限公司');
  });

  it('is NOT_FOUND for a name no region has', async () => {
    const res = await app.gql('{ observations(within: "无此地") { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
