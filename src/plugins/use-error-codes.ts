import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES, type ErrorCode, HTTP_STATUS_OF } from '../errors';

// One closed set of codes for every failure a client can cause: yoga's and graphql-js's own codes (parse,
// validation, malformed body, unknown operation, body too large) and code-less errors (variables of the wrong
// type, CSRF refusals) are mapped into it, and a request that fails as a whole answers 4xx. Internal errors stay
// masked as "Unexpected error.". originalError (the parser's message, echoing the body) is dropped unless
// `debug`; field suggestions ("Did you mean …?") are dropped when introspection is off, as they spell the schema.

const CLIENT_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  REQUEST_ENTITY_TOO_LARGE: 'QUERY_TOO_COMPLEX',
};

const isClosed = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

export interface ErrorCodeOptions {
  /** Keep extensions.originalError (DEBUG_ERRORS). */
  debug: boolean;
  /** Drop "Did you mean …?" suggestions (introspection off). */
  hideSuggestions: boolean;
}

/** The error as clients see it: a code from the closed set (or masked), no originalError, maybe no suggestions. */
export function normaliseError(error: GraphQLError, options: ErrorCodeOptions, wholeRequest: boolean): GraphQLError {
  const {
    originalError: _original,
    http: httpIn,
    spec: _spec,
    ...extensions
  } = (error.extensions ?? {}) as Record<string, unknown>;
  const http = (httpIn ?? undefined) as { status?: number; headers?: Record<string, string> } | undefined;
  const raw = extensions.code;
  const unexpected = raw === 'INTERNAL_SERVER_ERROR' || extensions.unexpected === true;
  let code: string | undefined = isClosed(raw) ? raw : typeof raw === 'string' ? CLIENT_CODES[raw] : undefined;
  if (code === undefined && !unexpected && raw === undefined) code = 'BAD_USER_INPUT';
  if (code === undefined) code = typeof raw === 'string' ? raw : undefined;
  let message = error.message;
  if (options.hideSuggestions) message = message.replace(/\s*Did you mean [^?]*\?/g, '');
  let status = http?.status;
  if (wholeRequest && isClosed(code) && (status === undefined || status < 400)) status = HTTP_STATUS_OF[code];
  const keepOriginal = options.debug && _original !== undefined ? { originalError: _original } : {};
  return new GraphQLError(message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.source && error.positions ? { source: error.source, positions: error.positions } : {}),
    ...(options.debug && error.originalError ? { originalError: error.originalError } : {}),
    extensions: {
      ...extensions,
      ...(code ? { code } : {}),
      ...keepOriginal,
      ...(status || http?.headers
        ? { http: { ...(status ? { status } : {}), ...(http?.headers ? { headers: http.headers } : {}) } }
        : {}),
    },
  });
}

export function useErrorCodes(options: ErrorCodeOptions): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const errors = (result as { errors?: readonly GraphQLError[] }).errors;
      if (!errors?.length) return;
      const wholeRequest = !('data' in result) || (result as { data?: unknown }).data === undefined;
      setResult({
        ...result,
        errors: errors.map((e) => (e instanceof GraphQLError ? normaliseError(e, options, wholeRequest) : e)),
      });
    },
  };
}
