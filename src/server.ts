import { createServer } from 'node:http';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { MissingToolError } from './neo4j/install';
import { Neo4jStartError } from './neo4j/managed';

// Listens, and shuts down gracefully: stop accepting, finish in-flight requests, close the driver, stop Neo4j.

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const server = createServer(app.yoga);
  await new Promise<void>((done) => server.listen(config.PORT, config.HOST, done));
  const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  console.log(
    `server: GraphQL${config.graphiql ? ' and GraphiQL' : ''} at ${base}/graphql (health ${base}/health, ready ${base}/ready)`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`server: ${signal} received, shutting down…`);
    app.yoga.markShuttingDown();
    await new Promise<void>((done) => {
      server.close(() => done());
      server.closeIdleConnections();
    });
    await app.database.close();
    console.log('server: stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MissingToolError || error instanceof Neo4jStartError) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
