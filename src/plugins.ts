import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config';
import { type BodyLimitStats, useBodyLimit } from './plugins/use-body-limit';
import { useErrorCodes } from './plugins/use-error-codes';
import { useLimits } from './plugins/use-limits';
import { useNoIntrospection } from './plugins/use-no-introspection';
import { useParamsCheck } from './plugins/use-params-check';
import { useResponseLimits } from './plugins/use-response-limits';
import { useSettledQueries } from './plugins/use-settled-queries';

// The request guards every deployment gets (one plugin per file in plugins/): limits, a closed set of error
// codes, and the production profile (no introspection unless asked for, CSRF prevention).

export function guardPlugins(config: Readonly<Config>, bodyStats?: BodyLimitStats): Plugin[] {
  const plugins: Plugin[] = [
    useBodyLimit(bodyStats),
    useParamsCheck(),
    useLimits(),
    useResponseLimits(),
    useErrorCodes({ debug: config.DEBUG_ERRORS, hideSuggestions: !config.introspection }),
    useSettledQueries(),
  ];
  if (!config.introspection) plugins.push(useNoIntrospection());
  // Browsers may not send a cross-site simple request that runs an operation: a JSON content type or this
  // header is required (notebooks and GraphQL clients send JSON anyway).
  if (config.NODE_ENV === 'production') plugins.push(useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }));
  return plugins;
}
