import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printedSchema } from '../../src/print-schema';

describe('schema/schema.graphql', () => {
  it('matches the Pothos schema (run npm run schema:print after changing the schema)', () => {
    const committed = readFileSync(resolve(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printedSchema());
  });
});
