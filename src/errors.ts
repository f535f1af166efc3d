import { GraphQLError } from 'graphql';

// The closed set of error codes clients see in extensions.code; anything else is masked by yoga.

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'QUERY_TOO_COMPLEX',
  'UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const HTTP_STATUS: Record<ErrorCode, number | undefined> = {
  BAD_USER_INPUT: undefined,
  NOT_FOUND: undefined,
  UNAUTHENTICATED: undefined,
  QUERY_TOO_COMPLEX: undefined,
  UNAVAILABLE: 503,
};

export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...(status ? { http: { status } } : {}) } });
    this.code = code;
  }
}

export const badInput = (message: string) => new AppError('BAD_USER_INPUT', message);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);

/** Parse and validation failures are the client's to fix: they carry BAD_USER_INPUT, like every other input error. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

export function normaliseErrorCode(error: GraphQLError): GraphQLError {
  const code = error.extensions?.code;
  if (typeof code !== 'string' || !CLIENT_CODES.has(code)) return error;
  return new GraphQLError(error.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.path ? { path: error.path } : {}),
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}
