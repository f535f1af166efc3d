import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../config';
import type { Executor } from './executor';

export const CYPHER_DIR = resolve(PROJECT_ROOT, 'cypher');

/** The statements of cypher/*.cypher in file order; `//` comment lines dropped, split on `;` at line end. */
export function migrationStatements(dir = CYPHER_DIR): { file: string; cypher: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(/;\s*$/m)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((cypher) => ({ file, cypher })),
    );
}

/** Applies every constraint and index (all IF NOT EXISTS, so idempotent), then waits for them to come online. */
export async function migrate(executor: Executor): Promise<number> {
  const statements = migrationStatements();
  for (const s of statements) await executor.write(s.cypher);
  await executor.read('CALL db.awaitIndexes(120)');
  return statements.length;
}
