// Relay global ids in arguments: decoded inside the resolver, after authorization has run (the
// relay plugin's own decoding would run before it and answer a caller who may not even ask).
import { signedIn, type Context } from '../http/context.ts';
import { byId } from '../modules/session.ts';
import { notFound } from '../shared/errors.ts';
import { decodeGlobalID } from './builder.ts';

/** The database id inside a global id of `typename`; anything else is NOT_FOUND naming `field`. */
export function localId(globalId: string | number, typename: string, field = 'id'): string {
  const decoded = decodeGlobalID(String(globalId), field);
  if (decoded.typename !== typename) throw notFound(typename, field);
  return decoded.id;
}

/** How a tenant node is found by its id: in the viewer's company (its key is (companyId, id)). */
export const findInViewerCompany = (id: string, ctx: Context) => byId(signedIn(ctx), id);
