/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new plot size of an estate. */
export type AddPlotSizeInput = {
  /** Area in square metres, 1 to 10,000,000. */
  areaSqm: number;
  /** ISO 4217 code, such as NGN. */
  currency: string;
  /** Global id of the Estate. */
  estateId: string | number;
  /** Such as "500 sqm". */
  label: string;
  /** Price in minor units of `currency` (kobo, cents). */
  priceMinor: string;
};

/** New plots of one size. */
export type AddPlotsInput = {
  /** Their numbers: 1 to 1000, each unique within the estate. */
  numbers: Array<string>;
  /** Global id of their PlotSize (which names the estate). */
  plotSizeId: string | number;
};

/** A new staff member's details and role. */
export type AddStaffMemberInput = {
  /** Their email address; it names them at sign-in. */
  email: string;
  /** Their full name, up to 120 characters. */
  fullName: string;
  /** At least 8 characters. Omit to get an invitation instead. Ignored for a person who already has a role in this company (except when an admin adds them to the staff). */
  password?: string | null | undefined;
  /** Their phone number: 7 to 15 digits, spaces, dashes, dots and brackets allowed. */
  phone?: string | null | undefined;
  /** Admin or analyst. */
  role: StaffRole;
};

/** How long an instalment has been past due. */
export type AgeingBand =
  /** 1 to 30 days past its due date. */
  | 'DAYS_1_30'
  /** 31 to 60 days past its due date. */
  | 'DAYS_31_60'
  /** 61 to 90 days past its due date. */
  | 'DAYS_61_90'
  /** More than 90 days past its due date. */
  | 'OVER_90';

/** The plot to allocate, and to whom. */
export type AllocatePlotInput = {
  /** Global id of the Client. */
  clientId: string | number;
  /** Global id of the Plot. */
  plotId: string | number;
};

/** The client to archive. */
export type ArchiveClientInput = {
  /** Global id of the Client. */
  id: string | number;
};

/** A client and their new marketer (or none). */
export type AssignClientInput = {
  /** Global id of the Client. */
  clientId: string | number;
  /** Global id of the new Marketer; null (or omitted) leaves the client without one. */
  marketerId?: string | number | null | undefined;
};

/** Which clients to list: every field given must match. */
export type ClientFilter = {
  /** true: clients with a marketer; false: clients without one. */
  assigned?: boolean | null | undefined;
  /** Registered at or after this instant (RFC 3339 with its offset, such as 2026-02-01T00:00:00+01:00). */
  createdFrom?: string | null | undefined;
  /** Registered in this period of the company's days (its time zone). */
  createdIn?: RelativePeriod | null | undefined;
  /** Registered before this instant (RFC 3339 with its offset). */
  createdTo?: string | null | undefined;
  /** Clients of this marketer now (global id of the Marketer). */
  marketerId?: string | number | null | undefined;
  /** Text in the name, email or UID (up to 200 characters). */
  search?: string | null | undefined;
  /** Clients in any of these states; takes the place of the list's status argument. */
  status?: Array<ProfileStatus> | null | undefined;
};

/** One sort key of clients: orderBy takes up to 5, applied in turn, and the id breaks any tie that remains. */
export type ClientOrder = {
  /** Ascending unless DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field: ClientOrderField;
};

/** What clients can be sorted by. */
export type ClientOrderField =
  /** When they were registered. */
  | 'CREATED_AT'
  /** Their name as the company records it. */
  | 'FULL_NAME'
  /** How many sales they have. */
  | 'SALES'
  /** Their UID number (registration order). */
  | 'UID';

/** The company's first admin. */
export type CompanyAdminInput = {
  /** Their email address; it names them at sign-in. */
  email: string;
  /** Their full name, up to 120 characters. */
  fullName: string;
  /** At least 8 characters: the password for signing in to this company. */
  password: string;
  /** Their phone number: 7 to 15 digits. */
  phone?: string | null | undefined;
};

/** A new company and its first admin. */
export type CreateCompanyInput = {
  /** Its first admin, signed in at once. */
  admin: CompanyAdminInput;
  /** The company name, up to 120 characters (its slug for sign-in is derived from it). */
  name: string;
  /** 2–5 letters A–Z; derived from the name when omitted. */
  prefix?: string | null | undefined;
};

/** A new estate. */
export type CreateEstateInput = {
  /** Anything else a buyer should know (on update, null clears it). */
  description?: string | null | undefined;
  /** Such as "Lekki, Lagos". */
  location: string;
  /** Such as "Palm Grove Estate". */
  name: string;
};

/** Whose password the invitation is for. */
export type CreatePasswordInvitationInput = {
  /** Global id of the User. */
  userId: string | number;
};

/** A plot sold to a client. */
export type CreateSaleInput = {
  /** The buyer, an active client. */
  clientId: string | number;
  /** ISO 4217 code; the plot size's currency when omitted. */
  currency?: string | null | undefined;
  /** How the price is paid. */
  plan: PaymentPlanInput;
  /** The plot: available, reserved for this client, or allocated to them. */
  plotId: string | number;
  /** The agreed price in minor units; the plot size's price when omitted. */
  priceMinor?: string | null | undefined;
  /** The date of the sale; today in the company time zone when omitted; never in the future. */
  soldOn?: string | null | undefined;
};

/** The client to delete. */
export type DeleteClientInput = {
  /** Global id of the Client. */
  id: string | number;
};

/** One sort key of estates: orderBy takes up to 5, applied in turn, and the id breaks any tie that remains. */
export type EstateOrder = {
  /** Ascending unless DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field: EstateOrderField;
};

/** What estates can be sorted by. */
export type EstateOrderField =
  /** When it was created. */
  | 'CREATED_AT'
  /** The name. */
  | 'NAME'
  /** How many plots it has. */
  | 'PLOTS';

/** Whether an estate is on offer. */
export type EstateStatus =
  /** Browsed by everyone in the company. */
  | 'ACTIVE'
  /** Hidden from browsing unless asked for; its plots and sales stay. */
  | 'ARCHIVED';

/** What to break a figure down by, within each bucket. */
export type InsightGrouping =
  /** The estate of the plot sold. */
  | 'ESTATE'
  /** The marketer credited with the sale (who earns its commission). */
  | 'MARKETER'
  /** How the money was paid (payments only; a reversal counts against the method of the payment it undoes). */
  | 'METHOD'
  /** The plot size sold (named with its estate). */
  | 'PLOT_SIZE';

/** Calendar dates from and to, both included, or a period relative to the company's today. */
export type InsightPeriod = {
  /** The first day counted (with `to`). */
  from?: string | null | undefined;
  /** Instead of from and to: a period from today in the company's time zone, such as LAST_MONTH. */
  relative?: RelativePeriod | null | undefined;
  /** The last day counted; on or after `from`. */
  to?: string | null | undefined;
};

/** Calendar dates from and to (both included), or a period relative to the company's today, in buckets; at most 1000 buckets. */
export type InsightRange = {
  /** The span of each bucket; without one, the whole range is one bucket starting on `from`. */
  bucket?: TimeBucket | null | undefined;
  /** The first day counted (with `to`). */
  from?: string | null | undefined;
  /** Instead of from and to: a period from today in the company's time zone, such as THIS_QUARTER. */
  relative?: RelativePeriod | null | undefined;
  /** The last day counted; on or after `from`. */
  to?: string | null | undefined;
};

/** One instalment of a CUSTOM plan: an amount or a percentage, not both. */
export type InstalmentInput = {
  /** What it asks for, in minor units. */
  amountMinor?: string | null | undefined;
  /** When it falls due (after the one before). */
  dueDate: string;
  /** Its share of the price in basis points (5000 = 50%). */
  percentBp?: number | null | undefined;
};

/** An instalment's standing today; payments are applied to instalments in due order. */
export type InstalmentState =
  /** Nothing paid yet; not yet past due. */
  | 'DUE'
  /** Past its due date and not paid in full. */
  | 'OVERDUE'
  /** Paid in full. */
  | 'PAID'
  /** Partly paid; not yet past due. */
  | 'PARTIAL';

/** What the marketer leaderboard can be ranked by. */
export type LeaderboardField =
  /** Clients assigned to them. */
  | 'CLIENTS'
  /** Money collected on those sales, in `currency`. */
  | 'COLLECTED'
  /** Commission accrued, in `currency`. */
  | 'COMMISSION'
  /** The marketer's name. */
  | 'NAME'
  /** Sales credited to them. */
  | 'SALES'
  /** The price of those sales, in `currency`. */
  | 'SALES_VALUE'
  /** The marketer's UID (registration order). */
  | 'UID';

/** One ranking key of the leaderboard: up to five apply in turn, and the marketer breaks any tie that remains. */
export type LeaderboardOrder = {
  /** Ascending unless DESC. */
  direction?: SortDirection;
  /** What to rank by. */
  field: LeaderboardField;
};

/** Who signs in, to which company. */
export type LoginInput = {
  /** The company slug. */
  company: string;
  /** Their email address. */
  email: string;
  /** Their password for this company. */
  password: string;
  /** Which role to sign in as; the most powerful one when omitted. */
  role?: Role | null | undefined;
};

/** The thread to mark read. */
export type MarkReadInput = {
  /** Global id of the first Message of the thread. */
  threadId: string | number;
};

/** Which marketers to list: every field given must match. */
export type MarketerFilter = {
  /** Registered at or after this instant (RFC 3339 with its offset, such as 2026-02-01T00:00:00+01:00). */
  createdFrom?: string | null | undefined;
  /** Registered in this period of the company's days (its time zone). */
  createdIn?: RelativePeriod | null | undefined;
  /** Registered before this instant (RFC 3339 with its offset). */
  createdTo?: string | null | undefined;
  /** Text in the name, email or UID (up to 200 characters). */
  search?: string | null | undefined;
  /** Marketers in any of these states; takes the place of the list's status argument. */
  status?: Array<ProfileStatus> | null | undefined;
};

/** One sort key of marketers: orderBy takes up to 5, applied in turn, and the id breaks any tie that remains. */
export type MarketerOrder = {
  /** Ascending unless DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field: MarketerOrderField;
};

/** What marketers can be sorted by. */
export type MarketerOrderField =
  /** How many clients are assigned to them now. */
  | 'CLIENTS'
  /** When they were registered. */
  | 'CREATED_AT'
  /** Their name as the company records it. */
  | 'FULL_NAME'
  /** How many sales are credited to them. */
  | 'SALES'
  /** Their UID number (registration order). */
  | 'UID';

/** What a thread is about. */
export type MessageType =
  /** Something went wrong. */
  | 'COMPLAINT'
  /** Something went well. */
  | 'COMPLIMENT'
  /** A question. */
  | 'ENQUIRY'
  /** Anything else. */
  | 'GENERAL';

/** Which payments and reversals to list: every field given must match. */
export type PaymentFilter = {
  /** Of this client's sales (global id of the Client). */
  clientId?: string | number | null | undefined;
  /** In this currency (ISO 4217 code). */
  currency?: string | null | undefined;
  /** Of sales of plots in this estate (global id of the Estate). */
  estateId?: string | number | null | undefined;
  /** Payments, reversals, or both. */
  kind?: Array<PaymentKind> | null | undefined;
  /** Of sales credited to this marketer (global id of the Marketer). */
  marketerId?: string | number | null | undefined;
  /** Paid in any of these ways (a reversal: the payment it undoes was). */
  method?: Array<PaymentMethod> | null | undefined;
  /** Dated on or after this day. */
  paidFrom?: string | null | undefined;
  /** Dated in this period, reckoned from today in the company's time zone. */
  paidIn?: RelativePeriod | null | undefined;
  /** Dated on or before this day. */
  paidTo?: string | null | undefined;
  /** Of this sale (global id of the Sale). */
  saleId?: string | number | null | undefined;
};

/** What a receipt records. */
export type PaymentKind =
  /** Money received for a sale. */
  | 'PAYMENT'
  /** A payment undone in full (it adds back to the balance). */
  | 'REVERSAL';

/** How money was paid. */
export type PaymentMethod =
  /** A bank transfer or deposit. */
  | 'BANK_TRANSFER'
  /** A card payment online. */
  | 'CARD'
  /** Cash. */
  | 'CASH'
  /** A cheque. */
  | 'CHEQUE'
  /** Any other way (say which in the reference). */
  | 'OTHER'
  /** A point-of-sale card terminal. */
  | 'POS';

/** One sort key of payments: orderBy takes up to 5, applied in turn, and the id breaks any tie that remains. */
export type PaymentOrder = {
  /** Ascending unless DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field: PaymentOrderField;
};

/** What payments can be sorted by. */
export type PaymentOrderField =
  /** The amount, in minor units (currencies are not converted). */
  | 'AMOUNT'
  /** When it was recorded. */
  | 'CREATED_AT'
  /** The date of the payment or reversal. */
  | 'DATE'
  /** The receipt number (the order they were recorded in). */
  | 'RECEIPT_NUMBER';

/** How the price is paid. */
export type PaymentPlan =
  /** Instalments given one by one, by amount or by percentage. */
  | 'CUSTOM'
  /** At once: one instalment (due on the sale date unless given). */
  | 'FULL'
  /** Three instalments: 40%, 30% and 30%. */
  | 'SPLIT_40_30_30'
  /** Three instalments: 50%, 30% and 20%. */
  | 'SPLIT_50_30_20'
  /** Three instalments: 60%, 20% and 20%. */
  | 'SPLIT_60_20_20';

/** A payment plan: a preset split with its due dates, or CUSTOM instalments (amounts summing to the price, or percentages to 10000). */
export type PaymentPlanInput = {
  /** A preset's due dates in order, one per instalment (FULL: the sale date when omitted). */
  dueDates?: Array<string> | null | undefined;
  /** A CUSTOM plan's instalments in due order. */
  instalments?: Array<InstalmentInput> | null | undefined;
  /** Which plan. */
  plan: PaymentPlan;
};

/** Which plots to list: every field given must match. */
export type PlotFilter = {
  /** Plots of this estate (global id of the Estate). */
  estateId?: string | number | null | undefined;
  /** Plots of this size (global id of the PlotSize). */
  plotSizeId?: string | number | null | undefined;
  /** Text in the plot number (up to 200 characters). */
  search?: string | null | undefined;
  /** true: plots with a sale; false: plots without one. */
  sold?: boolean | null | undefined;
  /** Plots in any of these states. */
  status?: Array<PlotStatus> | null | undefined;
};

/** One sort key of plots: orderBy takes up to 5, applied in turn, and the id breaks any tie that remains. */
export type PlotOrder = {
  /** Ascending unless DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field: PlotOrderField;
};

/** What plots can be sorted by. */
export type PlotOrderField =
  /** The plot size's area. */
  | 'AREA'
  /** The estate's name. */
  | 'ESTATE'
  /** The plot number (as text: P-10 before P-2). */
  | 'NUMBER'
  /** The plot size's price, in minor units (currencies are not converted). */
  | 'PRICE'
  /** The state: AVAILABLE, RESERVED, then ALLOCATED. */
  | 'STATUS';

/** A plot's state; a sold plot is ALLOCATED to its buyer (Plot.sale says whether it is sold; counts such as Estate.availability and insights.plotStock give sold plots apart). */
export type PlotStatus =
  /** Allocated to a client: sold to them, or held for them unsold. */
  | 'ALLOCATED'
  /** Free to reserve, allocate or sell. */
  | 'AVAILABLE'
  /** Held for a client. */
  | 'RESERVED';

/** Whether a person (staff, marketer or client) is active in the company. */
export type ProfileStatus =
  /** Listed and able to sign in. */
  | 'ACTIVE'
  /** Kept with their UID and history, but out of listings and unable to sign in. */
  | 'ARCHIVED';

/** Commission paid to a marketer. */
export type RecordCommissionPayoutInput = {
  /** Minor units; at most their balance in `currency`. */
  amountMinor: string;
  /** ISO 4217 code. */
  currency: string;
  /** The marketer. */
  marketerId: string | number;
  /** How it was paid. */
  method: PaymentMethod;
  /** When it was paid; today in the company time zone when omitted; not in the future. */
  paidOn?: string | null | undefined;
  /** The bank's reference (up to 100 characters). */
  reference?: string | null | undefined;
};

/** Money received for a sale. */
export type RecordPaymentInput = {
  /** The amount in minor units; at most the outstanding balance. */
  amountMinor: string;
  /** ISO 4217 code: must be the sale's. */
  currency: string;
  /** When it was received; today in the company time zone when omitted; not in the future or before the sale. */
  date?: string | null | undefined;
  /** How it was paid. */
  method: PaymentMethod;
  /** The bank's or terminal's reference (up to 100 characters). */
  reference?: string | null | undefined;
  /** The sale. */
  saleId: string | number;
};

/** A new client: their details, and (admins) their marketer. */
export type RegisterClientInput = {
  /** Their email address; it names them at sign-in. */
  email: string;
  /** Their full name, up to 120 characters. */
  fullName: string;
  /** Assign to this marketer (admins). */
  marketerId?: string | number | null | undefined;
  /** At least 8 characters. Omit to get an invitation instead. Ignored for a person who already has a role in this company (except when an admin adds them to the staff). */
  password?: string | null | undefined;
  /** Their phone number: 7 to 15 digits, spaces, dashes, dots and brackets allowed. */
  phone?: string | null | undefined;
};

/** A new marketer's details. */
export type RegisterMarketerInput = {
  /** Their email address; it names them at sign-in. */
  email: string;
  /** Their full name, up to 120 characters. */
  fullName: string;
  /** At least 8 characters. Omit to get an invitation instead. Ignored for a person who already has a role in this company (except when an admin adds them to the staff). */
  password?: string | null | undefined;
  /** Their phone number: 7 to 15 digits, spaces, dashes, dots and brackets allowed. */
  phone?: string | null | undefined;
};

/** A period named from today in the company's time zone (Company.timeZone). One still running ends today. */
export type RelativePeriod =
  /** This month so far and the eleven before it. */
  | 'LAST_12_MONTHS'
  /** The whole of last month. */
  | 'LAST_MONTH'
  /** The whole of the quarter before this one. */
  | 'LAST_QUARTER'
  /** From the first of this month to today. */
  | 'THIS_MONTH'
  /** From the first day of this quarter (January, April, July, October) to today. */
  | 'THIS_QUARTER'
  /** From 1 January to today. */
  | 'YEAR_TO_DATE';

/** The plot to make available again. */
export type ReleasePlotInput = {
  /** Global id of the Plot. */
  plotId: string | number;
};

/** A reply to a message of a thread. */
export type ReplyToMessageInput = {
  /** At most 10,000 characters. */
  body: string;
  /** Global id of the Message replied to. */
  messageId: string | number;
};

/** The plot to reserve, and for whom. */
export type ReservePlotInput = {
  /** Global id of the Client. */
  clientId: string | number;
  /** Global id of the Plot. */
  plotId: string | number;
};

/** A payment to undo in full. */
export type ReversePaymentInput = {
  /** When it was reversed; today in the company time zone when omitted; not in the future or before the payment. */
  date?: string | null | undefined;
  /** The payment (not a reversal). */
  paymentId: string | number;
  /** Why (up to 500 characters). */
  reason: string;
};

/** What a signed-in person is to the company; `me { permissions }` says what it lets them do. */
export type Role =
  /** Company staff who manage everything. */
  | 'ADMIN'
  /** Company staff who read everything and change nothing. */
  | 'ANALYST'
  /** Buys plots. */
  | 'CLIENT'
  /** Sells plots to the clients assigned to them. */
  | 'MARKETER';

/** Which sales to list: every field given must match. */
export type SaleFilter = {
  /** Sales to this client (global id of the Client). */
  clientId?: string | number | null | undefined;
  /** Sales in this currency (ISO 4217 code). */
  currency?: string | null | undefined;
  /** Sales of plots in this estate (global id of the Estate). */
  estateId?: string | number | null | undefined;
  /** Sales credited to this marketer (global id of the Marketer). */
  marketerId?: string | number | null | undefined;
  /** Sales on any of these plans. */
  plan?: Array<PaymentPlan> | null | undefined;
  /** Sold on or after this date. */
  soldFrom?: string | null | undefined;
  /** Sold in this period, reckoned from today in the company's time zone. */
  soldIn?: RelativePeriod | null | undefined;
  /** Sold on or before this date. */
  soldTo?: string | null | undefined;
  /** Sales in any of these states today. */
  status?: Array<SaleStatus> | null | undefined;
};

/** One sort key of sales: orderBy takes up to 5, applied in turn, and the id breaks any tie that remains. */
export type SaleOrder = {
  /** Ascending unless DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field: SaleOrderField;
};

/** What sales can be sorted by. */
export type SaleOrderField =
  /** What is still to pay (price less payments plus reversals), in minor units (currencies are not converted). */
  | 'BALANCE'
  /** When it was recorded. */
  | 'CREATED_AT'
  /** The due date of the first instalment not paid in full (paid sales last, either way). */
  | 'NEXT_DUE_DATE'
  /** The sale number (the order they were recorded in). */
  | 'NUMBER'
  /** What is past due and unpaid today (the company's today), in minor units (currencies are not converted). Not on Client.sales. */
  | 'OVERDUE'
  /** What is paid, in minor units. */
  | 'PAID'
  /** The agreed price, in minor units (currencies are not converted). */
  | 'PRICE'
  /** The sale date. */
  | 'SOLD_ON';

/** A sale's standing today. */
export type SaleStatus =
  /** Not paid in full; nothing past due. */
  | 'OPEN'
  /** An instalment is past due and not paid in full. */
  | 'OVERDUE'
  /** Paid in full. */
  | 'PAID';

/** The first message of a new thread. */
export type SendMessageInput = {
  /** At most 10,000 characters. */
  body: string;
  /** At most 200 characters. */
  subject: string;
  /** What the thread is about. */
  type: MessageType;
};

/** A commission rate from a date on. It may not change the rate of a sale already recorded. */
export type SetCommissionRateInput = {
  /** Sales on or after this date earn it. */
  effectiveFrom: string;
  /** The marketer; omit for the company default (for marketers without a rate of their own). */
  marketerId?: string | number | null | undefined;
  /** Basis points of each payment, 0 to 10000 (500 = 5%). */
  rateBp: number;
};

/** An estate and its new status. */
export type SetEstateStatusInput = {
  /** Global id of the Estate. */
  id: string | number;
  /** ARCHIVED hides it from browsing. */
  status: EstateStatus;
};

/** An invitation and the password it is used to set. */
export type SetPasswordInput = {
  /** The new password: at least 8 characters. */
  password: string;
  /** The invitation token (PasswordInvitation.token). */
  token: string;
};

/** A staff member and their new status. */
export type SetStaffMemberStatusInput = {
  /** Global id of the StaffMember. */
  id: string | number;
  /** ARCHIVED ends their access at once; ACTIVE restores it. */
  status: ProfileStatus;
};

/** Which way to sort. */
export type SortDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** What a staff member does. */
export type StaffRole =
  /** Manages everything: people, estates, sales, payments and settings. */
  | 'ADMIN'
  /** Reads everything, insights included, and changes nothing. */
  | 'ANALYST';

/** A span of time figures are counted in, in the company's time zone (Company.timeZone) for instants such as registrations. */
export type TimeBucket =
  /** A calendar day. */
  | 'DAY'
  /** A calendar month. */
  | 'MONTH'
  /** January–March, April–June, July–September or October–December. */
  | 'QUARTER'
  /** An ISO week, Monday to Sunday. */
  | 'WEEK'
  /** A calendar year. */
  | 'YEAR';

/** Changes to the company's settings; omitted fields stay as they are. */
export type UpdateCompanyInput = {
  /** The new name. */
  name?: string | null | undefined;
  /** Can change only until the first UID is issued. */
  prefix?: string | null | undefined;
  /** An IANA time zone name such as Africa/Lagos (any PostgreSQL knows, matched without regard to case): insights bucket in it. */
  timeZone?: string | null | undefined;
};

/** Changes to an estate; omitted fields stay as they are. */
export type UpdateEstateInput = {
  /** Anything else a buyer should know (on update, null clears it). */
  description?: string | null | undefined;
  /** Global id of the Estate. */
  id: string | number;
  /** Such as "Lekki, Lagos". */
  location?: string | null | undefined;
  /** Such as "Palm Grove Estate". */
  name?: string | null | undefined;
};

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { me: { role: Role, profileId: string, roles: Array<Role>, company: { name: string }, user: { email: string, fullName: string } } | null };

export type AuthSetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type AuthSetPasswordMutation = { setPassword: { companySlug: string, email: string } };

export type AuthInviteMutationVariables = Exact<{
  input: CreatePasswordInvitationInput;
}>;


export type AuthInviteMutation = { createPasswordInvitation: { invitation: { token: string, expiresAt: string } } };

export type CompaniesUpdateMutationVariables = Exact<{
  input: UpdateCompanyInput;
}>;


export type CompaniesUpdateMutation = { updateCompany: { company: { name: string, prefix: string, prefixLocked: boolean } } };

export type DocumentsPaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentsPaymentQuery = { node:
    | { receiptNumber: string, kind: PaymentKind, receiptUrl: string, verificationUrl: string, sale: { number: string } }
    | Record<PropertyKey, never>
   | null };

export type DocumentsStatementQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DocumentsStatementQuery = { clientStatement: { asOf: string, pdfUrl: string, client: { uid: string, fullName: string }, totals: Array<{ currency: string, sales: number, priceMinor: string, paidMinor: string, balanceMinor: string, overdueMinor: string }>, sales: { totalCount: number, edges: Array<{ node: { number: string, soldOn: string, currency: string, priceMinor: string, paidMinor: string, balanceMinor: string, overdueMinor: string, status: SaleStatus, plan: PaymentPlan, plot: { number: string, estate: { name: string }, plotSize: { label: string } }, schedule: Array<{ seq: number, dueDate: string, amountMinor: string, paidMinor: string, outstandingMinor: string, state: InstalmentState }> } }> }, payments: { totalCount: number, edges: Array<{ node: { receiptNumber: string, date: string, kind: PaymentKind, method: PaymentMethod | null, reference: string | null, signedAmountMinor: string, currency: string, sale: { number: string } } }> } } };

export type DocumentsPlotsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentsPlotsQuery = { plots: { edges: Array<{ node: { id: string, number: string, status: PlotStatus, allocationLetterUrl: string | null } }> } };

export type EstatesBrowseQueryVariables = Exact<{
  search?: string | null | undefined;
  status?: Array<EstateStatus> | EstateStatus | null | undefined;
}>;


export type EstatesBrowseQuery = { estates: { totalCount: number, edges: Array<{ node: { name: string, location: string, status: EstateStatus, availability: { available: number, reserved: number, allocated: number, total: number }, plotSizes: Array<{ label: string, areaSqm: number, priceMinor: string, currency: string }> } }> } };

export type EstatesUpdateMutationVariables = Exact<{
  input: UpdateEstateInput;
}>;


export type EstatesUpdateMutation = { updateEstate: { estate: { name: string, location: string, description: string | null } } };

export type EstatesSetStatusMutationVariables = Exact<{
  input: SetEstateStatusInput;
}>;


export type EstatesSetStatusMutation = { setEstateStatus: { estate: { status: EstateStatus } } };

export type EstatesReserveMutationVariables = Exact<{
  input: ReservePlotInput;
}>;


export type EstatesReserveMutation = { reservePlot: { plot: { status: PlotStatus, client: { uid: string } | null } } };

export type EstatesReleaseMutationVariables = Exact<{
  input: ReleasePlotInput;
}>;


export type EstatesReleaseMutation = { releasePlot: { plot: { status: PlotStatus, heldAt: string | null, client: { uid: string } | null } } };

export type EstatesMyPlotsQueryVariables = Exact<{ [key: string]: never; }>;


export type EstatesMyPlotsQuery = { me: { client: { uid: string, plots: { edges: Array<{ node: { number: string, status: PlotStatus, estate: { name: string }, plotSize: { label: string } } }> } } | null } | null };

export type EstatesNestedQueryVariables = Exact<{ [key: string]: never; }>;


export type EstatesNestedQuery = { estates: { edges: Array<{ node: { name: string, availability: { total: number }, plotSizes: Array<{ label: string }>, plots: { edges: Array<{ node: { number: string, client: { uid: string, user: { fullName: string }, marketer: { uid: string } | null } | null } }> } } }> } };

export type InsightsRegistrationsQueryVariables = Exact<{
  range: InsightRange;
}>;


export type InsightsRegistrationsQuery = { insights: { registrations: Array<{ start: string, clients: number, marketers: number }> } };

export type InsightsSalesQueryVariables = Exact<{
  range: InsightRange;
  by?: InsightGrouping | null | undefined;
}>;


export type InsightsSalesQuery = { insights: { sales: Array<{ start: string, count: number, amounts: Array<{ currency: string, amountMinor: string }>, groups: Array<{ count: number, group: { id: string | null, name: string, uid: string | null }, amounts: Array<{ currency: string, amountMinor: string }> }> }> } };

export type InsightsPaymentsQueryVariables = Exact<{
  range: InsightRange;
  by?: InsightGrouping | null | undefined;
}>;


export type InsightsPaymentsQuery = { insights: { payments: Array<{ start: string, count: number, amounts: Array<{ currency: string, amountMinor: string }>, groups: Array<{ count: number, group: { name: string }, amounts: Array<{ currency: string, amountMinor: string }> }> }> } };

export type InsightsReceivablesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type InsightsReceivablesQuery = { insights: { receivables: { asOf: string, totals: Array<{ currency: string, openSales: number, outstandingMinor: string, overdueInstalments: number, overdueMinor: string, ageing: Array<{ band: AgeingBand, instalments: number, amountMinor: string }> }> } } };

export type InsightsPlotStockQueryVariables = Exact<{ [key: string]: never; }>;


export type InsightsPlotStockQuery = { insights: { plotStock: Array<{ available: number, reserved: number, allocated: number, sold: number, total: number, sellThrough: number, estate: { id: string | null, name: string } }> } };

export type InsightsSellThroughQueryVariables = Exact<{
  range: InsightRange;
  estateId?: string | number | null | undefined;
}>;


export type InsightsSellThroughQuery = { insights: { sellThrough: Array<{ start: string, sold: number, soldToDate: number, plots: number, rate: number }> } };

export type InsightsLeaderboardQueryVariables = Exact<{
  period?: InsightPeriod | null | undefined;
  orderBy?: Array<LeaderboardOrder> | LeaderboardOrder | null | undefined;
  currency?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type InsightsLeaderboardQuery = { insights: { marketerLeaderboard: Array<{ status: ProfileStatus, clients: number, sales: number, marketer: { id: string | null, name: string, uid: string | null }, totals: Array<{ currency: string, salesValueMinor: string, collectedMinor: string, commissionMinor: string }> }> } };

export type LedgerCreateSaleMutationVariables = Exact<{
  input: CreateSaleInput;
}>;


export type LedgerCreateSaleMutation = { createSale: { sale: { id: string, number: string, soldOn: string, priceMinor: string, currency: string, plan: PaymentPlan, paidMinor: string, balanceMinor: string, status: SaleStatus, commissionRateBp: number, schedule: Array<{ seq: number, dueDate: string, amountMinor: string, percentBp: number | null, state: InstalmentState }>, client: { uid: string }, marketer: { uid: string } | null }, plot: { id: string, number: string, status: PlotStatus, client: { uid: string } | null, sale: { number: string } | null } } };

export type LedgerRecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type LedgerRecordPaymentMutation = { recordPayment: { payment: { id: string, receiptNumber: string, kind: PaymentKind, amountMinor: string, signedAmountMinor: string, currency: string, method: PaymentMethod | null, date: string, reference: string | null }, sale: { number: string, paidMinor: string, balanceMinor: string, status: SaleStatus, overdueMinor: string, nextDueDate: string | null, schedule: Array<{ seq: number, paidMinor: string, outstandingMinor: string, state: InstalmentState }> } } };

export type LedgerReversePaymentMutationVariables = Exact<{
  input: ReversePaymentInput;
}>;


export type LedgerReversePaymentMutation = { reversePayment: { reversal: { id: string, receiptNumber: string, kind: PaymentKind, amountMinor: string, signedAmountMinor: string, reason: string | null, reverses: { receiptNumber: string } | null }, payment: { receiptNumber: string, kind: PaymentKind, reversedBy: { receiptNumber: string } | null }, sale: { paidMinor: string, balanceMinor: string, status: SaleStatus } } };

export type LedgerSetRateMutationVariables = Exact<{
  input: SetCommissionRateInput;
}>;


export type LedgerSetRateMutation = { setCommissionRate: { rate: { rateBp: number, effectiveFrom: string, marketer: { uid: string } | null } } };

export type LedgerPayoutMutationVariables = Exact<{
  input: RecordCommissionPayoutInput;
}>;


export type LedgerPayoutMutation = { recordCommissionPayout: { payout: { amountMinor: string, currency: string, paidOn: string, method: PaymentMethod }, commission: { balances: Array<{ currency: string, accruedMinor: string, paidOutMinor: string, balanceMinor: string }> } } };

export type LedgerCommissionQueryVariables = Exact<{
  marketerId?: string | number | null | undefined;
}>;


export type LedgerCommissionQuery = { commissionStatement: { marketer: { uid: string }, balances: Array<{ currency: string, accruedMinor: string, paidOutMinor: string, balanceMinor: string }>, rates: Array<{ rateBp: number, effectiveFrom: string, marketer: { uid: string } | null }>, accruals: { totalCount: number, edges: Array<{ node: { amountMinor: string, currency: string, receiptNumber: string, saleNumber: string, rateBp: number, date: string, payment: { receiptNumber: string } | null } }> }, payouts: { totalCount: number, edges: Array<{ node: { amountMinor: string, paidOn: string } }> } } };

export type LedgerStatementQueryVariables = Exact<{
  clientId?: string | number | null | undefined;
}>;


export type LedgerStatementQuery = { clientStatement: { asOf: string, client: { uid: string }, totals: Array<{ currency: string, sales: number, priceMinor: string, paidMinor: string, balanceMinor: string, overdueMinor: string }>, sales: { totalCount: number, edges: Array<{ node: { number: string, status: SaleStatus } }> }, payments: { totalCount: number, edges: Array<{ node: { receiptNumber: string, kind: PaymentKind, amountMinor: string } }> } } };

export type LedgerSalesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  estateId?: string | number | null | undefined;
  marketerId?: string | number | null | undefined;
  clientId?: string | number | null | undefined;
  status?: Array<SaleStatus> | SaleStatus | null | undefined;
  soldFrom?: string | null | undefined;
  soldTo?: string | null | undefined;
}>;


export type LedgerSalesQuery = { sales: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { number: string, soldOn: string, status: SaleStatus, client: { uid: string } } }> } };

export type LedgerSaleQueryVariables = Exact<{
  number: string;
}>;


export type LedgerSaleQuery = { sale: { number: string, paidMinor: string, balanceMinor: string, payments: { totalCount: number, edges: Array<{ node: { receiptNumber: string } }> } } | null };

export type ListsClientsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ClientFilter | null | undefined;
  orderBy?: Array<ClientOrder> | ClientOrder | null | undefined;
  search?: string | null | undefined;
}>;


export type ListsClientsQuery = { clients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, fullName: string, uid: string } }> } };

export type ListsMarketersQueryVariables = Exact<{
  orderBy?: Array<MarketerOrder> | MarketerOrder | null | undefined;
  filter?: MarketerFilter | null | undefined;
}>;


export type ListsMarketersQuery = { marketers: { totalCount: number, edges: Array<{ node: { fullName: string, clients: { totalCount: number, edges: Array<{ node: { fullName: string } }> } } }> } };

export type ListsPlotsQueryVariables = Exact<{
  filter?: PlotFilter | null | undefined;
  orderBy?: Array<PlotOrder> | PlotOrder | null | undefined;
}>;


export type ListsPlotsQuery = { plots: { totalCount: number, edges: Array<{ node: { number: string, status: PlotStatus } }> } };

export type ListsSalesQueryVariables = Exact<{
  filter?: SaleFilter | null | undefined;
  orderBy?: Array<SaleOrder> | SaleOrder | null | undefined;
}>;


export type ListsSalesQuery = { sales: { totalCount: number, edges: Array<{ node: { priceMinor: string, currency: string, plan: PaymentPlan, client: { fullName: string } } }> } };

export type ListsPaymentsQueryVariables = Exact<{
  filter?: PaymentFilter | null | undefined;
  orderBy?: Array<PaymentOrder> | PaymentOrder | null | undefined;
}>;


export type ListsPaymentsQuery = { payments: { totalCount: number, edges: Array<{ node: { id: string, kind: PaymentKind, amountMinor: string, date: string, method: PaymentMethod | null } }> } };

export type ListsEstatesQueryVariables = Exact<{
  orderBy?: Array<EstateOrder> | EstateOrder | null | undefined;
}>;


export type ListsEstatesQuery = { estates: { edges: Array<{ node: { name: string, plots: { totalCount: number, edges: Array<{ node: { number: string } }> } } }> } };

export type MessagesAssignMutationVariables = Exact<{
  input: AssignClientInput;
}>;


export type MessagesAssignMutation = { assignClient: { client: { uid: string, marketer: { uid: string } | null } } };

export type MessagesHistoryQueryVariables = Exact<{
  uid: string;
}>;


export type MessagesHistoryQuery = { client: { marketer: { uid: string, fullName: string, email: string, phone: string | null } | null, assignmentHistory: { edges: Array<{ node: { assignedBy: string | null, assignedAt: string, marketer: { uid: string } | null } }> } } | null };

export type MessagesMyMarketerQueryVariables = Exact<{
  uid: string;
}>;


export type MessagesMyMarketerQuery = { client: { marketer: { uid: string, fullName: string, email: string, phone: string | null } | null } | null };

export type MessagesMyClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagesMyClientsQuery = { clients: { edges: Array<{ node: { uid: string } }> } };

export type MessagesReplyMutationVariables = Exact<{
  input: ReplyToMessageInput;
}>;


export type MessagesReplyMutation = { replyToMessage: { message: { id: string, subject: string, fromStaff: boolean, authorName: string, replyTo: { id: string } | null, thread: { id: string } } } };

export type MessagesMarkReadMutationVariables = Exact<{
  input: MarkReadInput;
}>;


export type MessagesMarkReadMutation = { markRead: { thread: { unreadCount: number } } };

export type MessagesThreadsQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagesThreadsQuery = { unreadMessageCount: number, messageThreads: { totalCount: number, edges: Array<{ node: { id: string, subject: string, type: MessageType, unreadCount: number, authorName: string, messages: { edges: Array<{ node: { body: string, fromStaff: boolean } }> } } }> } };

export type RegistrationClientsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  status?: Array<ProfileStatus> | ProfileStatus | null | undefined;
}>;


export type RegistrationClientsQuery = { clients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { uid: string, seq: number, fullName: string, email: string, status: ProfileStatus, marketer: { uid: string } | null } }> } };

export type RegistrationClientQueryVariables = Exact<{
  uid: string;
}>;


export type RegistrationClientQuery = { client: { uid: string, fullName: string, marketer: { uid: string, fullName: string, email: string } | null } | null };

export type RegistrationDeleteClientMutationVariables = Exact<{
  input: DeleteClientInput;
}>;


export type RegistrationDeleteClientMutation = { deleteClient: { deletedId: string } };

export type RegistrationArchiveClientMutationVariables = Exact<{
  input: ArchiveClientInput;
}>;


export type RegistrationArchiveClientMutation = { archiveClient: { client: { status: ProfileStatus, archivedAt: string | null } } };

export type RegistrationNestedQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrationNestedQuery = { marketers: { edges: Array<{ node: { uid: string, user: { fullName: string }, clients: { totalCount: number, edges: Array<{ node: { uid: string, fullName: string, user: { fullName: string, email: string }, marketer: { uid: string } | null } }> } } }> } };

export type RegistrationLoginAttemptMutationVariables = Exact<{
  input: LoginInput;
}>;


export type RegistrationLoginAttemptMutation = { login: { token: string } };

export type StaffAddMutationVariables = Exact<{
  input: AddStaffMemberInput;
}>;


export type StaffAddMutation = { addStaffMember: { member: { id: string, fullName: string, email: string, role: StaffRole, status: ProfileStatus }, invitation: { token: string } | null } };

export type StaffSetStatusMutationVariables = Exact<{
  input: SetStaffMemberStatusInput;
}>;


export type StaffSetStatusMutation = { setStaffMemberStatus: { member: { status: ProfileStatus, archivedAt: string | null } } };

export type StaffListQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffListQuery = { staffMembers: { totalCount: number, edges: Array<{ node: { fullName: string, role: StaffRole } }> }, clients: { totalCount: number } };

export type StaffLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type StaffLoginMutation = { login: { viewer: { role: Role } } };

export type StaffSetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type StaffSetPasswordMutation = { setPassword: { companySlug: string, email: string } };

export type FixtureCreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type FixtureCreateCompanyMutation = { createCompany: { token: string, company: { id: string, name: string, slug: string, prefix: string }, admin: { id: string } } };

export type FixtureRegisterMarketerMutationVariables = Exact<{
  input: RegisterMarketerInput;
}>;


export type FixtureRegisterMarketerMutation = { registerMarketer: { marketer: { id: string, uid: string, seq: number, user: { id: string } }, invitation: { token: string } | null } };

export type FixtureRegisterClientMutationVariables = Exact<{
  input: RegisterClientInput;
}>;


export type FixtureRegisterClientMutation = { registerClient: { client: { id: string, uid: string, seq: number, user: { id: string }, marketer: { id: string, uid: string } | null }, invitation: { token: string } | null } };

export type FixtureLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type FixtureLoginMutation = { login: { token: string, expiresAt: string, viewer: { role: Role, profileId: string, user: { id: string }, company: { id: string } } } };

export type FixtureCreateEstateMutationVariables = Exact<{
  input: CreateEstateInput;
}>;


export type FixtureCreateEstateMutation = { createEstate: { estate: { id: string, name: string } } };

export type FixtureAddPlotSizeMutationVariables = Exact<{
  input: AddPlotSizeInput;
}>;


export type FixtureAddPlotSizeMutation = { addPlotSize: { plotSize: { id: string } } };

export type FixtureAddPlotsMutationVariables = Exact<{
  input: AddPlotsInput;
}>;


export type FixtureAddPlotsMutation = { addPlots: { plots: Array<{ id: string, number: string, status: PlotStatus }> } };

export type FixtureAllocatePlotMutationVariables = Exact<{
  input: AllocatePlotInput;
}>;


export type FixtureAllocatePlotMutation = { allocatePlot: { plot: { id: string, status: PlotStatus, client: { uid: string } | null } } };

export type FixtureSendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type FixtureSendMessageMutation = { sendMessage: { message: { id: string, subject: string, threadId: { id: string } } } };

export type FoundationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationMeQuery = { me: { role: Role } | null };

export type TrustedEstatesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TrustedEstatesQuery = { estates: { totalCount: number, edges: Array<{ node: { name: string } }> } };

export type TrustedMessageAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TrustedMessageAddedSubscription = { messageAdded: { body: string } };

export type TrustedReplyMutationVariables = Exact<{
  input: ReplyToMessageInput;
}>;


export type TrustedReplyMutation = { replyToMessage: { message: { id: string } } };


export const AuthMeDocument = {"__meta__":{"hash":"sha256:2aa8d2f9c7ba829a1f081cffe95d93019ad54e2c527f592626b789c0b91bf143"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AuthMeQuery, AuthMeQueryVariables>;
export const AuthSetPasswordDocument = {"__meta__":{"hash":"sha256:14ca5a4253740aca0eb428b8536fbee1776ee538890c6f89fdab00b349be1713"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthSetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companySlug"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AuthSetPasswordMutation, AuthSetPasswordMutationVariables>;
export const AuthInviteDocument = {"__meta__":{"hash":"sha256:5cb90aa11068d736e3e395ccc164f724b38f069bcf5f971a845b145df9ad6aa3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePasswordInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPasswordInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<AuthInviteMutation, AuthInviteMutationVariables>;
export const CompaniesUpdateDocument = {"__meta__":{"hash":"sha256:f714eb55593dc873593efc98b5031407f1e348eef0638cbdd19c5cc5c717d593"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompaniesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"prefixLocked"}}]}}]}}]}}]} as unknown as DocumentNode<CompaniesUpdateMutation, CompaniesUpdateMutationVariables>;
export const DocumentsPaymentDocument = {"__meta__":{"hash":"sha256:001e17cfb50a4bac4bd46a3b0960d1ac5a0714bfc14b50d7ed29a8f54a5f9101"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentsPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receiptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"verificationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentsPaymentQuery, DocumentsPaymentQueryVariables>;
export const DocumentsStatementDocument = {"__meta__":{"hash":"sha256:eae523a3bce6b700be572dc04ea5459fdb2d85df05ec216d232201858508c0b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentsStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"sales"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"soldOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"plot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"estate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plotSize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidMinor"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingMinor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"signedAmountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentsStatementQuery, DocumentsStatementQueryVariables>;
export const DocumentsPlotsDocument = {"__meta__":{"hash":"sha256:1f3294a3c1cca6550dfb35fa6d869cca2e9ce14d27581a622f125f6489adcc5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentsPlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allocationLetterUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentsPlotsQuery, DocumentsPlotsQueryVariables>;
export const EstatesBrowseDocument = {"__meta__":{"hash":"sha256:93e0a4ef150b482a656f81eab3a6b06b8a6f9c34327d81f6736a087580f5ad55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstatesBrowse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstateStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plotSizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"areaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstatesBrowseQuery, EstatesBrowseQueryVariables>;
export const EstatesUpdateDocument = {"__meta__":{"hash":"sha256:5f05529bc5b91e1c411984af86233db3bb514af181d460e705eff859e72c4e61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstatesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEstateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEstate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<EstatesUpdateMutation, EstatesUpdateMutationVariables>;
export const EstatesSetStatusDocument = {"__meta__":{"hash":"sha256:b8bd50cb14bd4ad8b653efc5293e4505199cec4d44a1dd5e95025d944d7ec068"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstatesSetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEstateStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEstateStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EstatesSetStatusMutation, EstatesSetStatusMutationVariables>;
export const EstatesReserveDocument = {"__meta__":{"hash":"sha256:025cccacb1d127c1c8db123e81f4979257eb1d3ed868ce8dcd01431b383127a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstatesReserve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservePlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservePlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstatesReserveMutation, EstatesReserveMutationVariables>;
export const EstatesReleaseDocument = {"__meta__":{"hash":"sha256:49890b345f8e2b273359f6e6868a2e27d23b976335af870f81b2d051bda58180"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstatesRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleasePlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releasePlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstatesReleaseMutation, EstatesReleaseMutationVariables>;
export const EstatesMyPlotsDocument = {"__meta__":{"hash":"sha256:234b933abdef3931606b33bcd51eedf6b9cd23d1f2b2c81c0979fa917901e684"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstatesMyPlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"estate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plotSize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstatesMyPlotsQuery, EstatesMyPlotsQueryVariables>;
export const EstatesNestedDocument = {"__meta__":{"hash":"sha256:50424252d844beed996f630a3eec14f051f72137bb8e908a9704507e6b52b718"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstatesNested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plotSizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstatesNestedQuery, EstatesNestedQueryVariables>;
export const InsightsRegistrationsDocument = {"__meta__":{"hash":"sha256:26cd988ba40855e65e3c2efef3dba2673f07371e84a9694b65494b2d469a8ed6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightsRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightRange"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"marketers"}}]}}]}}]}}]} as unknown as DocumentNode<InsightsRegistrationsQuery, InsightsRegistrationsQueryVariables>;
export const InsightsSalesDocument = {"__meta__":{"hash":"sha256:dd33f52980e57e0ab57042131e05033d9869b669c4616565099234d6e0deb1d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightsSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightGrouping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InsightsSalesQuery, InsightsSalesQueryVariables>;
export const InsightsPaymentsDocument = {"__meta__":{"hash":"sha256:15de1e76684067b7c26c62406aa73ca7a0ed1f309870b2f6f0dbddabe75d68d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightsPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightGrouping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InsightsPaymentsQuery, InsightsPaymentsQueryVariables>;
export const InsightsReceivablesDocument = {"__meta__":{"hash":"sha256:37b8547bac4f8a11743b2dd043f1674539340b71d7156237363bc443ddd80581"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightsReceivables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"openSales"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingMinor"}},{"kind":"Field","name":{"kind":"Name","value":"overdueInstalments"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"ageing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InsightsReceivablesQuery, InsightsReceivablesQueryVariables>;
export const InsightsPlotStockDocument = {"__meta__":{"hash":"sha256:4b7843ffa23eb08648882eb21e5899b4ff9e370c5aa7ebe277651f942b83993e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightsPlotStock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plotStock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"sellThrough"}}]}}]}}]}}]} as unknown as DocumentNode<InsightsPlotStockQuery, InsightsPlotStockQueryVariables>;
export const InsightsSellThroughDocument = {"__meta__":{"hash":"sha256:e42251860a3873c0bda14ba0eba82233ab5a24d0ecdee44193f65429c906f122"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightsSellThrough"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"estateId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sellThrough"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"estateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"estateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"soldToDate"}},{"kind":"Field","name":{"kind":"Name","value":"plots"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<InsightsSellThroughQuery, InsightsSellThroughQueryVariables>;
export const InsightsLeaderboardDocument = {"__meta__":{"hash":"sha256:7e29a1224fcd1f2ba79a03394a1b74d8af4a91ee366c999ed2733abbc9d16e1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightsLeaderboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightPeriod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaderboardOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketerLeaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"sales"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"salesValueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"collectedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"commissionMinor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InsightsLeaderboardQuery, InsightsLeaderboardQueryVariables>;
export const LedgerCreateSaleDocument = {"__meta__":{"hash":"sha256:ad542ec4e4b2c4532990e374af68e78a8a18823017dd27e2c4f8d6d15ded3c58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerCreateSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"soldOn"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"paidMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commissionRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"percentBp"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerCreateSaleMutation, LedgerCreateSaleMutationVariables>;
export const LedgerRecordPaymentDocument = {"__meta__":{"hash":"sha256:44e95dd0d2e7c4fe5e8e3f7fa388b667ad327ded1f21ec6add8d1e5335b482e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"signedAmountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"paidMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"paidMinor"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingMinor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerRecordPaymentMutation, LedgerRecordPaymentMutationVariables>;
export const LedgerReversePaymentDocument = {"__meta__":{"hash":"sha256:f605d6fe0ab16fdac1aa9af2253bd05eecb722c04deb1751de3c3f82d7e4f6dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerReversePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReversePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reversePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"signedAmountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reverses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reversedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerReversePaymentMutation, LedgerReversePaymentMutationVariables>;
export const LedgerSetRateDocument = {"__meta__":{"hash":"sha256:90151ebc2878b76885e3b1d4ec4c7f04a9ac38a425a53401e440a7666207c18c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerSetRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCommissionRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommissionRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerSetRateMutation, LedgerSetRateMutationVariables>;
export const LedgerPayoutDocument = {"__meta__":{"hash":"sha256:836298b1069cb3585dc4e17b6703203528203b8f5bf0928793b6ceb65de22181"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerPayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommissionPayoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommissionPayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"accruedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerPayoutMutation, LedgerPayoutMutationVariables>;
export const LedgerCommissionDocument = {"__meta__":{"hash":"sha256:36168048fca505fd3e75acd20f808880062ed0e6843944c3a74a4f0255406efb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerCommission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"marketerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commissionStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"marketerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"marketerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"accruedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidOutMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accruals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"saleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerCommissionQuery, LedgerCommissionQueryVariables>;
export const LedgerStatementDocument = {"__meta__":{"hash":"sha256:b5215e41ca9c5bb6a4a409e260bc77986c29a970585d5f295beef7894634087a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"sales"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerStatementQuery, LedgerStatementQueryVariables>;
export const LedgerSalesDocument = {"__meta__":{"hash":"sha256:f139969da3c090645836d8bc6a6f6c9e56e8649cc60e59932dd28127dbf56122"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"estateId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"marketerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaleStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"soldFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"soldTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"estateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"estateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"marketerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"marketerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"soldFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"soldFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"soldTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"soldTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"soldOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerSalesQuery, LedgerSalesQueryVariables>;
export const LedgerSaleDocument = {"__meta__":{"hash":"sha256:64ff7510f056c338dafed95887910580a94c12ed223f0989fa58c91cac863237"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"paidMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerSaleQuery, LedgerSaleQueryVariables>;
export const ListsClientsDocument = {"__meta__":{"hash":"sha256:4f089aaf9b109c2f7e00f14906fea0e966f740b6693b3b60fe13a675a0e52748"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListsClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListsClientsQuery, ListsClientsQueryVariables>;
export const ListsMarketersDocument = {"__meta__":{"hash":"sha256:709f59f4ebc67d9d8cb9bf161d2082029165b091aef580cf357062da7123fb8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListsMarketers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketerOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"FULL_NAME"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListsMarketersQuery, ListsMarketersQueryVariables>;
export const ListsPlotsDocument = {"__meta__":{"hash":"sha256:cf2000d8d3e56593843c5d628c7fe856285055c8edc68f5ecfa9c44221500316"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListsPlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlotFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlotOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListsPlotsQuery, ListsPlotsQueryVariables>;
export const ListsSalesDocument = {"__meta__":{"hash":"sha256:fc098e7901ce2044380da5756bb0791ad7ec0ef9196de95d94c37615b2ca5709"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListsSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SaleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaleOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListsSalesQuery, ListsSalesQueryVariables>;
export const ListsPaymentsDocument = {"__meta__":{"hash":"sha256:50f39ea5ecc65656dd1740799ee2de396bb1d9411e6cba68ee0f1ee809e383c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListsPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListsPaymentsQuery, ListsPaymentsQueryVariables>;
export const ListsEstatesDocument = {"__meta__":{"hash":"sha256:c476b3486c7de8abb249b6ef9ddb1fbb88416ff3f22a460a0654c29ec9c9b233"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListsEstates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstateOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NUMBER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sold"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListsEstatesQuery, ListsEstatesQueryVariables>;
export const MessagesAssignDocument = {"__meta__":{"hash":"sha256:ac9e457564eb08131074c1975aea537fa373391a6c3203653989d605a929a80b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessagesAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessagesAssignMutation, MessagesAssignMutationVariables>;
export const MessagesHistoryDocument = {"__meta__":{"hash":"sha256:b17decabc33485c35771a7e05d6e8cbabbf3ab04318bd01d99759964ea91d54f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagesHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessagesHistoryQuery, MessagesHistoryQueryVariables>;
export const MessagesMyMarketerDocument = {"__meta__":{"hash":"sha256:03afa4272d5ea91323a1f272003dea7c944fa552c5037b49bc9e49bd3a4fc2ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagesMyMarketer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<MessagesMyMarketerQuery, MessagesMyMarketerQueryVariables>;
export const MessagesMyClientsDocument = {"__meta__":{"hash":"sha256:b7ad7823a00afb7ebc4f3d5ecb496d937ccf78453318fb17cd78071589af966b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagesMyClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessagesMyClientsQuery, MessagesMyClientsQueryVariables>;
export const MessagesReplyDocument = {"__meta__":{"hash":"sha256:ef2396a9cf9bbcc52a963690be765c6946eeeddd89e6f1ee478f858a3bd505de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessagesReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessagesReplyMutation, MessagesReplyMutationVariables>;
export const MessagesMarkReadDocument = {"__meta__":{"hash":"sha256:98ea96f75f4927dc768c1e5273d71b941469349b7b72252eec89d09a15421f94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessagesMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<MessagesMarkReadMutation, MessagesMarkReadMutationVariables>;
export const MessagesThreadsDocument = {"__meta__":{"hash":"sha256:4562f82c7014d95e256c4f937b7c143181fcbd6879179c2c1e1c6a7f05f4894e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagesThreads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"messageThreads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessagesThreadsQuery, MessagesThreadsQueryVariables>;
export const RegistrationClientsDocument = {"__meta__":{"hash":"sha256:9671d0ff495664b39a0f5c78d585497123c6651b9f1822deaf84a4a497491292"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationClientsQuery, RegistrationClientsQueryVariables>;
export const RegistrationClientDocument = {"__meta__":{"hash":"sha256:2e4187f439dbd824053f056be92f831a44767c8d49ebdbd6ba2f9b7fba92bf0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationClientQuery, RegistrationClientQueryVariables>;
export const RegistrationDeleteClientDocument = {"__meta__":{"hash":"sha256:07ddf6936402345eec7cc5e9f6272364c39538a9e57a57ab40a188524c7ecc3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationDeleteClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<RegistrationDeleteClientMutation, RegistrationDeleteClientMutationVariables>;
export const RegistrationArchiveClientDocument = {"__meta__":{"hash":"sha256:02965514b173ac0f676776e31157d547db92aeb8a34d7d116d71bbb502285c33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationArchiveClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationArchiveClientMutation, RegistrationArchiveClientMutationVariables>;
export const RegistrationNestedDocument = {"__meta__":{"hash":"sha256:e1d86ac25b95f19153a7231bc00c59770e7ce6ee1fbd84157f88e7377756d624"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationNested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationNestedQuery, RegistrationNestedQueryVariables>;
export const RegistrationLoginAttemptDocument = {"__meta__":{"hash":"sha256:6df91fdd78cbd5ee993e077764d71a976d379c6c7ef96adbc7ee9329366a4be8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationLoginAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<RegistrationLoginAttemptMutation, RegistrationLoginAttemptMutationVariables>;
export const StaffAddDocument = {"__meta__":{"hash":"sha256:0321bf89a4e577555b9440fb59bc865c9140980ab04783fa371430d9384e97dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAddMutation, StaffAddMutationVariables>;
export const StaffSetStatusDocument = {"__meta__":{"hash":"sha256:3e78ed06cdf0d9539209191b4f1478b0e66cc25d03d6a08e26c16095d308f214"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStaffMemberStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffMemberStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSetStatusMutation, StaffSetStatusMutationVariables>;
export const StaffListDocument = {"__meta__":{"hash":"sha256:17e06d6ecc9c622dbfccad716177a45519a5be5928a6a100d90d436f9de330d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<StaffListQuery, StaffListQueryVariables>;
export const StaffLoginDocument = {"__meta__":{"hash":"sha256:e12f2e1f27a9d9debf0fbdb746a2de96cb28d801a1238b0c0d43af543e911a8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<StaffLoginMutation, StaffLoginMutationVariables>;
export const StaffSetPasswordDocument = {"__meta__":{"hash":"sha256:5f71ae14c9e678ff03cf17cb4750e48c3bba8524dddc1f49b0be671d782dd159"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companySlug"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<StaffSetPasswordMutation, StaffSetPasswordMutationVariables>;
export const FixtureCreateCompanyDocument = {"__meta__":{"hash":"sha256:6a18601cb43fd1a9f517e884ee6dadcf456f2f2175bfda3ec7a5ee3324044b27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureCreateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureCreateCompanyMutation, FixtureCreateCompanyMutationVariables>;
export const FixtureRegisterMarketerDocument = {"__meta__":{"hash":"sha256:d285e8bd49d61cb1626214a6f01e191ede34cc72170fc5d9d07b246bf471e8a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureRegisterMarketer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMarketerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMarketer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureRegisterMarketerMutation, FixtureRegisterMarketerMutationVariables>;
export const FixtureRegisterClientDocument = {"__meta__":{"hash":"sha256:414561dbc8e49a04a25351724c6fe1804e90cd26ba1de4764e77c40c68009127"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureRegisterClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureRegisterClientMutation, FixtureRegisterClientMutationVariables>;
export const FixtureLoginDocument = {"__meta__":{"hash":"sha256:d5082bb8579889cd55c1638936d68ca4a49de2d3ca8edf2b478f5576d5c311d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FixtureLoginMutation, FixtureLoginMutationVariables>;
export const FixtureCreateEstateDocument = {"__meta__":{"hash":"sha256:3cdc09641e0e17a1fe0f9272e1854ef6fa5c6980b478ac89ec4a89790ed729df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureCreateEstate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEstateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEstate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureCreateEstateMutation, FixtureCreateEstateMutationVariables>;
export const FixtureAddPlotSizeDocument = {"__meta__":{"hash":"sha256:055226ac9a8be6f8b197c49c9dfdd1a81dc1c2f05b66f3dc6a29e8699860e1cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureAddPlotSize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlotSizeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlotSize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plotSize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureAddPlotSizeMutation, FixtureAddPlotSizeMutationVariables>;
export const FixtureAddPlotsDocument = {"__meta__":{"hash":"sha256:745f722247f636c9f94801a47a45e90972b4c10fb555575d4e5bc5fe382542eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureAddPlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureAddPlotsMutation, FixtureAddPlotsMutationVariables>;
export const FixtureAllocatePlotDocument = {"__meta__":{"hash":"sha256:56369562ac88e1ec29b90dfd447a7247efefa530fcfee3602cecde02bc561321"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureAllocatePlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocatePlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocatePlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FixtureAllocatePlotMutation, FixtureAllocatePlotMutationVariables>;
export const FixtureSendMessageDocument = {"__meta__":{"hash":"sha256:3821a121b8b767960304cefe98d4e1a2b5fb9dfac083866268fae349470f00f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureSendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"threadId"},"name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureSendMessageMutation, FixtureSendMessageMutationVariables>;
export const FoundationMeDocument = {"__meta__":{"hash":"sha256:a42985df2f90d4e2ba5752ad9f4129203e419d2cf7df1a67d6318841988adcbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FoundationMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<FoundationMeQuery, FoundationMeQueryVariables>;
export const TrustedEstatesDocument = {"__meta__":{"hash":"sha256:a80b3e62ec709179b8984b4e5d3bd48ad6ffce4ce6b9c675485af1cff506a58f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedEstates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustedEstatesQuery, TrustedEstatesQueryVariables>;
export const TrustedMessageAddedDocument = {"__meta__":{"hash":"sha256:ca2c07b06e93adae02ab11af563b7331a556122f9de12ee700fb66288ef56aa2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TrustedMessageAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<TrustedMessageAddedSubscription, TrustedMessageAddedSubscriptionVariables>;
export const TrustedReplyDocument = {"__meta__":{"hash":"sha256:e8e09dbdec5c0fd519d8128e0deda6e91d95a4fd8ec37d418884260ef048ca51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrustedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TrustedReplyMutation, TrustedReplyMutationVariables>;