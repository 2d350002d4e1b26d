// Companies built through the services (the API's own tests send these documents through Yoga),
// each with an admin, a marketer and a client (assigned to that marketer), each with a token.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { localId } from './ids.ts';
import { registerClient } from '../../src/modules/clients/service.ts';
import { createCompany as createCompanyService } from '../../src/modules/companies/service.ts';
import { addPlots, addPlotSize, allocatePlot, createEstate } from '../../src/modules/estates/service.ts';
import { recordCommissionPayout, setCommissionRate } from '../../src/modules/commissions/service.ts';
import { registerMarketer } from '../../src/modules/marketers/service.ts';
import { recordPayment } from '../../src/modules/payments/service.ts';
import { createSale } from '../../src/modules/sales/service.ts';
import { sendMessage } from '../../src/modules/messages/service.ts';
import { addStaffMember } from '../../src/modules/staff/service.ts';
import { withPublicSession, withSession, type Session } from '../../src/runtime/session.ts';
import type { Viewer } from '../../src/policy/roles.ts';
import { graphql } from '../gql/index.ts';
import { createTestApp, type TestApp } from './app.ts';

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
  mutation FixtureCreateEstate($input: CreateEstateInput!) { createEstate(input: $input) { estate { id name } } }
`);
export const AddPlotSize = graphql(`
  mutation FixtureAddPlotSize($input: AddPlotSizeInput!) { addPlotSize(input: $input) { plotSize { id } } }
`);
export const AddPlots = graphql(`
  mutation FixtureAddPlots($input: AddPlotsInput!) { addPlots(input: $input) { plots { id number status } } }
`);
export const AllocatePlot = graphql(`
  mutation FixtureAllocatePlot($input: AllocatePlotInput!) { allocatePlot(input: $input) { plot { id status client { uid } } } }
`);
export const SendMessage = graphql(`
  mutation FixtureSendMessage($input: SendMessageInput!) { sendMessage(input: $input) { message { id threadId: thread { id } subject } } }
`);

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
  /** Set by addLedger() (or .withLedger()). */
  ledger?: LedgerFixture;
  /** Set by .withAnalyst(). */
  analyst?: { token: string; id: string; email: string };
}

export interface LedgerFixture {
  saleId: string;
  saleNumber: string;
  paymentId: string;
  receiptNumber: string;
}

let counter = 0;
const unique = () => `${process.pid}-${Date.now().toString(36)}-${counter++}`;

function data<T>(result: { data?: T | null; errors?: readonly unknown[] }): T {
  if (result.errors?.length || !result.data) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function login(
  app: TestApp,
  company: string,
  email: string,
  password = PASSWORD,
  role?: 'ADMIN' | 'ANALYST' | 'MARKETER' | 'CLIENT',
) {
  return data(await app.gql(Login, { input: { company, email, password, role } })).login.token;
}

export async function createCompany(app: TestApp, name: string, prefix?: string): Promise<CompanyFixture> {
  const { runtime } = app;
  const tag = unique();
  const email = (role: string) => `${role}-${tag}@example.com`;
  const admin = await withPublicSession(runtime, (s) =>
    createCompanyService(s, {
      name,
      prefix,
      admin: { email: email('admin'), fullName: `Admin of ${name}`, password: PASSWORD },
    }),
  );
  const asAdmin = <T>(fn: (s: Session) => Promise<T>) => withSession(runtime, admin, fn);
  const company = await asAdmin((s) => s.db.company.findUniqueOrThrow({ where: { id: admin.companyId } }));
  const marketer = await asAdmin((s) =>
    registerMarketer(s, {
      email: email('marketer'),
      fullName: `Marketer of ${name}`,
      phone: '+234 801 234 5678',
      password: PASSWORD,
    }),
  );
  const client = await asAdmin((s) =>
    registerClient(s, {
      email: email('client'),
      fullName: `Client of ${name}`,
      password: PASSWORD,
      marketerId: marketer.id,
    }),
  );
  const estateName = `Estate of ${name}`;
  const estate = await asAdmin(async (s) => {
    const id = await createEstate(s, { name: estateName, location: `Road of ${name}` });
    const sizeId = await addPlotSize(s, id, {
      label: '500 sqm',
      areaSqm: 500,
      priceMinor: 500000000n,
      currency: 'NGN',
    });
    await addPlots(s, sizeId, ['P-1', 'P-2']);
    const plotIds = (
      await s.db.plot.findMany({ where: { estateId: id }, orderBy: { number: 'asc' }, select: { id: true } })
    ).map((p) => p.id);
    await allocatePlot(s, plotIds[0], client.id);
    return { id, sizeId, plotIds };
  });
  const companyId = admin.companyId;
  const marketerViewer: Viewer = { companyId, userId: marketer.userId, role: 'MARKETER', profileId: marketer.id };
  const clientViewer: Viewer = { companyId, userId: client.userId, role: 'CLIENT', profileId: client.id };
  const threadId = await withSession(runtime, clientViewer, (s) =>
    sendMessage(s, { type: 'ENQUIRY', subject: `Subject from ${name}`, body: `Body from ${name}` }),
  );
  // Every profile here is new: token generation 0.
  const token = async (viewer: Viewer) => (await runtime.tokens.sign({ ...viewer, generation: 0 })).token;
  const person = async (viewer: Viewer, type: string, uid: string) => ({
    token: await token(viewer),
    id: encodeGlobalID(type, viewer.profileId),
    uid,
    userId: encodeGlobalID('User', viewer.userId),
    email: email(type.toLowerCase()),
  });
  return {
    id: encodeGlobalID('Company', companyId),
    name,
    slug: company.slug,
    prefix: company.prefix,
    estate: { id: encodeGlobalID('Estate', estate.id), name: estateName },
    plotSizeId: encodeGlobalID('PlotSize', estate.sizeId),
    plotIds: [encodeGlobalID('Plot', estate.plotIds[0]), encodeGlobalID('Plot', estate.plotIds[1])],
    threadId: encodeGlobalID('Message', threadId),
    admin: {
      token: await token(admin),
      userId: encodeGlobalID('User', admin.userId),
      email: email('admin'),
      memberId: encodeGlobalID('StaffMember', admin.profileId),
    },
    marketer: await person(marketerViewer, 'Marketer', marketer.uid),
    client: await person(clientViewer, 'Client', client.uid),
  };
}

/** A test file's app with two companies, A ("Lamba Property Limited") and B ("Test Company"). */
export async function twoCompanies(
  onQuery?: (sql: string) => void,
): Promise<{ app: TestApp; a: CompanyFixture; b: CompanyFixture }> {
  const app = await createTestApp({}, onQuery);
  return { app, a: await createCompany(app, 'Lamba Property Limited'), b: await createCompany(app, 'Test Company') };
}

/** The company's admin as a viewer, for building data through the services. */
export const adminViewer = (c: CompanyFixture): Viewer => ({
  companyId: localId(c.id),
  userId: localId(c.admin.userId),
  role: 'ADMIN',
  profileId: localId(c.admin.memberId),
});

/**
 * A ledger for the company: a 5% default commission rate, the client's plot (the first) sold on a
 * 50-30-20 plan, its first instalment paid, and part of the commission paid out.
 */
export async function addLedger(app: TestApp, c: CompanyFixture): Promise<LedgerFixture> {
  const soldOn = new Date(Date.UTC(2026, 0, 15));
  const ledger = await withSession(app.runtime, adminViewer(c), async (s) => {
    await setCommissionRate(s, { marketerId: null, rateBp: 500, effectiveFrom: new Date(Date.UTC(2026, 0, 1)) });
    const saleId = await createSale(s, {
      plotId: localId(c.plotIds[0]),
      clientId: localId(c.client.id),
      soldOn,
      plan: {
        plan: 'SPLIT_50_30_20',
        dueDates: [soldOn, new Date(Date.UTC(2026, 1, 15)), new Date(Date.UTC(2026, 2, 15))],
      },
    });
    const paymentId = await recordPayment(s, {
      saleId,
      amountMinor: 250000000n,
      currency: 'NGN',
      method: 'BANK_TRANSFER',
      date: soldOn,
      reference: `TRF-${c.prefix}`,
    });
    await recordCommissionPayout(s, {
      marketerId: localId(c.marketer.id),
      amountMinor: 5000000n,
      currency: 'NGN',
      method: 'BANK_TRANSFER',
      paidOn: soldOn,
    });
    const sale = await s.db.sale.findUniqueOrThrow({
      where: { companyId_id: { companyId: s.viewer.companyId, id: saleId } },
    });
    const payment = await s.db.payment.findUniqueOrThrow({
      where: { companyId_id: { companyId: s.viewer.companyId, id: paymentId } },
    });
    return {
      saleId: encodeGlobalID('Sale', saleId),
      saleNumber: sale.number,
      paymentId: encodeGlobalID('Payment', paymentId),
      receiptNumber: payment.receiptNumber,
    };
  });
  c.ledger = ledger;
  return ledger;
}

/** An analyst added to the company through the services, with a token (most fixtures have none). */
export async function addAnalyst(
  app: TestApp,
  c: CompanyFixture,
): Promise<{ token: string; id: string; email: string }> {
  const email = `analyst-${unique()}@example.com`;
  const member = await withSession(app.runtime, adminViewer(c), (s) =>
    addStaffMember(s, { email, fullName: `Analyst of ${c.name}`, password: PASSWORD, role: 'ANALYST' }),
  );
  const viewer: Viewer = { companyId: localId(c.id), userId: member.userId, role: 'ANALYST', profileId: member.id };
  return {
    token: (await app.runtime.tokens.sign({ ...viewer, generation: 0 })).token,
    id: encodeGlobalID('StaffMember', member.id),
    email,
  };
}

export { data };

/**
 * A company built step by step and awaited as a whole:
 * `await company(app, 'Lamba Property Limited').withLedger().withAnalyst()`.
 * Every company has an admin, a marketer, a client of theirs, an estate with two plots (the first
 * allocated to the client) and a thread the client started.
 */
export function company(app: TestApp, name: string, prefix?: string) {
  const steps: ((c: CompanyFixture) => Promise<unknown>)[] = [];
  const builder = {
    /** A sale of the client's plot on a 50-30-20 plan, its first instalment paid (addLedger). */
    withLedger() {
      steps.push((c) => addLedger(app, c));
      return builder;
    },
    /** An analyst with a token, as `analyst`. */
    withAnalyst() {
      steps.push(async (c) => {
        c.analyst = await addAnalyst(app, c);
      });
      return builder;
    },
    async build(): Promise<CompanyFixture> {
      const c = await createCompany(app, name, prefix);
      for (const step of steps) await step(c);
      return c;
    },
    // biome-ignore lint/suspicious/noThenProperty: awaiting the builder builds the company
    then<T1 = CompanyFixture, T2 = never>(
      resolve?: ((c: CompanyFixture) => T1 | PromiseLike<T1>) | null,
      reject?: ((error: unknown) => T2 | PromiseLike<T2>) | null,
    ): Promise<T1 | T2> {
      return builder.build().then(resolve, reject);
    },
  };
  return builder;
}
