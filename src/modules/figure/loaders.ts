import DataLoader from 'dataloader';
import type { Executor } from '../../db/executor';
import {
  type FigureAnchor,
  type FigureList,
  type FigureListRequest,
  type FundingRow,
  figureLists,
  figuresByKeys,
  fundingsOfPolicies,
  type ObservationRow,
  type RankingRow,
  targetsOfPolicies,
} from './repository';

export function createFigureLoaders(db: Executor) {
  // Observations and rankings, by subject or by indicator, share one loader: whatever lists a request asks for in
  // the same tick (a region's rankings and observations) cost one round trip. Ids are `${list}|${by}|${key}`.
  const lists = new DataLoader<string, (ObservationRow | RankingRow)[]>(async (ids) => {
    const requests = new Map<string, FigureListRequest>();
    for (const id of ids) {
      const [list, by, ...rest] = id.split('|') as [FigureList, FigureAnchor, ...string[]];
      const group = `${list}|${by}`;
      const request = requests.get(group) ?? { list, by, keys: [] };
      request.keys.push(rest.join('|'));
      requests.set(group, request);
    }
    const found = await figureLists(db, [...requests.values()]);
    return ids.map((id) => found.get(id) ?? []);
  });
  const view = <T>(list: FigureList, by: FigureAnchor) => ({
    load: (key: string) => lists.load(`${list}|${by}|${key}`) as Promise<T[]>,
  });
  return {
    figureByKey: new DataLoader<string, ObservationRow | RankingRow | FundingRow | null>((keys) =>
      figuresByKeys(db, keys),
    ),
    observationsOfSubject: view<ObservationRow>('observations', 'subject'),
    observationsOfIndicator: view<ObservationRow>('observations', 'indicator'),
    rankingsOfSubject: view<RankingRow>('rankings', 'subject'),
    rankingsOfIndicator: view<RankingRow>('rankings', 'indicator'),
    targetsOfPolicy: new DataLoader<string, ObservationRow[]>((keys) => targetsOfPolicies(db, keys)),
    fundingsOfPolicy: new DataLoader<string, FundingRow[]>((keys) => fundingsOfPolicies(db, keys)),
  };
}
