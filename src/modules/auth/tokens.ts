// Signed bearer tokens (JWT, HS256, via jose). The token names the viewer; every request then
// re-checks that the membership or profile it names is still active.
import { SignJWT, jwtVerify, errors } from 'jose';
import { ROLES, type Role, type Viewer } from '../../policy/roles.ts';

/** A token names a viewer; each request checks that viewer against the database. */
export type TokenClaims = Viewer;

/** Claims of a verified token, with its expiry (epoch milliseconds). */
export interface VerifiedClaims extends TokenClaims {
  expiresAt: number;
}

const ISSUER = 'estate-api';
// Audiences keep the two kinds of token apart: an invitation can never act as a bearer token.
const API = 'api';
const SET_PASSWORD = 'set-password';
const INVITATION_TTL_SECONDS = 7 * 24 * 3600;

export interface InvitationClaims {
  userId: string;
  companyId: string;
  /** The credential's updatedAt when issued: once the password is set or reset, it is void. */
  version: string;
}

export class Tokens {
  private readonly key: Uint8Array;
  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ cid: claims.companyId, role: claims.role, pid: claims.profileId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(API)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async signInvitation(claims: InvitationClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + INVITATION_TTL_SECONDS * 1000);
    const token = await new SignJWT({ cid: claims.companyId, ver: claims.version })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(SET_PASSWORD)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async verifyInvitation(token: string): Promise<InvitationClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: SET_PASSWORD, algorithms: ['HS256'] });
      const { sub, cid, ver } = payload;
      if (typeof sub !== 'string' || typeof cid !== 'string' || typeof ver !== 'string') return null;
      return { userId: sub, companyId: cid, version: ver };
    } catch {
      return null;
    }
  }

  /** The claims of a valid token; 'expired' or 'invalid' otherwise. */
  async verify(token: string): Promise<VerifiedClaims | 'expired' | 'invalid'> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: API, algorithms: ['HS256'] });
      const { sub, cid, role, pid, exp } = payload;
      if (typeof sub !== 'string' || typeof cid !== 'string' || typeof pid !== 'string' || !ROLES.includes(role as Role) || typeof exp !== 'number') return 'invalid';
      return { userId: sub, companyId: cid, role: role as Role, profileId: pid, expiresAt: exp * 1000 };
    } catch (error) {
      return error instanceof errors.JWTExpired ? 'expired' : 'invalid';
    }
  }
}
