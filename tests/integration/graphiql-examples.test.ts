import { graphiqlTabs } from '../../src/http/graphiql';
import { createTestApp, type TestApp } from '../helpers/app';

// Every tab GraphiQL opens with runs as it is against the seeded graph and finds something.

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

/** True when some leaf of the answer is a value (not every list empty, not every field null). */
function holdsData(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsData);
  if (value && typeof value === 'object') return Object.values(value).some(holdsData);
  return value !== null && value !== undefined;
}

const tabs = graphiqlTabs();

it('opens with at least six worked examples and the analyst queries', () => {
  const names = tabs.map((t) => /query (\w+)/.exec(t.query ?? '')?.[1]);
  expect(names.slice(0, 6)).toEqual([
    'FirstInProvince',
    'GdpGrowthAndRank',
    'CompletedProjects',
    'HowConnected',
    'ThousandBillionClusters',
    'Jiaozuo2022',
  ]);
  expect(names).toEqual(expect.arrayContaining(['Rankings', 'Observations', 'Projects', 'Neighborhood']));
});

it.each(tabs.map((t) => [/query (\w+)/.exec(t.query ?? '')?.[1], t] as const))('%s runs', async (_name, tab) => {
  const variables = tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : undefined;
  const res = await app.gql(tab.query ?? '', variables);
  expect(res.errors).toBeUndefined();
  expect(holdsData(res.data)).toBe(true);
});

it('example 1 finds the four indicators on which 焦作市 was first in 2025-H1', async () => {
  const res = await app.gql<{ rankings: { totalCount: number; edges: { node: { indicator: { name: string } } }[] } }>(
    tabs[0]?.query ?? '',
  );
  expect(res.data?.rankings.totalCount).toBe(4);
  expect(res.data?.rankings.edges.map((e) => e.node.indicator.name)).toEqual(
    expect.arrayContaining(['一般公共预算收入', '夏粮平均亩产']),
  );
});

it('the resolve example ranks 焦作市 first, the others with their reasons', async () => {
  const tab = tabs.find((t) => t.query?.includes('query ResolveAName'));
  const res = await app.gql<{ resolve: { reason: string; entity: { name: string; kind: string } }[] }>(
    tab?.query ?? '',
  );
  expect(res.data?.resolve[0]).toEqual({
    score: 0.88,
    reason: 'SHORT_FORM',
    matched: '焦作',
    entity: { key: 'region/jiaozuo', name: '焦作市', kind: 'REGION', level: 'CITY', code: '410800' },
  });
  expect(res.data?.resolve.slice(1).every((c) => c.reason === 'CONTAINS')).toBe(true);
});

it('the roll-up example finds 河南省 by code, its cities, its counties and the figures within it', async () => {
  const tab = tabs.find((t) => t.query?.includes('query RegionRollUp'));
  const res = await app.gql<{
    region: {
      name: string;
      parent: { name: string };
      children: { name: string }[];
      descendants: { totalCount: number };
    };
    observations: { totalCount: number; edges: { node: { subject: { name: string } } }[] };
    projects: { edges: { node: { name: string } }[] };
  }>(tab?.query ?? '');
  expect(res.errors).toBeUndefined();
  expect(res.data?.region).toMatchObject({ name: '河南省', parent: { name: '中国' }, descendants: { totalCount: 3 } });
  expect(res.data?.region.children.map((c) => c.name)).toEqual(['济源市', '焦作市']);
  expect(res.data?.observations.totalCount).toBeGreaterThan(10);
  expect(res.data?.projects.edges.map((e) => e.node.name)).toEqual(['大咖·梦工厂产城融合项目']);
});
