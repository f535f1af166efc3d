import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config';
import { buildDist } from './build';

// The server as its own process, started exactly as `npm start` starts it (build dist/, then plain node on it), for
// the load run and the shutdown test.

export interface ServerProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
}

/** The node arguments of the `start` script of package.json: what follows its `exec node` (which must end it). */
export function startCommandArgs(): string[] {
  const pkg = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  // `exec` lets the shell npm runs the script in become node, so a SIGTERM sent to npm reaches the server.
  const match = /(?:^|&&\s*)exec node\s+([^&|;]+)$/.exec((pkg.scripts.start ?? '').trim());
  if (!match?.[1]) {
    throw new Error(
      `npm start runs "${pkg.scripts.start}", expected "… && exec node …": signals must reach the server`,
    );
  }
  return match[1].trim().split(/\s+/);
}

export async function startServerProcess(
  env: NodeJS.ProcessEnv,
  opts: { echo?: boolean; startTimeoutMs?: number } = {},
): Promise<ServerProcess> {
  await buildDist();
  const child = spawn(process.execPath, startCommandArgs(), {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (d: Buffer) => {
    out += String(d);
    if (opts.echo) process.stdout.write(d);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const started = Date.now();
  const limit = opts.startTimeoutMs ?? 240_000;
  while (!/server: GraphQL/.test(out)) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with code ${child.exitCode} before listening:\n${out}`);
    if (Date.now() - started > limit) {
      child.kill('SIGKILL');
      throw new Error(`the server did not listen within ${limit} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, output: () => out, exited };
}
