import neo4j, { type Driver, isRetryableError, Neo4jError, type RecordShape } from 'neo4j-driver';
import { AppError } from '../errors';

// All Cypher goes through here: reads via executeRead, writes via executeWrite, database always named,
// a transaction timeout and app metadata on every transaction, Neo4j errors mapped to AppError in one place.

export type Params = Record<string, unknown>;

/** JS numbers reach Cypher as floats; SKIP, LIMIT and list indexes need integers. */
export const int = (n: number) => neo4j.int(Math.trunc(n));

export interface ExecutorOptions {
  database: string;
  txTimeoutMs: number;
}

/** Counts Cypher round trips; one per request lets a test prove batching. */
export interface QueryCounter {
  count: number;
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

export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    readonly counter: QueryCounter = { count: 0 },
  ) {}

  /** Runs one read query and returns its records as plain objects. */
  read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('READ', cypher, params);
  }

  write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('WRITE', cypher, params);
  }

  /** Several writes in one transaction: all or nothing. */
  async writeAll(
    statements: { cypher: string; params?: Params }[],
    beforeStatement?: (index: number) => void,
  ): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    try {
      await session.executeWrite(async (tx) => {
        for (const [index, s] of statements.entries()) {
          beforeStatement?.(index);
          this.counter.count += 1;
          await tx.run(s.cypher, s.params ?? {});
        }
      }, this.txConfig());
    } catch (error) {
      throw mapDbError(error);
    } finally {
      await session.close();
    }
  }

  private txConfig() {
    return { timeout: this.options.txTimeoutMs, metadata: { app: 'jiaozuo-kg' } };
  }

  private async run<T extends RecordShape>(mode: 'READ' | 'WRITE', cypher: string, params: Params): Promise<T[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
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
}
