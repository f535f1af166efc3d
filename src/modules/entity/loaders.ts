import DataLoader from 'dataloader';
import type { Executor } from '../../db/executor';
import type { Direction } from '../../domain/enums';
import type { EntityKind } from '../../domain/kinds';
import type { RelationType } from '../../domain/relations';
import {
  type EntityRow,
  entitiesByKeys,
  entitiesByNames,
  type MentionRow,
  mentionsInDocuments,
  mentionsOfEntities,
  neighborsByKeys,
  type RelatedRow,
  relatedByKeys,
  relatedPageByKeys,
} from './repository';

export interface RelationSpec {
  type: RelationType;
  direction: Direction;
  target: EntityKind;
  recursive?: boolean;
}

const specId = (s: RelationSpec) => `${s.type}|${s.direction}|${s.target}|${s.recursive ? 'r' : ''}`;

/** Per-request loaders: every relation field of a list of N parents costs one round trip, not N. */
export function createEntityLoaders(db: Executor) {
  const relatedLoaders = new Map<string, DataLoader<string, RelatedRow[]>>();
  const pageLoaders = new Map<string, DataLoader<string, { total: number; items: EntityRow[] }>>();
  return {
    entityByKey: new DataLoader<string, EntityRow | null>((keys) => entitiesByKeys(db, keys)),
    entitiesByName: new DataLoader<string, EntityRow[]>((names) => entitiesByNames(db, names)),
    mentionsOfEntity: new DataLoader<string, MentionRow[]>((keys) => mentionsOfEntities(db, keys)),
    mentionsInDocument: new DataLoader<string, MentionRow[]>((keys) => mentionsInDocuments(db, keys)),
    neighbors: new DataLoader<string, RelatedRow[]>((keys) => neighborsByKeys(db, keys)),
    /** One loader per relationship spec, created on first use. */
    related(spec: RelationSpec): DataLoader<string, RelatedRow[]> {
      const id = specId(spec);
      let loader = relatedLoaders.get(id);
      if (!loader) {
        loader = new DataLoader((keys) =>
          relatedByKeys(db, keys, spec.type, spec.direction, spec.target, spec.recursive ?? false),
        );
        relatedLoaders.set(id, loader);
      }
      return loader;
    },
    /** One loader per relationship spec and page window: siblings asking for the same page share a round trip. */
    relatedPage(
      spec: RelationSpec,
      offset: number,
      limit: number,
    ): DataLoader<string, { total: number; items: EntityRow[] }> {
      const id = `${specId(spec)}|${offset}|${limit}`;
      let loader = pageLoaders.get(id);
      if (!loader) {
        loader = new DataLoader((keys) =>
          relatedPageByKeys(db, keys, spec.type, spec.direction, spec.target, spec.recursive ?? false, offset, limit),
        );
        pageLoaders.set(id, loader);
      }
      return loader;
    },
  };
}
