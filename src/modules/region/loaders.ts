import DataLoader from 'dataloader';
import type { Executor } from '../../db/executor';
import type { EntityRow } from '../entity/repository';
import { buildScope, type RegionScope } from './hierarchy';
import {
  type ParentCandidates,
  type ParentQuery,
  parentCandidates,
  regionScopes,
  regionsByCodes,
  type ScopeRoot,
} from './repository';

/** Per-request loaders of the region hierarchy: N regions' parents or scopes cost one round trip. */
export function createRegionLoaders(db: Executor) {
  return {
    regionsByCode: new DataLoader<string, EntityRow[]>((codes) => regionsByCodes(db, codes)),
    regionScope: new DataLoader<ScopeRoot, RegionScope, string>(
      async (roots) => {
        const rows = await regionScopes(db, roots);
        return roots.map((root, i) => buildScope(root, rows[i] ?? []));
      },
      { cacheKeyFn: (root) => root.key },
    ),
    regionParent: new DataLoader<ParentQuery, ParentCandidates, string>((items) => parentCandidates(db, items), {
      cacheKeyFn: (item) => item.key,
    }),
  };
}
