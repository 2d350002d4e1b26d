// Calendar dates (the Date scalar and @db.Date columns) as a JS Date at midnight UTC. Read-time
// states reckon with the UTC date; the latest date a ledger entry may carry, and insights, use the
// company's time zone (companyToday in companies/service.ts, and PostgreSQL).

const DAY_MS = 86_400_000;

export const today = (now = new Date()): Date =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

/** `2026-12-01`. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `12 February 2026`, as documents print a date (the same in every locale). */
export const longDate = (date: Date) => `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
