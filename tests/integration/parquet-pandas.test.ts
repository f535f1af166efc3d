import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/config';
import { createTestApp, type TestApp } from '../helpers/app';
import { listen } from '../helpers/http-server';
import { describeWithTool, NOTEBOOK_PYTHON, notebookPythonMissing } from '../helpers/tools';

// pandas (with pyarrow, notebooks/requirements.txt) reads /q's Parquet files over HTTP with pd.read_parquet, typed.

let app: TestApp;
let server: { url: string; close(): Promise<void> };

const SCRIPT = `
import json, sys
import pandas as pd
base = sys.argv[1]
out = {}
for name in ["rankings", "observations", "resolve", "neighborhood-nodes"]:
    df = pd.read_parquet(f"{base}/q/{name}.parquet")
    out[name] = {"rows": len(df), "dtypes": {c: str(t) for c, t in df.dtypes.items()}, "first": json.loads(df.head(1).to_json(orient="records", force_ascii=False))[0]}
print(json.dumps(out, ensure_ascii=False))
`;

function python(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(NOTEBOOK_PYTHON, args, { cwd: PROJECT_ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
  });
}

describeWithTool('pd.read_parquet on /q', notebookPythonMissing(), () => {
  beforeAll(async () => {
    app = createTestApp();
    server = await listen(app.yoga);
  });
  afterAll(async () => {
    await server?.close();
    await app?.close();
  });

  it('reads every file with typed columns: ranks as int32, growth as float64, flags as bool', async () => {
    const result = await python(['-c', SCRIPT, server.url]);
    if (result.code !== 0) throw new Error(result.err);
    const read = JSON.parse(result.out) as Record<
      string,
      { rows: number; dtypes: Record<string, string>; first: Record<string, unknown> }
    >;
    expect(read.rankings?.dtypes.rank).toBe('int32');
    expect(read.rankings?.rows).toBeGreaterThan(10);
    expect(read.observations?.dtypes.growth_pct).toBe('float64');
    expect(read.observations?.dtypes.value).toBe('float64');
    expect(read['neighborhood-nodes']?.dtypes.center).toBe('bool');
    expect(read['neighborhood-nodes']?.dtypes.degree).toBe('int32');
    expect(read.resolve?.dtypes.score).toBe('float64');
    expect(read.resolve?.first).toMatchObject({ rank: 1, name: '焦作市', reason: 'SHORT_FORM', code: '410800' });
  }, 180_000);
});
