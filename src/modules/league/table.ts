import type { EntityRow } from '../entity/repository';
import type { RankingRow } from '../figure/repository';
import { type Claim, type NormalisedValue, normalisedValue, type Point, pointsOf } from '../series/claims';

// A league table from the places of a scope, their current figures and their stated ranks. Pure: no Cypher.
// A rank a report states wins (STATED); otherwise the rank is derived from the figures of every place of the scope
// (DERIVED), higher first, ties sharing a rank (1, 2, 2, 4); when some place has no comparable figure it is null.

export interface LeaguePlace {
  /** The graph's region, when the graph holds the place. */
  row: EntityRow | null;
  name: string;
  code: string | null;
  level: string;
}

export interface StatedRank {
  ranking: RankingRow;
  date: string;
}

export interface LeagueEntry {
  place: LeaguePlace;
  point: Point | null;
  value: NormalisedValue | null;
  growthPct: number | null;
  /** What the table is ordered by: the growth rate (GROWTH) or the value in the table's unit (LEVEL). */
  metric: number | null;
  stated: StatedRank | null;
  derivedRank: number | null;
  rank: number | null;
  rankSource: 'STATED' | 'DERIVED' | null;
}

export interface League {
  entries: LeagueEntry[];
  /** Every place has a comparable figure, so derived ranks exist. */
  complete: boolean;
  /** The unit of the values (LEVEL), when they share one. */
  unit: string | null;
}

/** Competition ranks, highest first: [9, 7, 7, 5] → [1, 2, 2, 4]. */
export function competitionRanks(values: number[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}

export function buildLeague(
  places: LeaguePlace[],
  claimsOf: (place: LeaguePlace) => Claim[],
  statedOf: (place: LeaguePlace) => StatedRank | null,
  basis: 'GROWTH' | 'LEVEL',
  unit?: string,
): League {
  const entries: LeagueEntry[] = places.map((place) => {
    const point = pointsOf(claimsOf(place))[0] ?? null;
    const value = point?.valueFrom ? normalisedValue(point.valueFrom.row, unit) : null;
    const growthPct = point?.growthFrom?.row.growthPct ?? null;
    const metric = basis === 'GROWTH' ? growthPct : value?.known ? value.value : null;
    return {
      place,
      point,
      value,
      growthPct,
      metric,
      stated: statedOf(place),
      derivedRank: null,
      rank: null,
      rankSource: null,
    };
  });
  const units = new Set(entries.flatMap((e) => (e.value ? [e.value.known ? e.value.unit : `?${e.value.unit}`] : [])));
  const sameUnit = basis === 'GROWTH' || units.size <= 1;
  const complete = entries.length > 0 && sameUnit && entries.every((e) => e.metric !== null);
  if (complete) {
    const ranks = competitionRanks(entries.map((e) => e.metric as number));
    entries.forEach((e, i) => {
      e.derivedRank = ranks[i] ?? null;
    });
  }
  for (const e of entries) {
    if (e.stated) {
      e.rank = e.stated.ranking.rank;
      e.rankSource = 'STATED';
    } else if (e.derivedRank !== null) {
      e.rank = e.derivedRank;
      e.rankSource = 'DERIVED';
    }
  }
  entries.sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      (b.metric ?? Number.NEGATIVE_INFINITY) - (a.metric ?? Number.NEGATIVE_INFINITY) ||
      (a.place.code ?? a.place.name).localeCompare(b.place.code ?? b.place.name),
  );
  const unitOf = units.size === 1 ? ([...units][0] as string) : null;
  return { entries, complete, unit: unitOf && !unitOf.startsWith('?') ? unitOf : null };
}
