import DataLoader from 'dataloader';
import type { Executor } from '../../db/executor';
import { type DocumentRow, documentsByKeys, documentTexts } from './repository';

export function createDocumentLoaders(db: Executor) {
  return {
    documentByKey: new DataLoader<string, DocumentRow | null>((keys) => documentsByKeys(db, keys)),
    documentText: new DataLoader<string, string | null>((keys) => documentTexts(db, keys)),
  };
}
