import { GraphQLError, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { checkOperation, LIMITS } from '../limits';

/** The token count at parse; depth, aliases and the cost estimate just before execution, before any Cypher. */
export function useLimits(): Plugin {
  return {
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
        args.schema,
        args.document,
        args.operationName,
        (args.variableValues as Record<string, unknown>) ?? {},
      );
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
