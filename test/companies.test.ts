// Companies: prefixes, slugs, sign-up and settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivePrefix, slugify } from '../src/modules/companies/prefix.ts';
import { graphql } from './gql/index.ts';
import { codes, createTestApp, type TestApp } from './support/app.ts';
import { CreateCompany, data, PASSWORD, RegisterClient } from './support/fixtures.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

const UpdateCompany = graphql(
  `mutation CompaniesUpdate($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { name prefix prefixLocked } } }`,
);
let n = 0;
const admin = () => ({ email: `founder-${process.pid}-${n++}@example.com`, fullName: 'Founder', password: PASSWORD });

describe('prefix derivation', () => {
  it.each([
    ['Lamba Property Limited', 'LPL'],
    ['Test Company', 'TST'],
    ['Acme', 'ACM'],
    ['Aio Homes', 'AIO'],
    ['Ọ̀kẹ́ Realty Group Ltd', 'ORG'],
    ['  green   acres  estates ', 'GAE'],
    ['X', null],
  ])('%s -> %s', (name, prefix) => expect(derivePrefix(name)).toBe(prefix));

  it('slugs', () => {
    expect(slugify('Lamba Property Limited')).toBe('lamba-property-limited');
    expect(slugify('  Ọ̀kẹ́ & Sons, Ltd. ')).toBe('oke-sons-ltd');
    expect(slugify('!!!')).toBe('company');
  });
});

describe('createCompany', () => {
  it('derives the prefix and slug, and returns the company, its admin and a token', async () => {
    const result = data(
      await app.gql(CreateCompany, { input: { name: 'Lamba Property Limited', admin: admin() } }),
    ).createCompany;
    expect(result.company).toMatchObject({
      name: 'Lamba Property Limited',
      prefix: 'LPL',
      slug: 'lamba-property-limited',
    });
    expect(result.token.split('.')).toHaveLength(3);
  });

  it('refuses a taken prefix with CONFLICT and a free suggestion, never a silent variant', async () => {
    const result = await app.gql(CreateCompany, { input: { name: 'Lagos Plots Limited', admin: admin() } });
    expect(codes(result)).toEqual(['CONFLICT']);
    const suggested = result.errors![0].extensions!.suggestedPrefix as string;
    expect(suggested).toMatch(/^[A-Z]{2,5}$/);
    expect(suggested).not.toBe('LPL');
    const retried = data(
      await app.gql(CreateCompany, { input: { name: 'Lagos Plots Limited', prefix: suggested, admin: admin() } }),
    ).createCompany;
    expect(retried.company.prefix).toBe(suggested);
    const { rows } = await app.owner.query('SELECT count(*)::int AS n FROM "Company" WHERE name = $1', [
      'Lagos Plots Limited',
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('takes an explicit prefix (upper-cased), and refuses a malformed one naming the field', async () => {
    const ok = data(
      await app.gql(CreateCompany, { input: { name: 'Test Company', prefix: 'tco', admin: admin() } }),
    ).createCompany;
    expect(ok.company.prefix).toBe('TCO');
    for (const prefix of ['T', 'TOOLONG', 'T1', 'TÉ']) {
      const bad = await app.gql(CreateCompany, { input: { name: 'Another', prefix, admin: admin() } });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefix' });
    }
  });

  it('gives a second company of the same name its own slug', async () => {
    const first = data(
      await app.gql(CreateCompany, { input: { name: 'Same Name Homes', admin: admin() } }),
    ).createCompany;
    const second = data(
      await app.gql(CreateCompany, { input: { name: 'Same Name Homes', prefix: 'SNX', admin: admin() } }),
    ).createCompany;
    expect(first.company.slug).toBe('same-name-homes');
    expect(second.company.slug).toBe('same-name-homes-2');
  });

  it('names the field of bad admin details, and writes nothing', async () => {
    const cases = [
      [{ email: 'not an email' }, 'admin.email'],
      [{ fullName: '   ' }, 'admin.fullName'],
      [{ password: 'short' }, 'admin.password'],
      [{ phone: '12' }, 'admin.phone'],
    ] as const;
    for (const [override, field] of cases) {
      const result = await app.gql(CreateCompany, {
        input: { name: 'Invalid Input Ltd', admin: { ...admin(), ...override } },
      });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const { rows } = await app.owner.query('SELECT count(*)::int AS n FROM "Company" WHERE name = $1', [
      'Invalid Input Ltd',
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('reports every invalid field at once, each by its path in the input', async () => {
    const input = {
      name: ' ',
      prefix: 'T1',
      admin: { email: 'not an email', fullName: 'Founder', password: 'short', phone: '12' },
    };
    const result = await app.gql(CreateCompany, { input });
    const fields = ['name', 'prefix', 'admin.email', 'admin.password', 'admin.phone'];
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      fields: fields.map((field) => ({ field, message: expect.any(String) })),
    });
  });

  it('is closed when sign-up is closed', async () => {
    const closed = await createTestApp({ signup: 'closed' });
    try {
      expect(codes(await closed.gql(CreateCompany, { input: { name: 'Closed Doors', admin: admin() } }))).toEqual([
        'FORBIDDEN',
      ]);
    } finally {
      await closed.close();
    }
  });
});

describe('updateCompany', () => {
  it('changes the prefix until the first UID is issued, then refuses', async () => {
    const created = data(
      await app.gql(CreateCompany, { input: { name: 'Prefix Lock Partners', admin: admin() } }),
    ).createCompany;
    const token = created.token;
    expect(data(await app.gql(UpdateCompany, { input: { prefix: 'PLK' } }, token)).updateCompany.company).toMatchObject(
      { prefix: 'PLK', prefixLocked: false },
    );
    const taken = await app.gql(UpdateCompany, { input: { prefix: 'LPL' } }, token);
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'prefix' });

    const client = data(
      await app.gql(
        RegisterClient,
        { input: { email: `first-${Date.now()}@example.com`, fullName: 'First Client' } },
        token,
      ),
    ).registerClient.client;
    expect(client.uid).toBe('PLK-CLT001');
    const locked = await app.gql(UpdateCompany, { input: { prefix: 'PLQ' } }, token);
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'prefix' });
    expect(
      data(await app.gql(UpdateCompany, { input: { name: 'Prefix Lock Partners Ltd' } }, token)).updateCompany.company,
    ).toMatchObject({ name: 'Prefix Lock Partners Ltd', prefix: 'PLK', prefixLocked: true });
  });
});
