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
