// Input rules shared by mutations; each failure is a BAD_USER_INPUT naming the field.
import { badInput } from './errors.ts';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;

// Pragmatic address check: one @, no spaces, a dot in the domain; the mailbox decides the rest.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
// E.164-ish: optional +, 7 to 15 digits, spaces, dashes, dots and brackets allowed between.
const PHONE_CHARS = /^\+?[0-9 ()\-.]+$/;

export function email(field: string, value: string): string {
  const v = value.trim().toLowerCase();
  if (v.length > 254 || !EMAIL.test(v)) throw badInput(field, 'Enter a valid email address.');
  return v;
}

export function text(field: string, value: string, max: number, { min = 1 } = {}): string {
  const v = value.trim();
  if (v.length < min) throw badInput(field, min === 1 ? 'This cannot be empty.' : `Use at least ${min} characters.`);
  if (v.length > max) throw badInput(field, `Use at most ${max} characters.`);
  return v;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value == null || value.trim() === '') return null;
  return text(field, value, max);
}

/** Normalised to "+digits" or "digits". */
export function phone(field: string, value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  const v = value.trim();
  const digits = v.replace(/\D/g, '');
  if (!PHONE_CHARS.test(v) || digits.length < 7 || digits.length > 15) throw badInput(field, 'Enter a valid phone number (7 to 15 digits).');
  return (v.startsWith('+') ? '+' : '') + digits;
}

export function password(field: string, value: string): string {
  if (value.length < PASSWORD_MIN_LENGTH) throw badInput(field, `Use at least ${PASSWORD_MIN_LENGTH} characters.`);
  if (value.length > PASSWORD_MAX_LENGTH) throw badInput(field, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);
  return value;
}

const CURRENCY = /^[A-Z]{3}$/;

/** An ISO 4217 code, upper-cased. */
export function currency(field: string, value: string): string {
  const v = value.trim().toUpperCase();
  if (!CURRENCY.test(v)) throw badInput(field, 'Use a 3-letter ISO 4217 code such as NGN.');
  return v;
}

/** Money in minor units: a whole number from 1 to 10^15. */
export function amount(field: string, value: bigint): bigint {
  if (value < 1n || value > 10n ** 15n) throw badInput(field, 'The amount is 1 to 10^15 minor units.');
  return value;
}

/** A calendar date that is not after `latest` (today, for things that have happened). */
export function notAfter(field: string, value: Date, latest: Date, message = 'This date is in the future.'): Date {
  if (value.getTime() > latest.getTime()) throw badInput(field, message);
  return value;
}
