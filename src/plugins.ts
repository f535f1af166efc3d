import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config';
import { type QueryCounter, settleQueries } from './db/executor';
import { normaliseErrorCode } from './errors';
import { useLimits } from './limits';

// The request guards every deployment gets: limits, a closed set of error codes, and the production profile
// (no introspection unless asked for, CSRF prevention).

function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const errors = (result as { errors?: readonly GraphQLError[] }).errors;
      if (!errors?.length) return;
      setResult({ ...result, errors: errors.map((e) => (e instanceof GraphQLError ? normaliseErrorCode(e) : e)) });
    },
  };
}

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** A request is answered only once all its queries have ended (settleQueries says why). */
function useSettledQueries(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        try {
          return await executeFn(args);
        } finally {
          const counter = (args.contextValue as { counter?: QueryCounter }).counter;
          if (counter) await settleQueries(counter);
        }
      });
    },
  };
}

export function guardPlugins(config: Readonly<Config>): Plugin[] {
  const plugins: Plugin[] = [useLimits(), useErrorCodes(), useSettledQueries()];
  if (!config.introspection) plugins.push(useNoIntrospection());
  // Browsers may not send a cross-site simple request that runs an operation: a JSON content type or this
  // header is required (notebooks and GraphQL clients send JSON anyway).
  if (config.NODE_ENV === 'production') plugins.push(useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }));
  return plugins;
}
