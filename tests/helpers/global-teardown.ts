import type { ManagedNeo4j } from '../../src/neo4j/managed';

export default async function globalTeardown(): Promise<void> {
  const managed = (globalThis as Record<string, unknown>).__KG_MANAGED__ as ManagedNeo4j | undefined;
  if (managed?.owned && !process.env.KG_TEST_KEEP_NEO4J) await managed.stop();
}
