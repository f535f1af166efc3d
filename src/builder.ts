import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from './context';
import { ENTITY_KINDS, KIND_SPECS } from './domain/kinds';
import { badInput } from './errors';

/** The types a global id may name: the entity labels and the other Relay nodes. */
const NODE_TYPES = new Set([
  ...ENTITY_KINDS.map((k) => KIND_SPECS[k].label),
  'Document',
  'Observation',
  'Ranking',
  'Funding',
]);
const notAnId = (globalID: string) =>
  badInput(`"${globalID.slice(0, 60)}" is not an id from this API; use the id field of a node you were given.`);

// The Pothos builder and its plugins; it defines no types (each module under modules/ does).

/** The builder's type parameters: what a typed ref (ObjectRef<Types, Shape>) is parameterised with. */
export interface BuilderTypes {
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string }; Date: { Input: string; Output: string } };
}
export type Types = PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>;

export const builder = new SchemaBuilder<BuilderTypes>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { nullable: true },
    nodesQueryOptions: { nullable: { list: false, items: true } },
    decodeGlobalID: (globalID) => {
      let decoded: ReturnType<typeof decodeGlobalID>;
      try {
        decoded = decodeGlobalID(globalID);
      } catch {
        throw notAnId(globalID);
      }
      // A forged id naming a type that is no node would reach Pothos' type lookup ("… has not been implemented").
      if (!NODE_TYPES.has(decoded.typename) || decoded.id === '') throw notAnId(globalID);
      return decoded;
    },
  },
});

builder.queryType({});
