// What each role may do, in one vocabulary. Schema fields declare `authScopes: { can: '…' }`,
// services check the same names, and `me { permissions }` tells a UI what to offer.
import type { Role, Viewer } from './roles.ts';

const ADMIN: readonly Role[] = ['ADMIN'];
const STAFF: readonly Role[] = ['ADMIN', 'ANALYST'];

export const PERMISSIONS = {
  UPDATE_COMPANY: {
    roles: ADMIN,
    description: "Change the company's name, time zone and (until the first UID) prefix.",
  },
  READ_STAFF: { roles: STAFF, description: 'List the staff (admins and analysts).' },
  MANAGE_STAFF: { roles: ADMIN, description: 'Add, archive and restore staff members.' },
  RESET_PASSWORDS: { roles: ADMIN, description: "Issue an invitation to set or reset a person's password." },
  LIST_MARKETERS: { roles: STAFF, description: 'List every marketer.' },
  MANAGE_MARKETERS: { roles: ADMIN, description: 'Register, archive, restore and delete marketers.' },
  LIST_CLIENTS: { roles: [...STAFF, 'MARKETER'], description: 'List clients (a marketer: their own).' },
  REGISTER_CLIENTS: { roles: ['ADMIN', 'MARKETER'], description: 'Register clients (a marketer: for themself).' },
  MANAGE_CLIENTS: { roles: ADMIN, description: 'Archive, restore, delete and reassign clients.' },
  READ_ASSIGNMENT_HISTORY: { roles: STAFF, description: "Read the history of clients' marketers." },
  MANAGE_ESTATES: {
    roles: ADMIN,
    description: 'Create and edit estates, plot sizes and plots; reserve, allocate and release plots.',
  },
  SEND_MESSAGES: { roles: ['CLIENT', 'MARKETER'], description: 'Start a message thread with the company.' },
  REPLY_TO_MESSAGES: {
    roles: ['ADMIN', 'CLIENT', 'MARKETER'],
    description: 'Reply to threads and mark them read (admins: any; others: their own).',
  },
  READ_SALES: {
    roles: [...STAFF, 'MARKETER', 'CLIENT'],
    description: "Read sales, their schedules and payments (a marketer: their clients'; a client: their own).",
  },
  MANAGE_SALES: { roles: ADMIN, description: 'Sell plots: record sales with their payment plans.' },
  RECORD_PAYMENTS: { roles: ADMIN, description: 'Record payments and reverse them.' },
  READ_COMMISSIONS: {
    roles: [...STAFF, 'MARKETER'],
    description: 'Read commission rates and statements (a marketer: their own).',
  },
  MANAGE_COMMISSIONS: { roles: ADMIN, description: 'Set commission rates and record commission payouts.' },
  READ_INSIGHTS: {
    roles: [...STAFF, 'MARKETER'],
    description: 'Read insights: figures computed over the company (a marketer: over their own clients).',
  },
  READ_SEQUENCES: { roles: ADMIN, description: "Read the company's numbering: counters, gaps and UID health." },
  MANAGE_WEBHOOKS: {
    roles: ADMIN,
    description: 'Register webhook endpoints, see their deliveries and the events, and replay events.',
  },
  MANAGE_COLLECTIONS: {
    roles: ADMIN,
    description: 'Set the reminder schedule and the payment gateway; see reminders and held gateway payments.',
  },
  SEND_ANNOUNCEMENTS: { roles: ADMIN, description: 'Send announcements to clients and marketers.' },
  PAY_ONLINE: {
    roles: ['ADMIN', 'CLIENT'],
    description: "Start an online payment through the company's gateway (a client: for their own sales).",
  },
} as const satisfies Record<string, { roles: readonly Role[]; description: string }>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function can(viewer: Viewer | null, permission: Permission): boolean {
  return !!viewer && (PERMISSIONS[permission].roles as readonly Role[]).includes(viewer.role);
}

export function permissionsOf(viewer: Viewer): Permission[] {
  return PERMISSION_NAMES.filter((p) => can(viewer, p));
}
