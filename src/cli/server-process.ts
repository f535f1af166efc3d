import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config';

// The server as its own process, started exactly as `npm start` starts it, for the load run and the shutdown test.

export interface ServerProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
}

/** The `start` script of package.json as node arguments (it must exec node itself, so signals reach the server). */
export function startCommandArgs(): string[] {
  const pkg = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  // `exec` lets the shell npm runs the script in become node, so a SIGTERM sent to npm reaches the server.
  const [shell, command, ...args] = (pkg.scripts.start ?? '').split(/\s+/);
  if (shell !== 'exec' || command !== 'node') {
    throw new Error(`npm start runs "${pkg.scripts.start}", expected "exec node …": signals must reach the server`);
  }
  return args;
}

export async function startServerProcess(
  env: NodeJS.ProcessEnv,
  opts: { echo?: boolean; startTimeoutMs?: number } = {},
): Promise<ServerProcess> {
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
