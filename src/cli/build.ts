import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../config';

// npm run build (and npm start, before it runs the server): src/**/*.ts → dist/**/*.js, one file each, the tree
// kept, so every path a module computes from __dirname (PROJECT_ROOT, seed/, the explorer's assets, the
// extraction worker) means the same in dist/ as in src/. esbuild only strips types (`npm run typecheck` checks
// them). The files a module reads beside itself (src/http/assets) are copied.

export const SRC_DIR = resolve(PROJECT_ROOT, 'src');
export const DIST_DIR = resolve(PROJECT_ROOT, 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/** Compiles src/ into dist/; returns how many modules and data files it wrote. */
export async function buildDist(): Promise<{ modules: number; files: number }> {
  const files = filesUnder(SRC_DIR);
  const modules = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  await build({
    entryPoints: modules,
    outdir: DIST_DIR,
    outbase: SRC_DIR,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // import() becomes require() as tsc and tsx make it: a native dynamic import of '../ingest/ingest' would be
    // resolved as ESM, which wants the file's extension.
    supported: { 'dynamic-import': false },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const data = files.filter((f) => !f.endsWith('.ts') && !f.endsWith('.md'));
  for (const file of data) {
    const target = join(DIST_DIR, relative(SRC_DIR, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  return { modules: modules.length, files: data.length };
}

if (require.main === module) {
  const started = Date.now();
  buildDist().then(
    ({ modules, files }) =>
      console.log(`build: ${modules} modules and ${files} data files into dist/ in ${Date.now() - started} ms`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
