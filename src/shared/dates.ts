// Calendar dates (the Date scalar and @db.Date columns) as a JS Date at midnight UTC. "Today" is
// always the company's (its time zone: companyToday in companies/service.ts, or PostgreSQL's
// `now() AT TIME ZONE`); the UTC date here serves only the demo data and tests.

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
/** Periods named relative to today, reckoned in the company's time zone. */
export const RELATIVE_PERIODS = [
  'THIS_MONTH',
  'LAST_MONTH',
  'THIS_QUARTER',
  'LAST_QUARTER',
  'YEAR_TO_DATE',
  'LAST_12_MONTHS',
] as const;
export type RelativePeriod = (typeof RELATIVE_PERIODS)[number];

/** Calendar dates, both included. */
export interface DateSpan {
  from: Date;
  to: Date;
}

const day = (year: number, month: number, date = 1) => new Date(Date.UTC(year, month, date));

/**
 * The days of `period` when today is `today`: a period still running ends today (THIS_MONTH,
 * THIS_QUARTER, YEAR_TO_DATE, LAST_12_MONTHS: this month and the eleven before it), a past one on
 * its last day (LAST_MONTH, LAST_QUARTER).
 */
export function periodDates(period: RelativePeriod, today: Date): DateSpan {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  const quarter = month - (month % 3);
  switch (period) {
    case 'THIS_MONTH':
      return { from: day(year, month), to: today };
    case 'LAST_MONTH':
      return { from: day(year, month - 1), to: day(year, month, 0) };
    case 'THIS_QUARTER':
      return { from: day(year, quarter), to: today };
    case 'LAST_QUARTER':
      return { from: day(year, quarter - 3), to: day(year, quarter, 0) };
    case 'YEAR_TO_DATE':
      return { from: day(year, 0), to: today };
    case 'LAST_12_MONTHS':
      return { from: day(year, month - 11), to: today };
  }
}
