import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { type AppServices, createContext } from './context';
import { graphiqlTabs, renderBundledGraphiQL } from './http/graphiql';
import { useExploreRoutes } from './http/routes';
import { LIMITS } from './limits';
import { guardPlugins } from './plugins';
import type { BodyLimitStats } from './plugins/use-body-limit';
import { schema } from './schema';

export const DEFAULT_QUERY = `# The five source reports of the seeded graph. Press ▶ to run.
{
  documents {
    key
    title
    publishedAt
    period
    script
  }
}
`;

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The GraphQL server over a connected database; tests call its fetch directly, server.ts listens with it. */
export function createYogaApp(services: AppServices, bodyStats?: BodyLimitStats) {
  const { config, database } = services;
  let shuttingDown = false;
  const yoga = createYoga({
    schema,
    context: ({ request }) => createContext(services, request),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: config.graphiql
      ? { title: 'Jiaozuo economy knowledge graph', defaultQuery: DEFAULT_QUERY, defaultTabs: graphiqlTabs() }
      : false,
    renderGraphiQL: renderBundledGraphiQL,
    maskedErrors: { isDev: config.DEBUG_ERRORS },
    // The body is limited while read (plugins/use-body-limit.ts); this is yoga's own cap behind it.
    maxRequestBodySize: LIMITS.maxIngestBodyBytes,
    // No uploads: a multipart body would be buffered by yoga before any limit applies.
    multipart: false,
    cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, credentials: false } : false,
    plugins: [
      ...guardPlugins(config, bodyStats),
      useExploreRoutes(services),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          if (shuttingDown) return false;
          try {
            await withTimeout(database.driver.getServerInfo({ database: database.database }), 1500);
            return true;
          } catch {
            return false;
          }
        },
      }),
    ],
  });
  return Object.assign(yoga, {
    /** From now on /ready answers 503, so a load balancer stops sending traffic. */
    markShuttingDown() {
      shuttingDown = true;
    },
  });
}

export type YogaApp = ReturnType<typeof createYogaApp>;
