import type { Plugin } from 'graphql-yoga';
import { type QueryCounter, settleQueries } from '../db/executor';

/** A request is answered only once all its queries have ended (settleQueries says why). */
export function useSettledQueries(): Plugin {
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
