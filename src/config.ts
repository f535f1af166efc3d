import { resolve } from 'node:path';
import { z } from 'zod';

// The only reader of process.env. Every variable is documented in the README's configuration table.

export const PROJECT_ROOT = resolve(__dirname, '..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(1).max(65535);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(4000),
  /** An external Neo4j; when unset the project runs its own. */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** The managed Neo4j: where its data, logs and jars live, and its Bolt port. */
  NEO4J_HOME_DIR: z.string().default(resolve(PROJECT_ROOT, '.neo4j', 'server')),
  NEO4J_LIB_DIR: z.string().default(resolve(PROJECT_ROOT, '.neo4j', 'lib')),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/)
    .default('1g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/)
    .default('512m'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(180_000),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  NEO4J_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** autocommit: one auto-commit query per read, one network trip, retried (default); transaction: executeRead. */
  NEO4J_READS: z.enum(['autocommit', 'transaction']).default('autocommit'),
  /** on: root fields the look-ahead compiler knows run as one Cypher statement each (src/compiler); off: resolvers only. */
  QUERY_COMPILER: z.enum(['on', 'off']).default('on'),
  /** Seed the graph at start when the database holds no documents. */
  SEED_ON_START: bool.default(true),
  GRAPHIQL: bool.optional(),
  INTROSPECTION: bool.optional(),
  INGEST_TOKEN: z.string().min(16).optional(),
  /** How long reading one report (extraction, in a worker thread) may take before it is refused. */
  INGEST_DEADLINE_MS: z.coerce.number().int().positive().default(60_000),
  /** Worker threads for extraction (default: cores − 1, 1 to 4); 0 reads reports on the request thread, no deadline. */
  INGEST_WORKERS: z.coerce.number().int().min(0).max(16).optional(),
  CORS_ORIGINS: z.string().optional(),
  /** On SIGTERM/SIGINT: how long in-flight requests may run before their connections are closed. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  /** Error answers keep extensions.originalError (the underlying error's message; stack in development). */
  DEBUG_ERRORS: bool.default(false),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config extends Env {
  /** True when the project runs its own Neo4j (NEO4J_URI unset). */
  managedNeo4j: boolean;
  graphiql: boolean;
  introspection: boolean;
  corsOrigins: string[];
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) throw new ConfigError('NEO4J_URI is set, so NEO4J_PASSWORD must be set too.');
  const production = e.NODE_ENV === 'production';
  return Object.freeze({
    ...e,
    managedNeo4j: !e.NEO4J_URI,
    graphiql: e.GRAPHIQL ?? !production,
    introspection: e.INTROSPECTION ?? !production,
    corsOrigins: (e.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  });
}
