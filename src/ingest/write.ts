import type { Executor, Params, WriteStatement } from '../db/executor';
import { observationKey, rankingKey } from '../domain/keys';
import { ENTITY_KINDS, KIND_SPECS } from '../domain/kinds';
import { normalizeName, traditionalForms } from '../text/chinese';
import { pinyinForms } from '../text/pinyin';
import { placeByKey } from './gazetteer';
import type { Evidence, FactEntity, PipelineResult } from './pipeline';

// Stage 5: one transaction per document. Re-ingesting a key first takes back everything that document
// said (its mentions, its evidence on shared facts, facts and entities only it supported), then writes the new
// facts; a failure anywhere rolls the whole document back.

const lists = (evidence: Evidence[], doc: string) => ({
  docs: evidence.map(() => doc),
  quotes: evidence.map((e) => e.quote),
  offsets: evidence.map((e) => e.offset),
});

const APPEND_EVIDENCE = `SET x.docs = coalesce(x.docs, []) + row.ev.docs, x.quotes = coalesce(x.quotes, []) + row.ev.quotes,
  x.offsets = coalesce(x.offsets, []) + row.ev.offsets`;

/** Removes a document's evidence from facts and relationships; deletes what nothing else supports any more. */
export const RETRACT_STATEMENTS = [
  `MATCH (x) WHERE (x:Observation OR x:Ranking) AND $doc IN x.docs
   WITH x, [i IN range(0, size(x.docs) - 1) WHERE x.docs[i] <> $doc] AS keep
   SET x.docs = [i IN keep | x.docs[i]], x.quotes = [i IN keep | x.quotes[i]], x.offsets = [i IN keep | x.offsets[i]]
   WITH x WHERE size(x.docs) = 0 DETACH DELETE x`,
  // A place some ingest created only as the parent of another (河北省 above 邯郸市) is mentioned by no document:
  // it goes when its last relationship goes.
  `MATCH (a:Entity)-[x]->(b:Entity) WHERE $doc IN x.docs
   WITH a, b, x, [i IN range(0, size(x.docs) - 1) WHERE x.docs[i] <> $doc] AS keep
   SET x.docs = [i IN keep | x.docs[i]], x.quotes = [i IN keep | x.quotes[i]], x.offsets = [i IN keep | x.offsets[i]]
   WITH a, b, x WHERE size(x.docs) = 0 DELETE x
   WITH collect(a) + collect(b) AS ends UNWIND ends AS e
   WITH DISTINCT e WHERE e.createdBy IS NOT NULL AND NOT (e)--()
   DELETE e`,
  // A project's investment or capacity this document stated (layout/investment.ts) goes with it.
  ...(['investment', 'capacity'] as const).map(
    (p) => `MATCH (x:Project) WHERE x.${p}Doc = $doc
   REMOVE x.${p}Value, x.${p}Unit, x.${p}Text, x.${p}Doc, x.${p}Quote, x.${p}Offset`,
  ),
  // Last, the mentions; an entity that some ingest created and that nothing refers to any more goes with them.
  `MATCH (:Document {key: $doc})-[m:MENTIONS]->(e:Entity)
   WITH collect(m) AS mentions, collect(DISTINCT e) AS entities
   FOREACH (m IN mentions | DELETE m)
   WITH entities UNWIND entities AS e
   WITH e WHERE e.createdBy IS NOT NULL AND NOT (e)--()
   DELETE e`,
];

/**
 * The level of a place the gazetteer does not know, from its name. The contract has no level below COUNTY: a
 * township (…镇, …乡, …街道) is stored as a DISTRICT, the nearest level it offers.
 */
export function levelFromName(name: string): string {
  if (/(开发区|高新区|示范区|园区|新区|产业集聚区)$/.test(name)) return 'ZONE';
  if (/(镇|乡|街道|区)$/.test(name)) return 'DISTRICT';
  if (/县$/.test(name)) return 'COUNTY';
  if (/省$/.test(name)) return 'PROVINCE';
  return 'CITY';
}

function regionProps(key: string, name: string): Record<string, unknown> {
  const place = placeByKey(key);
  return { level: place?.level ?? levelFromName(name), code: place?.code ?? null, nameEn: place?.nameEn ?? null };
}

/** A project's stated investment or capacity as <prefix>Value/Unit/Text (as seeding stores them) and its evidence. */
function amountProps(prefix: 'investment' | 'capacity', e: FactEntity, doc: string): Record<string, unknown> {
  const a = e[prefix];
  if (!a) return {};
  return {
    [`${prefix}Value`]: a.value,
    [`${prefix}Unit`]: a.unit,
    [`${prefix}Text`]: a.text,
    [`${prefix}Doc`]: doc,
    [`${prefix}Quote`]: a.evidence.quote,
    [`${prefix}Offset`]: a.evidence.offset,
  };
}

export interface WriteSummary {
  entitiesCreated: number;
  entitiesLinked: number;
  observations: number;
  rankings: number;
}

/** Every key the facts of a result point at: each must be in the graph or created by the result. */
function referencedKeys(result: PipelineResult): string[] {
  return [
    ...new Set([
      ...result.entities.map((e) => e.key),
      ...result.relations.flatMap((r) => [r.from, r.to]),
      ...result.observations.flatMap((o) => [o.indicator, o.subject]),
      ...result.rankings.flatMap((r) => [r.indicator, r.subject, r.scope]),
    ]),
  ];
}

/**
 * Taken first in every transaction that writes or removes a document: a write lock on its node (created when new;
 * the key's uniqueness constraint makes a second creator wait). Two ingests of one key then run one after the
 * other, the second retracting everything the first wrote, so the graph holds exactly one version.
 */
export const LOCK_DOCUMENT = 'MERGE (d:Document {key: $doc}) SET d.ingestLock = true REMOVE d.ingestLock';

const MISSING_ENDS = `UNWIND $keys AS key OPTIONAL MATCH (e:Entity {key: key})
      WITH key, e WHERE e IS NULL RETURN collect(key) AS missing`;

function failOnMissingEnds(doc: string): (rows: Record<string, unknown>[]) => void {
  return (rows) => {
    const missing = (rows[0]?.missing as string[] | undefined) ?? [];
    if (missing.length > 0)
      throw new Error(
        `Ingest of ${doc} refers to ${missing.length} entities that are neither in the graph nor created by it ` +
          `(${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); nothing was written.`,
      );
  };
}

export type IngestStatement = WriteStatement & { params: Params };

/**
 * Statements as plain data (what the extraction worker sends back: functions do not cross a thread) with their
 * checks put back, so they fail the write as ingestStatements' own would.
 */
export function withChecks(statements: Omit<IngestStatement, 'check'>[], doc: string): IngestStatement[] {
  return statements.map((s) => (s.cypher === MISSING_ENDS ? { ...s, check: failOnMissingEnds(doc) } : s));
}

export function ingestStatements(result: PipelineResult): IngestStatement[] {
  const doc = result.meta.key;
  const statements: IngestStatement[] = [LOCK_DOCUMENT, ...RETRACT_STATEMENTS].map((cypher) => ({
    cypher,
    params: { doc },
  }));
  statements.push({
    cypher: 'MERGE (d:Document {key: $doc}) SET d += $props',
    params: {
      doc,
      props: {
        title: result.meta.title,
        publisher: result.meta.publisher ?? null,
        publishedAt: result.meta.publishedAt ?? null,
        period: result.meta.period,
        script: result.meta.script,
        text: result.text,
        sortDate: result.meta.publishedAt ?? null,
        ingested: true,
      },
    },
  });
  for (const kind of ENTITY_KINDS) {
    const { label, ingestDefaults, properties } = KIND_SPECS[kind];
    const rows = result.entities
      .filter((e) => e.kind === kind && e.isNew)
      .map((e) => {
        const known = placeByKey(e.key)?.aliases ?? [];
        const surface = [...e.aliases, ...known];
        const aliases = [...new Set([...surface, ...[e.name, ...surface].flatMap(traditionalForms)])].filter(
          (a) => a !== e.name,
        );
        return {
          key: e.key,
          props: {
            kind,
            name: e.name,
            aliases,
            names: [...new Set([e.name, ...aliases].map(normalizeName))],
            pinyin: pinyinForms([e.name, ...aliases]),
            ...ingestDefaults,
            ...('status' in properties && e.status ? { status: e.status } : {}),
            ...(kind === 'REGION' ? regionProps(e.key, e.name) : {}),
          },
        };
      });
    if (rows.length === 0) continue;
    statements.push({
      cypher: `UNWIND $rows AS row MERGE (e:Entity:${label} {key: row.key}) ON CREATE SET e += row.props, e.createdBy = $doc`,
      params: { rows, doc },
    });
  }
  // The relationships below MATCH their ends: a missing end would drop the fact without a word, so it fails the
  // whole write instead.
  statements.push({
    cypher: MISSING_ENDS,
    params: { keys: referencedKeys(result) },
    check: failOnMissingEnds(doc),
  });
  const amounts = result.entities
    .filter((e) => e.kind === 'PROJECT' && (e.investment || e.capacity))
    .map((e) => ({ key: e.key, props: { ...amountProps('investment', e, doc), ...amountProps('capacity', e, doc) } }));
  if (amounts.length > 0)
    statements.push({
      cypher: 'UNWIND $rows AS row MATCH (p:Project {key: row.key}) SET p += row.props',
      params: { rows: amounts },
    });
  statements.push({
    cypher: `UNWIND $rows AS row MATCH (d:Document {key: $doc}), (e:Entity {key: row.entity})
      MERGE (d)-[m:MENTIONS {offset: row.offset}]->(e) SET m.quote = row.quote`,
    params: {
      doc,
      rows: result.entities.flatMap((e) =>
        e.mentions.map((m) => ({ entity: e.key, quote: m.quote, offset: m.offset })),
      ),
    },
  });
  for (const type of ['DEVELOPS', 'LOCATED_IN', 'ISSUED_BY'] as const) {
    const rows = result.relations
      .filter((r) => r.type === type)
      .map((r) => ({ from: r.from, to: r.to, ev: lists(r.evidence, doc) }));
    if (rows.length === 0) continue;
    statements.push({
      cypher: `UNWIND $rows AS row MATCH (a:Entity {key: row.from}), (b:Entity {key: row.to})
        MERGE (a)-[x:${type}]->(b) ${APPEND_EVIDENCE}`,
      params: { rows },
    });
  }
  statements.push({
    cypher: `UNWIND $rows AS row
      MATCH (i:Indicator {key: row.indicator}), (s:Entity {key: row.subject})
      MERGE (x:Observation {key: row.key}) ON CREATE SET x += row.props
      MERGE (x)-[:OF]->(i) MERGE (x)-[:ABOUT]->(s)
      ${APPEND_EVIDENCE}`,
    params: {
      rows: result.observations.map((o) => ({
        key: observationKey(o),
        indicator: o.indicator,
        subject: o.subject,
        props: {
          period: o.period,
          kind: o.kind,
          growthPct: o.growthPct ?? null,
          valueValue: o.value?.value ?? null,
          valueUnit: o.value?.unit ?? null,
          valueText: o.value?.text ?? null,
        },
        ev: lists(o.evidence, doc),
      })),
    },
  });
  statements.push({
    cypher: `UNWIND $rows AS row
      MATCH (i:Indicator {key: row.indicator}), (s:Entity {key: row.subject}), (sc:Region {key: row.scope})
      MERGE (x:Ranking {key: row.key}) ON CREATE SET x += row.props
      MERGE (x)-[:OF]->(i) MERGE (x)-[:ABOUT]->(s) MERGE (x)-[:IN]->(sc)
      ${APPEND_EVIDENCE}`,
    params: {
      rows: result.rankings.map((r) => ({
        key: rankingKey(r),
        indicator: r.indicator,
        subject: r.subject,
        scope: r.scope,
        props: { period: r.period, rank: r.rank, basis: r.basis },
        ev: lists(r.evidence, doc),
      })),
    },
  });
  return statements;
}

/**
 * Writes one document's facts in one transaction. `beforeStatement` lets a test interrupt the write; `statements`
 * are ingestStatements(result) when the caller built them already (in the extraction worker).
 */
export async function writeIngest(
  db: Executor,
  result: PipelineResult,
  beforeStatement?: (index: number) => void,
  statements: IngestStatement[] = ingestStatements(result),
): Promise<WriteSummary> {
  await db.writeAll(statements, beforeStatement);
  return {
    entitiesCreated: result.entities.filter((e) => e.isNew).length,
    entitiesLinked: result.entities.filter((e) => !e.isNew).length,
    observations: result.observations.length,
    rankings: result.rankings.length,
  };
}

/** Takes a whole ingested document back out of the graph: its evidence, the facts only it supported, the node. */
export async function removeDocument(db: Executor, key: string): Promise<void> {
  await db.writeAll([
    ...[LOCK_DOCUMENT, ...RETRACT_STATEMENTS].map((cypher) => ({ cypher, params: { doc: key } })),
    { cypher: 'MATCH (d:Document {key: $doc}) DETACH DELETE d', params: { doc: key } },
  ]);
}
