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

/** The status of a request that fails as a whole with this code (plugins/use-error-codes.ts). */
export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  QUERY_TOO_COMPLEX: 400,
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
