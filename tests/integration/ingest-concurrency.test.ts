import { removeDocument } from '../../src/ingest/write';
import { createTestApp, type TestApp } from '../helpers/app';

// Concurrent ingests of one key: the graph ends up holding exactly one of the versions, the same graph a single
// ingest of that version leaves, never a mix (issue 11, item 2). KG_CONCURRENT_INGEST_RUNS repeats each race.

const TOKEN = 'test-ingest-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const KEY = 'report/test-concurrent';
const RUNS = Number(process.env.KG_CONCURRENT_INGEST_RUNS ?? 1);
const MUTATION = `mutation ($input: IngestReportInput!) {
  ingestReport(input: $input) { document { key } observations rankings }
}`;

const CITIES = ['郑州市', '洛阳市', '开封市', '新乡市', '许昌市', '安阳市', '南阳市', '商丘市', '信阳市', '周口市'];
const FIRMS = [
  '恒达科技',
  '华源光电',
  '金峰材料',
  '远航电气',
  '中科精工',
  '瑞丰化学',
  '博远装备',
  '天成新能',
  '宏图智造',
  '鼎信电子',
];

/** Ten reports that differ in every figure, rank, project and company, and in how many of each they state. */
function report(i: number): string {
  const lines = [
    `${CITIES[i]}经济半年报`,
    `上半年，${CITIES[i]}地区生产总值同比增长${(4 + i / 10).toFixed(1)}%、居全省第${i + 1}位。`,
    `${FIRMS[i]}年产${i + 1}万吨新型材料项目等一批标志性项目建成投产。`,
  ];
  if (i % 2 === 0)
    lines.push(
      `一般公共预算收入、社会消费品零售总额分别增长${(2 + i / 10).toFixed(1)}%、${(6 + i / 10).toFixed(1)}%，分别居全省第${i + 2}、第${i + 3}位。`,
    );
  if (i % 3 === 0) lines.push(`规模以上工业增加值增长${(7 + i / 10).toFixed(1)}%。`);
  return lines.join('\n');
}

let app: TestApp;

interface Snapshot {
  labels: Record<string, number>;
  types: Record<string, number>;
  evidenceEntries: number;
  /** Every piece of evidence the document gave: where it sits, and the offset it points at. */
  evidence: string[];
}

async function snapshot(): Promise<Snapshot> {
  const labels = await app.db.read<{ label: string; n: number }>(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  );
  const types = await app.db.read<{ type: string; n: number }>(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
  );
  const [entries] = await app.db.read<{ n: number }>(
    `CALL { MATCH (x) WHERE x.docs IS NOT NULL RETURN sum(size(x.docs)) AS n
            UNION ALL MATCH ()-[x]->() WHERE x.docs IS NOT NULL RETURN sum(size(x.docs)) AS n }
     RETURN sum(n) AS n`,
  );
  const evidence = await app.db.read<{ at: string }>(
    `CALL {
       MATCH (x) WHERE $doc IN x.docs UNWIND range(0, size(x.docs) - 1) AS i WITH x, i WHERE x.docs[i] = $doc
       RETURN labels(x)[0] + '|' + x.key + '|' + toString(x.offsets[i]) AS at
       UNION ALL
       MATCH (a)-[x]->(b) WHERE $doc IN x.docs UNWIND range(0, size(x.docs) - 1) AS i WITH a, x, b, i WHERE x.docs[i] = $doc
       RETURN type(x) + '|' + a.key + '|' + b.key + '|' + toString(x.offsets[i]) AS at
       UNION ALL
       MATCH (:Document {key: $doc})-[m:MENTIONS]->(e) RETURN 'MENTIONS|' + e.key + '|' + toString(m.offset) AS at
     }
     RETURN at ORDER BY at`,
    { doc: KEY },
  );
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.n])),
    types: Object.fromEntries(types.map((r) => [r.type, r.n])),
    evidenceEntries: entries?.n ?? 0,
    evidence: evidence.map((r) => r.at),
  };
}

const ingest = (text: string) =>
  app.gql<{ ingestReport: { document: { key: string }; observations: number } }>(
    MUTATION,
    { input: { key: KEY, title: '半年报', text, period: '2024-H1' } },
    AUTH,
  );

const storedText = async () =>
  (await app.db.read<{ text: string }>('MATCH (d:Document {key: $doc}) RETURN d.text AS text', { doc: KEY }))[0]?.text;

let empty: Snapshot;
const baselines = new Map<string, Snapshot>();

beforeAll(async () => {
  // The snapshots read the whole graph: on a busy machine they need more than the 5 s a request gets.
  app = createTestApp({ INGEST_TOKEN: TOKEN, NEO4J_TX_TIMEOUT_MS: '60000' });
  await removeDocument(app.db, KEY);
  empty = await snapshot();
  // What one ingest of each version alone leaves behind.
  for (let i = 0; i < 10; i += 1) {
    const res = await ingest(report(i));
    expect(res.errors).toBeUndefined();
    baselines.set(report(i), await snapshot());
    await removeDocument(app.db, KEY);
    expect(await snapshot()).toEqual(empty);
  }
}, 120_000);

afterAll(async () => {
  await removeDocument(app.db, KEY);
  expect(await snapshot()).toEqual(empty);
  await app.close();
});

afterEach(async () => {
  await removeDocument(app.db, KEY);
});

describe('concurrent ingests under one key', () => {
  it('the baselines differ from each other, so a mix of versions would show', () => {
    const distinct = new Set([...baselines.values()].map((b) => JSON.stringify(b)));
    expect(distinct.size).toBe(10);
    for (const b of baselines.values()) expect(b.evidence.length).toBeGreaterThan(5);
  });

  for (const n of [2, 10]) {
    it(
      `${n} different texts at once leave exactly one version, as a single ingest of it would`,
      async () => {
        const texts = Array.from({ length: n }, (_, i) => report(i));
        const outcomes: string[] = [];
        for (let run = 0; run < RUNS; run += 1) {
          const answers = await Promise.all(texts.map(ingest));
          for (const a of answers) expect(a.errors).toBeUndefined();
          const winner = await storedText();
          const baseline = baselines.get(winner ?? '');
          const after = await snapshot();
          const extra = after.evidence.filter((e) => !baseline?.evidence.includes(e)).length;
          outcomes.push(
            baseline && JSON.stringify(after) === JSON.stringify(baseline)
              ? 'one version'
              : `mixed (+${extra} evidence entries of other versions)`,
          );
          await removeDocument(app.db, KEY);
          if (JSON.stringify(await snapshot()) !== JSON.stringify(empty)) {
            outcomes[run] += ', and removing the document left entities behind';
            await app.db.write('MATCH (e:Entity {createdBy: $doc}) DETACH DELETE e', { doc: KEY });
          }
        }
        const counted = new Map<string, number>();
        for (const o of outcomes) counted.set(o, (counted.get(o) ?? 0) + 1);
        const tally = [...counted].map(([o, k]) => `${k}× ${o}`);
        if (RUNS > 1) process.stdout.write(`\n${n} concurrent ingests, ${RUNS} runs: ${tally.join(', ')}\n`);
        expect(outcomes).toEqual(Array(RUNS).fill('one version'));
      },
      120_000 * RUNS,
    );
  }

  it(
    'the same text three times at once gives each fact its evidence once',
    async () => {
      for (let run = 0; run < RUNS; run += 1) {
        const text = report(0);
        const answers = await Promise.all([ingest(text), ingest(text), ingest(text)]);
        for (const a of answers) expect(a.errors).toBeUndefined();
        const after = await snapshot();
        expect(after).toEqual(baselines.get(text));
        expect(new Set(after.evidence).size).toBe(after.evidence.length);
        const [dup] = await app.db.read<{ n: number }>(
          `MATCH (x) WHERE $doc IN x.docs AND size([d IN x.docs WHERE d = $doc]) > 1 RETURN count(x) AS n`,
          { doc: KEY },
        );
        expect(dup?.n).toBe(0);
        await removeDocument(app.db, KEY);
      }
    },
    120_000 * RUNS,
  );
});
