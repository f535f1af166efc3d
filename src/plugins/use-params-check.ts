import type { Plugin } from 'graphql-yoga';
import { badInput } from '../errors';

// The GraphQL-over-HTTP parameters, checked before anything reads them: a string query, an object of variables
// nested at most MAX_VARIABLE_DEPTH deep (walked without recursion, so 100,000 levels cannot overflow the stack).

export const MAX_VARIABLE_DEPTH = 32;

/** Nesting depth of a JSON value, stopping once past `limit`. */
export function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    const here = depth + 1;
    deepest = Math.max(deepest, here);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) stack.push([child, here]);
  }
  return deepest;
}

export function useParamsCheck(): Plugin {
  return {
    onParams({ params }) {
      const { query, variables, operationName } = params as Record<string, unknown>;
      if (query !== undefined && query !== null && typeof query !== 'string') {
        throw badInput(
          `"query" must be a string holding a GraphQL document (got ${Array.isArray(query) ? 'an array' : typeof query}).`,
        );
      }
      if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
        throw badInput('"operationName" must be a string.');
      }
      if (variables !== undefined && variables !== null) {
        if (typeof variables !== 'object' || Array.isArray(variables)) throw badInput('"variables" must be an object.');
        if (depthOf(variables, MAX_VARIABLE_DEPTH) > MAX_VARIABLE_DEPTH) {
          throw badInput(`"variables" are nested more than ${MAX_VARIABLE_DEPTH} levels deep.`);
        }
      }
    },
  };
}
