// Companies: sign-up (createCompany), the viewer's company, and its settings.
import { builder } from '../../schema/builder.ts';
import { planned } from '../../schema/planning.ts';
import { createCompany, prefixLocked, prefixLockedSql, updateCompany } from './service.ts';

builder.prismaNode('Company', {
  id: { field: 'id' },
  description: 'A company selling land: every signed-in person sees only their own.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name, such as "Lamba Property Limited".' }),
    slug: t.exposeString('slug', { description: 'Names the company at sign-in.' }),
    prefix: t.exposeString('prefix', { description: 'Starts every UID the company issues (LPL in LPL-MKT003).' }),
    prefixLocked: t.boolean({
      description: 'True once a UID has been issued: the prefix can no longer change.',
      resolve: (company, _args, ctx) => prefixLocked(ctx, company.id),
      extensions: planned({ kind: 'sql', json: ({ row, aliases }) => prefixLockedSql(row, aliases.company) }),
    }),
    timeZone: t.exposeString('timeZone', {
      description:
        'IANA time zone (such as Africa/Lagos) in which insights count days, weeks, months, quarters and years; UTC unless set.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it signed up.' }),
  }),
});

const AdminInput = builder.inputType('CompanyAdminInput', {
  description: "The company's first admin.",
  fields: (t) => ({
    email: t.string({ description: 'Their email address; it names them at sign-in.' }),
    fullName: t.string({ description: 'Their full name, up to 120 characters.' }),
    password: t.string({ description: 'At least 8 characters: the password for signing in to this company.' }),
    phone: t.string({ required: false, description: 'Their phone number: 7 to 15 digits.' }),
  }),
});

const CreateCompanyInput = builder.inputType('CreateCompanyInput', {
  description: 'A new company and its first admin.',
  fields: (t) => ({
    name: t.string({
      description: 'The company name, up to 120 characters (its slug for sign-in is derived from it).',
    }),
    prefix: t.string({ required: false, description: '2–5 letters A–Z; derived from the name when omitted.' }),
    admin: t.field({ type: AdminInput, description: 'Its first admin, signed in at once.' }),
  }),
});

interface CreatedCompany {
  token: string;
  expiresAt: Date;
  companyId: string;
  userId: string;
}

const CreateCompanyPayload = builder.objectRef<CreatedCompany>('CreateCompanyPayload').implement({
  description: 'The new company, and a sign-in for its admin.',
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Bearer token for the new admin.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the token stops working.' }),
    company: t.prismaField({
      type: 'Company',
      description: 'The new company.',
      resolve: (query, parent, _args, ctx) =>
        ctx.db.company.findUniqueOrThrow({ ...query, where: { id: parent.companyId } }),
    }),
    admin: t.prismaField({
      type: 'User',
      description: 'Its first admin.',
      resolve: (query, parent, _args, ctx) =>
        ctx.db.user.findUniqueOrThrow({
          ...query,
          where: { companyId_id: { companyId: parent.companyId, id: parent.userId } },
        }),
    }),
  }),
});

const UpdateCompanyInput = builder.inputType('UpdateCompanyInput', {
  description: "Changes to the company's settings; omitted fields stay as they are.",
  fields: (t) => ({
    name: t.string({ required: false, description: 'The new name.' }),
    prefix: t.string({ required: false, description: 'Can change only until the first UID is issued.' }),
    timeZone: t.string({
      required: false,
      description:
        'An IANA time zone name such as Africa/Lagos (any PostgreSQL knows, matched without regard to case): insights bucket in it.',
    }),
  }),
});

const UpdateCompanyPayload = builder.objectRef<{ id: string }>('UpdateCompanyPayload').implement({
  description: 'The company with its new settings.',
  fields: (t) => ({
    company: t.prismaField({
      type: 'Company',
      description: 'The company, as it is now.',
      resolve: (query, p, _a, ctx) => ctx.db.company.findUniqueOrThrow({ ...query, where: { id: p.id } }),
    }),
  }),
});

builder.queryFields((t) => ({
  company: t.withAuth({ authenticated: true }).prismaField({
    type: 'Company',
    description: "The viewer's company.",
    extensions: planned({
      kind: 'rows',
      model: 'Company',
      query: (_args, s) => ({ where: { id: s.viewer.companyId } }),
    }),
    resolve: (query, _root, _args, ctx) =>
      ctx.db.company.findUniqueOrThrow({ ...query, where: { id: ctx.viewer.companyId } }),
  }),
}));

builder.mutationFields((t) => ({
  createCompany: t.field({
    type: CreateCompanyPayload,
    description:
      'Signs up a company with its first admin. Open only when sign-up is (SIGNUP=open). Must be the only field of its operation.',
    authScopes: { public: true },
    extensions: { soleRootField: true },
    args: { input: t.arg({ type: CreateCompanyInput, description: 'The company and its first admin.' }) },
    resolve: async (_root, { input }, ctx) => {
      const admin = await createCompany(ctx, input);
      // A new profile is at token generation 0.
      return {
        ...(await ctx.runtime.tokens.sign({ ...admin, generation: 0 })),
        companyId: admin.companyId,
        userId: admin.userId,
      };
    },
  }),
  updateCompany: t.withAuth({ can: 'UPDATE_COMPANY' }).field({
    type: UpdateCompanyPayload,
    description: "Changes the company's name, its time zone and (until the first UID is issued) its prefix.",
    args: { input: t.arg({ type: UpdateCompanyInput, description: 'What to change.' }) },
    resolve: async (_root, { input }, ctx) => ({ id: await updateCompany(ctx, input) }),
  }),
}));
