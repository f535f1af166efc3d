// Ordering of report periods ("2022", "2025-H1", "2025-Q3", "2025-07"), for the "latest period" default of /q.

const PERIOD = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/** [last month covered, months covered]; undefined for text that is not a period. */
function span(period: string): [number, number] | undefined {
  const match = PERIOD.exec(period);
  if (!match) return undefined;
  const year = Number(match[1]) * 12;
  const part = match[2];
  if (!part) return [year + 12, 12];
  if (part.startsWith('H')) return [year + Number(part.slice(1)) * 6, 6];
  if (part.startsWith('Q')) return [year + Number(part.slice(1)) * 3, 3];
  return [year + Number(part), 1];
}

/** Later periods sort after earlier ones; of two ending in the same month the longer (a whole year) is later. */
export function comparePeriods(a: string, b: string): number {
  const sa = span(a);
  const sb = span(b);
  if (!sa || !sb) return sa ? 1 : sb ? -1 : a.localeCompare(b);
  return sa[0] - sb[0] || sa[1] - sb[1];
}

export function latestPeriod(periods: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const p of periods) if (latest === undefined || comparePeriods(p, latest) > 0) latest = p;
  return latest;
}
