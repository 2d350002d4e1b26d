// A Prisma `where` filter tested against a row already loaded: true or false when the row holds
// every field the filter reads, undefined when it does not (then the database must answer). The
// grammar and meaning are those of where-sql.ts; test/policy.test.ts holds the two to each other.
import { modelNamed } from './datamodel.ts';

type Where = Record<string, unknown>;
type Row = Record<string, unknown>;
type Tri = boolean | undefined;

function equal(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return new Date(a as Date).getTime() === new Date(b as Date).getTime();
  if (typeof a === 'bigint' || typeof b === 'bigint') return String(a) === String(b);
  return a === b;
}

/** SQL's three-valued AND, OR and NOT, with undefined as "cannot tell from this row". */
const all = (results: Tri[]): Tri => (results.includes(false) ? false : results.includes(undefined) ? undefined : true);
const any = (results: Tri[]): Tri => (results.includes(true) ? true : results.includes(undefined) ? undefined : false);
const not = (result: Tri): Tri => (result === undefined ? undefined : !result);
const list = (v: unknown) => (Array.isArray(v) ? v : [v]) as Where[];

const isOperators = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && !Array.isArray(v);

function scalar(actual: unknown, condition: unknown): Tri {
  if (condition === null) return actual === null;
  if (!isOperators(condition)) return actual !== null && equal(actual, condition);
  const { mode, ...operators } = condition;
  if (mode !== undefined && mode !== 'default') return undefined;
  return all(
    Object.entries(operators).map(([operator, operand]): Tri => {
      if (operand === undefined) return true;
      if (operator === 'equals') return scalar(actual, operand);
      if (operator === 'not')
        return operand === null ? actual !== null : actual !== null && not(scalar(actual, operand));
      if (operator === 'in') return actual !== null && (operand as unknown[]).some((o) => equal(actual, o));
      if (operator === 'notIn') return actual !== null && !(operand as unknown[]).some((o) => equal(actual, o));
      return undefined;
    }),
  );
}

/** Whether `row` of `model` matches `where` (undefined: the row lacks something the filter reads). */
export function matchesRow(model: string, where: Where | null | undefined, row: Row): Tri {
  if (!where) return true;
  const fields = modelNamed(model).fields;
  return all(
    Object.entries(where).map(([key, condition]): Tri => {
      if (condition === undefined) return true;
      if (key === 'AND') return all(list(condition).map((w) => matchesRow(model, w, row)));
      // As Prisma reads them (where-sql.ts): an empty OR, or NOT {}, is no condition.
      if (key === 'OR')
        return list(condition).length ? any(list(condition).map((w) => matchesRow(model, w, row))) : true;
      if (key === 'NOT') {
        return all(list(condition).map((w) => (Object.keys(w).length ? not(matchesRow(model, w, row)) : true)));
      }
      const field = fields.get(key);
      if (!field || !(key in row)) return undefined;
      if (field.kind !== 'object') return scalar(row[key], condition);
      // A to-one relation loaded with the row: filter its row (a list, or an is/isNot, goes to the database).
      const related = row[key] as Row | null;
      if (field.isList || !isOperators(condition) || 'is' in condition || 'isNot' in condition) return undefined;
      return related !== null && matchesRow(field.type, condition, related);
    }),
  );
}
