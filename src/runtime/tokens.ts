// Signed bearer tokens (JWT, HS256, via jose). A token names the viewer and the token generation of
// their profile; every request checks both against the database (or a cache the database keeps
// current: see viewer-check.ts).
import { webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify, errors, type JWTPayload } from 'jose';
import { ROLES, type Role, type Viewer } from '../policy/roles.ts';

export interface TokenClaims extends Viewer {
  /** The profile's token generation when issued (archiving or a password reset moves it on). */
  generation: number;
}

/** Claims of a verified token, with its expiry (epoch milliseconds). */
export interface VerifiedClaims extends TokenClaims {
  expiresAt: number;
}

const ISSUER = 'estate-api';
// Audiences keep the two kinds of token apart: an invitation can never act as a bearer token.
const API = 'api';
const SET_PASSWORD = 'set-password';
const INVITATION_TTL_SECONDS = 7 * 24 * 3600;
/** Verified tokens remembered (a verification is an HMAC; a hit is a map lookup). */
const VERIFIED_CACHE_SIZE = 10_000;

export interface InvitationClaims {
  userId: string;
  companyId: string;
  /** The credential's updatedAt when issued: once the password is set or reset, it is void. */
  version: string;
}

export class Tokens {
  /** Imported once: jose would import raw key bytes again on every sign and verify. */
  private readonly key: Promise<webcrypto.CryptoKey>;
  private readonly verified = new Map<string, VerifiedClaims>();

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = webcrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
  }

  sign(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    return this.issue(
      { cid: claims.companyId, role: claims.role, pid: claims.profileId, gen: claims.generation },
      claims.userId,
      API,
      this.ttlSeconds,
    );
  }

  signInvitation(claims: InvitationClaims): Promise<{ token: string; expiresAt: Date }> {
    return this.issue(
      { cid: claims.companyId, ver: claims.version },
      claims.userId,
      SET_PASSWORD,
      INVITATION_TTL_SECONDS,
    );
  }

  async verifyInvitation(token: string): Promise<InvitationClaims | null> {
    try {
      const { payload } = await jwtVerify(token, await this.key, {
        issuer: ISSUER,
        audience: SET_PASSWORD,
        algorithms: ['HS256'],
      });
      const { sub, cid, ver } = payload;
      if (typeof sub !== 'string' || typeof cid !== 'string' || typeof ver !== 'string') return null;
      return { userId: sub, companyId: cid, version: ver };
    } catch {
      return null;
    }
  }

  /** The claims of a valid token; 'expired' or 'invalid' otherwise. */
  async verify(token: string): Promise<VerifiedClaims | 'expired' | 'invalid'> {
    const known = this.verified.get(token);
    if (known) return known.expiresAt > Date.now() ? known : 'expired';
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.key, { issuer: ISSUER, audience: API, algorithms: ['HS256'] }));
    } catch (error) {
      return error instanceof errors.JWTExpired ? 'expired' : 'invalid';
    }
    const { sub, cid, role, pid, gen, exp } = payload;
    if (typeof sub !== 'string' || typeof cid !== 'string' || typeof pid !== 'string' || !ROLES.includes(role as Role))
      return 'invalid';
    if (!Number.isSafeInteger(gen) || typeof exp !== 'number') return 'invalid';
    const claims: VerifiedClaims = {
      userId: sub,
      companyId: cid,
      role: role as Role,
      profileId: pid,
      generation: gen as number,
      expiresAt: exp * 1000,
    };
    this.remember(token, claims);
    return claims;
  }

  private remember(token: string, claims: VerifiedClaims): void {
    // A Map keeps insertion order: when full, the oldest goes first.
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, claims);
  }

  private async issue(
    claims: JWTPayload,
    subject: string,
    audience: string,
    ttlSeconds: number,
  ): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await this.key);
    return { token, expiresAt };
  }
}
