import { ConfigError } from '../config';
import { AppError } from '../errors';
import { MissingToolError } from '../neo4j/install';
import { Neo4jStartError } from '../neo4j/managed';
import { SeedInvalidError } from '../seed/load';
import { SeedFormatError } from '../seed/read';

const EXPECTED = [AppError, ConfigError, MissingToolError, Neo4jStartError, SeedInvalidError, SeedFormatError];

/** Runs a CLI body: expected failures print one clear message, anything else its stack; exit code 1 either way. */
export function runCli(body: () => Promise<void>): void {
  body().catch((error: unknown) => {
    if (EXPECTED.some((E) => error instanceof E)) console.error(`error: ${(error as Error).message}`);
    else console.error(error);
    process.exitCode = 1;
  });
}
