import { normalisePeriod, PERIOD_HINT } from '../../domain/period';
import { badInput } from '../../errors';

// Period arguments of the API: the domain grammar (src/domain/period.ts), with the obvious variants people type.

export function normalizePeriod(input: string | null | undefined, argument = 'period'): string | undefined {
  if (input === null || input === undefined) return undefined;
  const period = normalisePeriod(input);
  if (!period) throw badInput(`${argument} "${input}" is not a period; ${PERIOD_HINT}.`);
  return period;
}
