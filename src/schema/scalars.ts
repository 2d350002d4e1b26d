// Custom scalars: instants as ISO-8601 strings, calendar dates as YYYY-MM-DD, money and other big
// integers as digit strings.
import { Kind } from 'graphql';
import { badInput } from '../shared/errors.ts';
import { builder } from './builder.ts';

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value as string).toISOString()),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (typeof value !== 'string' || Number.isNaN(date.getTime()))
      throw badInput('DateTime', 'DateTime must be an ISO-8601 string.');
    return date;
  },
});

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD, with no time or time zone (due dates, payment dates).',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString().slice(0, 10),
  parseValue: (value) => {
    const match = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    // Date.UTC rolls 2026-02-30 over into March: a real date reads back the same.
    if (!date || date.toISOString().slice(0, 10) !== value)
      throw badInput('Date', 'Date must be a calendar date, YYYY-MM-DD.');
    return date;
  },
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
