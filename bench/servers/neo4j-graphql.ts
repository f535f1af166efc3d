import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { armEnv, listen } from './common';
import { typeDefs } from './neo4j-graphql-typedefs';

// Arm (b): @neo4j/graphql v7 served by graphql-yoga over the same database. The library compiles each root
// field of a request into one Cypher query. Driver pool as in this project (64 connections).

async function main() {
  const env = armEnv();
  const driver = neo4j.driver(env.uri, neo4j.auth.basic('neo4j', env.password), {
    maxConnectionPoolSize: 64,
    connectionAcquisitionTimeout: 5_000,
    userAgent: 'bench-neo4j-graphql',
  });
  const library = new Neo4jGraphQL({ typeDefs, driver });
  const schema = await library.getSchema();
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    maskedErrors: process.env.BENCH_NODE_ENV !== 'development',
  });
  listen(
    env.port,
    'arm b (@neo4j/graphql)',
    (req, res) => void yoga(req, res),
    () => driver.close(),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
