import type { Executor } from '../db/executor';
import { LABEL_OF_KIND } from '../domain/kinds';
import { RELATION_TYPES } from '../domain/relations';
import { readSeed, type SeedData } from './read';
import { seedRows } from './rows';
import { validateSeed } from './validate';

// Writes the curated graph with MERGE on key in batched UNWIND statements, in one transaction: a failed
// load leaves nothing half-written, and loading twice changes nothing.

export interface SeedSummary {
  documents: number;
  entities: number;
  relations: number;
  observations: number;
  rankings: number;
  fundings: number;
}

const ENTITY_LABELS = Object.values(LABEL_OF_KIND);

export function seedStatements(data: SeedData) {
  const rows = seedRows(data);
  const statements: { cypher: string; params: Record<string, unknown> }[] = [
    {
      cypher: 'UNWIND $rows AS row MERGE (d:Document {key: row.key}) SET d += row.props',
      params: { rows: rows.documents },
    },
  ];
  for (const label of ENTITY_LABELS) {
    statements.push({
      cypher: `UNWIND $rows AS row MERGE (e:Entity:${label} {key: row.key}) SET e += row.props`,
      params: { rows: rows.entities.filter((e) => e.label === label) },
    });
  }
  statements.push({
    cypher: `UNWIND $rows AS row
      MATCH (d:Document {key: row.doc}), (e:Entity {key: row.entity})
      MERGE (d)-[m:MENTIONS {offset: row.offset}]->(e) SET m.quote = row.quote`,
    params: { rows: rows.mentions },
  });
  for (const type of RELATION_TYPES) {
    statements.push({
      cypher: `UNWIND $rows AS row
        MATCH (a:Entity {key: row.from}), (b:Entity {key: row.to})
        MERGE (a)-[r:${type}]->(b) SET r += row.props`,
      params: { rows: rows.relations.filter((r) => r.type === type) },
    });
  }
  statements.push(
    {
      cypher: `UNWIND $rows AS row
        MATCH (i:Indicator {key: row.indicator}), (s:Entity {key: row.subject})
        MERGE (o:Observation {key: row.key}) SET o += row.props
        MERGE (o)-[:OF]->(i)
        MERGE (o)-[:ABOUT]->(s)
        WITH o, row WHERE row.policy IS NOT NULL
        MATCH (p:Policy {key: row.policy})
        MERGE (p)-[:SETS_TARGET]->(o)`,
      params: { rows: rows.observations },
    },
    {
      cypher: `UNWIND $rows AS row
        MATCH (i:Indicator {key: row.indicator}), (s:Entity {key: row.subject}), (sc:Region {key: row.scope})
        MERGE (r:Ranking {key: row.key}) SET r += row.props
        MERGE (r)-[:OF]->(i)
        MERGE (r)-[:ABOUT]->(s)
        MERGE (r)-[:IN]->(sc)`,
      params: { rows: rows.rankings },
    },
    {
      cypher: `UNWIND $rows AS row
        MATCH (p:Policy {key: row.policy})
        MERGE (f:Funding {key: row.key}) SET f += row.props
        MERGE (f)-[:UNDER]->(p)
        WITH f, row UNWIND row.recipients AS recipient
        MATCH (x:Entity {key: recipient})
        MERGE (f)-[:FUNDS]->(x)`,
      params: { rows: rows.fundings },
    },
  );
  return {
    statements,
    summary: {
      documents: rows.documents.length,
      entities: rows.entities.length,
      relations: rows.relations.length,
      observations: rows.observations.length,
      rankings: rows.rankings.length,
      fundings: rows.fundings.length,
    } satisfies SeedSummary,
  };
}

export class SeedInvalidError extends Error {}

/** Validates the curated data, then writes it; throws before writing anything when the data is invalid. */
export async function seedGraph(executor: Executor, data: SeedData = readSeed()): Promise<SeedSummary> {
  const problems = validateSeed(data);
  if (problems.length > 0) {
    throw new SeedInvalidError(
      `The curated data has ${problems.length} problems (npm run seed:check):\n${problems.slice(0, 20).join('\n')}`,
    );
  }
  const { statements, summary } = seedStatements(data);
  await executor.writeAll(statements);
  return summary;
}

export async function documentCount(executor: Executor): Promise<number> {
  const [row] = await executor.read<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
  return row?.n ?? 0;
}
