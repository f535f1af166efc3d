import { GraphQLError } from 'graphql';
import { httpStatusOf, notFound } from '../../errors';
import { csvStream } from '../csv';
import { jsonStream } from '../json';
import { toParquet } from '../parquet';
import { analystQueries } from './catalogue';
import { runAnalystQuery, type SendGraphQL } from './run';

// /q: the analyst queries (catalogue.ts), run through the GraphQL pipeline (run.ts) and served flat as CSV or JSON,
// both streamed. Errors have /graphql's shape, codes and statuses.

/** GET /q: what there is, with every parameter and its default. */
export function describeQueries(): unknown {
  return {
    description:
      'Analyst queries: named GraphQL operations (queries/analyst/*.graphql) served flat, one row per record. ' +
      'Every parameter has a default, so each URL works as it is. JSON adds the resolved parameters and the cited documents.',
    queries: analystQueries().map((q) => ({
      name: q.name,
      description: q.description,
      csv: `/q/${q.name}.csv`,
      json: `/q/${q.name}.json`,
      parquet: `/q/${q.name}.parquet`,
      graphql: `/q/${q.name}.graphql`,
      operation: q.operation.operationName,
      params: q.params.map((p) => ({
        name: p.name,
        type: typeof p.type === 'object' ? p.type.enum : p.type,
        default: p.default,
        description: p.description,
      })),
      columns: q.columns,
      types: Object.fromEntries(q.columns.map((c) => [c, q.types?.[c] ?? 'string'])),
    })),
  };
}

const JSON_TYPE = 'application/json; charset=utf-8';

function json(body: unknown, status = 200): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { status, headers: { 'content-type': JSON_TYPE } });
}

/** The error as /graphql shows it: its message and extensions (the code, or the mask), the status from extensions.http. */
function errorResponse(error: GraphQLError): Response {
  const { http, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  const status = (http as { status?: number } | undefined)?.status ?? httpStatusOf(extensions.code);
  return json({ errors: [{ message: error.message, extensions }] }, status);
}

const ROUTE = /^\/q\/([a-z][a-z0-9-]*)\.(csv|json|parquet|graphql)$/;

/** Answers /q and /q/<name>.<csv|json|parquet|graphql>; undefined for any other path. */
export async function handleAnalystRoute(
  send: SendGraphQL,
  request: Request,
  url: URL,
  log: (error: unknown) => void = console.error,
): Promise<Response | undefined> {
  if (url.pathname !== '/q' && url.pathname !== '/q/' && !url.pathname.startsWith('/q/')) return undefined;
  if (request.method !== 'GET') {
    return new Response(JSON.stringify({ errors: [{ message: 'Only GET is served under /q.' }] }), {
      status: 405,
      headers: { allow: 'GET', 'content-type': JSON_TYPE },
    });
  }
  if (url.pathname === '/q' || url.pathname === '/q/') return json(describeQueries());
  const match = ROUTE.exec(url.pathname);
  const query = match ? analystQueries().find((q) => q.name === match[1]) : undefined;
  if (!match || !query) {
    const list = analystQueries()
      .map((q) => q.name)
      .join(', ');
    return errorResponse(
      notFound(`No analyst query at ${url.pathname}; try /q/<name>.csv, .json or .parquet with ${list}.`),
    );
  }
  if (match[2] === 'graphql') {
    return new Response(query.operation.text, { headers: { 'content-type': 'application/graphql; charset=utf-8' } });
  }
  try {
    const result = await runAnalystQuery(send, query, url.searchParams, request);
    if (match[2] === 'json') {
      return new Response(jsonStream({ ...result }, 'rows'), { headers: { 'content-type': JSON_TYPE } });
    }
    if (match[2] === 'parquet') {
      const file = toParquet(result.columns, result.rows, query.types, {
        query: result.query,
        params: result.params,
        sources: result.sources,
      });
      return new Response(file, {
        headers: {
          'content-type': 'application/vnd.apache.parquet',
          'content-disposition': `attachment; filename="${query.name}.parquet"`,
        },
      });
    }
    return new Response(csvStream(result.columns, result.rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `inline; filename="${query.name}.csv"`,
      },
    });
  } catch (error) {
    if (error instanceof GraphQLError) return errorResponse(error);
    // A fault of /q itself (flattening, a bug): logged, and masked as /graphql masks one.
    log(error);
    return errorResponse(
      new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true } }),
    );
  }
}
