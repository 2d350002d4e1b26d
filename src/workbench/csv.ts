// A table as CSV, as the server's exports write it: RFC 4180, CRLF, a byte-order mark so spreadsheet
// programs read UTF-8, and text that a spreadsheet would run as a formula behind an apostrophe.
import type { Cell, Table } from './tables.ts';

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: Cell | undefined): string {
  if (value == null) return '';
  let text = String(value);
  if (typeof value === 'string' && !NUMBER.test(value) && FORMULA.test(value)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Pick<Table, 'columns' | 'rows'>): string {
  const lines = [table.columns.map(csvCell).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((column) => csvCell(row[column])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
