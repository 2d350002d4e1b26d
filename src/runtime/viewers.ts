// Is the sign-in a token names still good? Its profile (staff membership, marketer or client) must
// be active and at the token's generation (archiving it, or resetting the password, moves the
// generation on, so no earlier token works again).
//
// Every request asks, so each process remembers the answers, and forgets one as soon as it may
// have changed: at once for a change made through this process (afterCommit), and for any other
// change (another replica, an operator's SQL, a company deleted) when PostgreSQL's NOTIFY arrives:
// triggers on the profile tables announce every status, generation or deletion change (see the
// sign-in safety migrations). While this process is not listening, nothing is remembered.
import type { BaseClient } from '../db/client.ts';
import type { Notifications } from '../db/notifications.ts';
import { inTenantTransaction, type TenantTx } from '../db/tenant.ts';
import type { Viewer } from '../policy/roles.ts';
import type { VerifiedClaims } from './tokens.ts';

const MAX_REMEMBERED = 50_000;

interface Known {
  userId: string;
  /** The profile's generation while active; null when it is archived or gone. */
  generation: number | null;
}

/** The profile's token generation if it is active and belongs to the token's user; else null. */
async function currentGeneration(db: TenantTx, claims: VerifiedClaims): Promise<number | null> {
  const { userId, profileId: id, role } = claims;
  const where = { id, userId, status: 'ACTIVE' as const };
  const select = { tokenGeneration: true };
  const found =
    role === 'ADMIN' || role === 'ANALYST'
      ? await db.staffMember.findFirst({ where: { ...where, role }, select })
      : role === 'MARKETER'
        ? await db.marketer.findFirst({ where, select })
        : await db.client.findFirst({ where, select });
  return found?.tokenGeneration ?? null;
}

export class Viewers {
  private readonly known = new Map<string, Known>();
  /** Moves on with every forgetting: an answer read before one of them is not kept. */
  private forgettings = 0;

  constructor(
    private readonly base: BaseClient,
    private readonly notifications: Notifications,
  ) {
    notifications.on((n) => {
      if (n.kind === 'viewer') this.forget(n.profileIds);
    });
    notifications.onReset(() => this.forgetAll());
  }

  /**
   * The viewer the claims name if their sign-in is still good, else null: the one check of a
   * token against the database, for every operation over HTTP and WebSocket and before each
   * subscription event. A miss reads the profile in a short transaction of its own, which ends
   * before the operation does anything else (a password hash never holds its connection).
   */
  async check(claims: VerifiedClaims): Promise<Viewer | null> {
    let known = this.notifications.listening ? this.known.get(claims.profileId) : undefined;
    if (!known) {
      const before = this.forgettings;
      const scope = { companyId: claims.companyId, userId: claims.userId };
      const generation = await inTenantTransaction(this.base, scope, (db) => currentGeneration(db, claims));
      known = { userId: claims.userId, generation };
      if (this.forgettings === before && this.notifications.listening) this.remember(claims.profileId, known);
    }
    if (known.userId !== claims.userId || known.generation !== claims.generation) return null;
    return { userId: claims.userId, companyId: claims.companyId, role: claims.role, profileId: claims.profileId };
  }

  forget(profileIds: readonly string[]): void {
    this.forgettings++;
    for (const id of profileIds) this.known.delete(id);
  }

  /** Every profile of a person (a password reset ends all their sign-ins). */
  forgetUser(userId: string): void {
    this.forgettings++;
    for (const [id, known] of this.known) if (known.userId === userId) this.known.delete(id);
  }

  private forgetAll(): void {
    this.forgettings++;
    this.known.clear();
  }

  private remember(profileId: string, known: Known): void {
    if (this.known.size >= MAX_REMEMBERED) this.known.delete(this.known.keys().next().value!);
    this.known.set(profileId, known);
  }
}
