// npm run ingest -- <file or directory>… [--jobs N] [--publisher P] [--published-at YYYY-MM-DD] [--period P]
//                    [--subject 焦作市] [--key K] [--title T]   (--key and --title: one file only)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import type { Executor } from '../db/executor';
import { migrate } from '../db/migrate';
import { AppError } from '../errors';
import { type IngestOutcome, ingestReport } from '../ingest/ingest';
import { PipelinePool } from '../ingest/worker-pool';
import { runCli } from './run';

// Ingests one report or many: files and directories (their .txt and .md files), read in parallel up to the
// cores, each in its own transaction (a file that fails leaves nothing behind and the others go on), a summary
// per file, the failures listed at the end and a non-zero exit if there were any. A file's key comes from its
// name, so running the same files again replaces their documents rather than adding to them.

const FLAGS = ['key', 'title', 'publisher', 'published-at', 'period', 'subject', 'jobs'] as const;
type Flags = Partial<Record<(typeof FLAGS)[number], string>>;
const USAGE =
  'usage: npm run ingest -- <file or directory>… [--jobs N] [--period 2025-H1] [--subject 焦作市] [--published-at 2025-07-30] [--publisher P] [--key K --title T (one file)]';
const REPORT_FILE = /\.(txt|md)$/i;

function parseArgs(argv: string[]): { paths: string[]; flags: Flags } {
  const flags: Flags = {};
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg.startsWith('--')) {
      const name = arg.slice(2) as (typeof FLAGS)[number];
      if (!FLAGS.includes(name) || argv[i + 1] === undefined) {
        throw new AppError(
          'BAD_USER_INPUT',
          `unknown or empty option ${arg}; options: ${FLAGS.map((f) => `--${f}`).join(' ')}`,
        );
      }
      flags[name] = argv[i + 1] as string;
      i += 1;
    } else paths.push(arg);
  }
  if (paths.length === 0) throw new AppError('BAD_USER_INPUT', USAGE);
  return { paths, flags };
}

/** The files named, directories replaced by the report files in them (sorted), each once. */
function expand(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(p);
    } catch {
      throw new AppError('BAD_USER_INPUT', `${p}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const inside = readdirSync(p)
        .filter((f) => REPORT_FILE.test(f) && statSync(join(p, f)).isFile())
        .sort()
        .map((f) => join(p, f));
      if (inside.length === 0) throw new AppError('BAD_USER_INPUT', `${p}: no .txt or .md files in this directory`);
      files.push(...inside);
    } else files.push(p);
  }
  return [...new Set(files)];
}

/** report/<file name>, in the key alphabet; a name with nothing of it (汉字.txt) gets a short hash instead. */
export function keyOfFile(file: string): string {
  const stem = basename(file, extname(file));
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[-_.]+|[-_.]+$/g, '');
  const hash = createHash('sha256').update(stem).digest('hex').slice(0, 10);
  const readable = /[a-z0-9]/.test(slug) && slug.length >= 3 ? slug : '';
  // Non-ASCII parts of a name would be lost: the hash keeps two such names apart.
  const lossy = /[^a-z0-9_.-]/i.test(stem.replace(/\s/g, ''));
  return `report/${readable ? `${readable.slice(0, 100)}${lossy ? `-${hash}` : ''}` : `file-${hash}`}`;
}

const firstLine = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0)
    ?.slice(0, 120);

interface Task {
  file: string;
  key: string;
  done: number;
  total: number;
  state: 'waiting' | 'reading' | 'ok' | 'failed';
}

function summarise(task: Task, outcome: IngestOutcome, ms: number): string[] {
  const r = outcome.result;
  const byKind = new Map<string, number>();
  for (const e of r.entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const relations = new Map<string, number>();
  for (const x of r.relations) relations.set(x.type, (relations.get(x.type) ?? 0) + 1);
  const list = (m: Map<string, number>) =>
    [...m]
      .sort()
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  return [
    `ingest: ${task.key} (${r.meta.period}, ${r.meta.script}) in ${ms} ms — ${task.file}`,
    `  period: ${r.inferred.period.value} (${r.inferred.period.reason}, confidence ${r.inferred.period.confidence})`,
    `  subject: ${r.inferred.subject.value ?? 'none'} (${r.inferred.subject.reason}, confidence ${r.inferred.subject.confidence})`,
    `  entities: ${outcome.entitiesCreated} created, ${outcome.entitiesLinked} linked (${list(byKind)}); figures: ${outcome.observations}; rankings: ${outcome.rankings}; relations: ${r.relations.length} (${list(relations)})`,
    ...outcome.warnings.map((w) => `  warning: ${w}`),
  ];
}

/** One status line, redrawn in place on a terminal; elsewhere only the per-file lines are printed. */
function progressLine(tasks: Task[]): string {
  const finished = tasks.filter((t) => t.state === 'ok' || t.state === 'failed').length;
  const running = tasks
    .filter((t) => t.state === 'reading')
    .map((t) => `${basename(t.file)} ${t.total ? Math.floor((100 * t.done) / t.total) : 0}%`);
  const width = 24;
  const filled = Math.round((width * finished) / tasks.length);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${finished}/${tasks.length} files${running.length ? ` · ${running.join(' · ')}` : ''}`;
}

async function ingestAll(db: Executor, files: string[], flags: Flags, jobs: number, deadlineMs: number) {
  const tasks: Task[] = files.map((file) => ({
    file,
    key: files.length === 1 && flags.key ? flags.key : keyOfFile(file),
    done: 0,
    total: 0,
    state: 'waiting',
  }));
  // Two files with one key would overwrite each other: refuse before writing anything.
  const byKey = new Map<string, string[]>();
  for (const t of tasks) byKey.set(t.key, [...(byKey.get(t.key) ?? []), t.file]);
  const clashes = [...byKey].filter(([, f]) => f.length > 1);
  if (clashes.length > 0) {
    throw new AppError(
      'BAD_USER_INPUT',
      `these files would share a key (rename one): ${clashes.map(([k, f]) => `${k} ← ${f.join(', ')}`).join('; ')}`,
    );
  }
  const tty = process.stdout.isTTY === true;
  const redraw = () => {
    if (tty) process.stdout.write(`\r\x1b[K${progressLine(tasks)}`);
  };
  const print = (lines: string[]) => {
    if (tty) process.stdout.write('\r\x1b[K');
    for (const line of lines) console.log(line);
    redraw();
  };
  const pool = new PipelinePool(jobs);
  const failures: { file: string; message: string }[] = [];
  let next = 0;
  const worker = async () => {
    for (let task = tasks[next]; task; task = tasks[next]) {
      next += 1;
      task.state = 'reading';
      redraw();
      const started = Date.now();
      try {
        const text = new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(task.file));
        const outcome = await ingestReport(
          db,
          {
            key: task.key,
            title: (files.length === 1 ? flags.title : undefined) ?? firstLine(text) ?? task.key,
            text,
            publisher: flags.publisher ?? null,
            publishedAt: flags['published-at'] ?? null,
            period: flags.period ?? null,
            subject: flags.subject ?? null,
          },
          {
            pool,
            deadlineMs,
            onProgress: (done, total) => {
              task.done = done;
              task.total = total;
              redraw();
            },
          },
        );
        task.state = 'ok';
        print(summarise(task, outcome, Date.now() - started));
      } catch (error) {
        task.state = 'failed';
        const message = error instanceof Error ? error.message : String(error);
        failures.push({ file: task.file, message });
        print([`failed: ${task.file} (${task.key}): ${message}`]);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  } finally {
    await pool.close();
  }
  if (tty) process.stdout.write('\r\x1b[K');
  const ok = tasks.filter((t) => t.state === 'ok').length;
  console.log(`ingest: ${ok} of ${tasks.length} files ingested${failures.length ? `, ${failures.length} failed` : ''}`);
  if (failures.length > 0) {
    console.log('failures (nothing of these was written):');
    for (const f of failures) console.log(`  ${f.file}: ${f.message}`);
  }
  return failures.length;
}

runCli(async () => {
  const { paths, flags } = parseArgs(process.argv.slice(2));
  const files = expand(paths);
  if (files.length > 1 && (flags.key || flags.title))
    throw new AppError('BAD_USER_INPUT', '--key and --title name one document: give them with one file only.');
  const jobs = flags.jobs ? Number(flags.jobs) : Math.max(1, Math.min(files.length, availableParallelism()));
  if (!Number.isInteger(jobs) || jobs < 1) throw new AppError('BAD_USER_INPUT', '--jobs must be a whole number ≥ 1');
  const config = loadConfig();
  const database = await connectDatabase(config);
  try {
    const db = database.maintenanceExecutor();
    await migrate(db);
    const failed = await ingestAll(db, files, flags, jobs, config.INGEST_DEADLINE_MS);
    if (failed > 0) process.exitCode = 1;
  } finally {
    await database.close();
  }
});
