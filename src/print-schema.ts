import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema';

/** The committed SDL: sorted, so that a diff shows only real changes. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
