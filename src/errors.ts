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

/** The HTTP status of a request that fails as a whole with this code (plugins/use-error-codes.ts, /q): the one table. */
export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  QUERY_TOO_COMPLEX: 400,
  UNAVAILABLE: 503,
};

export const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

/** The status for a failure with this code; 500 for anything outside the closed set (a masked, internal error). */
export const httpStatusOf = (code: unknown): number => (isErrorCode(code) ? HTTP_STATUS_OF[code] : 500);

export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    // An outage sets the status even when other fields of the answer succeeded; the others only on a whole failure.
    super(message, {
      extensions: { code, ...(code === 'UNAVAILABLE' ? { http: { status: HTTP_STATUS_OF[code] } } : {}) },
    });
    this.code = code;
  }
}

export const badInput = (message: string) => new AppError('BAD_USER_INPUT', message);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
