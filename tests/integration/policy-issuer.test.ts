import { removeDocument } from '../../src/ingest/write';
import { createTestApp, type GraphCounts, graphCounts, type TestApp } from '../helpers/app';

// Whose a policy is (ISSUED_BY) is written by ingest and served by Policy.issuer, with the sentence that states it on
// the relationship; taking the report back takes the relationship back.

const TOKEN = 'test-ingest-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const KEY = 'report/test-policy-issuer';
const TEXT = `焦作市政府常务会议
会议研究了《焦作市数字经济发展三年行动实施方案》。
全市锚定省委“三个高地”，深入实施产业集群培育攻坚计划。`;
const MUTATION = `mutation ($input: IngestReportInput!) { ingestReport(input: $input) { document { key } } }`;
const POLICY = `query ($name: String!) {
  entity(name: $name) {
    name
    ... on Policy { issuer { name } }
    neighbors(relations: ["ISSUED_BY"]) { edges { relation node { name } evidence { quote document { key } } } }
  }
}`;
type PolicyAnswer = {
  entity: {
    name: string;
    issuer: { name: string } | null;
    neighbors: {
      edges: { relation: string; node: { name: string }; evidence: { quote: string; document: { key: string } }[] }[];
    };
  } | null;
};

let app: TestApp;
const counts = () => graphCounts(app);
let before: GraphCounts;

beforeAll(async () => {
  app = createTestApp({ INGEST_TOKEN: TOKEN });
  before = await counts();
  const res = await app.gql(
    MUTATION,
    { input: { key: KEY, title: '市政府常务会议', text: TEXT, publishedAt: '2025-03-01', subject: '焦作市' } },
    AUTH,
  );
  expect(res.errors).toBeUndefined();
});
afterAll(async () => {
  await app.close();
});

describe('Policy.issuer from ingest', () => {
  it('serves the city a document title opens on as its issuer, with the sentence on the relationship', async () => {
    const res = await app.gql<PolicyAnswer>(POLICY, { name: '焦作市数字经济发展三年行动实施方案' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.entity?.issuer?.name).toBe('焦作市');
    const edge = res.data?.entity?.neighbors.edges.find((e) => e.relation === 'ISSUED_BY');
    expect(edge?.node.name).toBe('焦作市');
    expect(edge?.evidence.map((e) => [e.document.key, e.quote])).toEqual([
      [KEY, '会议研究了《焦作市数字经济发展三年行动实施方案》。'],
    ]);
  });

  it('serves the province for a programme after 省委, and nothing for a plan no one is named for', async () => {
    const province = await app.gql<PolicyAnswer>(POLICY, { name: '“三个高地”' });
    expect(province.data?.entity?.issuer?.name).toBe('河南省');
    const plan = await app.gql<PolicyAnswer>(POLICY, { name: '产业集群培育攻坚计划' });
    expect(plan.data?.entity?.name).toBe('产业集群培育攻坚计划');
    expect(plan.data?.entity?.issuer).toBeNull();
  });

  it('takes the relationships back with the report', async () => {
    await removeDocument(app.db, KEY);
    expect(await counts()).toEqual(before);
    const res = await app.gql<PolicyAnswer>(POLICY, { name: '焦作市数字经济发展三年行动实施方案' });
    expect(res.data?.entity ?? null).toBeNull();
  });
});
