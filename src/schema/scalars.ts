// Custom scalars: instants as RFC 3339 date-times with an offset, calendar dates as YYYY-MM-DD,
// money and other big integers as digit strings.
import { Kind, type ValueNode } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { badInput } from '../shared/errors.ts';
import type { RELATIVE_PERIODS } from '../shared/dates.ts';
import { builder } from './builder.ts';

const notDateTime = () =>
  badInput(
    'DateTime',
    'DateTime must be an RFC 3339 date-time with its offset, such as 2026-02-01T00:00:00+01:00 or 2026-02-01T09:30:00Z.',
  );

/** graphql-scalars' strict RFC 3339 check, its refusal as our BAD_USER_INPUT. */
function strictDateTime(parse: () => unknown): Date {
  try {
    const date = parse();
    if (date instanceof Date && !Number.isNaN(date.getTime())) return date;
  } catch {}
  throw notDateTime();
}

builder.scalarType('DateTime', {
  description:
    'An instant: an RFC 3339 date-time with its offset (`2026-02-01T09:30:00Z`, `2026-02-01T10:30:00+01:00`). Given in any offset, answered in UTC with milliseconds (`2026-02-01T09:30:00.000Z`). A date alone, a time without an offset or any other format is BAD_USER_INPUT.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value as string).toISOString()),
  parseValue: (value) =>
    strictDateTime(() => (typeof value === 'string' ? DateTimeResolver.parseValue(value) : undefined)),
  parseLiteral: (ast: ValueNode) =>
    strictDateTime(() => (ast.kind === Kind.STRING ? DateTimeResolver.parseLiteral(ast, {}) : undefined)),
});

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

builder.scalarType('Date', {
  description:
    "A calendar date, exactly `YYYY-MM-DD` (`2026-03-01`), with no time or time zone (sale, due and payment dates; a bucket's first day). Any other format, or a day the calendar lacks (`2026-02-30`), is BAD_USER_INPUT.",
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString().slice(0, 10),
  parseValue: (value) => {
    const match = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    // Date.UTC rolls 2026-02-30 over into March: a real date reads back the same.
    if (!date || date.toISOString().slice(0, 10) !== value)
      throw badInput('Date', 'Date must be a calendar date, YYYY-MM-DD.');
    return date;
  },
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw badInput('Date', 'Date must be a calendar date, YYYY-MM-DD.');
    const match = CALENDAR_DATE.exec(ast.value);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!date || date.toISOString().slice(0, 10) !== ast.value)
      throw badInput('Date', 'Date must be a calendar date, YYYY-MM-DD.');
    return date;
  },
});

export const RelativePeriodEnum = builder.enumType('RelativePeriod', {
  description: "A period named from today in the company's time zone (Company.timeZone). One still running ends today.",
  values: {
    THIS_MONTH: { description: 'From the first of this month to today.' },
    LAST_MONTH: { description: 'The whole of last month.' },
    THIS_QUARTER: { description: 'From the first day of this quarter (January, April, July, October) to today.' },
    LAST_QUARTER: { description: 'The whole of the quarter before this one.' },
    YEAR_TO_DATE: { description: 'From 1 January to today.' },
    LAST_12_MONTHS: { description: 'This month so far and the eleven before it.' },
  } as const satisfies Record<(typeof RELATIVE_PERIODS)[number], unknown>,
});

const WHOLE_NUMBER = /^-?\d{1,30}$/;
const notBigInt = () => badInput('BigInt', 'BigInt must be a whole number, given as a string of digits.');

builder.scalarType('BigInt', {
  description: 'A whole number of any size, as a string of digits (amounts in minor units).',
  serialize: (value) => BigInt(value).toString(),
  parseValue: (value) => {
    if (
      (typeof value === 'string' && WHOLE_NUMBER.test(value)) ||
      (typeof value === 'number' && Number.isSafeInteger(value))
    )
      return BigInt(value);
    throw notBigInt();
  },
  parseLiteral: (ast) => {
    if ((ast.kind === Kind.STRING || ast.kind === Kind.INT) && WHOLE_NUMBER.test(ast.value)) return BigInt(ast.value);
    throw notBigInt();
  },
});
