// Demo data, created through the API itself (so it obeys every rule real data does):
// Lamba Property Limited (LPL) and Test Company (TST), each with an admin, marketers and clients
// (password demo-password). Ada Obi is a client of both companies, with one account.
// Run by `npm start` on an empty embedded database, or by hand: `npx prisma db seed`.
import pg from 'pg';
import type { Services } from '../src/context.ts';
import { createServer } from '../src/server.ts';

export const DEMO_SIGN_INS = [
  { company: 'lamba-property-limited', email: 'admin@lamba.example', password: 'lamba-demo-password', role: 'ADMIN' },
  { company: 'test-company', email: 'admin@test.example', password: 'test-demo-password', role: 'ADMIN' },
] as const;

const DEMO = [
  {
    name: 'Lamba Property Limited', admin: { fullName: 'Lamba Admin', ...DEMO_SIGN_INS[0] },
    marketers: [['akorvikkyy@lamba.example', 'Vikky Akor'], ['victor.akor@lamba.example', 'Victor Godwin Akor']],
    clients: [['ada.obi@example.com', 'Ada Obi'], ['tunde.bello@example.com', 'Tunde Bello'], ['chioma.eze@example.com', 'Chioma Eze']],
  },
  {
    name: 'Test Company', admin: { fullName: 'Test Admin', ...DEMO_SIGN_INS[1] },
    marketers: [['marketer@test.example', 'Tess Marketer']],
    clients: [['ada.obi@example.com', 'Ada Obi'], ['client@test.example', 'Tom Client']],
  },
];

type Gql = (query: string, variables: Record<string, unknown>, token?: string) => Promise<Record<string, any>>;

function client(services: Services): Gql {
  // Seeding is allowed whatever SIGNUP says.
  const yoga = createServer({ ...services, config: { ...services.config, signup: 'open', logRequests: false } });
  return async (query, variables, token) => {
    const response = await yoga.fetch('http://seed/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) throw new Error(`seed failed: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };
}

export async function seedDemo(services: Services): Promise<void> {
  const gql = client(services);
  for (const company of DEMO) {
    const { admin } = company;
    const created = await gql(
      `mutation Seed($input: CreateCompanyInput!) { createCompany(input: $input) { token } }`,
      { input: { name: company.name, admin: { email: admin.email, fullName: admin.fullName, password: admin.password } } },
    );
    const token = created.createCompany.token as string;
    await registerPeople(gql, token, company);
  }
}

async function registerPeople(gql: Gql, token: string, company: (typeof DEMO)[number]): Promise<void> {
  const marketerIds: string[] = [];
  for (const [email, fullName] of company.marketers) {
    const data = await gql(
      `mutation SeedMarketer($input: RegisterMarketerInput!) { registerMarketer(input: $input) { marketer { id } } }`,
      { input: { email, fullName, password: 'demo-password' } }, token,
    );
    marketerIds.push(data.registerMarketer.marketer.id);
  }
  for (const [i, [email, fullName]] of company.clients.entries()) {
    await gql(
      `mutation SeedClient($input: RegisterClientInput!) { registerClient(input: $input) { client { id } } }`,
      { input: { email, fullName, password: 'demo-password', marketerId: marketerIds[i % marketerIds.length] } }, token,
    );
  }
}

/** Seeds when the database has no company yet; true when it did. */
export async function seedDemoIfEmpty(services: Services, ownerUrl: string): Promise<boolean> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ n: number }>('SELECT count(*)::int AS n FROM "Company"');
    if (rows[0].n > 0) return false;
  } finally {
    await owner.end();
  }
  await seedDemo(services);
  return true;
}

if (process.argv[1]?.endsWith('seed.ts')) {
  const { loadConfig } = await import('../src/config.ts');
  const { authSecret, createServices, prepareDatabase } = await import('../src/app.ts');
  const config = loadConfig();
  const database = await prepareDatabase(config);
  const services = createServices(config, database.appUrl, authSecret(config));
  const seeded = await seedDemoIfEmpty(services, database.ownerUrl);
  console.log(seeded ? 'seeded demo data' : 'database already has data: nothing seeded');
  await services.base.$disconnect();
  await database.embedded?.stop();
}
