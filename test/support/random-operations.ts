// Random read operations generated from the schema itself: any root field of Query, arguments of
// every input type (values drawn from what the API has answered so far, and some that are
// wrong), selections up to a depth with aliases, inline and named fragments, variables and
// @skip/@include, connections asked only for totalCount or __typename. Seeded, so a failure can
// be replayed.
import {
  type GraphQLArgument,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isScalarType,
} from 'graphql';

/** mulberry32: a small, fast, seeded generator. */
export function randomSource(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}
export type Random = ReturnType<typeof randomSource>;

/** What answers so far have shown: global ids by type, cursors, UIDs, sale numbers, words. */
export class Pools {
  ids = new Map<string, Set<string>>();
  cursors = new Set<string>();
  words = new Set<string>(['a', 'Estate', 'sqm', 'LPL', '%', '_', 'Ẹ̀kọ́']);
  uids = new Set<string>();
  saleNumbers = new Set<string>();

  /** Collects from an answer's data. */
  learn(value: unknown, key = ''): void {
    if (Array.isArray(value)) for (const item of value) this.learn(item, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) this.learn(v, k);
    else if (typeof value === 'string') {
      if (key === 'cursor' || key.endsWith('Cursor')) this.cursors.add(value);
      else if (key === 'id') {
        const [type] = Buffer.from(value, 'base64').toString().split(':');
        if (!this.ids.has(type)) this.ids.set(type, new Set());
        this.ids.get(type)!.add(value);
      } else if (key === 'uid') this.uids.add(value);
      else if (key === 'number' && /-SAL\d+$/.test(value)) this.saleNumbers.add(value);
      else if (value.length < 40) for (const word of value.split(/\s+/)) if (word) this.words.add(word.slice(0, 6));
    }
  }

  anyId(random: Random, typename?: string): string {
    const pool = typename ? this.ids.get(typename) : new Set([...this.ids.values()].flatMap((s) => [...s]));
    if (pool?.size && random.chance(0.85)) return random.pick([...pool]);
    return random.pick([
      'bm90IGFuIGlk',
      Buffer.from(`${typename ?? 'Client'}:00000000-0000-4000-8000-000000000000`).toString('base64'),
    ]);
  }
}

const DATES = ['2025-12-31', '2026-01-10', '2026-02-01', '2026-03-01', '2026-06-30', '2027-01-01'];
const CONNECTION_PARTS = ['totalCount', 'pageInfo', 'edges', '__typename'] as const;

export class OperationGenerator {
  private fragments: string[] = [];
  private variableDefs: string[] = [];
  private variables: Record<string, unknown> = {};
  private counter = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly pools: Pools,
    private readonly maxDepth = 4,
  ) {}

  /** One query operation with one to three root fields. */
  operation(): { query: string; variables: Record<string, unknown> } {
    this.fragments = [];
    this.variableDefs = [];
    this.variables = {};
    this.counter = 0;
    const query = this.schema.getQueryType()!;
    const names = Object.keys(query.getFields());
    const roots = Array.from({ length: this.random.int(1, 3) }, () => this.field(query, this.random.pick(names), 0));
    if (this.random.chance(0.1)) roots.push('__typename');
    const defs = this.variableDefs.length ? `(${this.variableDefs.join(', ')})` : '';
    return {
      query: [`query Q${defs} { ${roots.join(' ')} }`, ...this.fragments].join('\n'),
      variables: this.variables,
    };
  }

  private name = (prefix: string) => `${prefix}${this.counter++}`;

  private field(parent: GraphQLObjectType, name: string, depth: number): string {
    const field = parent.getFields()[name];
    const alias = this.random.chance(0.2) ? `${this.name('a')}: ` : '';
    const args = this.args(field);
    const directive = this.random.chance(0.08) ? this.directive() : '';
    const type = getNamedType(field.type);
    if (isLeafType(type)) return `${alias}${name}${args}${directive}`;
    return `${alias}${name}${args}${directive} { ${this.selection(type as GraphQLObjectType, depth + 1)} }`;
  }

  private directive(): string {
    const variable = this.name('v');
    this.variableDefs.push(`$${variable}: Boolean!`);
    this.variables[variable] = this.random.chance(0.5);
    return ` @${this.random.pick(['skip', 'include'])}(if: $${variable})`;
  }

  /** A selection of `type`: leaves, and objects until maxDepth. */
  private selection(type: GraphQLObjectType, depth: number): string {
    if (isInterfaceType(type)) {
      const implementations = this.schema.getPossibleTypes(type).filter((t) => t.getInterfaces().length);
      const chosen = Array.from({ length: this.random.int(1, 3) }, () => this.random.pick(implementations));
      return ['id', ...chosen.map((t) => `... on ${t.name} { ${this.selection(t, depth)} }`)].join(' ');
    }
    const fields = type.getFields();
    if (fields.edges && fields.pageInfo) return this.connection(type, depth);
    const names = Object.keys(fields).filter((n) => depth < this.maxDepth || isLeafType(getNamedType(fields[n].type)));
    const leaves = names.filter((n) => isLeafType(getNamedType(fields[n].type)));
    const chosen = new Set(
      Array.from({ length: this.random.int(1, 5) }, () => this.random.pick(names.length ? names : ['__typename'])),
    );
    if (!chosen.size || ![...chosen].some((n) => leaves.includes(n)))
      chosen.add(leaves.length ? this.random.pick(leaves) : '__typename');
    const parts = [...chosen].map((n) => (n === '__typename' ? n : this.field(type, n, depth)));
    if (this.random.chance(0.15)) parts.push('__typename');
    return this.wrap(type, parts.join(' '));
  }

  /** Sometimes puts a selection in an inline or named fragment on its type. */
  private wrap(type: GraphQLObjectType, selection: string): string {
    if (this.random.chance(0.1)) return `... on ${type.name} { ${selection} }`;
    if (this.random.chance(0.08)) {
      const name = this.name('F');
      this.fragments.push(`fragment ${name} on ${type.name} { ${selection} }`);
      return `...${name}`;
    }
    return selection;
  }

  private connection(type: GraphQLObjectType, depth: number): string {
    const parts = new Set(Array.from({ length: this.random.int(1, 3) }, () => this.random.pick(CONNECTION_PARTS)));
    return [...parts]
      .map((part) => {
        if (part === 'pageInfo') return 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
        if (part !== 'edges') return part;
        const edge = getNamedType(type.getFields().edges.type) as GraphQLObjectType;
        const node = getNamedType(edge.getFields().node.type) as GraphQLObjectType;
        return `edges { ${this.random.chance(0.5) ? 'cursor ' : ''}node { ${this.selection(node, depth)} } }`;
      })
      .join(' ');
  }

  private args(field: GraphQLField<unknown, unknown>): string {
    const given = field.args
      .filter((arg) => arg.type instanceof GraphQLNonNull || this.random.chance(0.35))
      .map((arg) => `${arg.name}: ${this.argument(arg)}`);
    return given.length ? `(${given.join(', ')})` : '';
  }

  private argument(arg: GraphQLArgument): string {
    if ((arg.name === 'first' || arg.name === 'last') && this.random.chance(0.3)) {
      const variable = this.name('n');
      this.variableDefs.push(`$${variable}: Int`);
      this.variables[variable] = this.random.int(0, 4);
      return `$${variable}`;
    }
    return literal(this.value(arg.type, arg.name));
  }

  /** A value of `type` for an argument or input field called `name`. */
  private value(type: GraphQLInputType, name: string): unknown {
    const nullable = getNullableType(type) as GraphQLInputType;
    const r = this.random;
    if (nullable instanceof GraphQLList) {
      return Array.from({ length: r.int(0, 3) }, () => this.value(nullable.ofType, name));
    }
    if (nullable instanceof GraphQLInputObjectType) {
      const fields = Object.values(nullable.getFields()).filter(
        (f) => f.type instanceof GraphQLNonNull || r.chance(0.4),
      );
      return Object.fromEntries(fields.map((f) => [f.name, this.value(f.type, f.name)]));
    }
    if (isEnumType(nullable)) return { enum: r.pick(nullable.getValues()).name };
    if (!isScalarType(nullable)) return null;
    switch (nullable.name) {
      case 'Int':
        return name === 'first' || name === 'last' ? r.int(0, 4) : r.int(1, 5);
      case 'Boolean':
        return r.chance(0.5);
      case 'Date':
        return r.pick(DATES);
      case 'DateTime':
        return `${r.pick(DATES)}T${r.pick(['00:00:00Z', '12:30:00+01:00'])}`;
      case 'BigInt':
        return String(r.int(0, 2_000_000_000));
      case 'ID':
        if (name === 'after' || name === 'before') return this.cursor();
        return this.pools.anyId(r, idType(name));
      default:
        if (name === 'after' || name === 'before') return this.cursor();
        if (name === 'uid') return r.chance(0.8) && this.pools.uids.size ? r.pick([...this.pools.uids]) : 'LPL-CLT999';
        if (name === 'number')
          return r.chance(0.8) && this.pools.saleNumbers.size ? r.pick([...this.pools.saleNumbers]) : 'LPL-SAL999';
        if (name === 'currency') return r.pick(['NGN', 'USD', 'EUR']);
        return r.pick([...this.pools.words]);
    }
  }

  private cursor(): string {
    const known = [...this.pools.cursors];
    return known.length && this.random.chance(0.85) ? this.random.pick(known) : 'R1BDOlQ6W10=';
  }
}

/** The type a global id argument or filter field names, from its name (`marketerId` → Marketer). */
function idType(name: string): string | undefined {
  const match = /^(\w+)Id$/.exec(name);
  return match ? match[1][0].toUpperCase() + match[1].slice(1) : undefined;
}

/** A value as GraphQL literal text. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    if ('enum' in (value as object)) return String((value as { enum: string }).enum);
    return `{ ${Object.entries(value as object)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
