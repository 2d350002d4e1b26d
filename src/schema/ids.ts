// Relay global ids in arguments: decoded inside the resolver, after authorization has run (the
// relay plugin's own decoding would run before it and answer a caller who may not even ask).
import { signedIn, type Context } from './context.ts';
import { byId } from '../runtime/session.ts';
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

/**
 * A filter argument with the global ids it holds decoded: `ids` maps each id field to its typename.
 * A bad id is NOT_FOUND naming `prefix` + its field (filter.marketerId).
 */
export function decodeIds<F extends object, K extends keyof F & string>(
  filter: F | null | undefined,
  ids: Record<K, string>,
  prefix = 'filter.',
): (Omit<F, K> & Record<K, string | null>) | null {
  if (!filter) return null;
  const decoded: Record<string, string | null> = {};
  for (const [field, typename] of Object.entries(ids) as [K, string][]) {
    const value = filter[field] as string | number | null | undefined;
    decoded[field] = value == null ? null : localId(value, typename, prefix + field);
  }
  return { ...filter, ...decoded } as Omit<F, K> & Record<K, string | null>;
}
