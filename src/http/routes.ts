import type { Plugin } from 'graphql-yoga';
import type { AppServices } from '../context';
import { handleExploreRoute } from './explore';
import { handleQueryRoute } from './queries';

/** The pages beside /graphql: the explorer (/explore) and the flat analyst queries (/q). */
export function useExploreRoutes(services: AppServices, log: (error: unknown) => void = console.error): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const response = handleExploreRoute(request, url) ?? (await handleQueryRoute(services, request, url, log));
      if (response) endResponse(response);
    },
  };
}
