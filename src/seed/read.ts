import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  type DocumentInput,
  documentSchema,
  type EntityInput,
  type FundingInput,
  type ObservationInput,
  type RankingInput,
  type RelationInput,
  seedFileSchema,
} from './schema';

export const SEED_DIR = resolve(__dirname, '..', '..', 'seed');
export const DATA_DIR = join(SEED_DIR, 'data');
export const REPORTS_DIR = join(SEED_DIR, 'reports');

export interface SeedDocument extends DocumentInput {
  text: string;
}

export interface SeedData {
  documents: SeedDocument[];
  entities: EntityInput[];
  relations: RelationInput[];
  observations: ObservationInput[];
  rankings: RankingInput[];
  fundings: FundingInput[];
  /** Which file each entity key came from, for error messages. */
  sourceOf: Map<string, string>;
}

export class SeedFormatError extends Error {}

function formatIssues(file: string, error: z.ZodError): string {
  return error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n');
}

export function readDocuments(dataDir = DATA_DIR, reportsDir = REPORTS_DIR): SeedDocument[] {
  const raw = parse(readFileSync(join(dataDir, 'documents.yaml'), 'utf8')) as unknown;
  const parsed = z.array(documentSchema).safeParse(raw);
  if (!parsed.success) throw new SeedFormatError(formatIssues('documents.yaml', parsed.error));
  return parsed.data.map((d) => ({ ...d, text: readFileSync(join(reportsDir, d.file), 'utf8') }));
}

/** The curated files: every *.yaml in seed/data except documents.yaml, in name order. */
export function curatedFiles(dataDir = DATA_DIR): string[] {
  return readdirSync(dataDir)
    .filter((f) => f.endsWith('.yaml') && f !== 'documents.yaml')
    .sort();
}

export function readSeed(dataDir = DATA_DIR, reportsDir = REPORTS_DIR): SeedData {
  const data: SeedData = {
    documents: readDocuments(dataDir, reportsDir),
    entities: [],
    relations: [],
    observations: [],
    rankings: [],
    fundings: [],
    sourceOf: new Map(),
  };
  const problems: string[] = [];
  for (const file of curatedFiles(dataDir)) {
    const parsed = seedFileSchema.safeParse(parse(readFileSync(join(dataDir, file), 'utf8')) ?? {});
    if (!parsed.success) {
      problems.push(formatIssues(file, parsed.error));
      continue;
    }
    for (const e of parsed.data.entities) {
      const earlier = data.sourceOf.get(e.key);
      if (earlier) problems.push(`${file}: entity ${e.key} is already defined in ${earlier}`);
      data.sourceOf.set(e.key, file);
      data.entities.push(e);
    }
    data.relations.push(...parsed.data.relations);
    data.observations.push(...parsed.data.observations);
    data.rankings.push(...parsed.data.rankings);
    data.fundings.push(...parsed.data.fundings);
  }
  if (problems.length > 0) throw new SeedFormatError(problems.join('\n'));
  return data;
}
