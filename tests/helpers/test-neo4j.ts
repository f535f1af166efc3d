import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

// The test suite's own managed Neo4j: its own data folder and port, so tests never touch a developer's graph.
export const TEST_HOME = process.env.NEO4J_TEST_HOME_DIR ?? resolve(PROJECT_ROOT, '.neo4j', 'test');
export const TEST_PORT = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);
/** Where global setup leaves the connection for the test files (an external NEO4J_URI when set). */
export const CONNECTION_ENV = 'KG_TEST_NEO4J';

/** The seed data the suite loads: seed/data, or KG_TEST_SEED_DIR (same report files) while curating. */
export const TEST_SEED_DIR = process.env.KG_TEST_SEED_DIR;
