// Webhook signatures: HMAC-SHA256 over "<timestamp>.<body>" with the endpoint's secret. The
// timestamp is signed too, so a receiver that refuses old timestamps (5 minutes is usual) refuses
// a replayed request. README "Webhooks" shows the receiver's side.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-estate-signature';
export const TIMESTAMP_HEADER = 'x-estate-timestamp';
export const EVENT_ID_HEADER = 'x-estate-event-id';
export const EVENT_TYPE_HEADER = 'x-estate-event-type';

export const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

export const sign = (secret: string, timestamp: number, body: string) =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** Whether `signature` signs `body` at `timestamp` with `secret`, within `toleranceSeconds` of `now`. */
export function verify(
  secret: string,
  timestamp: number,
  body: string,
  signature: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
