// Which rows of its own company a viewer may see, beyond what their role may do. Each rule is
// written once, as a Prisma filter on one model for one viewer: lists use it as their `where`, a
// single row is checked against it (src/runtime/visibility.ts: in memory when the row holds what
// it reads, else by the database), and SQL (insights, the read planner) is compiled from it
// (src/db/where-sql.ts). test/policy.test.ts shows the three agree for every role.
import { matchesRow } from '../db/where-match.ts';
import { aliasCounter, whereSql } from '../db/where-sql.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { isStaff, type Viewer } from './roles.ts';

/** Matches every row (the tenant scope and row-level security still hold). */
const ALL = {};
/** Matches no row. */
const NONE = { id: { in: [] as string[] } };

/** Clients: staff see all; a marketer the clients assigned to them now; a client themself. */
const Client = (v: Viewer): Prisma.ClientWhereInput =>
  isStaff(v)
    ? ALL
    : v.role === 'MARKETER'
      ? { marketerId: v.profileId }
      : v.role === 'CLIENT'
        ? { id: v.profileId }
        : NONE;

/** Marketers: staff see all; a marketer themself; a client their current marketer. */
const Marketer = (v: Viewer): Prisma.MarketerWhereInput =>
  isStaff(v)
    ? ALL
    : v.role === 'MARKETER'
      ? { id: v.profileId }
      : v.role === 'CLIENT'
        ? { clients: { some: { id: v.profileId } } }
        : NONE;

/** People's accounts (email, name): staff see everyone in the company; others themself and those Client and Marketer let them see. */
const User = (v: Viewer): Prisma.UserWhereInput =>
  isStaff(v)
    ? ALL
    : {
        OR: [
          { id: v.userId },
          v.role === 'MARKETER'
            ? { clients: { some: { marketerId: v.profileId } } }
            : { marketers: { some: { clients: { some: { id: v.profileId } } } } },
        ],
      };

/** Sales, with their schedules and payments, follow their client (as Client sees them). */
const Sale = (v: Viewer): Prisma.SaleWhereInput =>
  isStaff(v) ? ALL : v.role === 'MARKETER' ? { client: { marketerId: v.profileId } } : { clientId: v.profileId };
const Payment = (v: Viewer): Prisma.PaymentWhereInput => (isStaff(v) ? ALL : { sale: Sale(v) });
const Instalment = (v: Viewer): Prisma.InstalmentWhereInput => (isStaff(v) ? ALL : { sale: Sale(v) });

/** Messages: staff see all of the company's; a client or marketer the threads they own. */
const Message = (v: Viewer): Prisma.MessageWhereInput =>
  isStaff(v)
    ? ALL
    : v.role === 'CLIENT'
      ? { ownerClientId: v.profileId }
      : v.role === 'MARKETER'
        ? { ownerMarketerId: v.profileId }
        : NONE;

/** Every model with a visibility rule; a model not listed is seen by everyone its fields' permissions admit. */
export const VISIBLE = { Client, Marketer, User, Sale, Payment, Instalment, Message } as const;
export type VisibleModel = keyof typeof VISIBLE;

/**
 * A marketer's own records (their client list, commission, leaderboard line, registrations):
 * staff, and the marketer themself.
 */
export const marketerRecords = (v: Viewer): Prisma.MarketerWhereInput =>
  isStaff(v) ? ALL : v.role === 'MARKETER' ? { id: v.profileId } : NONE;

/** Whether the viewer may see the records of marketer `marketerId`. */
export const canSeeRecordsOf = (v: Viewer | null, marketerId: string): boolean =>
  !!v && matchesRow('Marketer', marketerRecords(v), { id: marketerId }) === true;

/** Messages addressed to the viewer's side: owners' messages for staff, staff replies for an owner. */
export const messagesAddressedTo = (v: Viewer): Prisma.MessageWhereInput => ({ ...Message(v), fromStaff: !isStaff(v) });

/** Admins reply to any thread; a client or marketer to their own; analysts never. */
export const canReplyTo = (v: Viewer, message: { ownerClientId: string | null; ownerMarketerId: string | null }) =>
  v.role !== 'ANALYST' && matchesRow('Message', Message(v), message) === true;

/** canReplyTo of the message row `message`, as SQL (for the read planner). */
export const canReplyToSql = (v: Viewer, message: string, company?: Prisma.Sql) =>
  v.role === 'ANALYST' ? Prisma.sql`false` : whereSql('Message', Message(v), message, aliasCounter('cr', company));

/**
 * Notifications: each person sees only their own, whatever their role (staff see no more than
 * others here, so this is not a rule of VISIBLE, where staff see everything).
 */
export const ownNotifications = (v: Viewer): Prisma.NotificationWhereInput => ({ recipientProfileId: v.profileId });

/** Whether a notification row is the viewer's. */
export const isOwnNotification = (v: Viewer | null, row: { recipientProfileId: string }) =>
  !!v && row.recipientProfileId === v.profileId;
