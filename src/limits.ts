import {
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  visit,
} from 'graphql';
import { estimate } from './cost';

// Bounded work per request: the body size while it is read (plugins/use-body-limit.ts), the token count at parse,
// depth, aliases and the object cost just before execution (plugins/use-limits.ts, all before any Cypher), the
// objects built while executing and the size of the answer (plugins/use-response-limits.ts). Rejections carry
// extensions.code QUERY_TOO_COMPLEX.

export const LIMITS = {
  maxDepth: 10,
  maxAliases: 20,
  maxTokens: 2_000,
  maxCost: 20_000,
  maxBodyBytes: 1024 * 1024,
  maxIngestBodyBytes: 2 * 1024 * 1024,
  /** Objects (list items) one request may build while executing, whatever the estimate said. */
  maxObjects: 50_000,
  /** The serialised answer, the last line. */
  maxResponseBytes: 8 * 1024 * 1024,
};

export const tooComplex = (message: string, nodes?: readonly FieldNode[] | FieldNode) =>
  new GraphQLError(message, { ...(nodes ? { nodes } : {}), extensions: { code: 'QUERY_TOO_COMPLEX' } });

/** Depth, aliases and cost of the operation about to run; per request, since cost depends on variables. */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): GraphQLError | undefined {
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
  const { depth, cost } = estimate(schema, document, operation, variables);
  if (depth > LIMITS.maxDepth)
    return tooComplex(`The query is ${depth} levels deep; at most ${LIMITS.maxDepth} are allowed.`);
  if (cost > LIMITS.maxCost) {
    return tooComplex(
      Number.isFinite(cost)
        ? `The query's estimated cost is ${cost} objects (limit ${LIMITS.maxCost}); ask for smaller pages (first) or fewer nested lists.`
        : `The query has too many selections to estimate (fragments spread into fragments); simplify it.`,
    );
  }
  return undefined;
}
