import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { badInput } from '../errors';
import type { KnownEntity } from './link';
import type { IngestMeta, PipelineResult } from './pipeline';
import type { PipelineJob, WorkerMessage } from './pipeline-worker';
import type { IngestStatement } from './write';

// Extraction (normalise → segment → extract → link, pure and CPU-bound) runs in worker threads, so the event loop
// keeps answering queries while a report is read, and a report that takes longer than the deadline is stopped
// (the worker is terminated, even inside a regular expression) and refused with nothing written.

/**
 * The worker runs the pipeline as this module runs: compiled (dist/, npm start) as plain JS, or as TypeScript (tsx
 * for the CLI and npm run dev, swc under jest), when the worker registers tsx first.
 */
const BOOT = `
const { workerData } = require('node:worker_threads');
if (workerData.tsx && !require.extensions['.ts']) require(workerData.tsx).register();
require(workerData.entry);
`;
const WORKER_ENTRY = resolve(__dirname, `pipeline-worker${extname(__filename)}`);
const WORKER_DATA = {
  tsx: WORKER_ENTRY.endsWith('.ts') ? require.resolve('tsx/cjs/api') : null,
  entry: WORKER_ENTRY,
};

export interface PipelineRun {
  deadlineMs: number;
  onProgress?: (done: number, total: number) => void;
}

export interface PipelineOutput {
  result: PipelineResult;
  /** What write.ts runs to store the result (ingestStatements, their checks left out), built in the worker too. */
  statements: Omit<IngestStatement, 'check'>[];
}

interface Job {
  id: number;
  payload: PipelineJob;
  run: PipelineRun;
  resolve: (output: PipelineOutput) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
  idleTimer?: NodeJS.Timeout;
}

const IDLE_MS = 60_000;

export class PipelinePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number = defaultPoolSize()) {}

  /** Runs the pipeline in a worker; rejects with BAD_USER_INPUT when it does not finish within the deadline. */
  run(text: string, meta: IngestMeta, known: KnownEntity[], run: PipelineRun): Promise<PipelineOutput> {
    if (this.closed) return Promise.reject(new Error('the extraction workers are shut down'));
    return new Promise<PipelineOutput>((resolveJob, rejectJob) => {
      const id = this.nextId;
      this.nextId += 1;
      this.queue.push({ id, payload: { id, text, meta, known }, run, resolve: resolveJob, reject: rejectJob });
      this.dispatch();
    });
  }

  /** Terminates every worker; jobs waiting or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the extraction workers are shut down'));
    await Promise.all([...this.slots].map((s) => this.retire(s, new Error('the extraction workers are shut down'))));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.job) this.start(slot, this.queue.shift() as Job);
    }
    // Workers still starting take the queue when ready; start more only while the queue outnumbers them.
    let starting = [...this.slots].filter((s) => !s.ready).length;
    while (this.slots.size < this.size && this.queue.length > starting) {
      this.spawn();
      starting += 1;
    }
  }

  private spawn(): void {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: WORKER_DATA,
    });
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    worker.on('error', (error) => void this.retire(slot, error));
    worker.on('exit', () => {
      if (this.slots.has(slot)) void this.retire(slot, new Error('an extraction worker stopped unexpectedly'));
    });
  }

  private start(slot: Slot, job: Job): void {
    clearTimeout(slot.idleTimer);
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      const seconds = (job.run.deadlineMs / 1000).toFixed(job.run.deadlineMs < 1000 ? 2 : 0);
      void this.retire(
        slot,
        badInput(
          `Reading the report took longer than the ${seconds} s allowed, so it was stopped and nothing was written: ` +
            'split the text into parts with their own keys (or raise INGEST_DEADLINE_MS on the server).',
        ),
      );
    }, job.run.deadlineMs);
    slot.worker.postMessage(job.payload);
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.idle(slot);
      return;
    }
    const job = slot.job;
    if (!job || job.id !== message.id) return;
    if (message.type === 'progress') {
      job.run.onProgress?.(message.done, message.total);
      return;
    }
    clearTimeout(slot.timer);
    slot.job = undefined;
    if (message.type === 'result')
      job.resolve({ result: { ...message.result, text: job.payload.text }, statements: message.statements });
    else job.reject(Object.assign(new Error(message.message), message.stack ? { stack: message.stack } : {}));
    this.idle(slot);
  }

  /** A worker with nothing to do takes the next job, or lets the process exit and is stopped after a while. */
  private idle(slot: Slot): void {
    const next = this.queue.shift();
    if (next) {
      this.start(slot, next);
      return;
    }
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => void this.retire(slot), IDLE_MS);
    slot.idleTimer.unref();
  }

  private async retire(slot: Slot, error?: unknown): Promise<void> {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    clearTimeout(slot.idleTimer);
    slot.job?.reject(error ?? new Error('an extraction worker stopped'));
    slot.job = undefined;
    await slot.worker.terminate();
    // A worker that could not even start would fail again: what waits fails with it rather than loop.
    if (!slot.ready && error) for (const job of this.queue.splice(0)) job.reject(error);
    // A replacement starts for whatever is still waiting.
    if (!this.closed) this.dispatch();
  }
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

let shared: PipelinePool | undefined;

/** The process's pool, made on first use (of `size` workers, the default when not given). */
export function sharedPipelinePool(size?: number): PipelinePool {
  shared ??= new PipelinePool(size);
  return shared;
}
