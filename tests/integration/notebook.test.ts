import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { createTestApp, type TestApp } from '../helpers/app';
import { listen } from '../helpers/http-server';
import { artifactsDir, describeWithTool, NOTEBOOK_PYTHON, notebookPythonMissing } from '../helpers/tools';

// notebooks/quickstart.ipynb, run top to bottom in a fresh kernel (nbclient) against the real server over HTTP.

const TIMEOUT = 300_000;
let app: TestApp;
let server: { url: string; close(): Promise<void> };

/** Runs a command without blocking this process: the server the notebook calls lives in it. */
function run(command: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT });
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

interface NotebookJson {
  cells: { cell_type: string; outputs?: { output_type: string; text?: string | string[] }[] }[];
}

describeWithTool('notebooks/quickstart.ipynb', notebookPythonMissing(), () => {
  beforeAll(async () => {
    app = createTestApp();
    server = await listen(app.yoga);
  });
  afterAll(async () => {
    await server?.close();
    await app?.close();
  });

  it(
    'runs every cell without an error and draws the rank chart, the neighbourhood, the series and the league table',
    async () => {
      const figures = artifactsDir('notebook');
      const executed = resolve(PROJECT_ROOT, 'test-results', 'quickstart.executed.ipynb');
      const started = Date.now();
      const result = await run(NOTEBOOK_PYTHON, [
        'notebooks/run_notebook.py',
        '--base-url',
        server.url,
        '--figures',
        figures,
        '--output',
        executed,
      ]);
      if (result.code !== 0) throw new Error(`the notebook failed:\n${result.err}\n${result.out}`);
      console.log(`${result.out.trim()}\n(${Date.now() - started} ms including the kernel start)`);

      const notebook = JSON.parse(readFileSync(executed, 'utf8')) as NotebookJson;
      const outputs = notebook.cells.flatMap((c) => c.outputs ?? []);
      expect(outputs.filter((o) => o.output_type === 'error')).toEqual([]);
      const printed = outputs
        .flatMap((o) => (o.output_type === 'stream' ? [o.text ?? ''] : []))
        .flat()
        .join('');
      expect(printed).toContain('25 rankings; 45 observations for period 2025-H1');
      // Two shortest paths tie (through 温县, or through the programme issued by 焦作市): either is right.
      expect(printed).toMatch(/蜜雪冰城 → 大咖·梦工厂产城融合项目 → \S+ → 焦作市 → 河南省/);
      expect(printed).toMatch(/CJK font: Noto Sans CJK SC/);
      for (const n of [1, 2, 3, 4]) {
        expect(statSync(join(figures, `quickstart-${n}.png`)).size).toBeGreaterThan(20_000);
      }
    },
    TIMEOUT,
  );
});
