import { badInput } from '../../errors';

// Periods are "2022", "2025-H1", "2025-Q3" or "2025-07"; accept the obvious variants people type.

const PERIOD = /^(\d{4})(?:[-\s]?(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export function normalizePeriod(input: string | null | undefined, argument = 'period'): string | undefined {
  if (input === null || input === undefined) return undefined;
  const text = input.trim().toUpperCase();
  const match = PERIOD.exec(text);
  if (!match) {
    throw badInput(
      `${argument} "${input}" is not a period; use a year ("2022"), a half ("2025-H1"), a quarter ("2025-Q1") or a month ("2025-07").`,
    );
  }
  return match[2] ? `${match[1]}-${match[2]}` : (match[1] as string);
}
