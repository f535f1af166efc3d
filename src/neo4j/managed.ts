import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { checkJava, installNeo4j } from './install';

// Runs Neo4j Community as a separate process from the cached jars: configure, start, reuse, stop.

export interface ManagedOptions {
  homeDir: string;
  libDir: string;
  boltPort: number;
  heap: string;
  pagecache: string;
  startTimeoutMs: number;
  txTimeoutMs: number;
  log?: (line: string) => void;
}

export interface ManagedNeo4j {
  uri: string;
  username: string;
  password: string;
  pid: number;
  /** False when an instance that was already running was reused; only an owner stops it. */
  owned: boolean;
  stop(): Promise<void>;
}

export class Neo4jStartError extends Error {}

const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_CLASS = 'org.neo4j.server.startup.Neo4jAdminCommand';

const paths = (home: string) => ({
  conf: join(home, 'conf'),
  data: join(home, 'data'),
  logs: join(home, 'logs'),
  run: join(home, 'run'),
  pid: join(home, 'run', 'neo4j.pid'),
  password: join(home, 'password'),
  log: join(home, 'logs', 'neo4j.log'),
  console: join(home, 'logs', 'console.log'),
});

export function portAnswers(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim().split(/\s+/)[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function logTail(home: string, lines = 40): string {
  const p = paths(home);
  const parts: string[] = [];
  for (const file of [p.log, p.console]) {
    if (!existsSync(file)) continue;
    const tail = readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
    parts.push(`--- ${file} (last ${lines} lines)\n${tail}`);
  }
  return parts.join('\n') || '(no log written)';
}

function writeConfig(o: ManagedOptions): void {
  const p = paths(o.homeDir);
  for (const dir of [p.conf, p.data, p.logs, p.run]) mkdirSync(dir, { recursive: true });
  const conf = [
    '# Written by the project at every start (src/neo4j/managed.ts); edit the environment, not this file.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    'server.bolt.enabled=true',
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${p.data}`,
    `server.directories.logs=${p.logs}`,
    `server.directories.run=${p.run}`,
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pagecache}`,
    `db.transaction.timeout=${Math.ceil(o.txTimeoutMs / 1000)}s`,
    'dbms.usage_report.enabled=false',
    'db.logs.query.enabled=OFF',
    '',
  ].join('\n');
  writeFileSync(join(p.conf, 'neo4j.conf'), conf);
}

/** The generated password; set as the initial password before the very first start. */
function ensurePassword(o: ManagedOptions): string {
  const p = paths(o.homeDir);
  if (existsSync(p.password)) return readFileSync(p.password, 'utf8').trim();
  if (existsSync(join(p.data, 'databases', 'system'))) {
    throw new Neo4jStartError(
      `${o.homeDir} holds a database but no password file; delete ${o.homeDir} to start from an empty graph.`,
    );
  }
  // A leading letter: base64url may start with '-', which neo4j-admin would read as an option.
  const password = `n${randomBytes(18).toString('base64url')}`;
  const result = spawnSync('java', ['-cp', `${o.libDir}/*`, ADMIN_CLASS, 'dbms', 'set-initial-password', password], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_HOME: o.homeDir, NEO4J_CONF: p.conf },
  });
  if (result.status !== 0) {
    throw new Neo4jStartError(`neo4j-admin set-initial-password failed:\n${result.stderr}${result.stdout}`);
  }
  writeFileSync(p.password, `${password}\n`, { mode: 0o600 });
  return password;
}

function jvmArgs(o: ManagedOptions): string[] {
  return [
    `-Xms${o.heap}`,
    `-Xmx${o.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    `${o.libDir}/*`,
    MAIN_CLASS,
    `--home-dir=${o.homeDir}`,
    `--config-dir=${join(o.homeDir, 'conf')}`,
  ];
}

async function waitForBolt(o: ManagedOptions, pid: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + o.startTimeoutMs;
  let exited: number | null | undefined;
  child?.once('exit', (code) => {
    exited = code;
  });
  while (Date.now() < deadline) {
    if (await portAnswers(o.boltPort)) return;
    if (exited !== undefined || !alive(pid)) {
      throw new Neo4jStartError(`Neo4j exited during start (code ${exited ?? 'unknown'}).\n${logTail(o.homeDir)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Neo4jStartError(
    `Neo4j did not answer on Bolt port ${o.boltPort} within ${o.startTimeoutMs / 1000} s.\n${logTail(o.homeDir)}`,
  );
}

async function stopPid(home: string, pid: number, log: (line: string) => void): Promise<void> {
  const p = paths(home);
  if (alive(pid)) {
    log(`neo4j: stopping (pid ${pid})…`);
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 60_000;
    while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (alive(pid)) {
      log('neo4j: did not stop within 60 s, killing it');
      process.kill(pid, 'SIGKILL');
    }
  }
  if (readPid(p.pid) === pid) rmSync(p.pid, { force: true });
}

/** Starts the managed Neo4j, or reuses the one already running from the same folder. */
export async function startManagedNeo4j(o: ManagedOptions): Promise<ManagedNeo4j> {
  const log = o.log ?? console.log;
  const p = paths(o.homeDir);
  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  const handle = (pid: number, owned: boolean, password: string): ManagedNeo4j => ({
    uri,
    username: 'neo4j',
    password,
    pid,
    owned,
    stop: () => stopPid(o.homeDir, pid, log),
  });

  const running = readPid(p.pid);
  if (running !== undefined && alive(running)) {
    const runningPort = Number(readFileSync(p.pid, 'utf8').trim().split(/\s+/)[1] ?? o.boltPort);
    if (runningPort !== o.boltPort) {
      throw new Neo4jStartError(
        `The Neo4j of ${o.homeDir} is already running on port ${runningPort}, not ${o.boltPort}: stop it first (npm run neo4j:stop) or use that port.`,
      );
    }
    await waitForBolt(o, running);
    log(`neo4j: reusing the running instance (pid ${running}) on ${uri}`);
    return handle(running, false, readFileSync(p.password, 'utf8').trim());
  }
  if (running !== undefined) rmSync(p.pid, { force: true });
  if (await portAnswers(o.boltPort)) {
    throw new Neo4jStartError(
      `Port ${o.boltPort} is already in use by another program. Set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use that server.`,
    );
  }

  checkJava();
  await installNeo4j(o.libDir, log);
  writeConfig(o);
  const password = ensurePassword(o);
  const out = openSync(p.console, 'a');
  const child = spawn('java', jvmArgs(o), {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, NEO4J_HOME: o.homeDir, NEO4J_CONF: p.conf },
  });
  closeSync(out);
  if (child.pid === undefined) throw new Neo4jStartError('Could not start java for Neo4j.');
  const pid = child.pid;
  writeFileSync(p.pid, `${pid} ${o.boltPort}\n`);
  child.unref();
  log(`neo4j: starting Neo4j (pid ${pid}, data in ${p.data}, log ${p.log})…`);
  const started = Date.now();
  try {
    await waitForBolt(o, pid, child);
  } catch (error) {
    await stopPid(o.homeDir, pid, log);
    throw error;
  }
  log(`neo4j: Bolt answers on ${uri} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return handle(pid, true, password);
}

/** Stops the instance running from homeDir, if any. */
export async function stopManagedNeo4j(homeDir: string, log: (line: string) => void = console.log): Promise<boolean> {
  const pid = readPid(paths(homeDir).pid);
  if (pid === undefined || !alive(pid)) return false;
  await stopPid(homeDir, pid, log);
  return true;
}

export function managedStatus(homeDir: string): { running: boolean; pid?: number } {
  const pid = readPid(paths(homeDir).pid);
  return pid !== undefined && alive(pid) ? { running: true, pid } : { running: false };
}
