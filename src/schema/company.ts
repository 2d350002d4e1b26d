// Companies: sign-up (createCompany), the viewer's company, and its settings.
import { randomUUID } from 'node:crypto';
import { ensureUser, prefixTaken, slugTaken } from '../db/lookups.ts';
import { switchCompany } from '../db/tenant.ts';
import { badInput, conflict, forbidden, requireSoleRootField } from '../domain/errors.ts';
import { hashPassword } from '../domain/passwords.ts';
import { PREFIX_PATTERN, derivePrefix, prefixCandidates, slugify } from '../domain/prefix.ts';
import * as valid from '../domain/validation.ts';
import type { TenantTx } from '../db/tenant.ts';
import { builder } from './builder.ts';
import './user.ts';

export const CompanyType = builder.prismaNode('Company', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    slug: t.exposeString('slug', { description: 'Names the company at sign-in.' }),
    prefix: t.exposeString('prefix', { description: 'Starts every UID the company issues (LPL in LPL-MKT003).' }),
    prefixLocked: t.boolean({
      description: 'True once a UID has been issued: the prefix can no longer change.',
      resolve: async (company, _args, ctx) => (await ctx.db.companySequence.count({ where: { companyId: company.id } })) > 0,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

function normalisePrefix(field: string, value: string): string {
  const prefix = value.trim().toUpperCase();
  if (!PREFIX_PATTERN.test(prefix)) throw badInput(field, 'A prefix is 2 to 5 letters A–Z.');
  return prefix;
}

async function suggestPrefix(db: TenantTx, name: string, wanted: string): Promise<string | null> {
  for (const candidate of prefixCandidates(name, wanted)) if (!(await prefixTaken(db, candidate))) return candidate;
  return null;
}

async function refuseTakenPrefix(db: TenantTx, name: string, prefix: string, field: string): Promise<void> {
  if (!(await prefixTaken(db, prefix))) return;
  const suggestedPrefix = await suggestPrefix(db, name, prefix);
  throw conflict(`The prefix ${prefix} is taken${suggestedPrefix ? `; ${suggestedPrefix} is free` : ''}.`, { field, suggestedPrefix });
}

async function freeSlug(db: TenantTx, name: string): Promise<string> {
  const base = slugify(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(db, slug))) return slug;
  }
}

const AdminInput = builder.inputType('CompanyAdminInput', {
  fields: (t) => ({
    email: t.string(),
    fullName: t.string(),
    password: t.string({ description: 'At least 8 characters: the password for signing in to this company.' }),
    phone: t.string({ required: false }),
  }),
});

const CreateCompanyInput = builder.inputType('CreateCompanyInput', {
  fields: (t) => ({
    name: t.string(),
    prefix: t.string({ required: false, description: '2–5 letters A–Z; derived from the name when omitted.' }),
    admin: t.field({ type: AdminInput }),
  }),
});

interface CreatedCompany {
  token: string;
  expiresAt: Date;
  companyId: string;
  userId: string;
}

const CreateCompanyPayload = builder.objectRef<CreatedCompany>('CreateCompanyPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Bearer token for the new admin.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    company: t.prismaField({
      type: 'Company',
      resolve: (query, parent, _args, ctx) => ctx.db.company.findUniqueOrThrow({ ...query, where: { id: parent.companyId } }),
    }),
    admin: t.prismaField({
      type: 'User',
      resolve: (query, parent, _args, ctx) => ctx.db.user.findUniqueOrThrow({ ...query, where: { id: parent.userId } }),
    }),
  }),
});

const UpdateCompanyInput = builder.inputType('UpdateCompanyInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    prefix: t.string({ required: false, description: 'Can change only until the first UID is issued.' }),
  }),
});

builder.queryFields((t) => ({
  company: t.prismaField({
    type: 'Company',
    description: "The viewer's company.",
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => ctx.db.company.findUniqueOrThrow({ ...query, where: { id: ctx.viewer!.companyId } }),
  }),
}));

builder.mutationFields((t) => ({
  createCompany: t.field({
    type: CreateCompanyPayload,
    description: 'Signs up a company with its first admin. Open only when sign-up is (SIGNUP=open).',
    authScopes: { public: true },
    args: { input: t.arg({ type: CreateCompanyInput }) },
    resolve: async (_root, { input }, ctx, info) => {
      requireSoleRootField(info);
      if (ctx.services.config.signup !== 'open') throw forbidden('Sign-up is closed on this server.');
      const name = valid.text('name', input.name, 120);
      const email = valid.email('admin.email', input.admin.email);
      const fullName = valid.text('admin.fullName', input.admin.fullName, 120);
      const password = valid.password('admin.password', input.admin.password);
      const phone = valid.phone('admin.phone', input.admin.phone);
      const prefix = input.prefix != null ? normalisePrefix('prefix', input.prefix) : derivePrefix(name);
      if (!prefix) throw badInput('prefix', 'The name has too few letters to derive a prefix: give one.');
      await refuseTakenPrefix(ctx.db, name, prefix, 'prefix');

      const passwordHash = await hashPassword(password);
      const userId = await ensureUser(ctx.db, email);
      const companyId = randomUUID();
      await switchCompany(ctx.db, ctx.scope, companyId, userId);
      await ctx.db.company.create({ data: { id: companyId, name, prefix, slug: await freeSlug(ctx.db, name) } });
      await ctx.db.credential.create({ data: { companyId, userId, passwordHash } });
      const member = await ctx.db.companyMember.create({ data: { companyId, userId, fullName, phone, role: 'ADMIN' } });
      const viewer = { userId, companyId, role: 'ADMIN' as const, profileId: member.id };
      ctx.viewer = viewer;
      const { token, expiresAt } = await ctx.services.tokens.sign(viewer);
      return { token, expiresAt, companyId, userId };
    },
  }),
  updateCompany: t.prismaField({
    type: 'Company',
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateCompanyInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      // Locks out registrations (they share-lock this row) while the prefix may change.
      await ctx.db.$executeRaw`SELECT 1 FROM "Company" WHERE "id" = ${ctx.viewer!.companyId}::uuid FOR UPDATE`;
      const current = await ctx.db.company.findUniqueOrThrow({ where: { id: ctx.viewer!.companyId } });
      const name = input.name != null ? valid.text('name', input.name, 120) : current.name;
      let prefix = current.prefix;
      if (input.prefix != null && normalisePrefix('prefix', input.prefix) !== current.prefix) {
        prefix = normalisePrefix('prefix', input.prefix);
        if ((await ctx.db.companySequence.count()) > 0) throw conflict('The prefix is fixed once a UID has been issued.', { field: 'prefix' });
        await refuseTakenPrefix(ctx.db, name, prefix, 'prefix');
      }
      return ctx.db.company.update({ ...query, where: { id: current.id }, data: { name, prefix } });
    },
  }),
}));

