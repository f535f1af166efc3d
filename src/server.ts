import { createServer } from 'node:http';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { MissingToolError } from './neo4j/install';
import { Neo4jStartError } from './neo4j/managed';

// Listens, and shuts down gracefully: stop accepting, finish in-flight requests, close the driver, stop Neo4j.
// npm start runs it compiled, as `exec node dist/server.js` after the build: exec so npm's shell passes SIGTERM on,
// and plain node rather than a wrapper such as the tsx CLI, which SIGKILLs a child that does not acknowledge a
// signal within 30 ms, as a busy event loop under load cannot.

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  let stopping = false;
  let inFlight = 0;
  const server = createServer((req, res) => {
    // A request that arrives on a kept-alive connection during shutdown is still answered, then its connection closes.
    if (stopping) res.setHeader('connection', 'close');
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
    });
    void app.yoga(req, res);
  });
  await new Promise<void>((done) => server.listen(config.PORT, config.HOST, done));
  const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  console.log(
    `server: GraphQL${config.graphiql ? ' and GraphiQL' : ''} at ${base}/graphql (health ${base}/health, ready ${base}/ready)`,
  );

  const shutdown = async (signal: string) => {
    if (stopping) {
      console.log(`server: ${signal} received, already shutting down`);
      return;
    }
    stopping = true;
    console.log(
      `server: ${signal} received, shutting down: ${inFlight} requests in flight, given up to ${config.SHUTDOWN_TIMEOUT_MS} ms…`,
    );
    app.yoga.markShuttingDown();
    // Stop accepting; connections with a request in flight close once it is answered, idle ones now.
    const drained = new Promise<void>((done) => server.close(() => done()));
    server.closeIdleConnections();
    const deadline = setTimeout(() => {
      console.log(`server: requests still running after ${config.SHUTDOWN_TIMEOUT_MS} ms, closing their connections`);
      server.closeAllConnections();
    }, config.SHUTDOWN_TIMEOUT_MS);
    await drained;
    clearTimeout(deadline);
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
