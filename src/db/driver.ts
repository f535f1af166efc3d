import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  username: string;
  password: string;
  acquireTimeoutMs: number;
}

/** How long a managed transaction (and an auto-commit read, src/db/executor.ts) is retried on transient errors. */
export const MAX_TRANSACTION_RETRY_MS = 1500;

/** The one driver of the process. Integers come back as JS numbers: no figure here exceeds 2^53. */
export function createDriver(o: DriverOptions): Driver {
  return neo4j.driver(o.uri, neo4j.auth.basic(o.username, o.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: o.acquireTimeoutMs,
    connectionTimeout: o.acquireTimeoutMs,
    maxConnectionPoolSize: 64,
    // Fail fast while the database is down (the default retries for 30 s); readiness reports the outage.
    maxTransactionRetryTime: MAX_TRANSACTION_RETRY_MS,
    userAgent: 'jiaozuo-kg',
    logging: { level: 'error', logger: (_level, message) => console.error(`neo4j-driver: ${message}`) },
  });
}
