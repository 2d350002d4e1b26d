// Two companies built through the API, each with an admin, a marketer and a client (assigned to
// that marketer), signed in with their own tokens.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.ts';
import type { TestApp } from './app.ts';

export const CreateCompany = graphql(`
  mutation FixtureCreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) { token company { id name slug prefix } admin { id } }
  }
`);
export const RegisterMarketer = graphql(`
  mutation FixtureRegisterMarketer($input: RegisterMarketerInput!) {
    registerMarketer(input: $input) { marketer { id uid seq user { id } } invitation { token } }
  }
`);
export const RegisterClient = graphql(`
  mutation FixtureRegisterClient($input: RegisterClientInput!) {
    registerClient(input: $input) { client { id uid seq user { id } marketer { id uid } } invitation { token } }
  }
`);
export const Login = graphql(`
  mutation FixtureLogin($input: LoginInput!) {
    login(input: $input) { token expiresAt viewer { role profileId user { id } company { id } } }
  }
`);

export const CreateEstate = graphql(`
  mutation FixtureCreateEstate($input: EstateInput!) { createEstate(input: $input) { id name } }
`);
export const AddPlotSize = graphql(`
  mutation FixtureAddPlotSize($estateId: ID!, $input: PlotSizeInput!) { addPlotSize(estateId: $estateId, input: $input) { id } }
`);
export const AddPlots = graphql(`
  mutation FixtureAddPlots($plotSizeId: ID!, $numbers: [String!]!) { addPlots(plotSizeId: $plotSizeId, numbers: $numbers) { id number status } }
`);
export const AllocatePlot = graphql(`
  mutation FixtureAllocatePlot($input: PlotHoldInput!) { allocatePlot(input: $input) { id status client { uid } } }
`);
export const SendMessage = graphql(`
  mutation FixtureSendMessage($input: SendMessageInput!) { sendMessage(input: $input) { id threadId: thread { id } subject } }
`);

const MyProfile = graphql(`query FixtureMyProfile { me { profileId } }`);

export const PASSWORD = 'correct horse battery';

export interface CompanyFixture {
  id: string;
  name: string;
  slug: string;
  prefix: string;
  admin: { token: string; userId: string; email: string; memberId: string };
  marketer: { token: string; id: string; uid: string; userId: string; email: string };
  client: { token: string; id: string; uid: string; userId: string; email: string };
  estate: { id: string; name: string };
  plotSizeId: string;
  /** The first plot is allocated to the client; the second is available. */
  plotIds: [string, string];
  /** A thread the client started. */
  threadId: string;
}

let counter = 0;
const unique = () => `${process.pid}-${Date.now().toString(36)}-${counter++}`;

function data<T>(result: { data?: T | null; errors?: readonly unknown[] }): T {
  if (result.errors?.length || !result.data) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function login(app: TestApp, company: string, email: string, password = PASSWORD, role?: 'ADMIN' | 'ANALYST' | 'MARKETER' | 'CLIENT') {
  return data(await app.gql(Login, { input: { company, email, password, role } })).login.token;
}

export async function createCompany(app: TestApp, name: string, prefix?: string): Promise<CompanyFixture> {
  const tag = unique();
  const adminEmail = `admin-${tag}@example.com`;
  const created = data(await app.gql(CreateCompany, { input: { name, prefix, admin: { email: adminEmail, fullName: `Admin of ${name}`, password: PASSWORD } } })).createCompany;
  const token = created.token;
  const marketerEmail = `marketer-${tag}@example.com`;
  const marketer = data(await app.gql(RegisterMarketer, { input: { email: marketerEmail, fullName: `Marketer of ${name}`, phone: '+234 801 234 5678', password: PASSWORD } }, token)).registerMarketer.marketer;
  const clientEmail = `client-${tag}@example.com`;
  const client = data(await app.gql(RegisterClient, { input: { email: clientEmail, fullName: `Client of ${name}`, password: PASSWORD, marketerId: marketer.id } }, token)).registerClient.client;
  const { slug } = created.company;
  const estate = data(await app.gql(CreateEstate, { input: { name: `Estate of ${name}`, location: `Road of ${name}` } }, token)).createEstate;
  const size = data(await app.gql(AddPlotSize, { estateId: estate.id, input: { label: '500 sqm', areaSqm: 500, priceMinor: '500000000', currency: 'NGN' } }, token)).addPlotSize;
  const plots = data(await app.gql(AddPlots, { plotSizeId: size.id, numbers: ['P-1', 'P-2'] }, token)).addPlots;
  data(await app.gql(AllocatePlot, { input: { plotId: plots[0].id, clientId: client.id } }, token));
  const clientToken = await login(app, slug, clientEmail);
  const thread = data(await app.gql(SendMessage, { input: { type: 'ENQUIRY', subject: `Subject from ${name}`, body: `Body from ${name}` } }, clientToken)).sendMessage;
  return {
    estate, plotSizeId: size.id, plotIds: [plots[0].id, plots[1].id], threadId: thread.id,
    id: created.company.id, name, slug, prefix: created.company.prefix,
    admin: { token, userId: created.admin.id, email: adminEmail, memberId: encodeGlobalID('StaffMember', data(await app.gql(MyProfile, {}, token)).me!.profileId) },
    marketer: { token: await login(app, slug, marketerEmail), id: marketer.id, uid: marketer.uid, userId: marketer.user.id, email: marketerEmail },
    client: { token: clientToken, id: client.id, uid: client.uid, userId: client.user.id, email: clientEmail },
  };
}

export { data };
