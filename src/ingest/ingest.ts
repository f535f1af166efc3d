import type { Executor } from '../db/executor';
import type { EntityKind } from '../domain/kinds';
import { normalisePeriod, PERIOD_HINT } from '../domain/period';
import { badInput } from '../errors';
import type { KnownEntity } from './link';
import { type IngestMeta, type PipelineResult, runPipeline } from './pipeline';
import { type PipelineOutput, type PipelinePool, sharedPipelinePool } from './worker-pool';
import { ingestStatements, type WriteSummary, withChecks, writeIngest } from './write';

// The whole ingest of one report, shared by the CLI and the ingestReport mutation.

export const MAX_INGEST_BYTES = 2 * 1024 * 1024;
const KEY = /^[a-z0-9][a-z0-9/_.-]{2,120}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// What invalid UTF-8 becomes once decoded into a JavaScript string.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface IngestInput extends IngestMeta {
  text: string;
}

/** Rejects what cannot be ingested with a message that says what to change; nothing is written before this passes. */
export function validateIngestInput(input: IngestInput): void {
  if (!KEY.test(input.key)) {
    throw badInput(
      `key "${input.key}" must be 3–120 characters of a-z, 0-9, "/", "-", "_" or ".", e.g. "report/zhengzhou-2025-h1".`,
    );
  }
  if (input.title.trim() === '') throw badInput('title must not be empty.');
  if (input.text.trim() === '') throw badInput('text is empty: pass the report as plain text.');
  if (LONE_SURROGATE.test(input.text))
    throw badInput('text is not valid Unicode (it holds unpaired surrogates): re-export it as UTF-8.');
  if (Buffer.byteLength(input.text, 'utf8') > MAX_INGEST_BYTES) {
    throw badInput(
      `text is larger than ${MAX_INGEST_BYTES / 1024 / 1024} MB: split the report into parts with their own keys.`,
    );
  }
  const replaced = input.text.split('\uFFFD').length - 1;
  if (replaced > 10 && replaced > input.text.length / 100) {
    throw badInput(`text is not valid UTF-8 (${replaced} characters could not be decoded): re-export it as UTF-8.`);
  }
  if (input.text.includes('\u0000')) throw badInput('text holds NUL characters: is it a binary file?');
  if (input.publishedAt && !DATE.test(input.publishedAt))
    throw badInput(`publishedAt "${input.publishedAt}" must look like 2025-08-11.`);
  if (input.period && !normalisePeriod(input.period))
    throw badInput(`period "${input.period}" is not a period; ${PERIOD_HINT}.`);
}

export async function loadKnownEntities(db: Executor, doc = ''): Promise<KnownEntity[]> {
  const rows = await db.read<{ key: string; kind: EntityKind; name: string; names: string[] | null }>(
    // Entities that only an earlier ingest of this same document created are re-created, not linked to.
    `MATCH (e:Entity) WHERE e.createdBy IS NULL OR e.createdBy <> $doc OR EXISTS { (e)<-[:MENTIONS]-(d:Document) WHERE d.key <> $doc }
     RETURN e.key AS key, e.kind AS kind, e.name AS name, e.names AS names`,
    { doc },
  );
  return rows.map((r) => ({ ...r, names: r.names ?? [] }));
}

export interface IngestOutcome extends WriteSummary {
  result: PipelineResult;
  warnings: string[];
}

/** How long reading one report may take before it is refused (INGEST_DEADLINE_MS). */
export const DEFAULT_INGEST_DEADLINE_MS = 60_000;

export interface IngestOptions {
  onProgress?: (done: number, total: number) => void;
  beforeStatement?: (index: number) => void;
  /** Extraction longer than this is stopped and refused with BAD_USER_INPUT; nothing is written. */
  deadlineMs?: number;
  /** The worker threads extraction runs in (the process's shared pool by default), or 'in-thread' (no deadline). */
  pool?: PipelinePool | 'in-thread';
}

function runInThread(text: string, meta: IngestMeta, known: KnownEntity[], options: IngestOptions): PipelineOutput {
  const result = runPipeline(text, meta, known, options.onProgress ? { onProgress: options.onProgress } : {});
  return { result, statements: ingestStatements(result) };
}

export async function ingestReport(
  db: Executor,
  input: IngestInput,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  validateIngestInput(input);
  const known = await loadKnownEntities(db, input.key);
  const { text, ...given } = input;
  // "2025h1" is taken as observations(period:) takes it: in the grammar's own form.
  const meta = { ...given, period: given.period ? (normalisePeriod(given.period) ?? null) : (given.period ?? null) };
  // Off the event loop: queries keep being answered while the report is read.
  const { result, statements } =
    options.pool === 'in-thread'
      ? runInThread(text, meta, known, options)
      : await (options.pool ?? sharedPipelinePool()).run(text, meta, known, {
          deadlineMs: options.deadlineMs ?? DEFAULT_INGEST_DEADLINE_MS,
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        });
  const summary = await writeIngest(db, result, options.beforeStatement, withChecks(statements, result.meta.key));
  return { ...summary, result, warnings: result.warnings };
}
