import type { Plugin } from 'graphql-yoga';
import { handleAnalystRoute } from './analyst/route';
import type { SendGraphQL } from './analyst/run';
import { handleExploreRoute } from './explore';

/**
 * The pages beside /graphql: the explorer (/explore) and the flat analyst queries (/q), whose operations go through
 * `send` (yoga.fetch on /graphql, so through every plugin).
 */
export function useExploreRoutes(send: SendGraphQL, log: (error: unknown) => void = console.error): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const response = handleExploreRoute(request, url) ?? (await handleAnalystRoute(send, request, url, log));
      if (response) endResponse(response);
    },
  };
}
