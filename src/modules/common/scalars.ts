import { builder } from '../../builder';
import { isIsoDate } from '../../domain/period';
import { badInput } from '../../errors';

// Custom scalars. Date: a calendar day, YYYY-MM-DD (asOf arguments, publication dates).

export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar day, written YYYY-MM-DD (e.g. "2025-07-30").',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value)) {
      throw badInput(`"${String(value).slice(0, 40)}" is not a date; write a day as YYYY-MM-DD, e.g. "2025-07-30".`);
    }
    return value;
  },
});
