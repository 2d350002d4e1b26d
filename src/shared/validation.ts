// Input rules shared by mutations. A rule on its own throws a BAD_USER_INPUT naming the field; an
// InputCheck runs an input's rules and reports every invalid field at once.
import { badInput, invalidInput, UserError, type FieldProblem } from './errors.ts';

/** A row id as PostgreSQL writes a uuid. */
export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

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
  if (!PHONE_CHARS.test(v) || digits.length < 7 || digits.length > 15)
    throw badInput(field, 'Enter a valid phone number (7 to 15 digits).');
  return (v.startsWith('+') ? '+' : '') + digits;
}

export function password(field: string, value: string): string {
  if (value.length < PASSWORD_MIN_LENGTH) throw badInput(field, `Use at least ${PASSWORD_MIN_LENGTH} characters.`);
  if (value.length > PASSWORD_MAX_LENGTH) throw badInput(field, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);
  return value;
}

/**
 * Checks the fields of one input and reports all their problems together. Each rule returns the
 * normalised value, or the value as given when it fails: call done() before using any of them.
 */
export class InputCheck {
  private readonly problems: FieldProblem[] = [];

  /** Notes `message` against `field` unless `ok`. */
  that(ok: boolean, field: string, message: string): void {
    if (!ok) this.problems.push({ field, message });
  }

  email(field: string, value: string): string {
    return this.run(value, () => email(field, value));
  }

  text(field: string, value: string, max: number, options?: { min?: number }): string {
    return this.run(value, () => text(field, value, max, options));
  }

  optionalText(field: string, value: string | null | undefined, max: number): string | null {
    return this.run(null, () => optionalText(field, value, max));
  }

  phone(field: string, value: string | null | undefined): string | null {
    return this.run(null, () => phone(field, value));
  }

  password(field: string, value: string): string {
    return this.run(value, () => password(field, value));
  }

  /** Throws one BAD_USER_INPUT listing every problem noted, if there is any. */
  done(): void {
    if (this.problems.length) throw invalidInput(this.problems);
  }

  /** What `rule` returns; a BAD_USER_INPUT it throws is noted instead, and `fallback` returned. */
  private run<T>(fallback: T, rule: () => T): T {
    try {
      return rule();
    } catch (error) {
      if (!(error instanceof UserError) || error.code !== 'BAD_USER_INPUT') throw error;
      this.that(false, String(error.extensions.field), error.message);
      return fallback;
    }
  }
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
