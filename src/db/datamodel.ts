// The Prisma models as SQL needs them: each field's kind and type, and for each relation the
// columns that join its two tables. Read from the datamodel `prisma generate` writes for Pothos
// (field names are column names: the schema maps none). test/datamodel.test.ts checks every join
// against the foreign keys PostgreSQL holds.
import { getDatamodel } from '../generated/pothos-types.ts';

export interface ScalarField {
  kind: 'scalar' | 'enum';
  name: string;
  /** Prisma's type: String, Int, BigInt, Boolean, DateTime, or an enum's name. */
  type: string;
  isList: boolean;
  isRequired: boolean;
}

export interface RelationField {
  kind: 'object';
  name: string;
  /** The related model. */
  type: string;
  isList: boolean;
  isRequired: boolean;
  /** Column pairs [this table's, the related table's] that join a row to its related rows. */
  joins: readonly (readonly [string, string])[];
}

export type Field = ScalarField | RelationField;

export interface Model {
  name: string;
  fields: ReadonlyMap<string, Field>;
  /** The primary key's columns ((companyId, id) for a tenant table). */
  primaryKey: readonly string[];
}

type RawField = {
  kind: string;
  name: string;
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  relationName?: string;
  relationFromFields?: readonly string[];
};

function build(): Map<string, Model> {
  const raw = getDatamodel().datamodel.models as Record<
    string,
    { fields: readonly RawField[]; primaryKey: { fields: readonly string[] } | null }
  >;
  const primaryKey = (name: string) =>
    raw[name].primaryKey?.fields ?? raw[name].fields.filter((f) => f.isId).map((f) => f.name);
  // The owning side of a relation names its columns; the key it points at is the target's primary
  // key (every reference in the schema is to one).
  const owned = (model: string, field: RawField) => {
    const from = field.relationFromFields ?? [];
    const to = primaryKey(field.type);
    if (from.length !== to.length) throw new Error(`${model}.${field.name}: cannot tell the columns it joins on`);
    return from.map((column, i) => [column, to[i]] as const);
  };
  const models = new Map<string, Model>();
  for (const [name, model] of Object.entries(raw)) {
    const fields = new Map<string, Field>();
    for (const field of model.fields) {
      const { kind, type, isList, isRequired } = field;
      if (kind !== 'object') {
        fields.set(field.name, { kind: kind as 'scalar' | 'enum', name: field.name, type, isList, isRequired });
        continue;
      }
      let joins: (readonly [string, string])[];
      if (field.relationFromFields?.length) joins = owned(name, field);
      else {
        // The other side owns it: the field of the related model with the same relation name that
        // names columns (for a relation of a model with itself, the other of the pair).
        const other = raw[type].fields.find(
          (f) => f.relationName === field.relationName && f.relationFromFields?.length && f !== field,
        );
        if (!other) throw new Error(`${name}.${field.name}: no owning side for relation ${field.relationName}`);
        joins = owned(type, other).map(([theirs, ours]) => [ours, theirs] as const);
      }
      fields.set(field.name, { kind: 'object', name: field.name, type, isList, isRequired, joins });
    }
    models.set(name, { name, fields, primaryKey: primaryKey(name) });
  }
  return models;
}

let models: Map<string, Model> | undefined;

export function modelNamed(name: string): Model {
  models ??= build();
  const model = models.get(name);
  if (!model) throw new Error(`no model ${name}`);
  return model;
}

export const allModels = (): Model[] => {
  models ??= build();
  return [...models.values()];
};
