// Estates, plot sizes and plots: management, browsing, and allocation races.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { codes, createTestApp, type TestApp } from './support/app.ts';
import {
  AddPlots,
  AddPlotSize,
  AllocatePlot,
  createCompany,
  CreateEstate,
  data,
  RegisterClient,
  RegisterMarketer,
  type CompanyFixture,
} from './support/fixtures.ts';

let app: TestApp;
let a: CompanyFixture;
const statements: string[] = [];
beforeAll(async () => {
  app = await createTestApp({}, (sql) => statements.push(sql));
  a = await createCompany(app, 'Lamba Property Limited');
});
afterAll(async () => {
  await app?.close();
});

const Estates = graphql(`
  query EstatesBrowse($search: String, $status: [EstateStatus!]) {
    estates(search: $search, status: $status) {
      totalCount
      edges { node { name location status availability { available reserved allocated total } plotSizes { label areaSqm priceMinor currency } } }
    }
  }
`);
const UpdateEstate = graphql(
  `mutation EstatesUpdate($input: UpdateEstateInput!) { updateEstate(input: $input) { estate { name location description } } }`,
);
const SetStatus = graphql(
  `mutation EstatesSetStatus($input: SetEstateStatusInput!) { setEstateStatus(input: $input) { estate { status } } }`,
);
const ReservePlot = graphql(
  `mutation EstatesReserve($input: ReservePlotInput!) { reservePlot(input: $input) { plot { status client { uid } } } }`,
);
const ReleasePlot = graphql(
  `mutation EstatesRelease($input: ReleasePlotInput!) { releasePlot(input: $input) { plot { status heldAt client { uid } } } }`,
);
const MyPlots = graphql(
  `query EstatesMyPlots { me { client { uid plots { edges { node { number status estate { name } plotSize { label } } } } } } }`,
);

async function estateWithPlots(name: string, count: number) {
  const { estate } = data(
    await app.gql(CreateEstate, { input: { name, location: 'Lekki, Lagos' } }, a.admin.token),
  ).createEstate;
  const size = data(
    await app.gql(
      AddPlotSize,
      { input: { estateId: estate.id, label: '600 sqm', areaSqm: 600, priceMinor: '12000000000', currency: 'ngn' } },
      a.admin.token,
    ),
  ).addPlotSize.plotSize;
  const { plots } = data(
    await app.gql(
      AddPlots,
      {
        input: {
          plotSizeId: size.id,
          numbers: Array.from({ length: count }, (_, i) => `${name.slice(0, 1)}-${i + 1}`),
        },
      },
      a.admin.token,
    ),
  ).addPlots;
  return { estate, size, plots };
}

describe('management', () => {
  it('creates, edits and archives estates; everyone in the company browses the active ones', async () => {
    const { estate } = await estateWithPlots('Palm Grove', 3);
    const updated = data(
      await app.gql(UpdateEstate, { input: { id: estate.id, description: 'Gated, with drainage' } }, a.admin.token),
    ).updateEstate.estate;
    expect(updated).toEqual({ name: 'Palm Grove', location: 'Lekki, Lagos', description: 'Gated, with drainage' });
    for (const token of [a.admin.token, a.marketer.token, a.client.token]) {
      const found = data(await app.gql(Estates, { search: 'palm' }, token)).estates.edges[0].node;
      expect(found).toMatchObject({
        availability: { available: 3, reserved: 0, allocated: 0, total: 3 },
        plotSizes: [{ label: '600 sqm', priceMinor: '12000000000', currency: 'NGN' }],
      });
    }
    expect(codes(await app.gql(UpdateEstate, { input: { id: estate.id, name: 'No' } }, a.marketer.token))).toEqual([
      'FORBIDDEN',
    ]);
    data(await app.gql(SetStatus, { input: { id: estate.id, status: 'ARCHIVED' } }, a.admin.token));
    expect(data(await app.gql(Estates, { search: 'palm' }, a.client.token)).estates.totalCount).toBe(0);
    expect(
      data(await app.gql(Estates, { search: 'palm', status: ['ARCHIVED'] }, a.admin.token)).estates.totalCount,
    ).toBe(1);
  });

  it('names the field of bad input', async () => {
    const { estate, size } = await estateWithPlots('Bad Input Park', 1);
    const valid = { estateId: estate.id, label: 'x', areaSqm: 1, priceMinor: '1', currency: 'NGN' };
    const sizeCases = [
      [{ label: '' }, 'label'],
      [{ areaSqm: 0 }, 'areaSqm'],
      [{ priceMinor: '-5' }, 'priceMinor'],
      [{ currency: 'NAIRA' }, 'currency'],
    ] as const;
    for (const [override, field] of sizeCases) {
      const result = await app.gql(AddPlotSize, { input: { ...valid, ...override } }, a.admin.token);
      expect(result.errors?.[0].extensions, JSON.stringify(override)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(codes(await app.gql(AddPlotSize, { input: { ...valid, priceMinor: '1.5' } }, a.admin.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(await app.gql(CreateEstate, { input: { name: 'No location', location: ' ' } }, a.admin.token)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(AddPlots, { input: { plotSizeId: size.id, numbers: ['B-1'] } }, a.admin.token))).toEqual(
      ['CONFLICT'],
    );
    expect(
      codes(await app.gql(AddPlots, { input: { plotSizeId: size.id, numbers: ['Z', 'Z'] } }, a.admin.token)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await app.gql(AddPlots, { input: { plotSizeId: 'bm90IGFuIGlk', numbers: ['Q'] } }, a.admin.token)),
    ).toEqual(['NOT_FOUND']);
  });

  it('reports every invalid field of an input at once, the first also as `field`', async () => {
    const input = { estateId: a.estate.id, label: ' ', areaSqm: 0, priceMinor: '-5', currency: 'NAIRA' };
    const result = await app.gql(AddPlotSize, { input }, a.admin.token);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'label',
      fields: [
        { field: 'label', message: 'This cannot be empty.' },
        { field: 'areaSqm', message: expect.any(String) },
        { field: 'priceMinor', message: expect.any(String) },
        { field: 'currency', message: expect.any(String) },
      ],
    });
    const { rows } = await app.owner.query('SELECT count(*)::int AS n FROM "PlotSize" WHERE label = $1', ['NAIRA']);
    expect(rows[0].n).toBe(0);
  });

  it('refuses a create input without its required fields before anything runs (GraphQL validation)', async () => {
    const before = await app.owner.query('SELECT count(*)::int AS n FROM "Estate"');
    const messages = (result: { errors?: readonly { message: string }[] }) =>
      (result.errors ?? []).map((e) => e.message).join('\n');
    const inline = await app.raw('mutation { createEstate(input: {}) { estate { id } } }', {}, a.admin.token);
    expect(inline.data).toBeUndefined();
    expect(messages(inline)).toMatch(/"CreateEstateInput\.name" of required type "String!" was not provided/);
    expect(messages(inline)).toMatch(/"CreateEstateInput\.location" of required type "String!" was not provided/);
    // Through a variable the same: its value is refused before execution.
    const viaVariable = await app.gql(CreateEstate, { input: {} as never }, a.admin.token);
    expect(viaVariable.data).toBeUndefined();
    expect(messages(viaVariable)).toMatch(/Field "name" of required type "String!" was not provided/);
    expect(messages(viaVariable)).toMatch(/Field "location" of required type "String!" was not provided/);
    const after = await app.owner.query('SELECT count(*)::int AS n FROM "Estate"');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});

describe('allocation', () => {
  it('lets exactly one of two racing allocations of a plot win; the other gets CONFLICT', async () => {
    const { plots } = await estateWithPlots('Race Court', 5);
    const rivals = await Promise.all(
      ['Rival One', 'Rival Two'].map(
        async (fullName, i) =>
          data(
            await app.gql(
              RegisterClient,
              { input: { email: `rival-${i}-${Date.now()}@example.com`, fullName } },
              a.admin.token,
            ),
          ).registerClient.client,
      ),
    );
    for (const plot of plots) {
      const results = await Promise.all(
        rivals.map((client) =>
          app.gql(AllocatePlot, { input: { plotId: plot.id, clientId: client.id } }, a.admin.token),
        ),
      );
      expect(results.map((r) => (r.errors ? codes(r)[0] : 'won')).sort()).toEqual(['CONFLICT', 'won']);
      const winner = results.find((r) => !r.errors)!.data!.allocatePlot.plot.client!.uid;
      const { rows } = await app.owner.query(
        'SELECT p.status, p."clientId" FROM "Plot" p JOIN "Client" c ON c.id = p."clientId" WHERE c.uid = $1 AND p.number = $2',
        [winner, plot.number],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].status).toBe('ALLOCATED');
    }
  });

  it('reserves, allocates to the same client, releases; a client sees their own plots', async () => {
    const { plots } = await estateWithPlots('Cedar Heights', 2);
    expect(
      data(await app.gql(ReservePlot, { input: { plotId: plots[0].id, clientId: a.client.id } }, a.admin.token))
        .reservePlot.plot,
    ).toEqual({ status: 'RESERVED', client: { uid: a.client.uid } });
    // Reserved for a client: only that client can have it allocated.
    const other = data(
      await app.gql(
        RegisterClient,
        { input: { email: `other-${Date.now()}@example.com`, fullName: 'Other' } },
        a.admin.token,
      ),
    ).registerClient.client;
    expect(
      codes(await app.gql(AllocatePlot, { input: { plotId: plots[0].id, clientId: other.id } }, a.admin.token)),
    ).toEqual(['CONFLICT']);
    expect(
      data(await app.gql(AllocatePlot, { input: { plotId: plots[0].id, clientId: a.client.id } }, a.admin.token))
        .allocatePlot.plot.status,
    ).toBe('ALLOCATED');

    const mine = data(await app.gql(MyPlots, {}, a.client.token)).me!.client!.plots.edges.map((e) => e.node);
    expect(mine).toContainEqual({
      number: 'C-1',
      status: 'ALLOCATED',
      estate: { name: 'Cedar Heights' },
      plotSize: { label: '600 sqm' },
    });

    expect(
      data(await app.gql(ReleasePlot, { input: { plotId: plots[0].id } }, a.admin.token)).releasePlot.plot,
    ).toEqual({ status: 'AVAILABLE', heldAt: null, client: null });
    expect(codes(await app.gql(ReleasePlot, { input: { plotId: plots[0].id } }, a.admin.token))).toEqual(['CONFLICT']);
    expect(
      codes(await app.gql(AllocatePlot, { input: { plotId: plots[1].id, clientId: a.client.id } }, a.marketer.token)),
    ).toEqual(['FORBIDDEN']);
  });

  it("hides a plot's client from a marketer who does not handle that client", async () => {
    const { plots, estate } = await estateWithPlots('Visibility Gardens', 2);
    const marketer2 = data(
      await app.gql(
        RegisterMarketer,
        {
          input: {
            email: `m2-${Date.now()}@example.com`,
            fullName: 'Second Marketer',
            password: 'correct horse battery',
          },
        },
        a.admin.token,
      ),
    ).registerMarketer.marketer;
    void marketer2;
    data(await app.gql(AllocatePlot, { input: { plotId: plots[0].id, clientId: a.client.id } }, a.admin.token));
    const q =
      'query($id: ID!) { node(id: $id) { ... on Estate { plots { edges { node { number client { uid } } } } } } }';
    const asOwnMarketer = await app.raw(q, { id: estate.id }, a.marketer.token);
    expect(asOwnMarketer.data.node.plots.edges[0].node.client).toEqual({ uid: a.client.uid });
    const token2 = (
      await app.raw('mutation($i: LoginInput!) { login(input: $i) { token } }', {
        i: {
          company: a.slug,
          email: (
            await app.owner.query(
              'SELECT email FROM "User" u JOIN "Marketer" m ON m."userId" = u.id WHERE m."fullName" = $1',
              ['Second Marketer'],
            )
          ).rows[0].email,
          password: 'correct horse battery',
        },
      })
    ).data.login.token;
    const asOtherMarketer = await app.raw(q, { id: estate.id }, token2);
    expect(asOtherMarketer.errors).toBeUndefined();
    expect(asOtherMarketer.data.node.plots.edges[0].node.client).toBeNull();
  });
});

describe('nested reads', () => {
  it('run a constant number of SQL statements for 20 estates × 50 plots as for 2 × 3', async () => {
    const company = await createCompany(app, 'Nested Reads Realty');
    const Nested = graphql(`
      query EstatesNested {
        estates(first: 20) { edges { node { name availability { total } plotSizes { label } plots(first: 50) { edges { node { number client { uid user { fullName } marketer { uid } } } } } } } }
      }
    `);
    const build = async (estates: number, plots: number) => {
      for (let e = 0; e < estates; e++) {
        const { estate } = data(
          await app.gql(CreateEstate, { input: { name: `N${estates}-${e}`, location: 'x' } }, company.admin.token),
        ).createEstate;
        const size = data(
          await app.gql(
            AddPlotSize,
            { input: { estateId: estate.id, label: 'S', areaSqm: 100, priceMinor: '1', currency: 'NGN' } },
            company.admin.token,
          ),
        ).addPlotSize.plotSize;
        const added = data(
          await app.gql(
            AddPlots,
            { input: { plotSizeId: size.id, numbers: Array.from({ length: plots }, (_, i) => String(i)) } },
            company.admin.token,
          ),
        ).addPlots.plots;
        await app.gql(
          AllocatePlot,
          { input: { plotId: added[0].id, clientId: company.client.id } },
          company.admin.token,
        );
      }
    };
    const measure = async () => {
      statements.length = 0;
      const result = await app.gql(Nested, {}, company.admin.token);
      expect(result.errors).toBeUndefined();
      const plots = result.data!.estates.edges.reduce((n, e) => n + e.node.plots.edges.length, 0);
      return { statements: statements.length, plots };
    };
    // The fixture company starts with one estate of two plots.
    await build(1, 3);
    const small = await measure();
    await build(18, 50);
    const large = await measure();
    expect(small.plots).toBe(5);
    expect(large.plots).toBe(5 + 18 * 50);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(15);
  });
});
