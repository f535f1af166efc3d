import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type GraphQLEnumType, GraphQLObjectType } from 'graphql';
import { ENTITY_KINDS, labelOf } from '../../src/domain/kinds';
import { printedSchema } from '../../src/print-schema';
import { schema } from '../../src/schema';

describe('schema/schema.graphql', () => {
  it('matches the Pothos schema (run npm run schema:print after changing the schema)', () => {
    const committed = readFileSync(resolve(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printedSchema());
  });

  it('has an object type implementing Entity and Node for every entity kind (a module per kind)', () => {
    for (const kind of ENTITY_KINDS) {
      const type = schema.getType(labelOf(kind));
      expect(type).toBeInstanceOf(GraphQLObjectType);
      expect((type as GraphQLObjectType).getInterfaces().map((i) => i.name)).toEqual(['Entity', 'Node']);
    }
    const kinds = schema.getType('EntityKind') as GraphQLEnumType;
    expect(
      kinds
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual([...ENTITY_KINDS].sort());
  });
});
