import type { Config } from './config';
import { connectDatabase, type Database } from './db/connect';
import { migrate } from './db/migrate';
import { documentCount, seedGraph } from './seed/load';
import { fillPinyin } from './seed/pinyin';
import { createYogaApp, type YogaApp } from './yoga';

// Start-up shared by the server and the test setup: database, migrations, seed-when-empty, yoga.

export interface App {
  config: Readonly<Config>;
  database: Database;
  yoga: YogaApp;
}

export async function prepareDatabase(database: Database, config: Config, log: (line: string) => void): Promise<void> {
  const db = database.maintenanceExecutor();
  const applied = await migrate(db);
  log(`db: ${applied} constraints and indexes in place`);
  if (config.SEED_ON_START && (await documentCount(db)) === 0) {
    const started = Date.now();
    const summary = await seedGraph(db);
    log(`seed: ${JSON.stringify(summary)} in ${Date.now() - started} ms`);
  }
  const filled = await fillPinyin(db);
  if (filled > 0) log(`db: pinyin of ${filled} entities' names filled in`);
}

export async function createApp(config: Readonly<Config>, log: (line: string) => void = console.log): Promise<App> {
  const database = await connectDatabase(config, log);
  try {
    await prepareDatabase(database, config, log);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { config, database, yoga: createYogaApp({ config, database }) };
}
