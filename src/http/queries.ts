import { execute, type GraphQLError, parse } from 'graphql';
import { type AppServices, createContext } from '../context';
import { latestPeriod } from '../domain/period';
import { ERROR_CODES, type ErrorCode } from '../errors';
import { schema } from '../schema';
import { ALL, type AnalystQuery, analystQueries, type Flat, LATEST } from './analyst-queries';
import { type Cell, csvStream } from './csv';

// /q: the analyst queries (src/http/analyst-queries.ts) run against the schema and served flat as CSV or JSON.

const MAX_PAGES = 50;

interface Page {
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

/** A failure the caller can fix (or a masked one), with the code GraphQL clients know. */
export class QueryFailure extends Error {
  constructor(
    readonly code: ErrorCode | 'INTERNAL',
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return (
      { BAD_USER_INPUT: 400, NOT_FOUND: 404, UNAUTHENTICATED: 401, QUERY_TOO_COMPLEX: 400, UNAVAILABLE: 503 }[
        this.code as ErrorCode
      ] ?? 500
    );
  }
}

export interface ResolvedParams {
  /** What the caller asked for, defaults filled in ("all", "latest" kept as words). */
  asked: Record<string, string | number>;
  variables: Record<string, unknown>;
  latest: boolean;
}

/** Validates the query string against the query's parameters; unknown or malformed ones are BAD_USER_INPUT. */
export function resolveParams(query: AnalystQuery, search: URLSearchParams): ResolvedParams {
  const known = new Map(query.params.map((p) => [p.name, p]));
  for (const key of new Set(search.keys())) {
    if (!known.has(key)) {
      const list = query.params.map((p) => p.name).join(', ') || 'none';
      throw new QueryFailure('BAD_USER_INPUT', `Unknown parameter "${key}" for ${query.name}; it takes: ${list}.`);
    }
    if (search.getAll(key).length > 1) throw new QueryFailure('BAD_USER_INPUT', `Parameter "${key}" is given twice.`);
  }
  const asked: Record<string, string | number> = {};
  const variables: Record<string, unknown> = {};
  let latest = false;
  for (const p of query.params) {
    const raw = search.get(p.name)?.trim();
    let value: string | number = raw === undefined || raw === '' ? p.default : raw;
    if (typeof value === 'string' && (value.toLowerCase() === ALL || value.toLowerCase() === LATEST)) {
      value = value.toLowerCase();
    }
    asked[p.name] = value;
    if (value === ALL && (p.required || p.type === 'int')) {
      throw new QueryFailure('BAD_USER_INPUT', `Parameter "${p.name}" needs a value; "all" does not apply to it.`);
    }
    if (value === ALL) {
      variables[p.variable] = null;
      continue;
    }
    if (value === LATEST) {
      if (p.name !== 'period') throw new QueryFailure('BAD_USER_INPUT', `"latest" applies only to period.`);
      latest = true;
      variables[p.variable] = null;
      continue;
    }
    if (p.type === 'int') {
      if (!/^\d{1,6}$/.test(String(value))) {
        throw new QueryFailure('BAD_USER_INPUT', `Parameter "${p.name}" must be a whole number (got "${value}").`);
      }
      value = Number(value);
      asked[p.name] = value;
    } else if (typeof p.type === 'object') {
      const upper = String(value).toUpperCase();
      if (!p.type.enum.includes(upper)) {
        throw new QueryFailure(
          'BAD_USER_INPUT',
          `Parameter "${p.name}" must be one of ${p.type.enum.join(', ')} or all (got "${value}").`,
        );
      }
      value = upper;
      asked[p.name] = value;
    }
    variables[p.variable] = value;
  }
  return { asked, variables, latest };
}

function failureOf(errors: readonly GraphQLError[]): QueryFailure {
  const [error] = errors;
  const code = error?.extensions?.code;
  if (typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code)) {
    return new QueryFailure(code as ErrorCode, error?.message ?? code);
  }
  return new QueryFailure('INTERNAL', 'Unexpected error.');
}

const REPORT_PERIODS = parse('query ReportPeriods { documents { period } }');

/**
 * "latest": the latest period of the reports that has actual figures among the rows (a figure for a whole year
 * read in a half-year report does not make the year the latest); failing that, the latest period of any row.
 */
async function latestReportedPeriod(flats: Flat[], contextValue: unknown): Promise<string | undefined> {
  const result = await execute({ schema, document: REPORT_PERIODS, contextValue });
  if (result.errors?.length) throw failureOf(result.errors);
  const reported = new Set(
    ((result.data?.documents ?? []) as { period: string | null }[]).flatMap((d) => (d.period ? [d.period] : [])),
  );
  const actual = flats.filter((f) => f.actual).flatMap((f) => (f.period ? [f.period] : []));
  return (
    latestPeriod(actual.filter((p) => reported.has(p))) ??
    latestPeriod(actual) ??
    latestPeriod(flats.flatMap((f) => (f.period ? [f.period] : [])))
  );
}

export interface QueryResult {
  query: string;
  params: Record<string, string | number | null>;
  columns: readonly string[];
  rows: Record<string, Cell>[];
  sources: { key: string; title: string; published_at: string | null }[];
}

/** Runs the operation against the schema (every page), flattens it and lists the documents it cites. */
export async function runAnalystQuery(
  services: AppServices,
  query: AnalystQuery,
  search: URLSearchParams,
  request?: Request,
  log: (error: unknown) => void = console.error,
): Promise<QueryResult> {
  const { asked, variables, latest } = resolveParams(query, search);
  const contextValue = createContext(services, request);
  const flats: Flat[] = [];
  let after: string | null = null;
  for (let page = 0; ; page++) {
    if (page === MAX_PAGES) {
      throw new QueryFailure('BAD_USER_INPUT', `More than ${MAX_PAGES * 100} rows; narrow the query.`);
    }
    const result = await execute({
      schema,
      document: query.operation.document,
      operationName: query.operation.operationName,
      variableValues: query.connection ? { ...variables, after } : variables,
      contextValue,
    });
    if (result.errors?.length) {
      const failure = failureOf(result.errors);
      if (failure.code === 'INTERNAL') log(result.errors[0]?.originalError ?? result.errors[0]);
      throw failure;
    }
    const data = (result.data ?? {}) as Record<string, unknown>;
    flats.push(...query.flatten(data));
    const connection = query.connection ? (data[query.connection] as Page | undefined) : undefined;
    if (!connection?.pageInfo?.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }

  let kept = flats;
  const params: Record<string, string | number | null> = { ...asked };
  if (latest) {
    const period = await latestReportedPeriod(flats, contextValue);
    kept = flats.filter((f) => f.period === period);
    params.period = period ?? null;
  }

  const sources = new Map<string, QueryResult['sources'][number]>();
  for (const f of kept) {
    for (const e of f.evidence) {
      const d = e.document;
      if (!sources.has(d.key)) sources.set(d.key, { key: d.key, title: d.title, published_at: d.publishedAt });
    }
  }
  return {
    query: query.name,
    params,
    columns: query.columns,
    rows: kept.map((f) => Object.fromEntries(query.columns.map((c) => [c, f.row[c] ?? null]))),
    sources: [...sources.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

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
      graphql: `/q/${q.name}.graphql`,
      operation: q.operation.operationName,
      params: q.params.map((p) => ({
        name: p.name,
        type: typeof p.type === 'object' ? p.type.enum : p.type,
        default: p.default,
        description: p.description,
      })),
      columns: q.columns,
    })),
  };
}

const JSON_TYPE = 'application/json; charset=utf-8';

function json(body: unknown, status = 200): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { status, headers: { 'content-type': JSON_TYPE } });
}

function failureResponse(failure: QueryFailure): Response {
  return json({ errors: [{ message: failure.message, extensions: { code: failure.code } }] }, failure.status);
}

const ROUTE = /^\/q\/([a-z][a-z0-9-]*)\.(csv|json|graphql)$/;

/** Answers /q and /q/<name>.<csv|json|graphql>; undefined for any other path. */
export async function handleQueryRoute(
  services: AppServices,
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
    return failureResponse(
      new QueryFailure('NOT_FOUND', `No analyst query at ${url.pathname}; try /q/<name>.csv or .json with ${list}.`),
    );
  }
  if (match[2] === 'graphql') {
    return new Response(query.operation.text, { headers: { 'content-type': 'application/graphql; charset=utf-8' } });
  }
  try {
    const result = await runAnalystQuery(services, query, url.searchParams, request, log);
    if (match[2] === 'json') return json(result);
    return new Response(csvStream(result.columns, result.rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `inline; filename="${query.name}.csv"`,
      },
    });
  } catch (error) {
    if (error instanceof QueryFailure) return failureResponse(error);
    log(error);
    return failureResponse(new QueryFailure('INTERNAL', 'Unexpected error.'));
  }
}
