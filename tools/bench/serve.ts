// One server of the benchmark, in a process of its own so the load generator never shares its CPU
// time: `node --import tsx tools/bench/serve.ts api|hello|postgraphile`. Prints `LISTENING <port>`.
//   api           estate-api as deployed (NODE_ENV=production), HTTP and WebSocket
//   api-resolvers the same with the read planner off: every read through the resolvers
//   hello         a minimal graphql-yoga server answering { hello }: the floor of any Yoga server
//   postgraphile  PostGraphile 4.14 over the same database, as the same role, with the same
//                 app.company_id set for row-level security (pgSettings)
// Env: BENCH_APP_URL, BENCH_OWNER_URL, BENCH_POOL, BENCH_COMPANY_ID, BENCH_USER_ID, BENCH_SECRET.
import { createServer, type RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

async function handler(kind: string): Promise<RequestListener> {
  if (kind === 'hello') {
    const { createSchema, createYoga } = await import('graphql-yoga');
    const schema = createSchema({
      typeDefs: 'type Query { hello: String! }',
      resolvers: { Query: { hello: () => 'world' } },
    });
    const yoga = createYoga({ schema, logging: false, graphiql: false, landingPage: false });
    return yoga;
  }
  if (kind === 'postgraphile') {
    // Installed in tools/bench/postgraphile (PostGraphile 4 needs graphql 15; the API uses 16).
    const { postgraphile } = createRequire(path.join(import.meta.dirname, 'postgraphile', 'package.json'))(
      'postgraphile',
    );
    return postgraphile(env('BENCH_OWNER_URL'), 'public', {
      pgSettings: {
        role: 'estate_app',
        'app.company_id': env('BENCH_COMPANY_ID'),
        'app.user_id': env('BENCH_USER_ID'),
      },
      disableDefaultMutations: true,
      disableQueryLog: true,
      retryOnInitFail: false,
    }) as unknown as RequestListener;
  }
  throw new Error(`unknown server ${kind}`);
}

const kind = process.argv[2];
let port: number;
if (kind === 'api' || kind === 'api-resolvers') {
  process.env.NODE_ENV = 'production';
  const { createRuntime } = await import('../../src/runtime/runtime.ts');
  const { loadConfig } = await import('../../src/config.ts');
  const { listen } = await import('../../src/http/listen.ts');
  const secret = env('BENCH_SECRET');
  const config = {
    ...loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret }),
    logRequests: false,
    // api-resolvers: the same API with the read planner off (COMPILED_READS=false).
    compiledReads: kind === 'api',
  };
  const runtime = createRuntime(config, env('BENCH_APP_URL'), secret, Number(process.env.BENCH_POOL || 10));
  port = (await listen(runtime, 0, '127.0.0.1')).port;
} else {
  const http = createServer(await handler(kind));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  port = (http.address() as AddressInfo).port;
}
console.log(`LISTENING ${port}`);
