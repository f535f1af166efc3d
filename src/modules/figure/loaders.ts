import DataLoader from 'dataloader';
import type { Executor } from '../../db/executor';
import {
  type FundingRow,
  figuresByKeys,
  fundingsOfPolicies,
  type ObservationRow,
  observationsBy,
  type RankingRow,
  rankingsBy,
  targetsOfPolicies,
} from './repository';

export function createFigureLoaders(db: Executor) {
  return {
    figureByKey: new DataLoader<string, ObservationRow | RankingRow | FundingRow | null>((keys) =>
      figuresByKeys(db, keys),
    ),
    observationsOfSubject: new DataLoader<string, ObservationRow[]>((keys) => observationsBy(db, 'subject', keys)),
    observationsOfIndicator: new DataLoader<string, ObservationRow[]>((keys) => observationsBy(db, 'indicator', keys)),
    rankingsOfSubject: new DataLoader<string, RankingRow[]>((keys) => rankingsBy(db, 'subject', keys)),
    rankingsOfIndicator: new DataLoader<string, RankingRow[]>((keys) => rankingsBy(db, 'indicator', keys)),
    targetsOfPolicy: new DataLoader<string, ObservationRow[]>((keys) => targetsOfPolicies(db, keys)),
    fundingsOfPolicy: new DataLoader<string, FundingRow[]>((keys) => fundingsOfPolicies(db, keys)),
  };
}
