// The read planner against the resolvers, on operations generated at random from the schema: for
// every role of a company rich in data and for another company's admin, the planner (on) and the
// resolvers alone (COMPILED_READS=false) must give the same answer, data and errors, on the same
// data. The seed is printed; PLANNER_SEED replays a run, PLANNER_OPERATIONS sets its length.
import { getOperationAST, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from '../src/http/server.ts';
import { schema } from '../src/modules/index.ts';
import { planRoots } from '../src/planner/roots.ts';
import type { Viewer } from '../src/policy/roles.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { adminViewer, type CompanyFixture, company } from './support/fixtures.ts';
import { localId } from './support/ids.ts';
import { OperationGenerator, Pools, randomSource } from './support/random-operations.ts';
import { enrich } from './support/rich-company.ts';

const SEED = Number(process.env.PLANNER_SEED ?? Math.floor(Math.random() * 2 ** 31));
const OPERATIONS = Number(process.env.PLANNER_OPERATIONS ?? 300);

let app: TestApp;
let resolvers: Server;
let a: CompanyFixture;
let b: CompanyFixture;
const viewers: Record<string, Viewer> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp();
  resolvers = createServer({ ...app.runtime, config: { ...app.runtime.config, compiledReads: false } });
  a = await company(app, 'Lamba Property Limited').withLedger().withAnalyst();
  b = await company(app, 'Test Company').withLedger();
  const rich = await enrich(app, a, 'a');
  await enrich(app, b, 'b');
  const companyId = localId(a.id);
  Object.assign(viewers, {
    admin: adminViewer(a),
    analyst: { ...adminViewer(a), role: 'ANALYST', profileId: localId(a.analyst!.id) },
    marketer: { companyId, userId: localId(a.marketer.userId), role: 'MARKETER', profileId: localId(a.marketer.id) },
    client: { companyId, userId: localId(a.client.userId), role: 'CLIENT', profileId: localId(a.client.id) },
    ...rich,
    "B's admin": adminViewer(b),
  });
  // The analyst's token must name the analyst's own user.
  const analyst = await app.owner.query('SELECT "userId" FROM "StaffMember" WHERE id = $1', [
    viewers.analyst.profileId,
  ]);
  viewers.analyst.userId = analyst.rows[0].userId;
  for (const [who, viewer] of Object.entries(viewers))
    tokens[who] = (await app.runtime.tokens.sign({ ...viewer, generation: 0 })).token;
});
afterAll(async () => {
  await app?.close();
});

const internalErrors = (body: { errors?: { message: string; extensions?: { code?: string } }[] }) =>
  (body.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR').map((e) => e.message);

const DOCUMENT_LINK = /\/documents\/[A-Za-z0-9._-]+/g;

async function ask(server: Server, query: string, variables: Record<string, unknown>, token: string) {
  const response = await server.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { path?: unknown; message: string; extensions?: { code?: string } }[];
  };
  // Errors come in the order resolvers happen to finish: compare them as a set.
  body.errors?.sort((x, y) => (JSON.stringify(x.path) + x.message).localeCompare(JSON.stringify(y.path) + y.message));
  // A document link is signed when asked (it carries its issue time), so two askings differ:
  // compared without its token. (The planner never plans these fields: both answers are the resolvers'.)
  return { status: response.status, body: JSON.parse(JSON.stringify(body).replace(DOCUMENT_LINK, '/documents/…')) };
}

describe(`the read planner and the resolvers (seed ${SEED})`, () => {
  it(`give the same answers to ${OPERATIONS} random operations, for every role and another company`, async () => {
    const random = randomSource(SEED);
    const pools = new Pools();
    // What the generator draws values from: ids, cursors, UIDs and numbers the API gave.
    const warm = `{ clients(status: [ACTIVE, ARCHIVED], first: 50) { edges { cursor node { id uid marketer { id uid } } } }
      marketers(status: [ACTIVE, ARCHIVED]) { edges { cursor node { id uid } } } estates(status: [ACTIVE, ARCHIVED]) { edges { cursor node { id plotSizes { id } plots { edges { cursor node { id } } } } } }
      sales { edges { cursor node { id number } } } payments { edges { cursor node { id } } } messageThreads { edges { cursor node { id } } }
      staffMembers { edges { node { id } } } company { id } }`;
    for (const token of [tokens.admin, tokens["B's admin"]])
      pools.learn((await ask(resolvers, warm, {}, token)).body.data);
    const generator = new OperationGenerator(schema, random, pools);
    const planned = { roots: 0, of: 0 };
    const notPlanned = new Map<string, number>();
    for (let i = 0; i < OPERATIONS; i++) {
      const { query, variables } = generator.operation();
      const who = random.pick(Object.keys(viewers));
      const document = parse(query);
      for (const plan of planRoots(schema, document, getOperationAST(document)!, variables, {
        viewer: viewers[who],
      } as never)) {
        planned.of++;
        if (plan.statement) planned.roots++;
        else notPlanned.set(plan.reason!, (notPlanned.get(plan.reason!) ?? 0) + 1);
      }
      const viaPlanner = await ask(app.yoga, query, variables, tokens[who]);
      const viaResolvers = await ask(resolvers, query, variables, tokens[who]);
      pools.learn(viaResolvers.body.data);
      const operation = `seed ${SEED}, operation ${i}, as ${who}:\n${query}\n${JSON.stringify(variables)}`;
      expect(viaPlanner, operation).toEqual(viaResolvers);
      // The same failure on both paths is still a failure (on Citus, a statement it cannot plan).
      expect(internalErrors(viaResolvers.body), operation).toEqual([]);
    }
    const reasons = [...notPlanned].sort((x, y) => y[1] - x[1]).slice(0, 8);
    console.log(
      `seed ${SEED}: ${planned.roots} of ${planned.of} root fields planned; not planned: ${JSON.stringify(reasons)}`,
    );
  }, 240_000);
});
