import neo4j, { type Driver, isRetryableError, Neo4jError, type RecordShape } from 'neo4j-driver';
import { AppError } from '../errors';
import { MAX_TRANSACTION_RETRY_MS } from './driver';

// All Cypher goes through here: reads as one auto-commit query each in READ mode (or, with
// NEO4J_READS=transaction, in managed transactions via executeRead), writes via executeWrite, database always
// named, a transaction timeout and app metadata on every transaction, one bookmark manager for every session of
// the driver (a read follows the writes this process committed before it, also on a cluster), Neo4j errors
// mapped to AppError in one place.

export type Params = Record<string, unknown>;

/** One statement of a write transaction; `check` sees its result rows and may throw to roll the whole write back. */
export interface WriteStatement {
  cypher: string;
  params?: Params;
  check?: (rows: Record<string, unknown>[]) => void;
}

/** JS numbers reach Cypher as floats; SKIP, LIMIT and list indexes need integers. */
export const int = (n: number) => neo4j.int(Math.trunc(n));

/**
 * autocommit: a read is one auto-commit query (RUN and PULL in one network trip; executeRead awaits BEGIN, then
 * RUN+PULL, then COMMIT: three), retried as executeRead retries. transaction: executeRead.
 */
export type ReadMode = 'autocommit' | 'transaction';

export interface ExecutorOptions {
  database: string;
  txTimeoutMs: number;
  /** How reads run; autocommit unless set (NEO4J_READS). */
  reads?: ReadMode;
}

/** Counts Cypher round trips; one per request lets a test prove batching. */
export interface QueryCounter {
  count: number;
  /** The request's queries still running: its answer waits for them (see settleQueries). */
  pending?: Set<Promise<unknown>>;
}

/**
 * Waits until none of a request's queries is running. graphql-js answers as soon as an error nulls the whole
 * result, while sibling resolvers' queries still run; without this, a client repeating such a request piles up
 * work the server no longer accounts for (a fuzz run exhausted the 64-connection pool that way).
 */
export async function settleQueries(counter: QueryCounter): Promise<void> {
  for (;;) {
    // DataLoader dispatches its batches on a later tick: let them start before looking.
    await new Promise((r) => setImmediate(r));
    if (!counter.pending || counter.pending.size === 0) return;
    await Promise.allSettled([...counter.pending]);
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthorizationExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function mapDbError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (
      error.code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
      error.code.includes('TransactionTimedOut')
    ) {
      return new AppError('UNAVAILABLE', 'The database did not answer in time; narrow the query or try again.');
    }
    if (UNAVAILABLE_CODES.has(error.code) || isRetryableError(error) || /acquisition|connect/i.test(error.message)) {
      return new AppError('UNAVAILABLE', 'The graph database is unavailable right now; try again shortly.');
    }
  }
  return error;
}

/** The driver's retry schedule for managed transactions: 1 s, doubling, ±20 % jitter, within the retry time. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const delay = 1000 * 2 ** (attempt - 1);
  return delay * (0.8 + 0.4 * random());
}

export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    readonly counter: QueryCounter = { count: 0 },
  ) {}

  /** Runs one read query and returns its records as plain objects. */
  read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.track(this.run<T>('READ', cypher, params));
  }

  write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.track(this.run<T>('WRITE', cypher, params));
  }

  private track<T>(query: Promise<T>): Promise<T> {
    const pending = this.counter.pending;
    if (pending) {
      pending.add(query);
      query.then(
        () => pending.delete(query),
        () => pending.delete(query),
      );
    }
    return query;
  }

  /** Several writes in one transaction: all or nothing. */
  writeAll(statements: WriteStatement[], beforeStatement?: (index: number) => void): Promise<void> {
    return this.track(this.runAll(statements, beforeStatement));
  }

  private async runAll(statements: WriteStatement[], beforeStatement?: (index: number) => void): Promise<void> {
    const session = this.session('WRITE');
    try {
      await session.executeWrite(async (tx) => {
        for (const [index, s] of statements.entries()) {
          beforeStatement?.(index);
          this.counter.count += 1;
          const result = await tx.run(s.cypher, s.params ?? {});
          s.check?.(result.records.map((r) => r.toObject()));
        }
      }, this.txConfig());
    } catch (error) {
      throw mapDbError(error);
    } finally {
      await session.close();
    }
  }

  /** Every session shares the driver's bookmark manager, so reads are causally after this process's writes. */
  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  private txConfig() {
    return { timeout: this.options.txTimeoutMs, metadata: { app: 'jiaozuo-kg' } };
  }

  private async run<T extends RecordShape>(mode: 'READ' | 'WRITE', cypher: string, params: Params): Promise<T[]> {
    if (mode === 'READ' && this.options.reads !== 'transaction') return this.readAutoCommit<T>(cypher, params);
    const session = this.session(mode);
    this.counter.count += 1;
    try {
      const work = async (tx: { run: (c: string, p: Params) => Promise<{ records: { toObject(): T }[] }> }) => {
        const result = await tx.run(cypher, params);
        return result.records.map((r) => r.toObject());
      };
      return mode === 'READ'
        ? await session.executeRead(work, this.txConfig())
        : await session.executeWrite(work, this.txConfig());
    } catch (error) {
      throw mapDbError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * A read is one auto-commit query in READ mode (routed to a reader on neo4j://): RUN and PULL in one network
   * trip, where a managed transaction adds an awaited BEGIN and a COMMIT. Reads are idempotent, so a transient
   * failure is retried on the driver's own schedule for executeRead (retryDelayMs; a new attempt while
   * MAX_TRANSACTION_RETRY_MS has not passed), each attempt in a fresh session.
   */
  private async readAutoCommit<T extends RecordShape>(cypher: string, params: Params): Promise<T[]> {
    this.counter.count += 1;
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const session = this.session('READ');
      try {
        const result = await session.run(cypher, params, this.txConfig());
        return result.records.map((r) => r.toObject() as T);
      } catch (error) {
        if (isRetryableError(error) && Date.now() - started <= MAX_TRANSACTION_RETRY_MS) {
          await new Promise((r) => setTimeout(r, retryDelayMs(attempt)));
          continue;
        }
        throw mapDbError(error);
      } finally {
        await session.close();
      }
    }
  }
}
