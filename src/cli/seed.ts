// npm run seed — loads the curated graph (MERGE on key: running it twice changes nothing).
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { migrate } from '../db/migrate';
import { seedGraph } from '../seed/load';
import { runCli } from './run';

runCli(async () => {
  const database = await connectDatabase(loadConfig());
  try {
    const db = database.maintenanceExecutor();
    await migrate(db);
    const started = Date.now();
    const summary = await seedGraph(db);
    console.log(`seed: ${JSON.stringify(summary)} in ${Date.now() - started} ms`);
  } finally {
    await database.close();
  }
});
