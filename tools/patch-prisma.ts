// Run after every install (package.json `postinstall`), before `prisma generate`.
//
// Prisma 7's query interpreter loads a relation for no parent rows too: the child statement then
// lists the parents' keys as an empty tuple, which it writes `"companyId" IN (NULL)`. Such a
// statement matches nothing; PostgreSQL 15 plans its constant condition away, and Citus (on
// PostgreSQL 15 and 16) then refuses it whenever it also holds an outer join (a `_count`, an order
// by a relation's count, a filter on a to-one relation): "Distributed queries with outer joins and
// pseudoconstant quals are not supported in PG15 and PG16". A client asking for a sale that is not
// theirs, with its payments, met it. Prisma's previous engine did not send these statements
// (prisma/prisma-engines#1043); this restores that: a join whose parent rows are none returns
// them as they are, without loading children (its result is the parents, with children attached).
//
// Idempotent. It stops the install when Prisma's runtime no longer has the shape it changes, so
// that an upgrade of Prisma looks again (test/relation-loads.test.ts shows the behaviour).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const runtime = path.resolve(import.meta.dirname, '../node_modules/@prisma/client/runtime');
// `case"join":{let{value:n,lastInsertId:i}=<the parent rows>;if(n===null)return…`, once in the
// interpreter's async path and once in its synchronous one.
const JOIN = /(case"join":\{let\{value:(\w+),lastInsertId:(\w+)\}=[^;]+;)(?=if\(\2===null\))/g;
const PATCHED = /case"join":\{let\{value:(\w+),lastInsertId:\w+\}=[^;]+;if\(Array\.isArray\(\1\)&&\1\.length===0\)/g;
const EXPECTED = 2;

for (const file of ['client.js', 'client.mjs']) {
  const at = path.join(runtime, file);
  const source = readFileSync(at, 'utf8');
  const done = source.match(PATCHED)?.length ?? 0;
  if (done === EXPECTED) continue;
  const found = source.match(JOIN)?.length ?? 0;
  if (done !== 0 || found !== EXPECTED) {
    console.error(
      `patch-prisma: ${at}: expected ${EXPECTED} relation joins to change, found ${found} (${done} changed already).` +
        ' Prisma changed: see whether it still loads relations for no parent rows (tools/patch-prisma.ts).',
    );
    process.exit(1);
  }
  writeFileSync(
    at,
    source.replace(
      JOIN,
      (_, head: string, rows: string, lastId: string) =>
        `${head}if(Array.isArray(${rows})&&${rows}.length===0)return{value:${rows},lastInsertId:${lastId}};`,
    ),
  );
  console.log(`patch-prisma: ${file}: a relation join with no parent rows loads no children`);
}
