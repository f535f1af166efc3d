import { ingestReport } from '../../src/ingest/ingest';
import { runPipeline } from '../../src/ingest/pipeline';
import { removeDocument, writeIngest } from '../../src/ingest/write';
import { createTestApp, type GraphCounts, graphCounts, type TestApp } from '../helpers/app';

// Places outside Henan, known only to the national division list, ingested into the real Neo4j and read back
// through GraphQL: codes, parents, ranking scopes and project locations, and a relation whose end is missing.

const TOKEN = 'test-ingest-token-places-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const HANDAN = `邯郸市政府工作报告
2024年，邯郸市地区生产总值增长6.1%，居全省第一。
涉县年产10万吨新能源装备项目开工建设。`;

const MUTATION = `mutation ($input: IngestReportInput!) {
  ingestReport(input: $input) { document { key } observations rankings }
}`;
const REGION = `query ($name: String!) {
  entity(kind: REGION, name: $name) {
    name
    ... on Region { level code parent { name code parent { name code parent { name } } } }
  }
}`;

interface Region {
  name: string;
  level: string;
  code: string | null;
  parent: { name: string; code: string | null; parent: { name: string; code: string | null } | null } | null;
}

let app: TestApp;
const counts = () => graphCounts(app);
let before: GraphCounts;

beforeAll(async () => {
  app = createTestApp({ INGEST_TOKEN: TOKEN });
  before = await counts();
});
afterAll(async () => {
  expect(await counts()).toEqual(before);
  await app.close();
});
afterEach(async () => {
  for (const key of ['report/test-handan', 'report/test-missing-end']) await removeDocument(app.db, key);
});

const region = async (name: string) =>
  (await app.gql<{ entity: Region | null }>(REGION, { name })).data?.entity ?? null;

describe('places known only to the division list', () => {
  it('are written with their code and their parents, served by Region.code and Region.parent', async () => {
    expect(await region('region/130426')).toBeNull();
    const res = await app.gql<{ ingestReport: { observations: number; rankings: number } }>(
      MUTATION,
      { input: { key: 'report/test-handan', title: '邯郸市政府工作报告', text: HANDAN, period: '2024' } },
      AUTH,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.ingestReport).toMatchObject({ observations: 1, rankings: 1 });

    // The project's county, mentioned only inside the project's name, with its city, province and China above it.
    expect(await region('涉县')).toEqual({
      name: '涉县',
      level: 'COUNTY',
      code: '130426',
      parent: { name: '邯郸市', code: '130400', parent: { name: '河北省', code: '130000', parent: { name: '中国' } } },
    });
    const project = await app.gql<{ entity: { name: string; region: { name: string; code: string } | null } }>(
      `{ entity(kind: PROJECT, name: "涉县年产10万吨新能源装备项目") { name ... on Project { region { name code } } } }`,
    );
    expect(project.data?.entity.region).toEqual({ name: '涉县', code: '130426' });

    // 全省 in a report about 邯郸市 is 河北省, a region of its own with its code.
    const ranks = await app.gql<{
      rankings: { edges: { node: { rank: number; scope: { name: string; code: string } } }[] };
    }>(`{ rankings(subject: "邯郸市") { edges { node { rank scope { name code } } } } }`);
    expect(ranks.data?.rankings.edges.map((e) => e.node)).toEqual([
      { rank: 1, scope: { name: '河北省', code: '130000' } },
    ]);
    // The short form is an alias: the city is found by it.
    expect((await region('邯郸'))?.code).toBe('130400');
  });

  it('go with the report that brought them, parents included, and come back once on re-ingest', async () => {
    const input = { key: 'report/test-handan', title: '邯郸市政府工作报告', text: HANDAN, period: '2024' };
    await ingestReport(app.db, input);
    await ingestReport(app.db, input);
    const rows = await app.db.read<{ n: number }>(
      `MATCH (r:Region) WHERE r.key IN ['region/130426', 'region/130400', 'region/130000'] RETURN count(r) AS n`,
    );
    expect(rows[0]?.n).toBe(3);
    const edges = await app.db.read<{ n: number }>(
      `MATCH (:Region {key: 'region/130426'})-[x:LOCATED_IN]->(:Region {key: 'region/130400'}) RETURN count(x) AS n`,
    );
    expect(edges[0]?.n).toBe(1);
    await removeDocument(app.db, 'report/test-handan');
    expect(await region('region/130000')).toBeNull();
    expect(await counts()).toEqual(before);
  });
  it('takes back parents no document mentions when the report that needed them goes', async () => {
    // 九江市 and 江西省 are not named: they are written only as the parents of 彭泽县.
    await ingestReport(app.db, {
      key: 'report/test-handan',
      title: '彭泽县国民经济和社会发展统计公报',
      text: '2022年，彭泽县地区生产总值增长5.2%。',
      period: '2022',
    });
    expect(await region('彭泽县')).toMatchObject({
      code: '360430',
      parent: { name: '九江市', code: '360400', parent: { name: '江西省', code: '360000' } },
    });
    const mentioned = await app.db.read<{ n: number }>(
      `MATCH (:Document)-[:MENTIONS]->(r:Region) WHERE r.key IN ['region/360400', 'region/360000'] RETURN count(r) AS n`,
    );
    expect(mentioned[0]?.n).toBe(0);
    await removeDocument(app.db, 'report/test-handan');
    expect(await region('region/360400')).toBeNull();
    expect(await region('region/360000')).toBeNull();
    expect(await counts()).toEqual(before);
  });
});

describe('a relation whose end is missing', () => {
  it('fails the write with an error naming the missing entity, and writes nothing', async () => {
    const result = runPipeline(HANDAN, { key: 'report/test-missing-end', title: '邯郸', period: '2024' }, []);
    const project = result.entities.find((e) => e.kind === 'PROJECT');
    expect(project).toBeDefined();
    result.relations.push({
      type: 'LOCATED_IN',
      from: project?.key as string,
      to: 'region/no-such-place',
      evidence: [{ quote: '涉县', offset: 0 }],
    });
    await expect(writeIngest(app.db, result)).rejects.toThrow(
      /report\/test-missing-end refers to 1 entities .*region\/no-such-place.*nothing was written/,
    );
    const docs = await app.db.read<{ n: number }>(
      `MATCH (d:Document {key: 'report/test-missing-end'}) RETURN count(d) AS n`,
    );
    expect(docs[0]?.n).toBe(0);
    expect(await counts()).toEqual(before);
  });
});
