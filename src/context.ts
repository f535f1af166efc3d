import type { Config } from './config';
import type { Database } from './db/connect';
import type { Executor, QueryCounter } from './db/executor';
import { createDocumentLoaders } from './modules/document/loaders';
import { createEntityLoaders } from './modules/entity/loaders';
import { createFigureLoaders } from './modules/figure/loaders';
import { createRegionLoaders } from './modules/region/loaders';

export interface AppServices {
  config: Readonly<Config>;
  database: Database;
}

/** Per-request: an executor that counts this request's round trips, and fresh DataLoaders. */
export function createContext(services: AppServices, request?: Request) {
  const counter: QueryCounter = { count: 0, pending: new Set() };
  const db = services.database.executor(counter);
  return {
    config: services.config,
    request,
    db,
    /** Long transactions (ingest), counted with the rest of the request. */
    maintenanceDb: services.database.maintenanceExecutor(counter),
    counter,
    loaders: {
      ...createDocumentLoaders(db),
      ...createEntityLoaders(db),
      ...createFigureLoaders(db),
      ...createRegionLoaders(db),
    },
  };
}

export type Context = ReturnType<typeof createContext> & { db: Executor };
