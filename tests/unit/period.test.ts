import {
  comparePeriods,
  endMonth,
  isPeriod,
  latestPeriod,
  normalisePeriod,
  parsePeriod,
  periodThrough,
} from '../../src/domain/period';
import { normalizePeriod } from '../../src/modules/figure/period';

// The one period grammar (src/domain/period.ts) that the API, the seed data, ingest and /q share.

describe('period grammar', () => {
  it('parses the canonical forms and nothing else', () => {
    expect(parsePeriod('2025-H1')).toEqual({ year: 2025, part: { kind: 'HALF', n: 1 } });
    expect(parsePeriod('2025-09')).toEqual({ year: 2025, part: { kind: 'MONTH', n: 9 } });
    expect(parsePeriod('2024')).toEqual({ year: 2024, part: { kind: 'YEAR' } });
    for (const bad of ['2025-13', '2025-00', '2025h1', '2025-Q5', '25-H1', '2025-H3'])
      expect(isPeriod(bad)).toBe(false);
  });

  it('normalises what people type, and refuses a thirteenth month', () => {
    expect(normalisePeriod('2025h1')).toBe('2025-H1');
    expect(normalisePeriod(' 2025 q3 ')).toBe('2025-Q3');
    expect(normalisePeriod('2025-7')).toBe('2025-07');
    expect(normalisePeriod('2025/07')).toBe('2025-07');
    expect(normalisePeriod('2025-13')).toBeUndefined();
    expect(normalisePeriod('20251')).toBeUndefined();
    expect(() => normalizePeriod('2025-13')).toThrow(/not a period/);
  });

  it('names the months so far by a quarter, a half or the year where one fits (前三季度 → 2025-09)', () => {
    expect(periodThrough(2025, 3)).toBe('2025-Q1');
    expect(periodThrough(2025, 6)).toBe('2025-H1');
    expect(periodThrough(2025, 9)).toBe('2025-09');
    expect(periodThrough(2025, 12)).toBe('2025');
    expect(endMonth(parsePeriod('2025-Q3') as NonNullable<ReturnType<typeof parsePeriod>>)).toBe(9);
  });

  it('orders periods by their last month, the longer one later on a tie', () => {
    expect(comparePeriods('2025-Q1', '2025-H1')).toBeLessThan(0);
    expect(comparePeriods('2025', '2025-12')).toBeGreaterThan(0);
    expect(comparePeriods('2024', '2025-01')).toBeLessThan(0);
    expect(latestPeriod(['2024', '2025-Q1', '2024-H1', 'nonsense'])).toBe('2025-Q1');
  });
});
