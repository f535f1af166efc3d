import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { removeDocument } from '../../src/ingest/write';
import { createTestApp, type TestApp } from '../helpers/app';
import { CONNECTION_ENV } from '../helpers/test-neo4j';

// `npm run ingest` over several files and a directory (issue 15 item 8): parallel, a summary per file, failures
// listed with nothing of them written, a non-zero exit when any failed, and the same run again changes nothing.

const ROOT = resolve(__dirname, '..', '..');
const ZHENGZHOU = `郑州经济半年报
上半年，郑州市地区生产总值同比增长5.1%、居全省第3位。一般公共预算收入、社会消费品零售总额分别增长3.2%、7.7%，分别居全省第2、第9位。
恒达科技年产5万吨新型材料项目等一批标志性项目建成投产。`;
const LUOYANG = `洛阳市2024年上半年经济运行情况
上半年，洛阳市地区生产总值同比增长4.6%，居全省第7位。全市社会消费品零售总额增长6.1%。`;

let app: TestApp;
let dir: string;
const KEYS = ['report/zhengzhou-h1', 'report/luoyang-h1', 'report/broken', 'report/single-zz'];

const cli = async (args: string[]) => {
  const connection = JSON.parse(process.env[CONNECTION_ENV] ?? '{}') as {
    uri: string;
    username: string;
    password: string;
  };
  try {
    const { stdout } = await promisify(execFile)(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['src/cli/ingest.ts', ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NEO4J_URI: connection.uri,
          NEO4J_USERNAME: connection.username,
          NEO4J_PASSWORD: connection.password,
        },
      },
    );
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout + e.stderr };
  }
};

const graph = async () =>
  (
    await app.db.read<{ nodes: number; rels: number; evidence: number }>(
      `MATCH (n) OPTIONAL MATCH (n)-[r]->() WITH count(DISTINCT n) AS nodes, count(r) AS rels
       MATCH (x) WHERE x.docs IS NOT NULL RETURN nodes, rels, sum(size(x.docs)) AS evidence`,
    )
  )[0];
let before: Awaited<ReturnType<typeof graph>>;

beforeAll(async () => {
  app = createTestApp();
  before = await graph();
  dir = mkdtempSync(join(tmpdir(), 'kg-bulk-'));
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'reports', 'zhengzhou-h1.txt'), ZHENGZHOU);
  writeFileSync(join(dir, 'reports', 'luoyang-h1.txt'), LUOYANG);
  // Not UTF-8 text: refused, and nothing of it is written.
  writeFileSync(join(dir, 'reports', 'broken.txt'), Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00, 0x00]));
  writeFileSync(join(dir, 'reports', 'notes.yaml'), 'not a report');
});
afterAll(async () => {
  for (const key of KEYS) await removeDocument(app.db, key);
  expect(await graph()).toEqual(before);
  await app.close();
});

const docs = async () =>
  (
    await app.db.read<{ key: string; observations: number }>(
      `MATCH (d:Document) WHERE d.key IN $keys
       OPTIONAL MATCH (o:Observation) WHERE d.key IN o.docs
       RETURN d.key AS key, count(o) AS observations ORDER BY key`,
      { keys: KEYS },
    )
  ).map((r) => [r.key, r.observations]);

describe('npm run ingest over a directory', () => {
  it('ingests every report, summarises each, lists the failure and exits non-zero', async () => {
    const run = await cli([join(dir, 'reports'), '--period', '2024-H1']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/ingest: report\/zhengzhou-h1 \(2024-H1, SIMPLIFIED\)/);
    expect(run.stdout).toMatch(/period: 2024-H1 \(given/);
    expect(run.stdout).toMatch(/subject: 郑州市 \(.+, confidence [\d.]+\)/);
    expect(run.stdout).toMatch(/subject: 洛阳市/);
    expect(run.stdout).toMatch(/figures: 3; rankings: 3; relations: \d+ \(DEVELOPS 1(, LOCATED_IN \d+)?\)/);
    expect(run.stdout).toMatch(/figures: 2; rankings: 1/);
    expect(run.stdout).toMatch(/entities: \d+ created, \d+ linked \(.*COMPANY 1.*PROJECT 1/);
    expect(run.stdout).toMatch(/ingest: 2 of 3 files ingested, 1 failed/);
    expect(run.stdout).toMatch(/failures \(nothing of these was written\):\n {2}\S*broken\.txt: text holds NUL/);
    expect(run.stdout).not.toMatch(/notes\.yaml/);
    expect(await docs()).toEqual([
      ['report/luoyang-h1', 2],
      ['report/zhengzhou-h1', 3],
    ]);
  }, 180_000);

  it('run again, replaces each document: the graph is the same', async () => {
    const after = await graph();
    const run = await cli([
      join(dir, 'reports', 'zhengzhou-h1.txt'),
      join(dir, 'reports', 'luoyang-h1.txt'),
      '--period',
      '2024-H1',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ingest: 2 of 2 files ingested\n/);
    expect(await graph()).toEqual(after);
    expect(await docs()).toEqual([
      ['report/luoyang-h1', 2],
      ['report/zhengzhou-h1', 3],
    ]);
  }, 180_000);

  it('keeps the single-file form with its own key and title', async () => {
    const run = await cli([
      join(dir, 'reports', 'zhengzhou-h1.txt'),
      '--key',
      'report/single-zz',
      '--title',
      '郑州',
      '--period',
      '2024-H1',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ingest: report\/single-zz \(2024-H1, SIMPLIFIED\)/);
    const [row] = await app.db.read<{ title: string }>(
      "MATCH (d:Document {key: 'report/single-zz'}) RETURN d.title AS title",
    );
    expect(row?.title).toBe('郑州');
    const refused = await cli([join(dir, 'reports'), '--key', 'report/x']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/--key and --title name one document/);
  }, 180_000);
});
