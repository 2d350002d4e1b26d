// Run after every install (package.json `postinstall`), before `prisma generate`.
//
// Prisma 7's query interpreter loads a relation even when no parent row can have related rows:
// for no parent rows at all (it writes the empty list of their keys `"id" IN (NULL)`), and for
// parents whose key is null (a client with no marketer: `"id" = NULL`). Such a statement matches
// nothing; PostgreSQL 15 plans its constant condition away, and Citus (on PostgreSQL 15 and 16)
// then refuses it whenever it also holds an outer join (a `_count`, an order by a relation's
// count, a filter on a to-one relation): "Distributed queries with outer joins and pseudoconstant
// quals are not supported in PG15 and PG16". A client asking for a sale that is not theirs with
// its payments, or for their own marketer's clients while they have no marketer, met it.
// Prisma's previous engine did not send these statements (prisma/prisma-engines#1043); this
// restores that: a relation is loaded only when some parent row has every column of the join, and
// otherwise its related rows are none (what the statement would have returned: SQL's = never
// matches a null).
//
// Idempotent. It stops the install when Prisma's runtime no longer has the shape it changes, so
// that an upgrade of Prisma looks again (test/constant-filters.test.ts shows the behaviour).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const runtime = path.resolve(import.meta.dirname, '../node_modules/@prisma/client/runtime');
// In the interpreter's `join`: the parent rows (`value:n`), then each child (`async s=>…`) loaded
// by `childRecords:(await this.interpretNode(s.child,r)).value`.
const JOIN =
  /(case"join":\{let\{value:(\w+),lastInsertId:\w+\}=await this\.interpretNode\(\w+\.args\.parent,\w+\);if\(\2===null\)return\{value:null,lastInsertId:\w+\};let \w+=await Promise\.all\(\w+\.args\.children\.map\(async (\w+)=>\(\{joinExpr:\3,childRecords:)(\(await this\.interpretNode\(\3\.child,\w+\)\)\.value)/g;
const PATCHED = /childRecords:\(Array\.isArray\(\w+\)\?\w+:\[\w+\]\)\.some\(/g;

for (const file of ['client.js', 'client.mjs']) {
  const at = path.join(runtime, file);
  const source = readFileSync(at, 'utf8');
  const done = source.match(PATCHED)?.length ?? 0;
  if (done === 1) continue;
  const found = source.match(JOIN)?.length ?? 0;
  if (done !== 0 || found !== 1) {
    console.error(
      `patch-prisma: ${at}: expected one relation join to change, found ${found} (${done} changed already).` +
        ' Prisma changed: see whether it still loads relations for parents that have none (tools/patch-prisma.ts).',
    );
    process.exit(1);
  }
  const patched = source.replace(
    JOIN,
    (_, head: string, parents: string, child: string, load: string) =>
      `${head}(Array.isArray(${parents})?${parents}:[${parents}]).some(p$=>${child}.on.every(([k$])=>p$[k$]!=null))?${load}:[]`,
  );
  writeFileSync(at, patched);
  console.log(`patch-prisma: ${file}: a relation is loaded only for parent rows that have its keys`);
}
