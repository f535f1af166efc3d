import { join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { buildDist, DIST_DIR, SRC_DIR } from '../src/cli/build';

// Every arm runs compiled JavaScript, as npm start runs the server: the project is built into dist/ (src/cli/build.ts)
// and each arm's server is bundled into dist/bench/<arm>.js with the project's modules left as they are in dist/
// (so arm (a) runs exactly the code npm start runs) and packages taken from node_modules.

export async function buildArms(files: string[]): Promise<Record<string, string>> {
  await buildDist();
  const outdir = join(DIST_DIR, 'bench');
  await build({
    entryPoints: files.map((f) => resolve(__dirname, 'servers', f)),
    outdir,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
    plugins: [
      {
        name: 'project-from-dist',
        setup(b) {
          b.onResolve({ filter: /(^|\/)src\// }, (args) => {
            const path = resolve(args.resolveDir, args.path);
            if (!path.startsWith(SRC_DIR + sep)) return undefined;
            return { path: `${join(DIST_DIR, relative(SRC_DIR, path))}.js`, external: true };
          });
        },
      },
    ],
  });
  return Object.fromEntries(files.map((f) => [f, join(outdir, f.replace(/\.ts$/, '.js'))]));
}
