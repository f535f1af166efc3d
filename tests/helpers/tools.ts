import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

// The outside tools of the browser and notebook tests: Debian's chromium and the notebook virtualenv.
// In CI (CI=true) a missing tool fails the suite; on a developer machine those tests skip, saying why.

const inCI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const NOTEBOOK_PYTHON = process.env.NOTEBOOK_PYTHON ?? resolve(PROJECT_ROOT, '.venv', 'bin', 'python');
const NOTEBOOK_MODULES = [
  'nbclient',
  'nbformat',
  'ipykernel',
  'pandas',
  'matplotlib',
  'networkx',
  'requests',
  'pyarrow',
];

/** Where tests write screenshots and figures: test-results/ by default, docs/ with KG_ARTIFACTS_DIR=docs. */
export function artifactsDir(sub: string): string {
  const dir = resolve(PROJECT_ROOT, process.env.KG_ARTIFACTS_DIR ?? 'test-results', sub);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `${CHROMIUM} not found: apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)`;
}

export function notebookPythonMissing(): string | undefined {
  if (!existsSync(NOTEBOOK_PYTHON)) return `${NOTEBOOK_PYTHON} not found: run npm run notebook:setup`;
  const probe = spawnSync(NOTEBOOK_PYTHON, ['-c', `import ${NOTEBOOK_MODULES.join(', ')}`], { encoding: 'utf8' });
  return probe.status === 0
    ? undefined
    : `${NOTEBOOK_PYTHON} lacks a module (${probe.stderr.trim().split('\n').at(-1)}): run npm run notebook:setup`;
}

/** describe() when the tool is there; otherwise a failing test in CI, a skipped block with a warning elsewhere. */
export function describeWithTool(name: string, missing: string | undefined, body: () => void): void {
  if (!missing) {
    describe(name, body);
  } else if (inCI) {
    describe(name, () => {
      it('has the tools it needs', () => {
        throw new Error(`CI must provide this: ${missing}`);
      });
    });
  } else {
    console.warn(`skipping "${name}": ${missing}`);
    describe.skip(name, body);
  }
}
