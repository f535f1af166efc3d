import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// /explore: the visual explorer, a static page over /graphql. Everything it loads is served from here
// (its own files and cytoscape's dist build from node_modules), so it works with no internet.

const ASSETS = join(__dirname, 'assets');

const FILES: Record<string, { path: () => string; type: string }> = {
  '/explore': { path: () => join(ASSETS, 'explore.html'), type: 'text/html; charset=utf-8' },
  '/explore/': { path: () => join(ASSETS, 'explore.html'), type: 'text/html; charset=utf-8' },
  '/explore/explore.js': { path: () => join(ASSETS, 'explore.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/explore.css': { path: () => join(ASSETS, 'explore.css'), type: 'text/css; charset=utf-8' },
  '/explore/vendor/cytoscape.min.js': {
    path: () => require.resolve('cytoscape/dist/cytoscape.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
};

const cache = new Map<string, string>();

/** Answers the explorer's paths; undefined for any other path. */
export function handleExploreRoute(request: Request, url: URL): Response | undefined {
  const file = FILES[url.pathname];
  if (!file) return url.pathname.startsWith('/explore/') ? new Response('Not found', { status: 404 }) : undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  let body = cache.get(url.pathname);
  if (body === undefined) {
    body = readFileSync(file.path(), 'utf8');
    cache.set(url.pathname, body);
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    headers: { 'content-type': file.type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' },
  });
}
