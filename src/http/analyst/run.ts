import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { latestPeriod } from '../../domain/period';
import { badInput, httpStatusOf } from '../../errors';
import type { Cell } from '../csv';
import { ALL, type AnalystQuery, type Flat, LATEST } from './catalogue';

// Runs an analyst query: its URL parameters become variables, and the stored operation is sent through the GraphQL
// pipeline itself (a POST to /graphql on the yoga app, page after page), so every limit, error code, mask and the
// settled-queries rule that /graphql applies applies to /q as well. A failure is a GraphQLError: an AppError for a
// parameter refused here, or /graphql's own first error (its code, or its mask) with the status in extensions.http.

const MAX_PAGES = 50;

/** One GraphQL-over-HTTP request, as /graphql takes it. */
export interface GraphQLRequest {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/** Sends one request through the yoga app (yoga.fetch on /graphql). */
export type SendGraphQL = (request: GraphQLRequest, from: Request) => Promise<Response>;

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
      throw badInput(`Unknown parameter "${key}" for ${query.name}; it takes: ${list}.`);
    }
    if (search.getAll(key).length > 1) throw badInput(`Parameter "${key}" is given twice.`);
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
      throw badInput(`Parameter "${p.name}" needs a value; "all" does not apply to it.`);
    }
    if (value === ALL) {
      variables[p.variable] = null;
      continue;
    }
    if (value === LATEST) {
      if (p.name !== 'period') throw badInput(`"latest" applies only to period.`);
      latest = true;
      variables[p.variable] = null;
      continue;
    }
    if (p.type === 'int') {
      if (!/^\d{1,6}$/.test(String(value))) {
        throw badInput(`Parameter "${p.name}" must be a whole number (got "${value}").`);
      }
      value = Number(value);
      asked[p.name] = value;
    } else if (typeof p.type === 'object') {
      const upper = String(value).toUpperCase();
      if (!p.type.enum.includes(upper)) {
        throw badInput(`Parameter "${p.name}" must be one of ${p.type.enum.join(', ')} or all (got "${value}").`);
      }
      value = upper;
      asked[p.name] = value;
    }
    variables[p.variable] = value;
  }
  return { asked, variables, latest };
}

interface ResultJson {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
}

/** The data of one request through the pipeline; any error fails the whole /q request with /graphql's error. */
async function dataOf(send: SendGraphQL, request: GraphQLRequest, from: Request): Promise<Record<string, unknown>> {
  const response = await send(request, from);
  const body = (await response.json().catch(() => ({}))) as ResultJson;
  const first = body.errors?.[0];
  if (first || response.status >= 400) {
    const { http: _http, ...extensions } = (first?.extensions ?? {}) as Record<string, unknown>;
    const status = response.status >= 400 ? response.status : httpStatusOf(extensions.code);
    throw new GraphQLError(first?.message ?? 'Unexpected error.', { extensions: { ...extensions, http: { status } } });
  }
  return body.data ?? {};
}

const REPORT_PERIODS = 'query ReportPeriods { documents { period } }';

/**
 * "latest": the latest period of the reports that has actual figures among the rows (a figure for a whole year
 * read in a half-year report does not make the year the latest); failing that, the latest period of any row.
 */
async function latestReportedPeriod(flats: Flat[], send: SendGraphQL, from: Request): Promise<string | undefined> {
  const data = await dataOf(send, { query: REPORT_PERIODS, operationName: 'ReportPeriods' }, from);
  const reported = new Set(
    ((data.documents ?? []) as { period: string | null }[]).flatMap((d) => (d.period ? [d.period] : [])),
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

interface Page {
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Runs the stored operation through the pipeline (every page), flattens it and lists the documents it cites.
 * Throws a GraphQLError for anything the caller sees as an error.
 */
export async function runAnalystQuery(
  send: SendGraphQL,
  query: AnalystQuery,
  search: URLSearchParams,
  from: Request,
): Promise<QueryResult> {
  const { asked, variables, latest } = resolveParams(query, search);
  const flats: Flat[] = [];
  let after: string | null = null;
  for (let page = 0; ; page++) {
    if (page === MAX_PAGES) throw badInput(`More than ${MAX_PAGES * 100} rows; narrow the query.`);
    const data = await dataOf(
      send,
      {
        query: query.operation.text,
        operationName: query.operation.operationName,
        variables: query.connection ? { ...variables, after } : variables,
      },
      from,
    );
    flats.push(...query.flatten(data));
    const connection = query.connection ? (data[query.connection] as Page | undefined) : undefined;
    if (!connection?.pageInfo?.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }

  let kept = flats;
  const params: Record<string, string | number | null> = { ...asked };
  if (latest) {
    const period = await latestReportedPeriod(flats, send, from);
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
