import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from './context';
import { badInput } from './errors';
import { LABEL_OF_KIND } from './seed/schema';

/** The types a global id may name: the entity labels and the other Relay nodes. */
const NODE_TYPES = new Set([...Object.values(LABEL_OF_KIND), 'Document', 'Observation', 'Ranking', 'Funding']);
const notAnId = (globalID: string) =>
  badInput(`"${globalID.slice(0, 60)}" is not an id from this API; use the id field of a node you were given.`);

// The Pothos builder and its plugins; it defines no types (each module under modules/ does).

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
}>({
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
