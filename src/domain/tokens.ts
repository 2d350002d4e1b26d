// Signed bearer tokens (JWT, HS256, via jose). The token names the viewer; every request then
// re-checks that the membership or profile it names is still active.
import { SignJWT, jwtVerify, errors } from 'jose';

export type Role = 'ADMIN' | 'ANALYST' | 'MARKETER' | 'CLIENT';
export const ROLES: readonly Role[] = ['ADMIN', 'ANALYST', 'MARKETER', 'CLIENT'];

export interface TokenClaims {
  userId: string;
  companyId: string;
  role: Role;
  /** CompanyMember id for staff, Marketer or Client id otherwise. */
  profileId: string;
}

const ISSUER = 'estate-api';

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
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The claims of a valid token; 'expired' or 'invalid' otherwise. */
  async verify(token: string): Promise<TokenClaims | 'expired' | 'invalid'> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const { sub, cid, role, pid } = payload;
      if (typeof sub !== 'string' || typeof cid !== 'string' || typeof pid !== 'string' || !ROLES.includes(role as Role)) return 'invalid';
      return { userId: sub, companyId: cid, role: role as Role, profileId: pid };
    } catch (error) {
      return error instanceof errors.JWTExpired ? 'expired' : 'invalid';
    }
  }
}
