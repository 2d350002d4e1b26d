// Whose records a request is about when the viewer's role decides it: a client's own statement,
// a marketer's own commission, the marketer a new client is registered to, a thread's owner.
import { forbidden } from '../shared/errors.ts';
import type { Role, Viewer } from './roles.ts';
import { canSeeRecordsOf } from './visibility.ts';

/** The viewer's own profile id when the viewer has `role`, else null. */
export const ownProfile = (v: Viewer, role: Role): string | null => (v.role === role ? v.profileId : null);

/**
 * The marketer a new client is registered to: a marketer registers clients for themself only
 * (naming another is FORBIDDEN); staff name any marketer, or none. `named` is true when the
 * id came from the request (and must still be checked to be an active marketer).
 */
export function newClientsMarketer(v: Viewer, asked: string | null | undefined): { id: string | null; named: boolean } {
  const own = ownProfile(v, 'MARKETER');
  if (own) {
    if (asked && asked !== own) throw forbidden('A marketer registers clients for themself.');
    return { id: own, named: false };
  }
  return { id: asked ?? null, named: !!asked };
}

/** Whose commission statement: a marketer's own when they name none; another's only if canSeeRecordsOf allows. */
export function commissionSubject(v: Viewer, asked: string | null | undefined): string | null {
  const id = asked ?? ownProfile(v, 'MARKETER');
  if (id && !canSeeRecordsOf(v, id)) throw forbidden('A marketer sees only their own commission.');
  return id;
}

/** Whose client statement: a client's own when they name none (visibility decides the rest). */
export const statementSubject = (v: Viewer, asked: string | null | undefined): string | null =>
  asked ?? ownProfile(v, 'CLIENT');

/** The owner of a thread the viewer starts: themself, as a client or as a marketer. */
export const threadOwner = (v: Viewer) => ({
  ownerClientId: ownProfile(v, 'CLIENT'),
  ownerMarketerId: ownProfile(v, 'MARKETER'),
});
