// npm run db:migrate — applies cypher/*.cypher (constraints, indexes, full-text index) idempotently.
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { migrate } from '../db/migrate';
import { runCli } from './run';

runCli(async () => {
  const database = await connectDatabase(loadConfig());
  try {
    const n = await migrate(database.maintenanceExecutor());
    console.log(`db:migrate: ${n} statements applied, all indexes online`);
  } finally {
    await database.close();
  }
});
