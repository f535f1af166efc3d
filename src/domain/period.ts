// The one period grammar: "2022" (a year), "2025-H1"/"2025-H2" (a half), "2025-Q1"…"2025-Q4" (a quarter),
// "2025-07" (a month, or the cumulative months 1—7月 named by the last, as the corpus conventions say).
// Parsing, normalising, ordering and building periods all go through here.

export type PeriodPart = { kind: 'YEAR' } | { kind: 'HALF' | 'QUARTER' | 'MONTH'; n: number };

export interface Period {
  year: number;
  part: PeriodPart;
}

const CANONICAL = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
// What people type: "2025h1", "2025 Q3", "2025/07", "2025-7" (a one-digit month only after a separator).
const LOOSE = /^(\d{4})(?:[-\s/]?(H[12]|Q[1-4]|0[1-9]|1[0-2])|[-\s/]([1-9]))?$/;

function fromMatch(year: string, part: string | undefined): Period {
  const y = Number(year);
  if (!part) return { year: y, part: { kind: 'YEAR' } };
  if (part.startsWith('H')) return { year: y, part: { kind: 'HALF', n: Number(part.slice(1)) } };
  if (part.startsWith('Q')) return { year: y, part: { kind: 'QUARTER', n: Number(part.slice(1)) } };
  return { year: y, part: { kind: 'MONTH', n: Number(part) } };
}

/** The period a canonical string names; undefined for anything else ("2025-13", "2025h1"). */
export function parsePeriod(text: string): Period | undefined {
  const m = CANONICAL.exec(text);
  return m ? fromMatch(m[1] as string, m[2]) : undefined;
}

export const isPeriod = (text: string): boolean => CANONICAL.test(text);

export function formatPeriod(p: Period): string {
  const y = String(p.year);
  switch (p.part.kind) {
    case 'YEAR':
      return y;
    case 'HALF':
      return `${y}-H${p.part.n}`;
    case 'QUARTER':
      return `${y}-Q${p.part.n}`;
    case 'MONTH':
      return `${y}-${String(p.part.n).padStart(2, '0')}`;
  }
}

/** The canonical form of a typed period ("2025h1" → "2025-H1", "2025-7" → "2025-07"); undefined if it is none. */
export function normalisePeriod(input: string): string | undefined {
  const m = LOOSE.exec(input.trim().toUpperCase());
  return m ? formatPeriod(fromMatch(m[1] as string, m[2] ?? m[3])) : undefined;
}

export const PERIOD_HINT =
  'use a year ("2022"), a half ("2025-H1"), a quarter ("2025-Q1") or a month ("2025-07", also the months 1—7 so far)';

export const yearPeriod = (year: number | string): string => String(year);
export const halfPeriod = (year: number | string, n: 1 | 2): string => `${year}-H${n}`;
export const quarterPeriod = (year: number | string, n: number): string => `${year}-Q${n}`;
/** A single month, or the months so far (1—N月) named by the last; 1—3/1—6/1—12 are Q1/H1/the year (see periodThrough). */
export const monthPeriod = (year: number | string, month: number): string =>
  `${year}-${String(month).padStart(2, '0')}`;

/** The months from January through `month`: a quarter, a half or the year where one fits, else the month form. */
export function periodThrough(year: number | string, month: number): string {
  if (month === 3) return quarterPeriod(year, 1);
  if (month === 6) return halfPeriod(year, 1);
  if (month === 12) return yearPeriod(year);
  return monthPeriod(year, month);
}

/** [last month covered, counted from year 0; months covered]. */
function span(p: Period): [number, number] {
  const base = p.year * 12;
  switch (p.part.kind) {
    case 'YEAR':
      return [base + 12, 12];
    case 'HALF':
      return [base + p.part.n * 6, 6];
    case 'QUARTER':
      return [base + p.part.n * 3, 3];
    case 'MONTH':
      return [base + p.part.n, 1];
  }
}

/** The last month a period covers (1–12). */
export const endMonth = (p: Period): number => span(p)[0] - p.year * 12;

/** Later periods sort after earlier ones; of two ending in the same month the longer (a whole year) is later. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : a.localeCompare(b);
  const [sa, sb] = [span(pa), span(pb)];
  return sa[0] - sb[0] || sa[1] - sb[1];
}

export function latestPeriod(periods: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const p of periods) if (latest === undefined || comparePeriods(p, latest) > 0) latest = p;
  return latest;
}

/** The last day a period covers, as an ISO date ("2025-H1" → "2025-06-30"); undefined for a malformed period. */
export function periodEndDate(period: string): string | undefined {
  const p = parsePeriod(period);
  if (!p) return undefined;
  const month = endMonth(p);
  const day = new Date(Date.UTC(p.year, month, 0)).getUTCDate();
  return `${p.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar day written YYYY-MM-DD ("2025-02-30" is none). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
