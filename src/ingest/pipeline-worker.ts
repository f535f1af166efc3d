import { parentPort } from 'node:worker_threads';
import type { KnownEntity } from './link';
import { type IngestMeta, runPipeline } from './pipeline';
import { type IngestStatement, ingestStatements } from './write';

// The body of an extraction worker (started by worker-pool.ts): runs the pure pipeline on each job it is sent and
// posts back progress, the result (the text itself left out: the caller has it) and the write statements, built
// here too (their traditional-script aliases need OpenCC's 80 MB dictionaries, seconds to load on first use).

export interface PipelineJob {
  id: number;
  text: string;
  meta: IngestMeta;
  known: KnownEntity[];
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; id: number; done: number; total: number }
  | {
      type: 'result';
      id: number;
      result: Omit<ReturnType<typeof runPipeline>, 'text'>;
      statements: Omit<IngestStatement, 'check'>[];
    }
  | { type: 'error'; id: number; message: string; stack?: string };

const port = parentPort;
if (!port) throw new Error('pipeline-worker.ts runs as a worker thread, started by worker-pool.ts');

port.on('message', (job: PipelineJob) => {
  let reported = -1;
  try {
    const full = runPipeline(job.text, job.meta, job.known, {
      onProgress: (done, total) => {
        // About a hundred messages per report at most, and always the last one.
        if (done === total || done - reported >= Math.max(1, Math.floor(total / 100))) {
          reported = done;
          port.postMessage({ type: 'progress', id: job.id, done, total } satisfies WorkerMessage);
        }
      },
    });
    const { text: _text, ...result } = full;
    port.postMessage({
      type: 'result',
      id: job.id,
      result,
      // Plain data only: a statement's check (a function) is put back by withChecks on the other side.
      statements: ingestStatements(full).map(({ check: _check, ...plain }) => plain),
    } satisfies WorkerMessage);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({
      type: 'error',
      id: job.id,
      message: e.message,
      ...(e.stack ? { stack: e.stack } : {}),
    } satisfies WorkerMessage);
  }
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
