import { GraphQLError, Kind, type OperationDefinitionNode, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIMITS } from '../limits';

// The body is counted while it is read, so a chunked body (no Content-Length) is refused at the limit, not after
// yoga's 25 MB default. Up to 1 MB for every operation; up to 2 MB only for an `ingestReport` mutation, known from
// the parsed operation's root field: at the 1 MB mark from the body's leading "query" member when it is complete
// by then (the common JSON order), otherwise after the whole body (at most 2 MB) is parsed.

const MB = 1024 * 1024;

function tooLarge(limit: number, ingestOnly: boolean): GraphQLError {
  const tail = ingestOnly ? ' (only the ingestReport mutation may send up to 2 MB)' : '';
  return new GraphQLError(`The request body is larger than ${limit / MB} MB${tail}.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 413 } },
  });
}

const ingestOnly = (operation: OperationDefinitionNode | undefined): boolean => {
  if (operation?.operation !== 'mutation') return false;
  const roots = operation.selectionSet.selections;
  return (
    roots.every((s) => s.kind === Kind.FIELD && (s.name.value === 'ingestReport' || s.name.value === '__typename')) &&
    roots.some((s) => s.kind === Kind.FIELD && s.name.value === 'ingestReport')
  );
};

/**
 * True when the operation that would run is a mutation whose only root field is ingestReport; with `anyOperation`,
 * when some operation of the document is (the operation name may follow in the body).
 */
export function isIngestOperation(query: unknown, operationName: unknown, anyOperation = false): boolean {
  if (typeof query !== 'string') return false;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { maxTokens: LIMITS.maxTokens }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return false;
  }
  if (anyOperation) return operations.some(ingestOnly);
  return ingestOnly(
    typeof operationName === 'string' && operationName !== ''
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined,
  );
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

/** End (exclusive) of the JSON string starting at `start`, or undefined when the text stops inside it. */
function stringEnd(text: string, start: number): number | undefined {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i + 1;
  }
  return undefined;
}

/** End (exclusive) of the JSON value starting at `start`, or undefined when the text stops inside it. */
function valueEnd(text: string, start: number): number | undefined {
  const first = text[start];
  if (first === '"') return stringEnd(text, start);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        const end = stringEnd(text, i);
        if (end === undefined) return undefined;
        i = end - 1;
      } else if (c === '{' || c === '[') depth += 1;
      else if (c === '}' || c === ']') {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
    }
    return undefined;
  }
  for (let i = start; i < text.length; i++) if (text[i] === ',' || text[i] === '}' || isSpace(text[i])) return i;
  return undefined;
}

/**
 * The top-level "query" and "operationName" members of a JSON object body from its first bytes: undefined while
 * the query member is not complete yet, null when the body is not a JSON object.
 */
export function leadingMembers(text: string): { query: unknown; operationName?: unknown } | null | undefined {
  let i = 0;
  const skip = () => {
    while (isSpace(text[i])) i += 1;
  };
  skip();
  if (i >= text.length) return undefined;
  if (text[i] !== '{') return null;
  i += 1;
  const seen: Record<string, unknown> = {};
  for (;;) {
    skip();
    if (i >= text.length) return undefined;
    if (text[i] !== '"') return null;
    const keyEnd = stringEnd(text, i);
    if (keyEnd === undefined) return undefined;
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = keyEnd;
    skip();
    if (i >= text.length) return undefined;
    if (text[i] !== ':') return null;
    i += 1;
    skip();
    const end = valueEnd(text, i);
    if (end === undefined) return undefined;
    if (key === 'query' || key === 'operationName') {
      try {
        seen[key] = JSON.parse(text.slice(i, end));
      } catch {
        return null;
      }
      if (key === 'query') return { query: seen.query, operationName: seen.operationName };
    }
    i = end;
    skip();
    if (text[i] === ',') i += 1;
    else if (i >= text.length) return undefined;
    else return null;
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export interface BodyLimitStats {
  /** Bytes read from the last refused body when it was refused. */
  lastRefusedAfter?: number;
}

/** The yoga plugin; `stats` records what a refusal read (tests measure it). */
export function useBodyLimit(stats: BodyLimitStats = {}): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > LIMITS.maxIngestBodyBytes) {
        const error = tooLarge(LIMITS.maxIngestBodyBytes, false);
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'QUERY_TOO_COMPLEX' } }] }),
            {
              status: 413,
              headers: { 'content-type': 'application/json' },
            },
          ),
        );
      }
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || !request.body) return;
      const parseBody = requestParser;
      setRequestParser(async (req) => {
        const body = req.body;
        if (!body) return parseBody(req);
        const json = /^application\/(graphql\+)?json\b/.test(req.headers.get('content-type') ?? '');
        const reader = body.getReader();
        const chunks: Uint8Array[] = [];
        let total = 0;
        let ingestKnown: boolean | undefined;
        const refuse = async (limit: number, ingestOnly: boolean) => {
          stats.lastRefusedAfter = total;
          await reader.cancel().catch(() => undefined);
          return tooLarge(limit, ingestOnly);
        };
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          total += value.byteLength;
          if (total > LIMITS.maxIngestBodyBytes) throw await refuse(LIMITS.maxIngestBodyBytes, false);
          if (total > LIMITS.maxBodyBytes && ingestKnown === undefined && json) {
            const members = leadingMembers(new TextDecoder().decode(concat(chunks, total)));
            if (members === null) ingestKnown = false;
            else if (members) ingestKnown = isIngestOperation(members.query, members.operationName, true);
            // Only a document that holds an ingestReport mutation is read on; the check after parsing picks the one.
            if (ingestKnown === false) throw await refuse(LIMITS.maxBodyBytes, true);
          }
        }
        const params = await parseBody(
          new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: concat(chunks, total) }),
        );
        if (total > LIMITS.maxBodyBytes) {
          const single = Array.isArray(params) || params instanceof fetchAPI.Response ? undefined : params;
          if (!single || !isIngestOperation(single.query, single.operationName)) {
            stats.lastRefusedAfter = total;
            throw tooLarge(LIMITS.maxBodyBytes, true);
          }
        }
        return params;
      });
    },
  };
}
