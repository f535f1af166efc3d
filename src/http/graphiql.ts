import type { GraphiQLOptions } from 'graphql-yoga';
import { analystQueries } from './analyst/catalogue';
import { loadExamples } from './operations';

// GraphiQL from the bundled @graphql-yoga/render-graphiql (no CDN), opening on the worked examples. The renderer
// (GraphiQL, Monaco and its workers, tens of MB once loaded) is imported on the first page asked for, so a server
// that never serves GraphiQL (production) never holds it.

/** One tab per worked example, then one per analyst query with its defaults filled in as variables. */
export function graphiqlTabs(): NonNullable<GraphiQLOptions['defaultTabs']> {
  const examples = loadExamples().map((e) => ({ query: e.text }));
  const seen = new Set<string>();
  const analyst = analystQueries().flatMap((q) => {
    if (seen.has(q.operation.file)) return [];
    seen.add(q.operation.file);
    const variables = Object.fromEntries(
      q.params.filter((p) => p.default !== 'all' && p.default !== 'latest').map((p) => [p.variable, p.default]),
    );
    return [{ query: q.operation.text, variables: JSON.stringify(variables, null, 2) }];
  });
  return [...examples, ...analyst];
}

const rendered = new Map<string, string>();

/** The page is about 9 MB (GraphiQL, Monaco and its workers inlined): render it once per set of options. */
export async function renderBundledGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  let page = rendered.get(key);
  if (page === undefined) {
    const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
    page = renderGraphiQL(options);
    rendered.set(key, page);
  }
  return page;
}
