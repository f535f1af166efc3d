import { removeDocument } from '../../src/ingest/write';
import { createTestApp, type GraphCounts, graphCounts, type TestApp } from '../helpers/app';

// A project's own investment (总投资X亿元的<project>, <project>…总投资X亿元) is stored on the project by ingest and
// served by Project.investment with the sentence that states it; taking the report back takes the amount back.

const TOKEN = 'test-ingest-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const KEY = 'report/test-investment';
const TEXT = `焦作市重大项目建设情况
上半年，总投资50亿元的焦作恒信年产10万吨高性能碳纤维项目开工建设。
焦作华晟锂电池隔膜项目落户武陟，总投资18.5亿元，建成后年产值30亿元。
全市共有十三个项目集中开工，总投资102亿元。`;
const MUTATION = `mutation ($input: IngestReportInput!) { ingestReport(input: $input) { observations document { key } } }`;
const PROJECT = `query ($name: String!) {
  entity(name: $name) {
    name
    ... on Project {
      investment { value unit text evidence { quote offset document { key text } } }
      capacity { value unit text evidence { quote } }
    }
  }
}`;

interface Amount {
  value: number;
  unit: string;
  text: string;
  evidence: { quote: string; offset: number; document: { key: string; text: string } } | null;
}
type ProjectAnswer = { entity: { name: string; investment: Amount | null; capacity: Amount | null } | null };

let app: TestApp;
const counts = () => graphCounts(app);
let before: GraphCounts;

beforeAll(async () => {
  app = createTestApp({ INGEST_TOKEN: TOKEN });
  before = await counts();
});
afterAll(async () => {
  await removeDocument(app.db, KEY);
  expect(await counts()).toEqual(before);
  await app.close();
});

const ingest = async (text: string) => {
  const res = await app.gql<{ ingestReport: { observations: number } }>(
    MUTATION,
    {
      input: { key: KEY, title: '焦作重大项目', text, publishedAt: '2025-07-30', period: '2025-H1', subject: '焦作市' },
    },
    AUTH,
  );
  expect(res.errors).toBeUndefined();
  return res.data?.ingestReport as { observations: number };
};

describe('Project.investment from ingest', () => {
  it('serves 总投资50亿元的<project> as the project investment, with its quote and offset in the report', async () => {
    await ingest(TEXT);
    const res = await app.gql<ProjectAnswer>(PROJECT, { name: '焦作恒信年产10万吨高性能碳纤维项目' });
    expect(res.errors).toBeUndefined();
    const project = res.data?.entity;
    expect(project?.investment).toMatchObject({ value: 50, unit: '亿元', text: '50亿元' });
    const evidence = project?.investment?.evidence;
    expect(evidence?.document.key).toBe(KEY);
    expect(evidence?.quote).toContain('总投资50亿元的焦作恒信年产10万吨高性能碳纤维项目');
    expect(evidence?.document.text.slice(evidence.offset, evidence.offset + evidence.quote.length)).toBe(
      evidence?.quote,
    );
    // The capacity is stated in the name (年产10万吨).
    expect(project?.capacity).toMatchObject({ value: 10, unit: '万吨' });
  });

  it('serves <project>…，总投资18.5亿元 as that project investment', async () => {
    const res = await app.gql<ProjectAnswer>(PROJECT, { name: '焦作华晟锂电池隔膜项目' });
    expect(res.data?.entity?.investment).toMatchObject({ value: 18.5, unit: '亿元' });
    expect(res.data?.entity?.investment?.evidence?.quote).toContain('总投资18.5亿元');
  });

  it('keeps a batch total as observations of the city, not as a project investment', async () => {
    const res = await app.gql<{
      observations: {
        edges: { node: { indicator: { name: string }; value: { value: number; unit: string } | null } }[];
      };
    }>(
      `{ observations(subject: "焦作市", period: "2025-H1", first: 50) { edges { node { indicator { name } value { value unit } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const figures = Object.fromEntries(
      (res.data?.observations.edges ?? []).map((e) => [
        e.node.indicator.name,
        e.node.value ? `${e.node.value.value}${e.node.value.unit}` : null,
      ]),
    );
    expect(figures).toMatchObject({ 集中开工项目: '13个', 集中开工项目总投资: '102亿元' });
    // A single project's own 总投资 is no observation.
    expect(Object.values(figures)).not.toContain('50亿元');
    expect(Object.values(figures)).not.toContain('18.5亿元');
  });

  it('takes the investment back when the report is ingested again without it', async () => {
    await ingest('焦作市重大项目建设情况\n上半年，焦作恒信年产10万吨高性能碳纤维项目开工建设。');
    const res = await app.gql<ProjectAnswer>(PROJECT, { name: '焦作恒信年产10万吨高性能碳纤维项目' });
    expect(res.data?.entity?.name).toBe('焦作恒信年产10万吨高性能碳纤维项目');
    expect(res.data?.entity?.investment).toBeNull();
  });
});
