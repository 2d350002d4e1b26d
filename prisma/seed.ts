// Demo data, created through the API itself (so it obeys every rule real data does):
// Lamba Property Limited (LPL) and Test Company (TST), each with an admin, marketers and clients
// (password demo-password), estates with plots, and a message thread. Ada Obi is a client of both
// companies, with one account.
// Run by `npm start` on an empty embedded database, or by hand: `npx prisma db seed`.
import pg from 'pg';
import type { Services } from '../src/context.ts';
import { createServer } from '../src/server.ts';

export const DEMO_SIGN_INS = [
  { company: 'lamba-property-limited', email: 'admin@lamba.example', password: 'lamba-demo-password', role: 'ADMIN' },
  { company: 'test-company', email: 'admin@test.example', password: 'test-demo-password', role: 'ADMIN' },
  { company: 'lamba-property-limited', email: 'akorvikkyy@lamba.example', password: 'demo-password', role: 'MARKETER' },
  { company: 'lamba-property-limited', email: 'ada.obi@example.com', password: 'demo-password', role: 'CLIENT' },
] as const;

const DEMO = [
  {
    name: 'Lamba Property Limited', admin: { fullName: 'Lamba Admin', ...DEMO_SIGN_INS[0] },
    marketers: [['akorvikkyy@lamba.example', 'Vikky Akor'], ['victor.akor@lamba.example', 'Victor Godwin Akor']],
    // LPL-CLT002 and 003 are registered, then deleted: their numbers are never handed out again.
    clients: [['ada.obi@example.com', 'Ada Obi'], ['gone.one@example.com', 'Deleted One', 'deleted'], ['gone.two@example.com', 'Deleted Two', 'deleted'],
      ['tunde.bello@example.com', 'Tunde Bello'], ['chioma.eze@example.com', 'Chioma Eze']],
    estates: [
      { name: 'Palm Grove Estate', location: 'Lekki, Lagos', sizes: [['300 sqm', 300, '450000000'], ['600 sqm', 600, '850000000']], plots: 'PG', count: 10 },
      { name: 'Cedar Court', location: 'Ibeju-Lekki, Lagos', sizes: [['500 sqm', 500, '600000000']], plots: 'CC', count: 6 },
    ],
  },
  {
    name: 'Test Company', admin: { fullName: 'Test Admin', ...DEMO_SIGN_INS[1] },
    marketers: [['marketer@test.example', 'Tess Marketer']],
    clients: [['ada.obi@example.com', 'Ada Obi'], ['client@test.example', 'Tom Client']],
    estates: [{ name: 'Test Meadows', location: 'Abuja', sizes: [['450 sqm', 450, '300000000']], plots: 'TM', count: 8 }],
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
    const clientIds = await registerPeople(gql, token, company);
    await buildEstates(gql, token, company, clientIds);
    await startThread(gql, token, company);
  }
}

async function registerPeople(gql: Gql, token: string, company: (typeof DEMO)[number]): Promise<string[]> {
  const marketerIds: string[] = [];
  for (const [email, fullName] of company.marketers) {
    const data = await gql(
      `mutation SeedMarketer($input: RegisterMarketerInput!) { registerMarketer(input: $input) { marketer { id } } }`,
      { input: { email, fullName, password: 'demo-password' } }, token,
    );
    marketerIds.push(data.registerMarketer.marketer.id);
  }
  const clientIds: string[] = [];
  for (const [i, [email, fullName, deleted]] of company.clients.entries()) {
    const data = await gql(
      `mutation SeedClient($input: RegisterClientInput!) { registerClient(input: $input) { client { id } } }`,
      { input: { email, fullName, password: 'demo-password', marketerId: marketerIds[i % marketerIds.length] } }, token,
    );
    const id = data.registerClient.client.id as string;
    if (deleted) await gql(`mutation SeedDelete($id: ID!) { deleteClient(id: $id) { deletedId } }`, { id }, token);
    else clientIds.push(id);
  }
  return clientIds;
}

/** Estates with plot sizes and plots; the first client holds one plot and has another reserved. */
async function buildEstates(gql: Gql, token: string, company: (typeof DEMO)[number], clientIds: string[]): Promise<void> {
  const estateIds: string[] = [];
  for (const estate of company.estates) {
    const { createEstate } = await gql(
      `mutation SeedEstate($input: EstateInput!) { createEstate(input: $input) { id } }`,
      { input: { name: estate.name, location: estate.location } }, token,
    );
    estateIds.push(createEstate.id);
    for (const [s, [label, areaSqm, priceMinor]] of estate.sizes.entries()) {
      const { addPlotSize } = await gql(
        `mutation SeedSize($estateId: ID!, $input: PlotSizeInput!) { addPlotSize(estateId: $estateId, input: $input) { id } }`,
        { estateId: createEstate.id, input: { label, areaSqm, priceMinor, currency: 'NGN' } }, token,
      );
      const numbers = Array.from({ length: estate.count / estate.sizes.length }, (_, i) => `${estate.plots}-${s * 100 + i + 1}`);
      await gql(`mutation SeedPlots($id: ID!, $numbers: [String!]!) { addPlots(plotSizeId: $id, numbers: $numbers) { id } }`, { id: addPlotSize.id, numbers }, token);
    }
  }
  const { node } = await gql(`query SeedFirstPlots($id: ID!) { node(id: $id) { ... on Estate { plots(first: 2) { edges { node { id } } } } } }`, { id: estateIds[0] }, token);
  const [first, second] = node.plots.edges.map((e: { node: { id: string } }) => e.node.id);
  await gql(`mutation SeedAllocate($input: PlotHoldInput!) { allocatePlot(input: $input) { id } }`, { input: { plotId: first, clientId: clientIds[0] } }, token);
  await gql(`mutation SeedReserve($input: PlotHoldInput!) { reservePlot(input: $input) { id } }`, { input: { plotId: second, clientId: clientIds[clientIds.length - 1] } }, token);
}

/** A client's enquiry and the admin's reply. */
async function startThread(gql: Gql, adminToken: string, company: (typeof DEMO)[number]): Promise<void> {
  const signIn = await gql(
    `mutation SeedSignIn($input: LoginInput!) { login(input: $input) { token } }`,
    { input: { company: company.admin.company, email: company.clients[0][0], password: 'demo-password' } },
  );
  const { sendMessage } = await gql(
    `mutation SeedMessage($input: SendMessageInput!) { sendMessage(input: $input) { id } }`,
    { input: { type: 'ENQUIRY', subject: 'Title documents', body: 'When will the survey plan for my plot be ready?' } }, signIn.login.token,
  );
  await gql(
    `mutation SeedReply($input: ReplyInput!) { replyToMessage(input: $input) { id } }`,
    { input: { messageId: sendMessage.id, body: 'Within two weeks; we will send it to you.' } }, adminToken,
  );
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
