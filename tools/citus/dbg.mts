import pg from 'pg';
const url = process.argv[2];
const c = new pg.Client({ connectionString: url });
await c.connect();
c.on('error', (e) => console.log('client error', e.message));
c.on('end', () => console.log('client end'));
c.on('notice', (n) => console.log('notice', n.message));
try {
  console.log(
    (
      await c.query(
        `SELECT EXISTS (SELECT 1 FROM pg_dist_object o WHERE o.classid = 'pg_proc'::regclass AND o.objid = $1::regprocedure) AS x`,
        ['app_insert_numbered(uuid,text,text,text,integer,jsonb)'],
      )
    ).rows,
  );
  console.log((await c.query(`SELECT 1 AS y`)).rows);
} catch (e) {
  console.log('ERR', e);
}
await c.end();
