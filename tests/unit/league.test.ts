import { buildLeague, competitionRanks, type LeaguePlace } from '../../src/modules/league/table';
import type { Claim } from '../../src/modules/series/claims';

// League tables without a database: competition ranks, stated ranks win, derived ranks only when every place has one.

const place = (name: string): LeaguePlace => ({ row: null, name, code: null, level: 'CITY' });
const claim = (growthPct: number | null, value?: [number, string]): Claim => ({
  row: {
    key: `observation/${Math.random()}`,
    indicator: 'indicator/gdp',
    subject: 's',
    period: '2025-H1',
    kind: 'ACTUAL',
    growthPct,
    note: null,
    valueValue: value?.[0] ?? null,
    valueUnit: value?.[1] ?? null,
    valueText: value ? `${value[0]}${value[1]}` : null,
    docs: ['d'],
    documents: new Map(),
  },
  date: '2025-07-30',
  dateStated: true,
  document: 'd',
});

describe('league tables', () => {
  it('gives tied figures one rank and skips the next', () => {
    expect(competitionRanks([9, 7, 7, 5])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('derives ranks when every place has a figure, and keeps a stated rank as stated', () => {
    const places = [place('A'), place('B'), place('C')];
    const growth: Record<string, number> = { A: 5.1, B: 6.2, C: 4 };
    const league = buildLeague(
      places,
      (p) => [claim(growth[p.name] ?? null)],
      (p) => (p.name === 'C' ? { ranking: { rank: 9 } as never, date: '2025-07-30' } : null),
      'GROWTH',
    );
    expect(league.complete).toBe(true);
    expect(league.entries.map((e) => [e.place.name, e.rank, e.rankSource, e.derivedRank])).toEqual([
      ['B', 1, 'DERIVED', 1],
      ['A', 2, 'DERIVED', 2],
      ['C', 9, 'STATED', 3],
    ]);
  });

  it('derives no rank while a place lacks a figure, or while levels are in units it cannot compare', () => {
    const missing = buildLeague(
      [place('A'), place('B')],
      (p) => (p.name === 'A' ? [claim(5)] : []),
      () => null,
      'GROWTH',
    );
    expect(missing.complete).toBe(false);
    expect(missing.entries.map((e) => e.rank)).toEqual([null, null]);
    const units = buildLeague(
      [place('A'), place('B')],
      (p) => [claim(null, p.name === 'A' ? [3, '亿元'] : [4, '个'])],
      () => null,
      'LEVEL',
    );
    expect(units.complete).toBe(false);
    const mixed = buildLeague(
      [place('A'), place('B')],
      (p) => [claim(null, p.name === 'A' ? [3, '亿元'] : [40000, '万元'])],
      () => null,
      'LEVEL',
    );
    expect(mixed.unit).toBe('亿元');
    expect(mixed.entries.map((e) => [e.place.name, e.value?.value, e.rank])).toEqual([
      ['B', 4, 1],
      ['A', 3, 2],
    ]);
  });
});
