// Company staff: admins add admins and analysts; analysts read everything and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { codes, type TestApp } from './support/app.ts';
import { data, login, PASSWORD, RegisterClient, type CompanyFixture, twoCompanies } from './support/fixtures.ts';

let app: TestApp;
let a: CompanyFixture;
beforeAll(async () => ({ app, a } = await twoCompanies()));
afterAll(async () => {
  await app?.close();
});

const AddStaff = graphql(`
  mutation StaffAdd($input: AddStaffMemberInput!) { addStaffMember(input: $input) { member { id fullName email role status } invitation { token } } }
`);
const SetStatus = graphql(
  `mutation StaffSetStatus($input: SetStaffMemberStatusInput!) { setStaffMemberStatus(input: $input) { member { status archivedAt } } }`,
);
const Staff = graphql(
  `query StaffList { staffMembers { totalCount edges { node { fullName role } } } clients { totalCount } }`,
);

describe('staff', () => {
  it('adds an analyst who reads everything and changes nothing', async () => {
    const email = `analyst-${Date.now()}@example.com`;
    const added = data(
      await app.gql(
        AddStaff,
        { input: { email, fullName: 'Ana Lyst', role: 'ANALYST', password: PASSWORD } },
        a.admin.token,
      ),
    ).addStaffMember;
    expect(added.member).toMatchObject({ fullName: 'Ana Lyst', email, role: 'ANALYST', status: 'ACTIVE' });
    expect(added.invitation).toBeNull();
    const analyst = await login(app, a.slug, email);
    const seen = data(await app.gql(Staff, {}, analyst));
    expect(seen.staffMembers.edges.map((e) => e.node.fullName)).toEqual([`Admin of ${a.name}`, 'Ana Lyst']);
    expect(seen.clients.totalCount).toBeGreaterThan(0);
    expect(
      codes(await app.gql(RegisterClient, { input: { email: `x-${Date.now()}@example.com`, fullName: 'X' } }, analyst)),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await app.gql(
          AddStaff,
          { input: { email: `y-${Date.now()}@example.com`, fullName: 'Y', role: 'ADMIN' } },
          analyst,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await app.gql(Staff, {}, a.marketer.token))).toContain('FORBIDDEN');

    data(await app.gql(SetStatus, { input: { id: added.member.id, status: 'ARCHIVED' } }, a.admin.token));
    expect(codes(await app.gql(Staff, {}, analyst))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses the same person twice, and never archives the last active admin', async () => {
    expect(
      codes(
        await app.gql(AddStaff, { input: { email: a.admin.email, fullName: 'Again', role: 'ANALYST' } }, a.admin.token),
      ),
    ).toEqual(['CONFLICT']);
    expect(
      codes(await app.gql(SetStatus, { input: { id: a.admin.memberId, status: 'ARCHIVED' } }, a.admin.token)),
    ).toEqual(['CONFLICT']);
    const second = data(
      await app.gql(
        AddStaff,
        { input: { email: `admin2-${Date.now()}@example.com`, fullName: 'Second Admin', role: 'ADMIN' } },
        a.admin.token,
      ),
    ).addStaffMember;
    expect(second.invitation).not.toBeNull();
    expect(
      data(await app.gql(SetStatus, { input: { id: second.member.id, status: 'ARCHIVED' } }, a.admin.token))
        .setStaffMemberStatus.member.status,
    ).toBe('ARCHIVED');
  });
});

describe("staff sign-in is the admin's to decide", () => {
  it('voids a password or invitation a marketer set before the person was added to the staff', async () => {
    const Login = graphql(`mutation StaffLogin($input: LoginInput!) { login(input: $input) { viewer { role } } }`);
    const SetPassword = graphql(
      `mutation StaffSetPassword($input: SetPasswordInput!) { setPassword(input: $input) { companySlug email } }`,
    );
    const withPassword = `planted-${Date.now()}@example.com`;
    await app.gql(
      RegisterClient,
      { input: { email: withPassword, fullName: 'Planted', password: 'marketer chose this' } },
      a.marketer.token,
    );
    const staff = data(
      await app.gql(AddStaff, { input: { email: withPassword, fullName: 'Now Admin', role: 'ADMIN' } }, a.admin.token),
    ).addStaffMember;
    expect(staff.invitation).not.toBeNull();
    expect(
      codes(await app.gql(Login, { input: { company: a.slug, email: withPassword, password: 'marketer chose this' } })),
    ).toEqual(['UNAUTHENTICATED']);

    const withInvitation = `invited-${Date.now()}@example.com`;
    const first = data(
      await app.gql(RegisterClient, { input: { email: withInvitation, fullName: 'Invited' } }, a.marketer.token),
    ).registerClient.invitation!;
    const second = data(
      await app.gql(
        AddStaff,
        { input: { email: withInvitation, fullName: 'Invited Analyst', role: 'ANALYST' } },
        a.admin.token,
      ),
    ).addStaffMember.invitation!;
    expect(
      codes(await app.gql(SetPassword, { input: { token: first.token, password: 'held by the marketer' } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      data(await app.gql(SetPassword, { input: { token: second.token, password: 'chosen by the analyst' } }))
        .setPassword,
    ).toEqual({ companySlug: a.slug, email: withInvitation });
    expect(
      data(
        await app.gql(Login, { input: { company: a.slug, email: withInvitation, password: 'chosen by the analyst' } }),
      ).login.viewer.role,
    ).toBe('ANALYST');
  });
});
