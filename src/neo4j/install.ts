import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../config';

// Obtains the Neo4j Community server jars from Maven Central (neo4j/pom.xml) once, into a cached lib folder.

export const POM_PATH = resolve(PROJECT_ROOT, 'neo4j', 'pom.xml');

export class MissingToolError extends Error {}

export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM_PATH, 'utf8'));
  if (!match?.[1]) throw new Error(`No <neo4j.version> in ${POM_PATH}`);
  return match[1];
}

const USE_EXTERNAL =
  'or set NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) to use an existing Neo4j 5 server instead';

/** Java 17 or newer, or a MissingToolError that says what to install. */
export function checkJava(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new MissingToolError(
      `Java was not found. The bundled Neo4j needs Java 17 or 21: install a JDK (Debian: apt-get install openjdk-17-jdk-headless), ${USE_EXTERNAL}.`,
    );
  }
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  const major = Number(match?.[1] ?? 0);
  if (major < 17) {
    throw new MissingToolError(
      `Java ${major || '(unknown version)'} was found; the bundled Neo4j needs Java 17 or 21, ${USE_EXTERNAL}.`,
    );
  }
  return major;
}

function checkMaven(): void {
  const result = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingToolError(
      `Maven was not found. It downloads the bundled Neo4j from Maven Central once: install it (Debian: apt-get install maven), ${USE_EXTERNAL}.`,
    );
  }
}

/** Ensures the jars of the pinned Neo4j version are in libDir; downloads them on first use. */
export async function installNeo4j(libDir: string, log: (line: string) => void = console.log): Promise<void> {
  const version = neo4jVersion();
  const marker = join(libDir, '.installed');
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === version) return;
  checkJava();
  checkMaven();
  const partial = `${libDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  log(`neo4j: resolving Neo4j Community ${version} from Maven Central into ${libDir} (first run only)…`);
  const started = Date.now();
  await new Promise<void>((done, fail) => {
    const mvn = spawn(
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        POM_PATH,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${partial}`,
        '-DincludeScope=runtime',
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    mvn.on('error', fail);
    mvn.on('exit', (code) => (code === 0 ? done() : fail(new Error(`mvn exited with ${code} while resolving Neo4j`))));
  });
  writeFileSync(join(partial, '.installed'), `${version}\n`);
  rmSync(libDir, { recursive: true, force: true });
  renameSync(partial, libDir);
  log(`neo4j: jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
