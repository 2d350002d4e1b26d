// What the chart draws from a GraphQL result. Any list of objects with numbers can be drawn: time
// buckets (rows with a `start` date, as every time-series insight gives) along a time axis, other
// lists (plot stock per estate, a leaderboard) one bar per row. A number field is one series; money
// (a list of amounts per currency, or one Money) is one series per currency, never added across
// currencies; a row's `groups` (an insight asked `by:`) become stacked series, one chart per
// currency for money.
import { isMoneyList, listRows } from './tables.ts';

type Json = unknown;
type JsonObject = Record<string, Json>;
const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const NUMBER = /^-?\d+(\.\d+)?$/;
const numeric = (v: Json): v is number | string =>
  (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && NUMBER.test(v));

export interface Measure {
  /** The row's field. */
  field: string;
  /** For money: the amount's field inside it (`amount`, `outstandingMinor`); null for a plain number. */
  amount: string | null;
  label: string;
  /** Every plain number of the row at once, side by side. */
  every?: boolean;
}

export interface ChartSource {
  /** Response keys, dotted (`insights.sales`). */
  label: string;
  /** Bucket start dates (`YYYY-MM-DD`) for time buckets, else null. */
  starts: string[] | null;
  /** One per row: a bucket's start, or the row's name. */
  labels: string[];
  measures: Measure[];
  rows: JsonObject[];
}

export interface Series {
  name: string;
  values: number[];
}

export interface Chart {
  title: string;
  series: Series[];
  stacked: boolean;
}

/** Money per currency in a field: a list of per-currency objects, or one object with a currency. */
function moneyItems(v: Json): JsonObject[] | null {
  if (isMoneyList(v)) return v;
  if (isObject(v) && typeof v.currency === 'string') return [v];
  return null;
}

/** The measures of one row: its plain numbers, and each amount field of its money. */
function measuresOf(row: JsonObject): Measure[] {
  const measures: Measure[] = [];
  for (const [field, v] of Object.entries(row)) {
    if (field === 'id' || field === 'seq') continue;
    if (numeric(v)) measures.push({ field, amount: null, label: field });
    const money = moneyItems(v);
    if (!money) continue;
    const keys = Object.keys(money[0]).filter((k) => k !== 'currency' && numeric(money[0][k]));
    // Money's `amount` (major units) stands for its `amountMinor`.
    for (const amount of keys.includes('amount') ? ['amount'] : keys)
      measures.push({ field, amount, label: amount === 'amount' ? field : `${field}.${amount}` });
  }
  return measures;
}

/** A row's name when it is no time bucket: its own name, a nested object's (a client's), or its first text. */
function rowLabel(row: JsonObject, index: number): string {
  const PREFERRED = ['name', 'fullName', 'uid', 'number', 'label', 'band', 'method'];
  for (const key of PREFERRED) if (typeof row[key] === 'string') return row[key] as string;
  for (const v of Object.values(row))
    if (isObject(v)) for (const key of PREFERRED) if (typeof v[key] === 'string') return v[key] as string;
  for (const [key, v] of Object.entries(row)) if (key !== 'id' && typeof v === 'string') return v;
  return String(index + 1);
}

/** Every list in `data` that has something to draw, outermost first (lists inside rows are not). */
export function chartSources(data: Json): ChartSource[] {
  const found: ChartSource[] = [];
  const visit = (v: Json, label: string) => {
    const rows = listRows(v);
    if (rows?.length) {
      const measures = measuresOf(rows[0]);
      if (measures.filter((m) => !m.amount).length > 1)
        measures.unshift({ field: '', amount: null, label: 'every number', every: true });
      const time = rows.every((r) => typeof r.start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.start));
      const starts = time ? rows.map((r) => r.start as string) : null;
      if (measures.length) found.push({ label, starts, labels: starts ?? rows.map(rowLabel), measures, rows });
      return;
    }
    if (isObject(v)) for (const [key, child] of Object.entries(v)) visit(child, label ? `${label}.${key}` : key);
  };
  visit(data, '');
  return found;
}

const value = (v: Json): number => (numeric(v) ? Number(v) : 0);

/** The amount of `measure` in `currency` on an object (a row or a group). */
function amountIn(item: JsonObject, measure: Measure, currency: string): number {
  const entry = moneyItems(item[measure.field])?.find((m) => m.currency === currency);
  return entry ? value(entry[measure.amount!]) : 0;
}

const currenciesOf = (items: JsonObject[], field: string): string[] =>
  [...new Set(items.flatMap((item) => (moneyItems(item[field]) ?? []).map((m) => m.currency as string)))].sort();

/** A row's groups (from `by:`), by name. */
function groupsOf(row: JsonObject): { name: string; item: JsonObject }[] {
  if (!Array.isArray(row.groups)) return [];
  return row.groups.filter(isObject).map((item) => {
    const group = isObject(item.group) ? item.group : {};
    const name = [group.name, group.uid, group.id].find((x) => typeof x === 'string') as string | undefined;
    return { name: name ?? 'Other', item };
  });
}

/** The charts of one measure of a source. */
export function chartsFor(source: ChartSource, measure: Measure): Chart[] {
  const { rows } = source;
  if (measure.every) {
    const fields = measuresOf(rows[0]).filter((m) => !m.amount);
    return [
      {
        title: fields.map((m) => m.label).join(', '),
        stacked: false,
        series: fields.map((m) => ({ name: m.label, values: rows.map((r) => value(r[m.field])) })),
      },
    ];
  }
  const grouped = rows.some((r) => groupsOf(r).some(({ item }) => measure.field in item));
  const names = grouped ? [...new Set(rows.flatMap((r) => groupsOf(r).map((g) => g.name)))] : [];
  const byGroup = (read: (item: JsonObject) => number): Series[] =>
    names.map((name) => ({
      name,
      values: rows.map((r) =>
        groupsOf(r)
          .filter((g) => g.name === name)
          .reduce((sum, g) => sum + read(g.item), 0),
      ),
    }));
  if (!measure.amount) {
    if (grouped)
      return [{ title: measure.label, stacked: true, series: byGroup((item) => value(item[measure.field])) }];
    return [
      {
        title: measure.label,
        stacked: false,
        series: [{ name: measure.label, values: rows.map((r) => value(r[measure.field])) }],
      },
    ];
  }
  if (grouped) {
    const groupItems = rows.flatMap((r) => groupsOf(r).map((g) => g.item));
    return currenciesOf(groupItems, measure.field).map((currency) => ({
      title: `${measure.label} in ${currency}`,
      stacked: true,
      series: byGroup((item) => amountIn(item, measure, currency)),
    }));
  }
  return [
    {
      title: measure.label,
      stacked: false,
      series: currenciesOf(rows, measure.field).map((currency) => ({
        name: currency,
        values: rows.map((r) => amountIn(r, measure, currency)),
      })),
    },
  ];
}

export type Bucket = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The bucket size of consecutive starts (null with fewer than two). */
export function bucketOf(starts: string[]): Bucket | null {
  if (starts.length < 2) return null;
  const days = (Date.parse(starts[1]) - Date.parse(starts[0])) / 86_400_000;
  if (days <= 1) return 'DAY';
  if (days <= 7) return 'WEEK';
  if (days <= 31) return 'MONTH';
  if (days <= 92) return 'QUARTER';
  return 'YEAR';
}

/** Axis labels of bucket starts: `3 Mar 26` (days, weeks), `Mar 2026`, `2026 Q1`, `2026`. */
export function timeLabels(starts: string[], bucket: Bucket | null): string[] {
  return starts.map((start) => {
    const [year, month, day] = start.split('-').map(Number);
    if (bucket === 'YEAR') return String(year);
    if (bucket === 'QUARTER') return `${year} Q${Math.floor((month - 1) / 3) + 1}`;
    if (bucket === 'MONTH') return `${MONTHS[month - 1]} ${year}`;
    return `${day} ${MONTHS[month - 1]} ${String(year).slice(2)}`;
  });
}

const BUCKET_NAMES: Record<Bucket, string> = {
  DAY: 'Day',
  WEEK: 'Week from Monday',
  MONTH: 'Month',
  QUARTER: 'Quarter',
  YEAR: 'Year',
};

/** The time axis's title: the bucket, and the time zone the buckets are reckoned in. */
export function timeAxisTitle(bucket: Bucket | null, timeZone: string | null): string {
  const what = bucket ? BUCKET_NAMES[bucket] : 'Period from';
  return `${what} · ${timeZone ? `company time zone ${timeZone}` : 'company time zone (sign in to see it)'}`;
}
