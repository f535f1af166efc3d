import { createTestApp, type TestApp } from '../helpers/app';
import { EVIDENCE, type EvidenceJson, expectEvidenceInText } from '../helpers/evidence';

// The analyst questions of the knowledge-graph issue, asked through real GraphQL against the seeded Neo4j.

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

interface RankingJson {
  rank: number;
  basis: string;
  period: string;
  indicator: { key: string; name: string };
  scope: { name: string };
  evidence: EvidenceJson[];
}

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await app.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

const RANKINGS = `query ($subject: String, $indicator: String, $period: String, $scope: String, $maxRank: Int) {
  rankings(subject: $subject, indicator: $indicator, period: $period, scope: $scope, maxRank: $maxRank, first: 100) {
    totalCount
    edges { node { rank basis period indicator { key name } scope { name } ${EVIDENCE} } }
  }
}`;

describe('1. indicators on which 焦作市 was first in 河南省 in 2025-H1', () => {
  it('lists 一般公共预算收入 growth and 夏粮平均亩产, with quotes', async () => {
    const data = await ok<{ rankings: { totalCount: number; edges: { node: RankingJson }[] } }>(RANKINGS, {
      subject: '焦作市',
      period: '2025-H1',
      scope: '河南省',
      maxRank: 1,
    });
    const nodes = data.rankings.edges.map((e) => e.node);
    const keys = nodes.map((n) => n.indicator.key);
    expect(keys).toEqual(expect.arrayContaining(['indicator/general-budget-revenue', 'indicator/summer-grain-yield']));
    for (const n of nodes) {
      expect(n.rank).toBe(1);
      expect(n.scope.name).toBe('河南省');
      expectEvidenceInText(n.evidence);
    }
    expect(nodes.find((n) => n.indicator.key === 'indicator/general-budget-revenue')?.basis).toBe('GROWTH');
    expect(nodes.find((n) => n.indicator.key === 'indicator/summer-grain-yield')?.basis).toBe('LEVEL');
  });

  it('resolves English and alias names: rankings(subject:"Jiaozuo", indicator:"GDP")', async () => {
    const data = await ok<{ rankings: { edges: { node: RankingJson }[] } }>(RANKINGS, {
      subject: 'Jiaozuo',
      indicator: 'GDP',
    });
    const byPeriod = Object.fromEntries(
      data.rankings.edges.map((e) => [`${e.node.period}/${e.node.basis}`, e.node.rank]),
    );
    expect(byPeriod).toMatchObject({ '2025-H1/GROWTH': 6, '2022/LEVEL': 13, '2022/GROWTH': 12 });
  });
});

describe('2. GDP growth and rank of 焦作市 in 2025-H1', () => {
  it('is 6.3% and 6th in the province, stated by three reports', async () => {
    const data = await ok<{
      observations: { edges: { node: { growthPct: number; kind: string; evidence: EvidenceJson[] } }[] };
      rankings: { edges: { node: RankingJson }[] };
    }>(
      `{ observations(subject: "焦作", indicator: "地区生产总值", period: "2025-H1") { edges { node { growthPct kind ${EVIDENCE} } } }
         rankings(subject: "焦作市", indicator: "生產總值", period: "2025-H1") { edges { node { rank basis scope { name } ${EVIDENCE} } } } }`,
    );
    const obs = data.observations.edges.map((e) => e.node);
    expect(obs).toHaveLength(1);
    expect(obs[0]).toMatchObject({ growthPct: 6.3, kind: 'ACTUAL' });
    expectEvidenceInText(obs[0]?.evidence);
    expect(new Set(obs[0]?.evidence.map((e) => e.document.key)).size).toBeGreaterThanOrEqual(2);
    const rank = data.rankings.edges.map((e) => e.node);
    expect(rank).toHaveLength(1);
    expect(rank[0]).toMatchObject({ rank: 6, basis: 'GROWTH', scope: { name: '河南省' } });
    expectEvidenceInText(rank[0]?.evidence);
  });
});

describe('3. completed projects and who built them', () => {
  it('includes 瑞庆汽车 and 宁福巨湾 projects with their developers', async () => {
    const data = await ok<{
      projects: {
        totalCount: number;
        edges: { node: { name: string; status: string; developers: { name: string }[] } }[];
      };
    }>('{ projects(status: COMPLETED, first: 100) { totalCount edges { node { name status developers { name } } } } }');
    const projects = data.projects.edges.map((e) => e.node);
    expect(data.projects.totalCount).toBe(projects.length);
    expect(projects.every((p) => p.status === 'COMPLETED')).toBe(true);
    const developersOf = (fragment: string) =>
      projects.filter((p) => p.name.includes(fragment)).flatMap((p) => p.developers.map((d) => d.name));
    expect(developersOf('混合动力发动机')).toContain('瑞庆汽车');
    expect(developersOf('宁福巨湾')).toEqual(expect.arrayContaining(['河南宁福巨湾']));
    expect(projects.some((p) => p.name.includes('中福钛锆'))).toBe(true);
  });
});

describe('4. 大咖·梦工厂', () => {
  it('is built by 蜜雪冰城 in 温县, with evidence on both relationships', async () => {
    const data = await ok<{
      entity: {
        name: string;
        developers: { name: string }[];
        region: { name: string; parent: { name: string } };
        neighbors: {
          edges: { relation: string; direction: string; node: { name: string }; evidence: EvidenceJson[] }[];
        };
      };
    }>(
      `{ entity(name: "大咖·夢工廠", kind: PROJECT) { name ... on Project { developers { name } region { name parent { name } } }
         neighbors(relations: ["DEVELOPS", "LOCATED_IN"]) { edges { relation direction node { name } ${EVIDENCE} } } } }`,
    );
    expect(data.entity.developers.map((d) => d.name)).toEqual(['蜜雪冰城']);
    expect(data.entity.region).toEqual({ name: '温县', parent: { name: '焦作市' } });
    const edges = data.entity.neighbors.edges;
    expect(edges.find((e) => e.relation === 'DEVELOPS')).toMatchObject({ direction: 'IN', node: { name: '蜜雪冰城' } });
    for (const e of edges) expectEvidenceInText(e.evidence);
  });
});

describe('5. the three 千亿级 clusters in 2025-H1', () => {
  it('grew 11.0, 10.3 and 9.5 percent', async () => {
    const data = await ok<{
      industrialChains: {
        key: string;
        name: string;
        observations: { growthPct: number; evidence: EvidenceJson[] }[];
      }[];
    }>(
      `{ industrialChains(tier: THOUSAND_BILLION_CLUSTER, first: 10) { key name observations(period: "2025-H1") { growthPct ${EVIDENCE} } } }`,
    );
    const growth = Object.fromEntries(
      data.industrialChains.map((c) => [c.key, c.observations.map((o) => o.growthPct)]),
    );
    expect(growth).toEqual({
      'chain/green-food': [11],
      'chain/high-end-equipment-auto-parts': [10.3],
      'chain/new-materials': [9.5],
    });
    for (const c of data.industrialChains) for (const o of c.observations) expectEvidenceInText(o.evidence);
  });
});

describe('6. 焦作市 in 2022', () => {
  it('GDP level 2234.8亿元 ranked 13th, growth 3.3% ranked 12th', async () => {
    const data = await ok<{
      observations: { edges: { node: { value: { value: number; unit: string } | null; growthPct: number | null } }[] };
      rankings: { edges: { node: RankingJson }[] };
    }>(
      `{ observations(subject: "焦作市", indicator: "GDP", period: "2022") { edges { node { value { value unit } growthPct } } }
         rankings(subject: "焦作市", indicator: "GDP", period: "2022") { edges { node { rank basis ${EVIDENCE} } } } }`,
    );
    const obs = data.observations.edges.map((e) => e.node);
    expect(obs.some((o) => o.value?.value === 2234.8 && o.value.unit === '亿元')).toBe(true);
    expect(obs.some((o) => o.growthPct === 3.3)).toBe(true);
    const ranks = Object.fromEntries(data.rankings.edges.map((e) => [e.node.basis, e.node.rank]));
    expect(ranks).toEqual({ LEVEL: 13, GROWTH: 12 });
    for (const e of data.rankings.edges) expectEvidenceInText(e.node.evidence);
  });
});

describe('7. search in either script', () => {
  it('寧福巨灣 and 宁福巨湾 find the same entity first', async () => {
    const q = 'query ($q: String!) { search(query: $q, first: 5) { score matched entity { key name } } }';
    const trad = await ok<{ search: { matched: string; entity: { key: string } }[] }>(q, { q: '寧福巨灣' });
    const simp = await ok<{ search: { matched: string; entity: { key: string } }[] }>(q, { q: '宁福巨湾' });
    expect(trad.search[0]?.entity.key).toBe('company/ningfu-juwan');
    expect(simp.search[0]?.entity.key).toBe('company/ningfu-juwan');
    expect(simp.search.map((h) => h.entity.key)).toEqual(expect.arrayContaining(['project/ningfu-juwan-battery']));
  });

  it('escapes Lucene operators: 新材料 (一期) and 3+13+N work', async () => {
    const q = 'query ($q: String!) { search(query: $q) { entity { key } } }';
    const plus = await ok<{ search: { entity: { key: string } }[] }>(q, { q: '3+13+N' });
    expect(plus.search[0]?.entity.key).toBe('chain/3-13-n');
    const paren = await app.gql<{ search: unknown[] }>(q, { q: '新材料 (一期)' });
    expect(paren.errors).toBeUndefined();
    expect(paren.data?.search.length).toBeGreaterThan(0);
  });

  it('rejects an empty query with BAD_USER_INPUT', async () => {
    const res = await app.gql('{ search(query: "   ") { score } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('8. how 蜜雪冰城 connects to 河南省', () => {
  it('finds a path through 大咖·梦工厂, 温县 and 焦作市, every edge with evidence', async () => {
    const data = await ok<{
      path: {
        length: number;
        nodes: { name: string; id: string }[];
        edges: { type: string; source: string; target: string; evidence: EvidenceJson[] }[];
      };
    }>(`{ path(from: "蜜雪冰城", to: "Henan") { length nodes { id name } edges { type source target ${EVIDENCE} } } }`);
    const names = data.path.nodes.map((n) => n.name);
    expect(names[0]).toBe('蜜雪冰城');
    expect(names.at(-1)).toBe('河南省');
    expect(names).toContain('焦作市');
    expect(data.path.length).toBe(data.path.edges.length);
    const ids = new Set(data.path.nodes.map((n) => n.id));
    for (const e of data.path.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expectEvidenceInText(e.evidence);
    }
  });

  it('caps maxHops', async () => {
    const res = await app.gql('{ path(from: "蜜雪冰城", to: "河南省", maxHops: 50) { length } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('9. conflicts', () => {
  it('keeps both 拉动消费 claims, 23.2亿元 and 23.1億元, from different reports', async () => {
    const data = await ok<{
      conflicts: {
        indicator: { key: string };
        period: string;
        claims: { value: { value: number; text: string }; evidence: EvidenceJson[] }[];
      }[];
    }>(`{ conflicts(first: 20) { indicator { key } period claims { value { value text } ${EVIDENCE} } } }`);
    const consumption = data.conflicts.find((c) => c.indicator.key === 'indicator/trade-in-driven-consumption');
    expect(consumption?.period).toBe('2025-H1');
    const claims = consumption?.claims ?? [];
    expect(claims.map((c) => c.value.value).sort()).toEqual([23.1, 23.2]);
    const docs = claims.map((c) => c.evidence.map((e) => e.document.key).join());
    expect(new Set(docs).size).toBe(2);
    for (const c of claims) expectEvidenceInText(c.evidence);
  });
});

describe('10. 专项债券 in 2025-H1', () => {
  it('18.94亿元 for 27 projects', async () => {
    const data = await ok<{
      entity: {
        fundings: {
          period: string;
          projectCount: number | null;
          amount: { value: number; unit: string };
          evidence: EvidenceJson[];
        }[];
      };
    }>(
      `{ entity(name: "专项债券", kind: POLICY) { ... on Policy { fundings { period projectCount amount { value unit } ${EVIDENCE} } } } }`,
    );
    const funding = data.entity.fundings.find((f) => f.period === '2025-H1' && f.projectCount === 27);
    expect(funding?.amount).toEqual({ value: 18.94, unit: '亿元' });
    expectEvidenceInText(funding?.evidence);
  });
});

describe('names everywhere', () => {
  it('an unknown name is NOT_FOUND with a hint, not an empty answer', async () => {
    const res = await app.gql('{ rankings(subject: "Atlantis") { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toMatch(/search/);
  });

  it('a malformed period is BAD_USER_INPUT', async () => {
    const res = await app.gql('{ observations(period: "last year") { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
