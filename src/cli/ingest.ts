// npm run ingest -- <file> [--key K] [--title T] [--publisher P] [--published-at YYYY-MM-DD] [--period P] [--subject 焦作市]
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { migrate } from '../db/migrate';
import { AppError } from '../errors';
import { ingestReport } from '../ingest/ingest';
import { runCli } from './run';

const FLAGS = ['key', 'title', 'publisher', 'published-at', 'period', 'subject'] as const;

function parseArgs(argv: string[]): { file: string; flags: Partial<Record<(typeof FLAGS)[number], string>> } {
  const flags: Partial<Record<(typeof FLAGS)[number], string>> = {};
  let file: string | undefined;
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
    } else file = arg;
  }
  if (!file)
    throw new AppError(
      'BAD_USER_INPUT',
      'usage: npm run ingest -- <file.txt> [--key K] [--title T] [--period 2025-H1] [--subject 焦作市]',
    );
  return { file, flags };
}

runCli(async () => {
  const { file, flags } = parseArgs(process.argv.slice(2));
  const bytes = readFileSync(file);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const key =
    flags.key ??
    `report/${basename(file, extname(file))
      .toLowerCase()
      .replace(/[^a-z0-9_.-]+/g, '-')}`;
  const title =
    flags.title ??
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0)
      ?.slice(0, 120) ??
    key;
  const database = await connectDatabase(loadConfig());
  try {
    const db = database.maintenanceExecutor();
    await migrate(db);
    const started = Date.now();
    const outcome = await ingestReport(
      db,
      {
        key,
        title,
        text,
        publisher: flags.publisher ?? null,
        publishedAt: flags['published-at'] ?? null,
        period: flags.period ?? null,
        subject: flags.subject ?? null,
      },
      {
        onProgress: (done, total) => {
          if (total > 200) process.stdout.write(`\ringest: ${done}/${total} sentences`);
        },
      },
    );
    process.stdout.write('\n');
    console.log(
      `ingest: ${key} (${outcome.result.meta.period}, ${outcome.result.meta.script}) in ${Date.now() - started} ms`,
    );
    console.log(
      `  entities: ${outcome.entitiesCreated} created, ${outcome.entitiesLinked} linked; figures: ${outcome.observations}; rankings: ${outcome.rankings}; relations: ${outcome.result.relations.length}`,
    );
    const { period, subject } = outcome.result.inferred;
    console.log(`  period: ${period.value} (${period.reason}, confidence ${period.confidence})`);
    console.log(`  subject: ${subject.value ?? 'none'} (${subject.reason}, confidence ${subject.confidence})`);
    for (const w of outcome.warnings) console.log(`  warning: ${w}`);
  } finally {
    await database.close();
  }
});
