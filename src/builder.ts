import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from './context';
import { badInput } from './errors';

// The Pothos builder and its plugins; it defines no types (each module under modules/ does).

/** The builder's type parameters: what a typed ref (ObjectRef<Types, Shape>) is parameterised with. */
export interface BuilderTypes {
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
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
      try {
        return decodeGlobalID(globalID);
      } catch {
        throw badInput(
          `"${globalID.slice(0, 60)}" is not an id from this API; use the id field of a node you were given.`,
        );
      }
    },
  },
});

builder.queryType({});
