import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE } from './modules/common/connection';

// Bounded work per request, enforced before any Cypher runs: the body size at the door, the token count at
// parse, and depth, aliases and cost just before execution. Rejections carry extensions.code QUERY_TOO_COMPLEX.

export const LIMITS = {
  maxDepth: 10,
  maxAliases: 20,
  maxTokens: 2_000,
  maxCost: 20_000,
  maxBodyBytes: 1024 * 1024,
  maxIngestBodyBytes: 2 * 1024 * 1024,
};

const tooComplex = (message: string, nodes?: readonly FieldNode[] | FieldNode) =>
  new GraphQLError(message, { ...(nodes ? { nodes } : {}), extensions: { code: 'QUERY_TOO_COMPLEX' } });

function intArg(field: FieldNode, names: string[], variables: Record<string, unknown>): number | undefined {
  for (const arg of field.arguments ?? []) {
    if (!names.includes(arg.name.value)) continue;
    const value: ValueNode = arg.value;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      const v = variables[value.name.value];
      if (typeof v === 'number') return v;
    }
  }
  return undefined;
}

interface Measure {
  depth: number;
  cost: number;
}

/** Depth and estimated cost of a selection set: a field costs 1, its children cost times the page it asks for. */
function measure(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen: Set<string>,
): Measure {
  if (!set) return { depth: 0, cost: 0 };
  let depth = 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const inner = measure(selection.selectionSet, fragments, variables, seen);
      const page = selection.selectionSet ? (intArg(selection, ['first', 'limit'], variables) ?? 1) : 1;
      const fanOut = selection.selectionSet && inner.cost > 0 ? Math.max(1, Math.min(page, 500)) : 1;
      cost += 1 + inner.cost * fanOut;
      depth = Math.max(depth, 1 + inner.depth);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = measure(selection.selectionSet, fragments, variables, seen);
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      const inner = measure(fragment.selectionSet, fragments, variables, new Set([...seen, name]));
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    }
  }
  return { depth, cost };
}

/** Depth, aliases and cost of the operation about to run; per request, since cost depends on variables. */
export function checkOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): GraphQLError | undefined {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
  if (!operation) return undefined;
  let aliases = 0;
  visit(document, {
    Field(node) {
      if (node.alias) aliases += 1;
    },
  });
  if (aliases > LIMITS.maxAliases)
    return tooComplex(`More than ${LIMITS.maxAliases} aliases in one request (${aliases}); split it.`);
  const { depth, cost } = measure(operation.selectionSet, fragments, variables, new Set());
  if (depth > LIMITS.maxDepth)
    return tooComplex(`The query is ${depth} levels deep; at most ${LIMITS.maxDepth} are allowed.`);
  if (cost > LIMITS.maxCost) {
    return tooComplex(
      `The query would cost about ${cost} (limit ${LIMITS.maxCost}); ask for smaller pages (first ≤ ${MAX_PAGE}) or fewer nested lists.`,
    );
  }
  return undefined;
}

function requestTooLarge(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 413 } } });
}

/** The yoga plugin: body size, token count, depth, aliases and cost. */
export function useLimits(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > LIMITS.maxIngestBodyBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `The request body is larger than ${LIMITS.maxIngestBodyBytes / 1024 / 1024} MB.`,
                  extensions: { code: 'QUERY_TOO_COMPLEX' },
                },
              ],
            }),
            { status: 413, headers: { 'content-type': 'application/json' } },
          ),
        );
      }
    },
    onParams({ params }) {
      const size = Buffer.byteLength(JSON.stringify(params.variables ?? {})) + Buffer.byteLength(params.query ?? '');
      const ingest = /\bingestReport\b/.test(params.query ?? '');
      if (size > (ingest ? LIMITS.maxIngestBodyBytes : LIMITS.maxBodyBytes)) {
        throw requestTooLarge(
          `The request is larger than ${ingest ? 2 : 1} MB${ingest ? '' : ' (only ingestReport may send up to 2 MB)'}.`,
        );
      }
    },
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: LIMITS.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && /token/i.test(error.message)) {
            throw new GraphQLError(`The query has more than ${LIMITS.maxTokens} tokens; shorten it.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            });
          }
          throw error;
        }
      });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const error = checkOperation(
        args.document,
        args.operationName,
        (args.variableValues as Record<string, unknown>) ?? {},
      );
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
