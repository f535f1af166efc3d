import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNullableType,
  isListType,
  isObjectType,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { LIMITS, tooComplex } from '../limits';

// The last lines behind the cost estimate: while executing, every list a resolver returns is counted against
// LIMITS.maxObjects for the request (so no request builds more, whatever a list holds), and an answer larger than
// LIMITS.maxResponseBytes is replaced by an error rather than sent.

interface Budget {
  left: number;
}

const budgets = new WeakMap<object, Budget>();
const wrapped = new WeakSet<GraphQLSchema>();

function overBudget(): Error {
  return tooComplex(
    `The answer would hold more than ${LIMITS.maxObjects} objects; ask for smaller pages (first) or fewer nested lists.`,
  );
}

/** Wraps, once per schema, the resolver of every list field so it counts what it returns. */
function countLists(schema: GraphQLSchema): void {
  if (wrapped.has(schema)) return;
  wrapped.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const budget = typeof context === 'object' && context !== null ? budgets.get(context) : undefined;
        const out = resolve(source, args, context, info);
        if (!budget) return out;
        const count = (value: unknown) => {
          if (Array.isArray(value)) {
            budget.left -= value.length;
            if (budget.left < 0) throw overBudget();
          }
          return value;
        };
        return out instanceof Promise ? out.then(count) : count(out);
      };
    }
  }
}

export function useResponseLimits(): Plugin {
  return {
    onExecute({ args }) {
      countLists(args.schema);
      if (typeof args.contextValue === 'object' && args.contextValue !== null) {
        budgets.set(args.contextValue, { left: LIMITS.maxObjects });
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) return;
          const bytes = Buffer.byteLength(JSON.stringify(result));
          if (bytes > LIMITS.maxResponseBytes) {
            const mb = LIMITS.maxResponseBytes / 1024 / 1024;
            setResult({
              errors: [
                tooComplex(`The answer is larger than ${mb} MB (${bytes} bytes); ask for fewer or smaller fields.`),
              ],
            });
          }
        },
      };
    },
  };
}
