// Relay global ids in tests: the database id inside one, and one made from a type and an id.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';

/** The database id (uuid) inside a global id. */
export const localId = (globalId: string) => decodeGlobalID(globalId).id;

/** The global id of row `id` of `typename`, as the API gives it. */
export const globalId = (typename: string, id: string) => encodeGlobalID(typename, id);
