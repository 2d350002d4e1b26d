// The database's tables as code needs to name them: which hold one company's rows, which form the
// append-only sales ledger, which hold people's profiles, and how to quote a name into SQL.

/** `"Name"`, with embedded quotes doubled. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface TenantTable {
  table: string;
  /** Expression naming a row in an audit finding (the id, or the rest of the primary key). */
  rowId: string;
}

/** Every table carrying `companyId` (row-level security on each; Company and Person are shared). */
export const TENANT_TABLES: readonly TenantTable[] = [
  { table: 'CompanyAnchor', rowId: '"companyId"' },
  { table: 'User', rowId: '"id"' },
  { table: 'Credential', rowId: '"userId"' },
  { table: 'StaffMember', rowId: '"id"' },
  { table: 'Marketer', rowId: '"id"' },
  { table: 'Client', rowId: '"id"' },
  { table: 'ClientAssignment', rowId: '"id"' },
  { table: 'Estate', rowId: '"id"' },
  { table: 'PlotSize', rowId: '"id"' },
  { table: 'Plot', rowId: '"id"' },
  { table: 'Message', rowId: '"id"' },
  { table: 'CompanySequence', rowId: '"key"' },
  { table: 'Sale', rowId: '"id"' },
  { table: 'Instalment', rowId: '"id"' },
  { table: 'Payment', rowId: '"id"' },
  { table: 'CommissionRate', rowId: '"id"' },
  { table: 'CommissionAccrual', rowId: '"id"' },
  { table: 'CommissionPayout', rowId: '"id"' },
  { table: 'CollectionSettings', rowId: '"companyId"' },
  { table: 'Event', rowId: '"id"' },
  { table: 'WebhookEndpoint', rowId: '"id"' },
  { table: 'WebhookDelivery', rowId: '"id"' },
  { table: 'Reminder', rowId: '"id"' },
  { table: 'Notification', rowId: '"id"' },
  { table: 'Announcement', rowId: '"id"' },
  { table: 'GatewayPayment', rowId: '"id"' },
  { table: 'GatewayEvent', rowId: '"id"' },
];

/**
 * The sales ledger: rows are only ever added; the app role may not delete them or update any
 * column but a sale's running totals (paidMinor, nextDueDate).
 */
export const LEDGER_TABLES = [
  'Sale',
  'Instalment',
  'Payment',
  'CommissionRate',
  'CommissionAccrual',
  'CommissionPayout',
] as const;

/** Tables of people's profiles in a company (a user with a row in one has a role there). */
export const PROFILE_TABLES = ['StaffMember', 'Marketer', 'Client'] as const;
