// Links to documents, signed with keys of their own (derived from DOCUMENT_SECRET, else from the
// auth secret), so neither kind of link can stand in for a sign-in token or for the other:
//
// - A download link (`/documents/<token>`) is a short-lived JWT naming the document and the viewer
//   it was issued to. Whoever opens it needs no Authorization header; the server checks the
//   signature, the expiry, that the viewer's sign-in is still good, and what that viewer may see now.
// - A verification token (`/verify/<token>`) is printed on a receipt, so it is short and never
//   expires: version, company id and payment id (16 bytes each) and a 128-bit HMAC, in base64url.
//   The same receipt always gets the same token, so a receipt renders to the same bytes every time.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { ROLES, type Role } from '../policy/roles.ts';
import type { TokenClaims, VerifiedClaims } from './tokens.ts';

export const DOCUMENT_KINDS = ['receipt', 'statement', 'allocation-letter'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What a download link names: a document of the company, as of a day (statements). */
export interface DocumentRef {
  kind: DocumentKind;
  /** The payment, client or plot. */
  id: string;
  /** Statements: the day states and overdue amounts are reckoned for (YYYY-MM-DD). */
  asOf?: string;
}

/** A verified download link: the document and the viewer it was issued to. */
export interface DownloadClaims extends DocumentRef {
  viewer: VerifiedClaims;
}

const ISSUER = 'estate-api';
const AUDIENCE = 'document';
const VERIFICATION_VERSION = 1;
const MAC_BYTES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const derive = (secret: string, purpose: string) =>
  Buffer.from(hkdfSync('sha256', secret, 'estate-api documents', purpose, 32));

const uuidBytes = (id: string) => Buffer.from(id.replaceAll('-', ''), 'hex');
const uuidText = (bytes: Buffer) =>
  bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

export class DocumentLinks {
  private readonly downloadKey: Buffer;
  private readonly verificationKey: Buffer;

  /** `base`: the API's public URL (PUBLIC_URL), without a trailing slash. */
  constructor(
    secret: string,
    readonly base: string,
    private readonly ttlSeconds: number,
  ) {
    this.downloadKey = derive(secret, 'download links');
    this.verificationKey = derive(secret, 'receipt verification');
  }

  /** A download link for `viewer` (a checked token's claims), valid for the configured time from `now`. */
  async download(ref: DocumentRef, viewer: TokenClaims, now = Date.now()): Promise<string> {
    const token = await new SignJWT({
      doc: ref.kind,
      id: ref.id,
      ...(ref.asOf ? { asOf: ref.asOf } : {}),
      cid: viewer.companyId,
      role: viewer.role,
      pid: viewer.profileId,
      gen: viewer.generation,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(viewer.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(now / 1000) + this.ttlSeconds)
      .sign(this.downloadKey);
    return `${this.base}/documents/${token}`;
  }

  /** The claims of a download token, or why there are none. */
  async openDownload(token: string): Promise<DownloadClaims | 'expired' | 'invalid'> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.downloadKey, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      }));
    } catch (error) {
      return error instanceof errors.JWTExpired ? 'expired' : 'invalid';
    }
    const { doc, id, asOf, cid, role, pid, gen, sub, exp } = payload;
    if (!DOCUMENT_KINDS.includes(doc as DocumentKind) || typeof id !== 'string' || !UUID.test(id)) return 'invalid';
    if (asOf !== undefined && (typeof asOf !== 'string' || !DAY.test(asOf))) return 'invalid';
    if (typeof cid !== 'string' || typeof pid !== 'string' || typeof sub !== 'string') return 'invalid';
    if (!ROLES.includes(role as Role) || !Number.isSafeInteger(gen) || typeof exp !== 'number') return 'invalid';
    return {
      kind: doc as DocumentKind,
      id,
      ...(asOf ? { asOf: asOf as string } : {}),
      viewer: {
        userId: sub,
        companyId: cid,
        role: role as Role,
        profileId: pid,
        generation: gen as number,
        expiresAt: exp * 1000,
      },
    };
  }

  /** The receipt's verification token: the same for the same receipt, always. */
  verificationToken(companyId: string, paymentId: string): string {
    const body = Buffer.concat([Buffer.from([VERIFICATION_VERSION]), uuidBytes(companyId), uuidBytes(paymentId)]);
    return Buffer.concat([body, this.mac(body)]).toString('base64url');
  }

  verificationUrl(companyId: string, paymentId: string): string {
    return `${this.base}/verify/${this.verificationToken(companyId, paymentId)}`;
  }

  /** The receipt a verification token names, or null for anything this server did not sign. */
  openVerification(token: string): { companyId: string; paymentId: string } | null {
    if (!/^[A-Za-z0-9_-]{66}$/.test(token)) return null;
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.length !== 33 + MAC_BYTES || bytes[0] !== VERIFICATION_VERSION) return null;
    const body = bytes.subarray(0, 33);
    if (!timingSafeEqual(this.mac(body), bytes.subarray(33))) return null;
    // The canonical encoding only: another spelling of the same bytes is not a token we issued.
    if (bytes.toString('base64url') !== token) return null;
    return { companyId: uuidText(body.subarray(1, 17)), paymentId: uuidText(body.subarray(17, 33)) };
  }

  private mac(body: Buffer): Buffer {
    return createHmac('sha256', this.verificationKey).update(body).digest().subarray(0, MAC_BYTES);
  }
}
