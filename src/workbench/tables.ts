// Every list in a GraphQL result as a flat table: arrays of objects, and connections (their
// edges' nodes). Nested objects become dotted columns (`marketer.name`); money per currency (a list
// of objects with a `currency` and scalars only) becomes a column per currency (`amounts.NGN`), or
// per currency and field (`totals.NGN.overdueMinor`); a list inside a list's rows is a table of its own, one row per inner item
// beside its outer row's columns (`insights.sales[].groups`: each group with its bucket's `sales.start`).
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Table {
  /** Where it is in the result: response keys, `[]` after each list passed through. */
  label: string;
  /** Response keys from `data` to the list, for a list not inside another list. */
  path: string[] | null;
  columns: string[];
  rows: Row[];
}

type Json = unknown;
type JsonObject = Record<string, Json>;
const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: Json): v is Cell => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** Money per currency: objects with a string `currency` and nothing but scalars. */
export const isMoneyList = (v: Json): v is JsonObject[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((item) => isObject(item) && typeof item.currency === 'string' && Object.values(item).every(isScalar));

/** The rows of a list value: an array of objects, or a connection's edges' nodes; null otherwise. */
export function listRows(v: Json): JsonObject[] | null {
  if (isObject(v) && Array.isArray(v.edges) && v.edges.every((e) => isObject(e) && 'node' in e))
    return v.edges.map((e) => (e as JsonObject).node).filter(isObject);
  if (Array.isArray(v) && v.every(isObject)) return v;
  return null;
}

const SKIPPED = new Set(['__typename', 'cursor', 'pageInfo']);

/** A row's own columns: scalars, nested objects dotted, lists of scalars joined, money per currency pivoted. */
export function flatten(value: JsonObject, prefix = '', into: Row = {}): Row {
  for (const [key, v] of Object.entries(value)) {
    if (SKIPPED.has(key)) continue;
    const name = prefix + key;
    if (isScalar(v)) into[name] = v;
    else if (isMoneyList(v))
      for (const { currency, ...fields } of v) {
        const keys = Object.keys(fields);
        // One amount per currency: `amounts.NGN`; several: `totals.NGN.outstandingMinor`, …
        if (keys.length === 1) into[`${name}.${currency as string}`] = fields[keys[0]] as Cell;
        else flatten(fields, `${name}.${currency as string}.`, into);
      }
    else if (Array.isArray(v) && v.length && v.every(isScalar)) into[name] = v.join(', ');
    else if (isObject(v) && !listRows(v)) flatten(v, `${name}.`, into);
    // Other lists are tables of their own.
  }
  return into;
}

const prefixed = (row: Row, prefix: string): Row =>
  Object.fromEntries(Object.entries(row).map(([key, cell]) => [prefix + key, cell]));

/** Every table in `data`, each outer list before the lists inside its rows. */
export function tables(data: Json): Table[] {
  const found = new Map<string, Table>();
  const visit = (v: Json, keys: string[], label: string, context: Row | null) => {
    const rows = context && isMoneyList(v) ? null : listRows(v);
    if (rows) {
      // An empty list inside rows (a bucket without groups) makes no table; an empty outer list does.
      if (!found.has(label) && (rows.length || !context))
        found.set(label, { label, path: context ? null : keys, columns: [], rows: [] });
      const table = found.get(label);
      if (!table) return;
      for (const item of rows) {
        const own = flatten(item);
        table.rows.push({ ...context, ...own });
        const inner = { ...context, ...prefixed(own, `${keys[keys.length - 1] ?? 'row'}.`) };
        for (const [key, child] of Object.entries(item)) visit(child, [...keys, key], `${label}[].${key}`, inner);
      }
      return;
    }
    if (isObject(v))
      for (const [key, child] of Object.entries(v))
        visit(child, [...keys, key], label ? `${label}.${key}` : key, context);
  };
  visit(data, [], '', null);
  for (const table of found.values()) table.columns = columnsOf(table.rows);
  return [...found.values()];
}

/** Columns in first-seen order across the rows; a null object (`marketer`) is the empty cells of its fields (`marketer.uid`). */
function columnsOf(rows: Row[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  const columns: string[] = [];
  for (const column of seen) {
    const fields = [...seen].filter((other) => other.startsWith(`${column}.`));
    for (const c of fields.length ? fields : [column]) if (!columns.includes(c)) columns.push(c);
  }
  return columns;
}
