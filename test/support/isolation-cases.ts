// One case per root field: how company B's tokens aim that field at company A's data. The matrix
// test walks the schema and fails for any root field without a case here, so a new field cannot
// ship uncovered.
import type { CompanyFixture } from './fixtures.ts';

export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'BAD_USER_INPUT' | 'CONFLICT';

export interface IsolationCase {
  query: string;
  variables: (a: CompanyFixture, b: CompanyFixture) => Record<string, unknown>;
  /** Error codes that are an acceptable refusal (default NOT_FOUND and FORBIDDEN). */
  allowed?: ErrorCode[];
  /** A subscription: B listens while A's data changes, and must receive nothing of A. */
  eventStream?: boolean;
}

const DEFAULT: ErrorCode[] = ['NOT_FOUND', 'FORBIDDEN'];
export const allowedCodes = (c: IsolationCase) => c.allowed ?? DEFAULT;

const PERSON = 'id uid seq fullName email phone status user { id email fullName phone } ';
const SALE =
  'id number priceMinor paidMinor soldOn client { uid fullName } plot { number } schedule { amountMinor state } payments { edges { node { id receiptNumber reference receiptUrl verificationUrl } } } ';
const YEAR = '{ from: "2026-01-01", to: "2026-12-31" }';
const YEAR_BY_MONTH = '{ from: "2026-01-01", to: "2026-12-31", bucket: MONTH }';
const COMMISSION =
  'marketer { uid } balances { accruedMinor } accruals { edges { node { receiptNumber saleNumber } } } payouts { edges { node { amountMinor } } } ';

/** Global ids of A's collection rows that B aims at (set by the isolation test's setup). */
export const collections: {
  endpointId?: string;
  eventId?: string;
  notificationId?: string;
  announcementId?: string;
} = {};

export const isolationCases: Record<string, IsolationCase> = {
  'Query.me': {
    query: '{ me { role profileId company { id name slug } user { id email fullName } } }',
    variables: () => ({}),
  },
  'Query.company': { query: '{ company { id name slug prefix } }', variables: () => ({}) },
  'Query.node': {
    query: `query($id: ID!) { node(id: $id) { id ... on Client { ${PERSON} } ... on Marketer { ${PERSON} } ... on Company { name } ... on User { email } } }`,
    variables: (a) => ({ id: a.client.id }),
  },
  'Query.nodes': {
    query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Client { ${PERSON} } ... on Marketer { ${PERSON} } ... on Company { name slug } ... on User { email fullName } ... on Sale { number } ... on Payment { receiptNumber receiptUrl verificationUrl } ... on Plot { number allocationLetterUrl } } }`,
    variables: (a) => ({
      ids: [
        a.id,
        a.client.id,
        a.marketer.id,
        a.marketer.userId,
        a.client.userId,
        a.admin.userId,
        a.ledger!.saleId,
        a.ledger!.paymentId,
        a.plotIds[0],
      ],
    }),
  },
  'Query.marketers': {
    query: `query($s: String) { marketers(search: $s, status: [ACTIVE, ARCHIVED]) { totalCount edges { node { ${PERSON} } } } }`,
    variables: (a) => ({ s: a.marketer.uid }),
  },
  'Query.marketer': {
    query: `query($uid: String!) { marketer(uid: $uid) { ${PERSON} } }`,
    variables: (a) => ({ uid: a.marketer.uid }),
  },
  'Query.clients': {
    query: `query($s: String) { clients(search: $s, status: [ACTIVE, ARCHIVED]) { totalCount edges { node { ${PERSON} marketer { uid } } } } }`,
    variables: (a) => ({ s: a.client.email }),
  },
  'Query.client': {
    query: `query($uid: String!) { client(uid: $uid) { ${PERSON} } }`,
    variables: (a) => ({ uid: a.client.uid }),
  },

  'Mutation.createCompany': {
    query: 'mutation($input: CreateCompanyInput!) { createCompany(input: $input) { company { id name prefix } } }',
    variables: (a) => ({
      input: {
        name: a.name,
        prefix: a.prefix,
        admin: { email: a.admin.email, fullName: 'Intruder', password: 'another password' },
      },
    }),
    allowed: ['CONFLICT'],
  },
  'Mutation.login': {
    query: 'mutation($input: LoginInput!) { login(input: $input) { token viewer { company { id } } } }',
    variables: (a) => ({ input: { company: a.slug, email: a.admin.email, password: 'not the password' } }),
    allowed: ['UNAUTHENTICATED'],
  },
  'Mutation.updateCompany': {
    query: 'mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { id name prefix } } }',
    variables: (a) => ({ input: { prefix: a.prefix } }),
    allowed: ['FORBIDDEN', 'CONFLICT'],
  },
  'Mutation.registerMarketer': {
    query: `mutation($input: RegisterMarketerInput!) { registerMarketer(input: $input) { marketer { ${PERSON} } } }`,
    variables: (a) => ({ input: { email: a.marketer.email, fullName: 'Same person, as B knows them' } }),
  },
  'Mutation.registerClient': {
    query: `mutation($input: RegisterClientInput!) { registerClient(input: $input) { client { ${PERSON} marketer { uid } } } }`,
    variables: (a) => ({
      input: { email: `someone-new-${Date.now()}@example.com`, fullName: 'New client', marketerId: a.marketer.id },
    }),
  },
  'Mutation.archiveMarketer': {
    query: `mutation($id: ID!) { archiveMarketer(input: { id: $id }) { marketer { ${PERSON} } } }`,
    variables: (a) => ({ id: a.marketer.id }),
  },
  'Mutation.restoreMarketer': {
    query: `mutation($id: ID!) { restoreMarketer(input: { id: $id }) { marketer { ${PERSON} } } }`,
    variables: (a) => ({ id: a.marketer.id }),
  },
  'Mutation.deleteMarketer': {
    query: 'mutation($id: ID!) { deleteMarketer(input: { id: $id }) { deletedId } }',
    variables: (a) => ({ id: a.marketer.id }),
  },
  'Mutation.archiveClient': {
    query: `mutation($id: ID!) { archiveClient(input: { id: $id }) { client { ${PERSON} } } }`,
    variables: (a) => ({ id: a.client.id }),
  },
  'Mutation.restoreClient': {
    query: `mutation($id: ID!) { restoreClient(input: { id: $id }) { client { ${PERSON} } } }`,
    variables: (a) => ({ id: a.client.id }),
  },
  'Mutation.deleteClient': {
    query: 'mutation($id: ID!) { deleteClient(input: { id: $id }) { deletedId } }',
    variables: (a) => ({ id: a.client.id }),
  },
  'Mutation.createPasswordInvitation': {
    query: 'mutation($id: ID!) { createPasswordInvitation(input: { userId: $id }) { invitation { token } } }',
    variables: (a) => ({ id: a.client.userId }),
  },
  'Query.estates': {
    query:
      'query($s: String) { estates(search: $s, status: [ACTIVE, ARCHIVED]) { totalCount edges { node { id name location availability { total } plotSizes { id label } plots(first: 50) { edges { node { id number client { uid fullName } allocationLetterUrl } } } } } } }',
    variables: (a) => ({ s: a.estate.name }),
  },
  'Query.messageThreads': {
    query:
      'query { messageThreads(first: 50) { totalCount edges { node { id subject body authorName messages { edges { node { body } } } } } } }',
    variables: () => ({}),
  },
  'Query.unreadMessageCount': { query: '{ unreadMessageCount }', variables: () => ({}) },
  'Mutation.createEstate': {
    query: 'mutation($input: CreateEstateInput!) { createEstate(input: $input) { estate { id name } } }',
    variables: () => ({ input: { name: 'B estate', location: 'B road' } }),
  },
  'Mutation.updateEstate': {
    query: 'mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { estate { id name } } }',
    variables: (a) => ({ input: { id: a.estate.id, name: 'Renamed by B' } }),
  },
  'Mutation.setEstateStatus': {
    query: 'mutation($id: ID!) { setEstateStatus(input: { id: $id, status: ARCHIVED }) { estate { id name } } }',
    variables: (a) => ({ id: a.estate.id }),
  },
  'Mutation.addPlotSize': {
    query: 'mutation($input: AddPlotSizeInput!) { addPlotSize(input: $input) { plotSize { id estate { name } } } }',
    variables: (a) => ({
      input: { estateId: a.estate.id, label: 'B size', areaSqm: 1, priceMinor: '1', currency: 'NGN' },
    }),
  },
  'Mutation.updatePlotSize': {
    query:
      'mutation($input: UpdatePlotSizeInput!) { updatePlotSize(input: $input) { plotSize { id label estate { name } } } }',
    variables: (a) => ({ input: { id: a.plotSizeId, label: 'Changed by B' } }),
  },
  'Mutation.addPlots': {
    query:
      'mutation($id: ID!) { addPlots(input: { plotSizeId: $id, numbers: ["B-1"] }) { plots { id estate { name } } } }',
    variables: (a) => ({ id: a.plotSizeId }),
  },
  'Mutation.reservePlot': {
    query: 'mutation($input: ReservePlotInput!) { reservePlot(input: $input) { plot { id number estate { name } } } }',
    variables: (a, b) => ({ input: { plotId: a.plotIds[1], clientId: b.client.id } }),
  },
  'Mutation.allocatePlot': {
    query:
      'mutation($input: AllocatePlotInput!) { allocatePlot(input: $input) { plot { id number estate { name } } } }',
    variables: (a) => ({ input: { plotId: a.plotIds[1], clientId: a.client.id } }),
  },
  'Mutation.releasePlot': {
    query: 'mutation($id: ID!) { releasePlot(input: { plotId: $id }) { plot { id status } } }',
    variables: (a) => ({ id: a.plotIds[0] }),
  },
  'Mutation.assignClient': {
    query:
      'mutation($c: ID!, $m: ID) { assignClient(input: { clientId: $c, marketerId: $m }) { client { uid marketer { uid } } } }',
    variables: (a, b) => ({ c: a.client.id, m: b.marketer.id }),
  },
  'Mutation.sendMessage': {
    query:
      'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id subject thread { id } } } }',
    variables: () => ({ input: { type: 'GENERAL', subject: 'From B', body: 'B writing to B' } }),
  },
  'Mutation.replyToMessage': {
    query:
      'mutation($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id subject thread { subject body } } } }',
    variables: (a) => ({ input: { messageId: a.threadId, body: 'B replying into A' } }),
  },
  'Mutation.markRead': {
    query: 'mutation($id: ID!) { markRead(input: { threadId: $id }) { thread { id subject } } }',
    variables: (a) => ({ id: a.threadId }),
  },
  'Subscription.messageAdded': {
    // Run over server-sent events by the matrix; A's client writes while B listens.
    query: 'subscription { messageAdded { messageId threadId subject body authorName } }',
    variables: () => ({}),
    eventStream: true,
  },
  'Query.staffMembers': {
    query:
      'query { staffMembers(status: [ACTIVE, ARCHIVED]) { totalCount edges { node { id fullName email role } } } }',
    variables: () => ({}),
  },
  'Mutation.addStaffMember': {
    query:
      'mutation($input: AddStaffMemberInput!) { addStaffMember(input: $input) { member { id fullName email role } invitation { token } } }',
    variables: (a) => ({ input: { email: a.admin.email, fullName: 'Known to B as staff', role: 'ANALYST' } }),
  },
  'Mutation.setStaffMemberStatus': {
    query:
      'mutation($id: ID!) { setStaffMemberStatus(input: { id: $id, status: ARCHIVED }) { member { id fullName status } } }',
    variables: (a) => ({ id: a.admin.memberId }),
  },
  'Mutation.setPassword': {
    // A's bearer token is no invitation (another audience), and B has no way to get one of A's.
    query: 'mutation($input: SetPasswordInput!) { setPassword(input: $input) { companySlug email } }',
    variables: (a) => ({ input: { token: a.admin.token, password: 'taken over!' } }),
    allowed: ['BAD_USER_INPUT'],
  },
  'Query.sale': {
    query: `query($n: String!) { sale(number: $n) { ${SALE} } }`,
    variables: (a) => ({ n: a.ledger!.saleNumber }),
  },
  'Query.sales': {
    query: `query($c: ID, $m: ID, $e: ID) { sales(first: 50, clientId: $c, marketerId: $m, estateId: $e) { totalCount edges { node { ${SALE} } } } }`,
    variables: (a) => ({ c: a.client.id, m: a.marketer.id, e: a.estate.id }),
  },
  'Query.clientStatement': {
    query: `query($id: ID) { clientStatement(clientId: $id) { pdfUrl client { uid } totals { priceMinor paidMinor } sales { edges { node { ${SALE} } } } payments { edges { node { receiptNumber } } } } }`,
    variables: (a) => ({ id: a.client.id }),
  },
  'Query.commissionStatement': {
    query: `query($id: ID) { commissionStatement(marketerId: $id) { ${COMMISSION} } }`,
    variables: (a) => ({ id: a.marketer.id }),
  },
  'Mutation.createSale': {
    query: `mutation($input: CreateSaleInput!) { createSale(input: $input) { sale { ${SALE} } plot { number } } }`,
    variables: (a) => ({ input: { plotId: a.plotIds[1], clientId: a.client.id, plan: { plan: 'FULL' } } }),
  },
  'Mutation.recordPayment': {
    query: `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { receiptNumber } sale { ${SALE} } } }`,
    variables: (a) => ({ input: { saleId: a.ledger!.saleId, amountMinor: '1', currency: 'NGN', method: 'CASH' } }),
  },
  'Mutation.reversePayment': {
    query: `mutation($input: ReversePaymentInput!) { reversePayment(input: $input) { reversal { receiptNumber } payment { receiptNumber } sale { ${SALE} } } }`,
    variables: (a) => ({ input: { paymentId: a.ledger!.paymentId, reason: 'B reversing A' } }),
  },
  'Mutation.setCommissionRate': {
    query:
      'mutation($input: SetCommissionRateInput!) { setCommissionRate(input: $input) { rate { rateBp marketer { uid } } } }',
    variables: (a) => ({ input: { marketerId: a.marketer.id, rateBp: 10000, effectiveFrom: '2030-01-01' } }),
  },
  'Mutation.recordCommissionPayout': {
    query: `mutation($input: RecordCommissionPayoutInput!) { recordCommissionPayout(input: $input) { payout { amountMinor } commission { ${COMMISSION} } } }`,
    variables: (a) => ({ input: { marketerId: a.marketer.id, amountMinor: '1', currency: 'NGN', method: 'CASH' } }),
  },
  'Query.plots': {
    query:
      'query($e: ID) { plots(first: 50, filter: { estateId: $e }) { totalCount edges { node { id number estate { name } client { uid fullName } sale { number } allocationLetterUrl } } } }',
    variables: (a) => ({ e: a.estate.id }),
  },
  'Query.payments': {
    query:
      'query($s: ID, $c: ID) { payments(first: 50, filter: { saleId: $s, clientId: $c }) { totalCount edges { node { id receiptNumber reference amountMinor sale { number } receiptUrl verificationUrl } } } }',
    variables: (a) => ({ s: a.ledger!.saleId, c: a.client.id }),
  },
  'Query.insights': {
    // Every insight (the matrix checks none is left out), over the whole of A's ledger year.
    query: `query($e: ID) { insights {
      registrations(range: ${YEAR_BY_MONTH}) { start clients marketers }
      sales(range: ${YEAR}, by: ESTATE) { start count amounts { currency amountMinor } groups { group { id name uid } count amounts { amountMinor } } }
      payments(range: ${YEAR}, by: MARKETER) { start count amounts { currency amountMinor } groups { group { id name uid } count amounts { amountMinor } } }
      receivables(asOf: "2026-12-31") { asOf totals { currency openSales outstandingMinor overdueInstalments overdueMinor ageing { instalments amountMinor } }
        byClient(first: 100) { totalCount edges { node { client { id name uid } currency outstanding { amount amountMinor } overdue { amountMinor } oldestOverdue } } } }
      commissionBalances(first: 100, filter: { status: [ACTIVE, ARCHIVED] }) { totalCount edges { node { marketer { id name uid } status balances { currency balance { amountMinor } } } } }
      plotStock(status: [ACTIVE, ARCHIVED]) { estate { id name } available reserved allocated sold total }
      sellThrough(range: ${YEAR_BY_MONTH}, estateId: $e) { start sold soldToDate plots }
      marketerLeaderboard(limit: 100) { marketer { id name uid } clients sales totals { currency salesValueMinor collectedMinor commissionMinor } }
    } }`,
    variables: (a) => ({ e: a.estate.id }),
  },
  'Query.sequenceStatus': {
    // No argument can name a company: B's admin gets B's numbering, B's others FORBIDDEN.
    query:
      '{ sequenceStatus { healthy sequences { key lastValue issued highestIssued gapCount gaps { from to } } uidHealth { checked duplicates malformed duplicateUids malformedUids } } }',
    variables: () => ({}),
  },
  'Query.webhookEndpoints': {
    query: '{ webhookEndpoints { totalCount edges { node { id url events active description } } } }',
    variables: () => ({}),
  },
  'Query.webhookDeliveries': {
    query:
      'query($e: ID) { webhookDeliveries(filter: { endpointId: $e }) { totalCount edges { node { id status attempts lastResponseCode endpoint { url } event { data } } } } }',
    variables: () => ({ e: collections.endpointId }),
  },
  'Query.events': {
    query: '{ events(first: 50) { totalCount edges { node { id type data sale { number } } } } }',
    variables: () => ({}),
  },
  'Query.reminders': {
    query: `query($s: ID) { reminders(filter: { saleId: $s }) { totalCount edges { node { id channel status sale { number } } } } }`,
    variables: (a) => ({ s: a.ledger!.saleId }),
  },
  'Query.collectionSettings': {
    query:
      '{ collectionSettings { reminderOffsets reminderTime quietHoursStart quietHoursEnd reminderChannels gateway gatewayKeyHint } }',
    variables: () => ({}),
  },
  'Query.notifications': {
    query: '{ notifications(first: 50) { totalCount edges { node { id title body sale { number } } } } }',
    variables: () => ({}),
  },
  'Query.unreadNotificationCount': { query: '{ unreadNotificationCount }', variables: () => ({}) },
  'Query.announcements': {
    query: '{ announcements { totalCount edges { node { id title body recipients } } } }',
    variables: () => ({}),
  },
  'Query.unmatchedGatewayPayments': {
    query: '{ unmatchedGatewayPayments { totalCount edges { node { id reference amountMinor reason } } } }',
    variables: () => ({}),
  },
  'Mutation.registerWebhookEndpoint': {
    // B registers its own endpoint: allowed for B's admin, and it must reveal nothing of A.
    query: 'mutation($i: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $i) { endpoint { id url } } }',
    variables: () => ({ i: { url: 'https://b.example.com/hook', events: ['SALE_CREATED'] } }),
  },
  'Mutation.updateWebhookEndpoint': {
    query:
      'mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { endpoint { id url events } } }',
    variables: () => ({ i: { id: collections.endpointId, url: 'https://b.example.com/stolen', active: false } }),
  },
  'Mutation.replayWebhookEvents': {
    query: 'mutation($i: ReplayWebhookEventsInput!) { replayWebhookEvents(input: $i) { queued } }',
    variables: () => ({ i: { endpointId: collections.endpointId, fromEventId: collections.eventId } }),
  },
  'Mutation.updateCollectionSettings': {
    // Only B's own settings can be named (there is no company argument).
    query:
      'mutation { updateCollectionSettings(input: { reminderOffsets: [1] }) { settings { reminderOffsets gatewayKeyHint } } }',
    variables: () => ({}),
  },
  'Mutation.markNotificationsRead': {
    query: 'mutation($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { marked unreadCount } }',
    variables: () => ({ ids: [collections.notificationId] }),
  },
  'Mutation.sendAnnouncement': {
    query: 'mutation($i: SendAnnouncementInput!) { sendAnnouncement(input: $i) { announcement { id recipients } } }',
    variables: (a) => ({ i: { audience: 'SEGMENT', estateId: a.estate.id, title: 'B to A', body: 'B writing' } }),
  },
  'Mutation.startOnlinePayment': {
    query:
      'mutation($i: StartOnlinePaymentInput!) { startOnlinePayment(input: $i) { checkoutUrl reference sale { number } } }',
    variables: (a) => ({ i: { saleId: a.ledger!.saleId } }),
  },
  'Subscription.notificationAdded': {
    // Run over server-sent events by the matrix; A's people get notifications while B listens.
    query: 'subscription { notificationAdded { id title body } }',
    variables: () => ({}),
    eventStream: true,
  },
};
