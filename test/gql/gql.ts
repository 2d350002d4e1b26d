/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AuthMe { me { role profileId roles company { name } user { email fullName } } }": typeof types.AuthMeDocument,
    "mutation AuthSetPassword($input: SetPasswordInput!) { setPassword(input: $input) { companySlug email } }": typeof types.AuthSetPasswordDocument,
    "mutation AuthInvite($input: CreatePasswordInvitationInput!) { createPasswordInvitation(input: $input) { invitation { token expiresAt } } }": typeof types.AuthInviteDocument,
    "mutation CompaniesUpdate($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { name prefix prefixLocked } } }": typeof types.CompaniesUpdateDocument,
    "\n  query DocumentsPayment($id: ID!) {\n    node(id: $id) { ... on Payment { receiptNumber kind receiptUrl verificationUrl sale { number } } }\n  }\n": typeof types.DocumentsPaymentDocument,
    "\n  query DocumentsStatement($id: ID) {\n    clientStatement(clientId: $id) {\n      asOf\n      pdfUrl\n      client { uid fullName }\n      totals { currency sales priceMinor paidMinor balanceMinor overdueMinor }\n      sales(first: 100) {\n        totalCount\n        edges { node { number soldOn currency priceMinor paidMinor balanceMinor overdueMinor status plan\n          plot { number estate { name } plotSize { label } }\n          schedule { seq dueDate amountMinor paidMinor outstandingMinor state } } }\n      }\n      payments(first: 100) {\n        totalCount\n        edges { node { receiptNumber date kind method reference signedAmountMinor currency sale { number } } }\n      }\n    }\n  }\n": typeof types.DocumentsStatementDocument,
    "\n  query DocumentsPlots {\n    plots(first: 100) { edges { node { id number status allocationLetterUrl } } }\n  }\n": typeof types.DocumentsPlotsDocument,
    "\n  query EstatesBrowse($search: String, $status: [EstateStatus!]) {\n    estates(search: $search, status: $status) {\n      totalCount\n      edges { node { name location status availability { available reserved allocated total } plotSizes { label areaSqm priceMinor currency } } }\n    }\n  }\n": typeof types.EstatesBrowseDocument,
    "mutation EstatesUpdate($input: UpdateEstateInput!) { updateEstate(input: $input) { estate { name location description } } }": typeof types.EstatesUpdateDocument,
    "mutation EstatesSetStatus($input: SetEstateStatusInput!) { setEstateStatus(input: $input) { estate { status } } }": typeof types.EstatesSetStatusDocument,
    "mutation EstatesReserve($input: ReservePlotInput!) { reservePlot(input: $input) { plot { status client { uid } } } }": typeof types.EstatesReserveDocument,
    "mutation EstatesRelease($input: ReleasePlotInput!) { releasePlot(input: $input) { plot { status heldAt client { uid } } } }": typeof types.EstatesReleaseDocument,
    "query EstatesMyPlots { me { client { uid plots { edges { node { number status estate { name } plotSize { label } } } } } } }": typeof types.EstatesMyPlotsDocument,
    "\n      query EstatesNested {\n        estates(first: 20) { edges { node { name availability { total } plotSizes { label } plots(first: 50) { edges { node { number client { uid user { fullName } marketer { uid } } } } } } } }\n      }\n    ": typeof types.EstatesNestedDocument,
    "\n  query InsightsRegistrations($range: InsightRange!) { insights { registrations(range: $range) { start clients marketers } } }\n": typeof types.InsightsRegistrationsDocument,
    "\n  query InsightsSales($range: InsightRange!, $by: InsightGrouping) {\n    insights { sales(range: $range, by: $by) { start count amounts { currency amountMinor } groups { group { id name uid } count amounts { currency amountMinor } } } }\n  }\n": typeof types.InsightsSalesDocument,
    "\n  query InsightsPayments($range: InsightRange!, $by: InsightGrouping) {\n    insights { payments(range: $range, by: $by) { start count amounts { currency amountMinor } groups { group { name } count amounts { currency amountMinor } } } }\n  }\n": typeof types.InsightsPaymentsDocument,
    "\n  query InsightsReceivables($asOf: Date) {\n    insights { receivables(asOf: $asOf) { asOf totals { currency openSales outstandingMinor overdueInstalments overdueMinor ageing { band instalments amountMinor } } } }\n  }\n": typeof types.InsightsReceivablesDocument,
    "\n  query InsightsPlotStock { insights { plotStock { estate { id name } available reserved allocated sold total sellThrough } } }\n": typeof types.InsightsPlotStockDocument,
    "\n  query InsightsSellThrough($range: InsightRange!, $estateId: ID) { insights { sellThrough(range: $range, estateId: $estateId) { start sold soldToDate plots rate } } }\n": typeof types.InsightsSellThroughDocument,
    "\n  query InsightsLeaderboard($period: InsightPeriod, $orderBy: [LeaderboardOrder!], $currency: String, $limit: Int) {\n    insights {\n      marketerLeaderboard(period: $period, orderBy: $orderBy, currency: $currency, limit: $limit) {\n        marketer { id name uid } status clients sales totals { currency salesValueMinor collectedMinor commissionMinor }\n      }\n    }\n  }\n": typeof types.InsightsLeaderboardDocument,
    "\n  mutation LedgerCreateSale($input: CreateSaleInput!) {\n    createSale(input: $input) {\n      sale { id number soldOn priceMinor currency plan paidMinor balanceMinor status commissionRateBp schedule { seq dueDate amountMinor percentBp state } client { uid } marketer { uid } }\n      plot { id number status client { uid } sale { number } }\n    }\n  }\n": typeof types.LedgerCreateSaleDocument,
    "\n  mutation LedgerRecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id receiptNumber kind amountMinor signedAmountMinor currency method date reference }\n      sale { number paidMinor balanceMinor status overdueMinor nextDueDate schedule { seq paidMinor outstandingMinor state } }\n    }\n  }\n": typeof types.LedgerRecordPaymentDocument,
    "\n  mutation LedgerReversePayment($input: ReversePaymentInput!) {\n    reversePayment(input: $input) {\n      reversal { id receiptNumber kind amountMinor signedAmountMinor reason reverses { receiptNumber } }\n      payment { receiptNumber kind reversedBy { receiptNumber } }\n      sale { paidMinor balanceMinor status }\n    }\n  }\n": typeof types.LedgerReversePaymentDocument,
    "\n  mutation LedgerSetRate($input: SetCommissionRateInput!) { setCommissionRate(input: $input) { rate { rateBp effectiveFrom marketer { uid } } } }\n": typeof types.LedgerSetRateDocument,
    "\n  mutation LedgerPayout($input: RecordCommissionPayoutInput!) {\n    recordCommissionPayout(input: $input) { payout { amountMinor currency paidOn method } commission { balances { currency accruedMinor paidOutMinor balanceMinor } } }\n  }\n": typeof types.LedgerPayoutDocument,
    "\n  query LedgerCommission($marketerId: ID) {\n    commissionStatement(marketerId: $marketerId) {\n      marketer { uid }\n      balances { currency accruedMinor paidOutMinor balanceMinor }\n      rates { rateBp effectiveFrom marketer { uid } }\n      accruals(first: 50) { totalCount edges { node { amountMinor currency receiptNumber saleNumber rateBp date payment { receiptNumber } } } }\n      payouts(first: 50) { totalCount edges { node { amountMinor paidOn } } }\n    }\n  }\n": typeof types.LedgerCommissionDocument,
    "\n  query LedgerStatement($clientId: ID) {\n    clientStatement(clientId: $clientId) {\n      client { uid }\n      asOf\n      totals { currency sales priceMinor paidMinor balanceMinor overdueMinor }\n      sales(first: 20) { totalCount edges { node { number status } } }\n      payments(first: 20) { totalCount edges { node { receiptNumber kind amountMinor } } }\n    }\n  }\n": typeof types.LedgerStatementDocument,
    "\n  query LedgerSales($first: Int, $after: String, $estateId: ID, $marketerId: ID, $clientId: ID, $status: [SaleStatus!], $soldFrom: Date, $soldTo: Date) {\n    sales(first: $first, after: $after, estateId: $estateId, marketerId: $marketerId, clientId: $clientId, status: $status, soldFrom: $soldFrom, soldTo: $soldTo) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number soldOn status client { uid } } }\n    }\n  }\n": typeof types.LedgerSalesDocument,
    "query LedgerSale($number: String!) { sale(number: $number) { number paidMinor balanceMinor payments(first: 10) { totalCount edges { node { receiptNumber } } } } }": typeof types.LedgerSaleDocument,
    "\n  query ListsClients($first: Int, $after: String, $filter: ClientFilter, $orderBy: [ClientOrder!], $search: String) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy, search: $search) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id fullName uid } }\n    }\n  }\n": typeof types.ListsClientsDocument,
    "\n  query ListsMarketers($orderBy: [MarketerOrder!], $filter: MarketerFilter) {\n    marketers(orderBy: $orderBy, filter: $filter) { totalCount edges { node { fullName clients(orderBy: [{ field: FULL_NAME }]) { totalCount edges { node { fullName } } } } } }\n  }\n": typeof types.ListsMarketersDocument,
    "\n  query ListsPlots($filter: PlotFilter, $orderBy: [PlotOrder!]) {\n    plots(first: 50, filter: $filter, orderBy: $orderBy) { totalCount edges { node { number status } } }\n  }\n": typeof types.ListsPlotsDocument,
    "\n  query ListsSales($filter: SaleFilter, $orderBy: [SaleOrder!]) {\n    sales(filter: $filter, orderBy: $orderBy) { totalCount edges { node { client { fullName } priceMinor currency plan } } }\n  }\n": typeof types.ListsSalesDocument,
    "\n  query ListsPayments($filter: PaymentFilter, $orderBy: [PaymentOrder!]) {\n    payments(filter: $filter, orderBy: $orderBy) { totalCount edges { node { id kind amountMinor date method } } }\n  }\n": typeof types.ListsPaymentsDocument,
    "\n  query ListsEstates($orderBy: [EstateOrder!]) { estates(orderBy: $orderBy) { edges { node { name plots(orderBy: [{ field: NUMBER, direction: DESC }], filter: { sold: false }) { totalCount edges { node { number } } } } } } }\n": typeof types.ListsEstatesDocument,
    "mutation MessagesAssign($input: AssignClientInput!) { assignClient(input: $input) { client { uid marketer { uid } } } }": typeof types.MessagesAssignDocument,
    "\n  query MessagesHistory($uid: String!) {\n    client(uid: $uid) { marketer { uid fullName email phone } assignmentHistory { edges { node { marketer { uid } assignedBy assignedAt } } } }\n  }\n": typeof types.MessagesHistoryDocument,
    "query MessagesMyMarketer($uid: String!) { client(uid: $uid) { marketer { uid fullName email phone } } }": typeof types.MessagesMyMarketerDocument,
    "query MessagesMyClients { clients { edges { node { uid } } } }": typeof types.MessagesMyClientsDocument,
    "mutation MessagesReply($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id subject fromStaff authorName replyTo { id } thread { id } } } }": typeof types.MessagesReplyDocument,
    "mutation MessagesMarkRead($input: MarkReadInput!) { markRead(input: $input) { thread { unreadCount } } }": typeof types.MessagesMarkReadDocument,
    "\n  query MessagesThreads {\n    unreadMessageCount\n    messageThreads { totalCount edges { node { id subject type unreadCount authorName messages { edges { node { body fromStaff } } } } } }\n  }\n": typeof types.MessagesThreadsDocument,
    "\n  query RegistrationClients($first: Int, $after: String, $search: String, $status: [ProfileStatus!]) {\n    clients(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uid seq fullName email status marketer { uid } } }\n    }\n  }\n": typeof types.RegistrationClientsDocument,
    "query RegistrationClient($uid: String!) { client(uid: $uid) { uid fullName marketer { uid fullName email } } }": typeof types.RegistrationClientDocument,
    "mutation RegistrationDeleteClient($input: DeleteClientInput!) { deleteClient(input: $input) { deletedId } }": typeof types.RegistrationDeleteClientDocument,
    "mutation RegistrationArchiveClient($input: ArchiveClientInput!) { archiveClient(input: $input) { client { status archivedAt } } }": typeof types.RegistrationArchiveClientDocument,
    "\n      query RegistrationNested {\n        marketers(first: 20) { edges { node { uid user { fullName } clients(first: 50) { totalCount edges { node { uid fullName user { fullName email } marketer { uid } } } } } } }\n      }\n    ": typeof types.RegistrationNestedDocument,
    "mutation RegistrationLoginAttempt($input: LoginInput!) { login(input: $input) { token } }": typeof types.RegistrationLoginAttemptDocument,
    "\n  mutation StaffAdd($input: AddStaffMemberInput!) { addStaffMember(input: $input) { member { id fullName email role status } invitation { token } } }\n": typeof types.StaffAddDocument,
    "mutation StaffSetStatus($input: SetStaffMemberStatusInput!) { setStaffMemberStatus(input: $input) { member { status archivedAt } } }": typeof types.StaffSetStatusDocument,
    "query StaffList { staffMembers { totalCount edges { node { fullName role } } } clients { totalCount } }": typeof types.StaffListDocument,
    "mutation StaffLogin($input: LoginInput!) { login(input: $input) { viewer { role } } }": typeof types.StaffLoginDocument,
    "mutation StaffSetPassword($input: SetPasswordInput!) { setPassword(input: $input) { companySlug email } }": typeof types.StaffSetPasswordDocument,
    "\n  mutation FixtureCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { token company { id name slug prefix } admin { id } }\n  }\n": typeof types.FixtureCreateCompanyDocument,
    "\n  mutation FixtureRegisterMarketer($input: RegisterMarketerInput!) {\n    registerMarketer(input: $input) { marketer { id uid seq user { id } } invitation { token } }\n  }\n": typeof types.FixtureRegisterMarketerDocument,
    "\n  mutation FixtureRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid seq user { id } marketer { id uid } } invitation { token } }\n  }\n": typeof types.FixtureRegisterClientDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role profileId user { id } company { id } } }\n  }\n": typeof types.FixtureLoginDocument,
    "\n  mutation FixtureCreateEstate($input: CreateEstateInput!) { createEstate(input: $input) { estate { id name } } }\n": typeof types.FixtureCreateEstateDocument,
    "\n  mutation FixtureAddPlotSize($input: AddPlotSizeInput!) { addPlotSize(input: $input) { plotSize { id } } }\n": typeof types.FixtureAddPlotSizeDocument,
    "\n  mutation FixtureAddPlots($input: AddPlotsInput!) { addPlots(input: $input) { plots { id number status } } }\n": typeof types.FixtureAddPlotsDocument,
    "\n  mutation FixtureAllocatePlot($input: AllocatePlotInput!) { allocatePlot(input: $input) { plot { id status client { uid } } } }\n": typeof types.FixtureAllocatePlotDocument,
    "\n  mutation FixtureSendMessage($input: SendMessageInput!) { sendMessage(input: $input) { message { id threadId: thread { id } subject } } }\n": typeof types.FixtureSendMessageDocument,
    "query FoundationMe { me { role } }": typeof types.FoundationMeDocument,
    "query TrustedEstates($first: Int) { estates(first: $first) { totalCount edges { node { name } } } }": typeof types.TrustedEstatesDocument,
    "subscription TrustedMessageAdded { messageAdded { body } }": typeof types.TrustedMessageAddedDocument,
    "mutation TrustedReply($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id } } }": typeof types.TrustedReplyDocument,
};
const documents: Documents = {
    "query AuthMe { me { role profileId roles company { name } user { email fullName } } }": types.AuthMeDocument,
    "mutation AuthSetPassword($input: SetPasswordInput!) { setPassword(input: $input) { companySlug email } }": types.AuthSetPasswordDocument,
    "mutation AuthInvite($input: CreatePasswordInvitationInput!) { createPasswordInvitation(input: $input) { invitation { token expiresAt } } }": types.AuthInviteDocument,
    "mutation CompaniesUpdate($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { name prefix prefixLocked } } }": types.CompaniesUpdateDocument,
    "\n  query DocumentsPayment($id: ID!) {\n    node(id: $id) { ... on Payment { receiptNumber kind receiptUrl verificationUrl sale { number } } }\n  }\n": types.DocumentsPaymentDocument,
    "\n  query DocumentsStatement($id: ID) {\n    clientStatement(clientId: $id) {\n      asOf\n      pdfUrl\n      client { uid fullName }\n      totals { currency sales priceMinor paidMinor balanceMinor overdueMinor }\n      sales(first: 100) {\n        totalCount\n        edges { node { number soldOn currency priceMinor paidMinor balanceMinor overdueMinor status plan\n          plot { number estate { name } plotSize { label } }\n          schedule { seq dueDate amountMinor paidMinor outstandingMinor state } } }\n      }\n      payments(first: 100) {\n        totalCount\n        edges { node { receiptNumber date kind method reference signedAmountMinor currency sale { number } } }\n      }\n    }\n  }\n": types.DocumentsStatementDocument,
    "\n  query DocumentsPlots {\n    plots(first: 100) { edges { node { id number status allocationLetterUrl } } }\n  }\n": types.DocumentsPlotsDocument,
    "\n  query EstatesBrowse($search: String, $status: [EstateStatus!]) {\n    estates(search: $search, status: $status) {\n      totalCount\n      edges { node { name location status availability { available reserved allocated total } plotSizes { label areaSqm priceMinor currency } } }\n    }\n  }\n": types.EstatesBrowseDocument,
    "mutation EstatesUpdate($input: UpdateEstateInput!) { updateEstate(input: $input) { estate { name location description } } }": types.EstatesUpdateDocument,
    "mutation EstatesSetStatus($input: SetEstateStatusInput!) { setEstateStatus(input: $input) { estate { status } } }": types.EstatesSetStatusDocument,
    "mutation EstatesReserve($input: ReservePlotInput!) { reservePlot(input: $input) { plot { status client { uid } } } }": types.EstatesReserveDocument,
    "mutation EstatesRelease($input: ReleasePlotInput!) { releasePlot(input: $input) { plot { status heldAt client { uid } } } }": types.EstatesReleaseDocument,
    "query EstatesMyPlots { me { client { uid plots { edges { node { number status estate { name } plotSize { label } } } } } } }": types.EstatesMyPlotsDocument,
    "\n      query EstatesNested {\n        estates(first: 20) { edges { node { name availability { total } plotSizes { label } plots(first: 50) { edges { node { number client { uid user { fullName } marketer { uid } } } } } } } }\n      }\n    ": types.EstatesNestedDocument,
    "\n  query InsightsRegistrations($range: InsightRange!) { insights { registrations(range: $range) { start clients marketers } } }\n": types.InsightsRegistrationsDocument,
    "\n  query InsightsSales($range: InsightRange!, $by: InsightGrouping) {\n    insights { sales(range: $range, by: $by) { start count amounts { currency amountMinor } groups { group { id name uid } count amounts { currency amountMinor } } } }\n  }\n": types.InsightsSalesDocument,
    "\n  query InsightsPayments($range: InsightRange!, $by: InsightGrouping) {\n    insights { payments(range: $range, by: $by) { start count amounts { currency amountMinor } groups { group { name } count amounts { currency amountMinor } } } }\n  }\n": types.InsightsPaymentsDocument,
    "\n  query InsightsReceivables($asOf: Date) {\n    insights { receivables(asOf: $asOf) { asOf totals { currency openSales outstandingMinor overdueInstalments overdueMinor ageing { band instalments amountMinor } } } }\n  }\n": types.InsightsReceivablesDocument,
    "\n  query InsightsPlotStock { insights { plotStock { estate { id name } available reserved allocated sold total sellThrough } } }\n": types.InsightsPlotStockDocument,
    "\n  query InsightsSellThrough($range: InsightRange!, $estateId: ID) { insights { sellThrough(range: $range, estateId: $estateId) { start sold soldToDate plots rate } } }\n": types.InsightsSellThroughDocument,
    "\n  query InsightsLeaderboard($period: InsightPeriod, $orderBy: [LeaderboardOrder!], $currency: String, $limit: Int) {\n    insights {\n      marketerLeaderboard(period: $period, orderBy: $orderBy, currency: $currency, limit: $limit) {\n        marketer { id name uid } status clients sales totals { currency salesValueMinor collectedMinor commissionMinor }\n      }\n    }\n  }\n": types.InsightsLeaderboardDocument,
    "\n  mutation LedgerCreateSale($input: CreateSaleInput!) {\n    createSale(input: $input) {\n      sale { id number soldOn priceMinor currency plan paidMinor balanceMinor status commissionRateBp schedule { seq dueDate amountMinor percentBp state } client { uid } marketer { uid } }\n      plot { id number status client { uid } sale { number } }\n    }\n  }\n": types.LedgerCreateSaleDocument,
    "\n  mutation LedgerRecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id receiptNumber kind amountMinor signedAmountMinor currency method date reference }\n      sale { number paidMinor balanceMinor status overdueMinor nextDueDate schedule { seq paidMinor outstandingMinor state } }\n    }\n  }\n": types.LedgerRecordPaymentDocument,
    "\n  mutation LedgerReversePayment($input: ReversePaymentInput!) {\n    reversePayment(input: $input) {\n      reversal { id receiptNumber kind amountMinor signedAmountMinor reason reverses { receiptNumber } }\n      payment { receiptNumber kind reversedBy { receiptNumber } }\n      sale { paidMinor balanceMinor status }\n    }\n  }\n": types.LedgerReversePaymentDocument,
    "\n  mutation LedgerSetRate($input: SetCommissionRateInput!) { setCommissionRate(input: $input) { rate { rateBp effectiveFrom marketer { uid } } } }\n": types.LedgerSetRateDocument,
    "\n  mutation LedgerPayout($input: RecordCommissionPayoutInput!) {\n    recordCommissionPayout(input: $input) { payout { amountMinor currency paidOn method } commission { balances { currency accruedMinor paidOutMinor balanceMinor } } }\n  }\n": types.LedgerPayoutDocument,
    "\n  query LedgerCommission($marketerId: ID) {\n    commissionStatement(marketerId: $marketerId) {\n      marketer { uid }\n      balances { currency accruedMinor paidOutMinor balanceMinor }\n      rates { rateBp effectiveFrom marketer { uid } }\n      accruals(first: 50) { totalCount edges { node { amountMinor currency receiptNumber saleNumber rateBp date payment { receiptNumber } } } }\n      payouts(first: 50) { totalCount edges { node { amountMinor paidOn } } }\n    }\n  }\n": types.LedgerCommissionDocument,
    "\n  query LedgerStatement($clientId: ID) {\n    clientStatement(clientId: $clientId) {\n      client { uid }\n      asOf\n      totals { currency sales priceMinor paidMinor balanceMinor overdueMinor }\n      sales(first: 20) { totalCount edges { node { number status } } }\n      payments(first: 20) { totalCount edges { node { receiptNumber kind amountMinor } } }\n    }\n  }\n": types.LedgerStatementDocument,
    "\n  query LedgerSales($first: Int, $after: String, $estateId: ID, $marketerId: ID, $clientId: ID, $status: [SaleStatus!], $soldFrom: Date, $soldTo: Date) {\n    sales(first: $first, after: $after, estateId: $estateId, marketerId: $marketerId, clientId: $clientId, status: $status, soldFrom: $soldFrom, soldTo: $soldTo) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number soldOn status client { uid } } }\n    }\n  }\n": types.LedgerSalesDocument,
    "query LedgerSale($number: String!) { sale(number: $number) { number paidMinor balanceMinor payments(first: 10) { totalCount edges { node { receiptNumber } } } } }": types.LedgerSaleDocument,
    "\n  query ListsClients($first: Int, $after: String, $filter: ClientFilter, $orderBy: [ClientOrder!], $search: String) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy, search: $search) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id fullName uid } }\n    }\n  }\n": types.ListsClientsDocument,
    "\n  query ListsMarketers($orderBy: [MarketerOrder!], $filter: MarketerFilter) {\n    marketers(orderBy: $orderBy, filter: $filter) { totalCount edges { node { fullName clients(orderBy: [{ field: FULL_NAME }]) { totalCount edges { node { fullName } } } } } }\n  }\n": types.ListsMarketersDocument,
    "\n  query ListsPlots($filter: PlotFilter, $orderBy: [PlotOrder!]) {\n    plots(first: 50, filter: $filter, orderBy: $orderBy) { totalCount edges { node { number status } } }\n  }\n": types.ListsPlotsDocument,
    "\n  query ListsSales($filter: SaleFilter, $orderBy: [SaleOrder!]) {\n    sales(filter: $filter, orderBy: $orderBy) { totalCount edges { node { client { fullName } priceMinor currency plan } } }\n  }\n": types.ListsSalesDocument,
    "\n  query ListsPayments($filter: PaymentFilter, $orderBy: [PaymentOrder!]) {\n    payments(filter: $filter, orderBy: $orderBy) { totalCount edges { node { id kind amountMinor date method } } }\n  }\n": types.ListsPaymentsDocument,
    "\n  query ListsEstates($orderBy: [EstateOrder!]) { estates(orderBy: $orderBy) { edges { node { name plots(orderBy: [{ field: NUMBER, direction: DESC }], filter: { sold: false }) { totalCount edges { node { number } } } } } } }\n": types.ListsEstatesDocument,
    "mutation MessagesAssign($input: AssignClientInput!) { assignClient(input: $input) { client { uid marketer { uid } } } }": types.MessagesAssignDocument,
    "\n  query MessagesHistory($uid: String!) {\n    client(uid: $uid) { marketer { uid fullName email phone } assignmentHistory { edges { node { marketer { uid } assignedBy assignedAt } } } }\n  }\n": types.MessagesHistoryDocument,
    "query MessagesMyMarketer($uid: String!) { client(uid: $uid) { marketer { uid fullName email phone } } }": types.MessagesMyMarketerDocument,
    "query MessagesMyClients { clients { edges { node { uid } } } }": types.MessagesMyClientsDocument,
    "mutation MessagesReply($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id subject fromStaff authorName replyTo { id } thread { id } } } }": types.MessagesReplyDocument,
    "mutation MessagesMarkRead($input: MarkReadInput!) { markRead(input: $input) { thread { unreadCount } } }": types.MessagesMarkReadDocument,
    "\n  query MessagesThreads {\n    unreadMessageCount\n    messageThreads { totalCount edges { node { id subject type unreadCount authorName messages { edges { node { body fromStaff } } } } } }\n  }\n": types.MessagesThreadsDocument,
    "\n  query RegistrationClients($first: Int, $after: String, $search: String, $status: [ProfileStatus!]) {\n    clients(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uid seq fullName email status marketer { uid } } }\n    }\n  }\n": types.RegistrationClientsDocument,
    "query RegistrationClient($uid: String!) { client(uid: $uid) { uid fullName marketer { uid fullName email } } }": types.RegistrationClientDocument,
    "mutation RegistrationDeleteClient($input: DeleteClientInput!) { deleteClient(input: $input) { deletedId } }": types.RegistrationDeleteClientDocument,
    "mutation RegistrationArchiveClient($input: ArchiveClientInput!) { archiveClient(input: $input) { client { status archivedAt } } }": types.RegistrationArchiveClientDocument,
    "\n      query RegistrationNested {\n        marketers(first: 20) { edges { node { uid user { fullName } clients(first: 50) { totalCount edges { node { uid fullName user { fullName email } marketer { uid } } } } } } }\n      }\n    ": types.RegistrationNestedDocument,
    "mutation RegistrationLoginAttempt($input: LoginInput!) { login(input: $input) { token } }": types.RegistrationLoginAttemptDocument,
    "\n  mutation StaffAdd($input: AddStaffMemberInput!) { addStaffMember(input: $input) { member { id fullName email role status } invitation { token } } }\n": types.StaffAddDocument,
    "mutation StaffSetStatus($input: SetStaffMemberStatusInput!) { setStaffMemberStatus(input: $input) { member { status archivedAt } } }": types.StaffSetStatusDocument,
    "query StaffList { staffMembers { totalCount edges { node { fullName role } } } clients { totalCount } }": types.StaffListDocument,
    "mutation StaffLogin($input: LoginInput!) { login(input: $input) { viewer { role } } }": types.StaffLoginDocument,
    "mutation StaffSetPassword($input: SetPasswordInput!) { setPassword(input: $input) { companySlug email } }": types.StaffSetPasswordDocument,
    "\n  mutation FixtureCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { token company { id name slug prefix } admin { id } }\n  }\n": types.FixtureCreateCompanyDocument,
    "\n  mutation FixtureRegisterMarketer($input: RegisterMarketerInput!) {\n    registerMarketer(input: $input) { marketer { id uid seq user { id } } invitation { token } }\n  }\n": types.FixtureRegisterMarketerDocument,
    "\n  mutation FixtureRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid seq user { id } marketer { id uid } } invitation { token } }\n  }\n": types.FixtureRegisterClientDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role profileId user { id } company { id } } }\n  }\n": types.FixtureLoginDocument,
    "\n  mutation FixtureCreateEstate($input: CreateEstateInput!) { createEstate(input: $input) { estate { id name } } }\n": types.FixtureCreateEstateDocument,
    "\n  mutation FixtureAddPlotSize($input: AddPlotSizeInput!) { addPlotSize(input: $input) { plotSize { id } } }\n": types.FixtureAddPlotSizeDocument,
    "\n  mutation FixtureAddPlots($input: AddPlotsInput!) { addPlots(input: $input) { plots { id number status } } }\n": types.FixtureAddPlotsDocument,
    "\n  mutation FixtureAllocatePlot($input: AllocatePlotInput!) { allocatePlot(input: $input) { plot { id status client { uid } } } }\n": types.FixtureAllocatePlotDocument,
    "\n  mutation FixtureSendMessage($input: SendMessageInput!) { sendMessage(input: $input) { message { id threadId: thread { id } subject } } }\n": types.FixtureSendMessageDocument,
    "query FoundationMe { me { role } }": types.FoundationMeDocument,
    "query TrustedEstates($first: Int) { estates(first: $first) { totalCount edges { node { name } } } }": types.TrustedEstatesDocument,
    "subscription TrustedMessageAdded { messageAdded { body } }": types.TrustedMessageAddedDocument,
    "mutation TrustedReply($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id } } }": types.TrustedReplyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe { me { role profileId roles company { name } user { email fullName } } }"): (typeof documents)["query AuthMe { me { role profileId roles company { name } user { email fullName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSetPassword($input: SetPasswordInput!) { setPassword(input: $input) { companySlug email } }"): (typeof documents)["mutation AuthSetPassword($input: SetPasswordInput!) { setPassword(input: $input) { companySlug email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthInvite($input: CreatePasswordInvitationInput!) { createPasswordInvitation(input: $input) { invitation { token expiresAt } } }"): (typeof documents)["mutation AuthInvite($input: CreatePasswordInvitationInput!) { createPasswordInvitation(input: $input) { invitation { token expiresAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompaniesUpdate($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { name prefix prefixLocked } } }"): (typeof documents)["mutation CompaniesUpdate($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { name prefix prefixLocked } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsPayment($id: ID!) {\n    node(id: $id) { ... on Payment { receiptNumber kind receiptUrl verificationUrl sale { number } } }\n  }\n"): (typeof documents)["\n  query DocumentsPayment($id: ID!) {\n    node(id: $id) { ... on Payment { receiptNumber kind receiptUrl verificationUrl sale { number } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsStatement($id: ID) {\n    clientStatement(clientId: $id) {\n      asOf\n      pdfUrl\n      client { uid fullName }\n      totals { currency sales priceMinor paidMinor balanceMinor overdueMinor }\n      sales(first: 100) {\n        totalCount\n        edges { node { number soldOn currency priceMinor paidMinor balanceMinor overdueMinor status plan\n          plot { number estate { name } plotSize { label } }\n          schedule { seq dueDate amountMinor paidMinor outstandingMinor state } } }\n      }\n      payments(first: 100) {\n        totalCount\n        edges { node { receiptNumber date kind method reference signedAmountMinor currency sale { number } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentsStatement($id: ID) {\n    clientStatement(clientId: $id) {\n      asOf\n      pdfUrl\n      client { uid fullName }\n      totals { currency sales priceMinor paidMinor balanceMinor overdueMinor }\n      sales(first: 100) {\n        totalCount\n        edges { node { number soldOn currency priceMinor paidMinor balanceMinor overdueMinor status plan\n          plot { number estate { name } plotSize { label } }\n          schedule { seq dueDate amountMinor paidMinor outstandingMinor state } } }\n      }\n      payments(first: 100) {\n        totalCount\n        edges { node { receiptNumber date kind method reference signedAmountMinor currency sale { number } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsPlots {\n    plots(first: 100) { edges { node { id number status allocationLetterUrl } } }\n  }\n"): (typeof documents)["\n  query DocumentsPlots {\n    plots(first: 100) { edges { node { id number status allocationLetterUrl } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstatesBrowse($search: String, $status: [EstateStatus!]) {\n    estates(search: $search, status: $status) {\n      totalCount\n      edges { node { name location status availability { available reserved allocated total } plotSizes { label areaSqm priceMinor currency } } }\n    }\n  }\n"): (typeof documents)["\n  query EstatesBrowse($search: String, $status: [EstateStatus!]) {\n    estates(search: $search, status: $status) {\n      totalCount\n      edges { node { name location status availability { available reserved allocated total } plotSizes { label areaSqm priceMinor currency } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstatesUpdate($input: UpdateEstateInput!) { updateEstate(input: $input) { estate { name location description } } }"): (typeof documents)["mutation EstatesUpdate($input: UpdateEstateInput!) { updateEstate(input: $input) { estate { name location description } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstatesSetStatus($input: SetEstateStatusInput!) { setEstateStatus(input: $input) { estate { status } } }"): (typeof documents)["mutation EstatesSetStatus($input: SetEstateStatusInput!) { setEstateStatus(input: $input) { estate { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstatesReserve($input: ReservePlotInput!) { reservePlot(input: $input) { plot { status client { uid } } } }"): (typeof documents)["mutation EstatesReserve($input: ReservePlotInput!) { reservePlot(input: $input) { plot { status client { uid } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstatesRelease($input: ReleasePlotInput!) { releasePlot(input: $input) { plot { status heldAt client { uid } } } }"): (typeof documents)["mutation EstatesRelease($input: ReleasePlotInput!) { releasePlot(input: $input) { plot { status heldAt client { uid } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstatesMyPlots { me { client { uid plots { edges { node { number status estate { name } plotSize { label } } } } } } }"): (typeof documents)["query EstatesMyPlots { me { client { uid plots { edges { node { number status estate { name } plotSize { label } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EstatesNested {\n        estates(first: 20) { edges { node { name availability { total } plotSizes { label } plots(first: 50) { edges { node { number client { uid user { fullName } marketer { uid } } } } } } } }\n      }\n    "): (typeof documents)["\n      query EstatesNested {\n        estates(first: 20) { edges { node { name availability { total } plotSizes { label } plots(first: 50) { edges { node { number client { uid user { fullName } marketer { uid } } } } } } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsRegistrations($range: InsightRange!) { insights { registrations(range: $range) { start clients marketers } } }\n"): (typeof documents)["\n  query InsightsRegistrations($range: InsightRange!) { insights { registrations(range: $range) { start clients marketers } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsSales($range: InsightRange!, $by: InsightGrouping) {\n    insights { sales(range: $range, by: $by) { start count amounts { currency amountMinor } groups { group { id name uid } count amounts { currency amountMinor } } } }\n  }\n"): (typeof documents)["\n  query InsightsSales($range: InsightRange!, $by: InsightGrouping) {\n    insights { sales(range: $range, by: $by) { start count amounts { currency amountMinor } groups { group { id name uid } count amounts { currency amountMinor } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsPayments($range: InsightRange!, $by: InsightGrouping) {\n    insights { payments(range: $range, by: $by) { start count amounts { currency amountMinor } groups { group { name } count amounts { currency amountMinor } } } }\n  }\n"): (typeof documents)["\n  query InsightsPayments($range: InsightRange!, $by: InsightGrouping) {\n    insights { payments(range: $range, by: $by) { start count amounts { currency amountMinor } groups { group { name } count amounts { currency amountMinor } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsReceivables($asOf: Date) {\n    insights { receivables(asOf: $asOf) { asOf totals { currency openSales outstandingMinor overdueInstalments overdueMinor ageing { band instalments amountMinor } } } }\n  }\n"): (typeof documents)["\n  query InsightsReceivables($asOf: Date) {\n    insights { receivables(asOf: $asOf) { asOf totals { currency openSales outstandingMinor overdueInstalments overdueMinor ageing { band instalments amountMinor } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsPlotStock { insights { plotStock { estate { id name } available reserved allocated sold total sellThrough } } }\n"): (typeof documents)["\n  query InsightsPlotStock { insights { plotStock { estate { id name } available reserved allocated sold total sellThrough } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsSellThrough($range: InsightRange!, $estateId: ID) { insights { sellThrough(range: $range, estateId: $estateId) { start sold soldToDate plots rate } } }\n"): (typeof documents)["\n  query InsightsSellThrough($range: InsightRange!, $estateId: ID) { insights { sellThrough(range: $range, estateId: $estateId) { start sold soldToDate plots rate } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsLeaderboard($period: InsightPeriod, $orderBy: [LeaderboardOrder!], $currency: String, $limit: Int) {\n    insights {\n      marketerLeaderboard(period: $period, orderBy: $orderBy, currency: $currency, limit: $limit) {\n        marketer { id name uid } status clients sales totals { currency salesValueMinor collectedMinor commissionMinor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsightsLeaderboard($period: InsightPeriod, $orderBy: [LeaderboardOrder!], $currency: String, $limit: Int) {\n    insights {\n      marketerLeaderboard(period: $period, orderBy: $orderBy, currency: $currency, limit: $limit) {\n        marketer { id name uid } status clients sales totals { currency salesValueMinor collectedMinor commissionMinor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerCreateSale($input: CreateSaleInput!) {\n    createSale(input: $input) {\n      sale { id number soldOn priceMinor currency plan paidMinor balanceMinor status commissionRateBp schedule { seq dueDate amountMinor percentBp state } client { uid } marketer { uid } }\n      plot { id number status client { uid } sale { number } }\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerCreateSale($input: CreateSaleInput!) {\n    createSale(input: $input) {\n      sale { id number soldOn priceMinor currency plan paidMinor balanceMinor status commissionRateBp schedule { seq dueDate amountMinor percentBp state } client { uid } marketer { uid } }\n      plot { id number status client { uid } sale { number } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerRecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id receiptNumber kind amountMinor signedAmountMinor currency method date reference }\n      sale { number paidMinor balanceMinor status overdueMinor nextDueDate schedule { seq paidMinor outstandingMinor state } }\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerRecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id receiptNumber kind amountMinor signedAmountMinor currency method date reference }\n      sale { number paidMinor balanceMinor status overdueMinor nextDueDate schedule { seq paidMinor outstandingMinor state } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerReversePayment($input: ReversePaymentInput!) {\n    reversePayment(input: $input) {\n      reversal { id receiptNumber kind amountMinor signedAmountMinor reason reverses { receiptNumber } }\n      payment { receiptNumber kind reversedBy { receiptNumber } }\n      sale { paidMinor balanceMinor status }\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerReversePayment($input: ReversePaymentInput!) {\n    reversePayment(input: $input) {\n      reversal { id receiptNumber kind amountMinor signedAmountMinor reason reverses { receiptNumber } }\n      payment { receiptNumber kind reversedBy { receiptNumber } }\n      sale { paidMinor balanceMinor status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerSetRate($input: SetCommissionRateInput!) { setCommissionRate(input: $input) { rate { rateBp effectiveFrom marketer { uid } } } }\n"): (typeof documents)["\n  mutation LedgerSetRate($input: SetCommissionRateInput!) { setCommissionRate(input: $input) { rate { rateBp effectiveFrom marketer { uid } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerPayout($input: RecordCommissionPayoutInput!) {\n    recordCommissionPayout(input: $input) { payout { amountMinor currency paidOn method } commission { balances { currency accruedMinor paidOutMinor balanceMinor } } }\n  }\n"): (typeof documents)["\n  mutation LedgerPayout($input: RecordCommissionPayoutInput!) {\n    recordCommissionPayout(input: $input) { payout { amountMinor currency paidOn method } commission { balances { currency accruedMinor paidOutMinor balanceMinor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerCommission($marketerId: ID) {\n    commissionStatement(marketerId: $marketerId) {\n      marketer { uid }\n      balances { currency accruedMinor paidOutMinor balanceMinor }\n      rates { rateBp effectiveFrom marketer { uid } }\n      accruals(first: 50) { totalCount edges { node { amountMinor currency receiptNumber saleNumber rateBp date payment { receiptNumber } } } }\n      payouts(first: 50) { totalCount edges { node { amountMinor paidOn } } }\n    }\n  }\n"): (typeof documents)["\n  query LedgerCommission($marketerId: ID) {\n    commissionStatement(marketerId: $marketerId) {\n      marketer { uid }\n      balances { currency accruedMinor paidOutMinor balanceMinor }\n      rates { rateBp effectiveFrom marketer { uid } }\n      accruals(first: 50) { totalCount edges { node { amountMinor currency receiptNumber saleNumber rateBp date payment { receiptNumber } } } }\n      payouts(first: 50) { totalCount edges { node { amountMinor paidOn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerStatement($clientId: ID) {\n    clientStatement(clientId: $clientId) {\n      client { uid }\n      asOf\n      totals { currency sales priceMinor paidMinor balanceMinor overdueMinor }\n      sales(first: 20) { totalCount edges { node { number status } } }\n      payments(first: 20) { totalCount edges { node { receiptNumber kind amountMinor } } }\n    }\n  }\n"): (typeof documents)["\n  query LedgerStatement($clientId: ID) {\n    clientStatement(clientId: $clientId) {\n      client { uid }\n      asOf\n      totals { currency sales priceMinor paidMinor balanceMinor overdueMinor }\n      sales(first: 20) { totalCount edges { node { number status } } }\n      payments(first: 20) { totalCount edges { node { receiptNumber kind amountMinor } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerSales($first: Int, $after: String, $estateId: ID, $marketerId: ID, $clientId: ID, $status: [SaleStatus!], $soldFrom: Date, $soldTo: Date) {\n    sales(first: $first, after: $after, estateId: $estateId, marketerId: $marketerId, clientId: $clientId, status: $status, soldFrom: $soldFrom, soldTo: $soldTo) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number soldOn status client { uid } } }\n    }\n  }\n"): (typeof documents)["\n  query LedgerSales($first: Int, $after: String, $estateId: ID, $marketerId: ID, $clientId: ID, $status: [SaleStatus!], $soldFrom: Date, $soldTo: Date) {\n    sales(first: $first, after: $after, estateId: $estateId, marketerId: $marketerId, clientId: $clientId, status: $status, soldFrom: $soldFrom, soldTo: $soldTo) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number soldOn status client { uid } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LedgerSale($number: String!) { sale(number: $number) { number paidMinor balanceMinor payments(first: 10) { totalCount edges { node { receiptNumber } } } } }"): (typeof documents)["query LedgerSale($number: String!) { sale(number: $number) { number paidMinor balanceMinor payments(first: 10) { totalCount edges { node { receiptNumber } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsClients($first: Int, $after: String, $filter: ClientFilter, $orderBy: [ClientOrder!], $search: String) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy, search: $search) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id fullName uid } }\n    }\n  }\n"): (typeof documents)["\n  query ListsClients($first: Int, $after: String, $filter: ClientFilter, $orderBy: [ClientOrder!], $search: String) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy, search: $search) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id fullName uid } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsMarketers($orderBy: [MarketerOrder!], $filter: MarketerFilter) {\n    marketers(orderBy: $orderBy, filter: $filter) { totalCount edges { node { fullName clients(orderBy: [{ field: FULL_NAME }]) { totalCount edges { node { fullName } } } } } }\n  }\n"): (typeof documents)["\n  query ListsMarketers($orderBy: [MarketerOrder!], $filter: MarketerFilter) {\n    marketers(orderBy: $orderBy, filter: $filter) { totalCount edges { node { fullName clients(orderBy: [{ field: FULL_NAME }]) { totalCount edges { node { fullName } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsPlots($filter: PlotFilter, $orderBy: [PlotOrder!]) {\n    plots(first: 50, filter: $filter, orderBy: $orderBy) { totalCount edges { node { number status } } }\n  }\n"): (typeof documents)["\n  query ListsPlots($filter: PlotFilter, $orderBy: [PlotOrder!]) {\n    plots(first: 50, filter: $filter, orderBy: $orderBy) { totalCount edges { node { number status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsSales($filter: SaleFilter, $orderBy: [SaleOrder!]) {\n    sales(filter: $filter, orderBy: $orderBy) { totalCount edges { node { client { fullName } priceMinor currency plan } } }\n  }\n"): (typeof documents)["\n  query ListsSales($filter: SaleFilter, $orderBy: [SaleOrder!]) {\n    sales(filter: $filter, orderBy: $orderBy) { totalCount edges { node { client { fullName } priceMinor currency plan } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsPayments($filter: PaymentFilter, $orderBy: [PaymentOrder!]) {\n    payments(filter: $filter, orderBy: $orderBy) { totalCount edges { node { id kind amountMinor date method } } }\n  }\n"): (typeof documents)["\n  query ListsPayments($filter: PaymentFilter, $orderBy: [PaymentOrder!]) {\n    payments(filter: $filter, orderBy: $orderBy) { totalCount edges { node { id kind amountMinor date method } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsEstates($orderBy: [EstateOrder!]) { estates(orderBy: $orderBy) { edges { node { name plots(orderBy: [{ field: NUMBER, direction: DESC }], filter: { sold: false }) { totalCount edges { node { number } } } } } } }\n"): (typeof documents)["\n  query ListsEstates($orderBy: [EstateOrder!]) { estates(orderBy: $orderBy) { edges { node { name plots(orderBy: [{ field: NUMBER, direction: DESC }], filter: { sold: false }) { totalCount edges { node { number } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MessagesAssign($input: AssignClientInput!) { assignClient(input: $input) { client { uid marketer { uid } } } }"): (typeof documents)["mutation MessagesAssign($input: AssignClientInput!) { assignClient(input: $input) { client { uid marketer { uid } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesHistory($uid: String!) {\n    client(uid: $uid) { marketer { uid fullName email phone } assignmentHistory { edges { node { marketer { uid } assignedBy assignedAt } } } }\n  }\n"): (typeof documents)["\n  query MessagesHistory($uid: String!) {\n    client(uid: $uid) { marketer { uid fullName email phone } assignmentHistory { edges { node { marketer { uid } assignedBy assignedAt } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MessagesMyMarketer($uid: String!) { client(uid: $uid) { marketer { uid fullName email phone } } }"): (typeof documents)["query MessagesMyMarketer($uid: String!) { client(uid: $uid) { marketer { uid fullName email phone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MessagesMyClients { clients { edges { node { uid } } } }"): (typeof documents)["query MessagesMyClients { clients { edges { node { uid } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MessagesReply($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id subject fromStaff authorName replyTo { id } thread { id } } } }"): (typeof documents)["mutation MessagesReply($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id subject fromStaff authorName replyTo { id } thread { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MessagesMarkRead($input: MarkReadInput!) { markRead(input: $input) { thread { unreadCount } } }"): (typeof documents)["mutation MessagesMarkRead($input: MarkReadInput!) { markRead(input: $input) { thread { unreadCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesThreads {\n    unreadMessageCount\n    messageThreads { totalCount edges { node { id subject type unreadCount authorName messages { edges { node { body fromStaff } } } } } }\n  }\n"): (typeof documents)["\n  query MessagesThreads {\n    unreadMessageCount\n    messageThreads { totalCount edges { node { id subject type unreadCount authorName messages { edges { node { body fromStaff } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationClients($first: Int, $after: String, $search: String, $status: [ProfileStatus!]) {\n    clients(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uid seq fullName email status marketer { uid } } }\n    }\n  }\n"): (typeof documents)["\n  query RegistrationClients($first: Int, $after: String, $search: String, $status: [ProfileStatus!]) {\n    clients(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uid seq fullName email status marketer { uid } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistrationClient($uid: String!) { client(uid: $uid) { uid fullName marketer { uid fullName email } } }"): (typeof documents)["query RegistrationClient($uid: String!) { client(uid: $uid) { uid fullName marketer { uid fullName email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistrationDeleteClient($input: DeleteClientInput!) { deleteClient(input: $input) { deletedId } }"): (typeof documents)["mutation RegistrationDeleteClient($input: DeleteClientInput!) { deleteClient(input: $input) { deletedId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistrationArchiveClient($input: ArchiveClientInput!) { archiveClient(input: $input) { client { status archivedAt } } }"): (typeof documents)["mutation RegistrationArchiveClient($input: ArchiveClientInput!) { archiveClient(input: $input) { client { status archivedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RegistrationNested {\n        marketers(first: 20) { edges { node { uid user { fullName } clients(first: 50) { totalCount edges { node { uid fullName user { fullName email } marketer { uid } } } } } } }\n      }\n    "): (typeof documents)["\n      query RegistrationNested {\n        marketers(first: 20) { edges { node { uid user { fullName } clients(first: 50) { totalCount edges { node { uid fullName user { fullName email } marketer { uid } } } } } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistrationLoginAttempt($input: LoginInput!) { login(input: $input) { token } }"): (typeof documents)["mutation RegistrationLoginAttempt($input: LoginInput!) { login(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAdd($input: AddStaffMemberInput!) { addStaffMember(input: $input) { member { id fullName email role status } invitation { token } } }\n"): (typeof documents)["\n  mutation StaffAdd($input: AddStaffMemberInput!) { addStaffMember(input: $input) { member { id fullName email role status } invitation { token } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffSetStatus($input: SetStaffMemberStatusInput!) { setStaffMemberStatus(input: $input) { member { status archivedAt } } }"): (typeof documents)["mutation StaffSetStatus($input: SetStaffMemberStatusInput!) { setStaffMemberStatus(input: $input) { member { status archivedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffList { staffMembers { totalCount edges { node { fullName role } } } clients { totalCount } }"): (typeof documents)["query StaffList { staffMembers { totalCount edges { node { fullName role } } } clients { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffLogin($input: LoginInput!) { login(input: $input) { viewer { role } } }"): (typeof documents)["mutation StaffLogin($input: LoginInput!) { login(input: $input) { viewer { role } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffSetPassword($input: SetPasswordInput!) { setPassword(input: $input) { companySlug email } }"): (typeof documents)["mutation StaffSetPassword($input: SetPasswordInput!) { setPassword(input: $input) { companySlug email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { token company { id name slug prefix } admin { id } }\n  }\n"): (typeof documents)["\n  mutation FixtureCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { token company { id name slug prefix } admin { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureRegisterMarketer($input: RegisterMarketerInput!) {\n    registerMarketer(input: $input) { marketer { id uid seq user { id } } invitation { token } }\n  }\n"): (typeof documents)["\n  mutation FixtureRegisterMarketer($input: RegisterMarketerInput!) {\n    registerMarketer(input: $input) { marketer { id uid seq user { id } } invitation { token } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid seq user { id } marketer { id uid } } invitation { token } }\n  }\n"): (typeof documents)["\n  mutation FixtureRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid seq user { id } marketer { id uid } } invitation { token } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role profileId user { id } company { id } } }\n  }\n"): (typeof documents)["\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role profileId user { id } company { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateEstate($input: CreateEstateInput!) { createEstate(input: $input) { estate { id name } } }\n"): (typeof documents)["\n  mutation FixtureCreateEstate($input: CreateEstateInput!) { createEstate(input: $input) { estate { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureAddPlotSize($input: AddPlotSizeInput!) { addPlotSize(input: $input) { plotSize { id } } }\n"): (typeof documents)["\n  mutation FixtureAddPlotSize($input: AddPlotSizeInput!) { addPlotSize(input: $input) { plotSize { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureAddPlots($input: AddPlotsInput!) { addPlots(input: $input) { plots { id number status } } }\n"): (typeof documents)["\n  mutation FixtureAddPlots($input: AddPlotsInput!) { addPlots(input: $input) { plots { id number status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureAllocatePlot($input: AllocatePlotInput!) { allocatePlot(input: $input) { plot { id status client { uid } } } }\n"): (typeof documents)["\n  mutation FixtureAllocatePlot($input: AllocatePlotInput!) { allocatePlot(input: $input) { plot { id status client { uid } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureSendMessage($input: SendMessageInput!) { sendMessage(input: $input) { message { id threadId: thread { id } subject } } }\n"): (typeof documents)["\n  mutation FixtureSendMessage($input: SendMessageInput!) { sendMessage(input: $input) { message { id threadId: thread { id } subject } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationMe { me { role } }"): (typeof documents)["query FoundationMe { me { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustedEstates($first: Int) { estates(first: $first) { totalCount edges { node { name } } } }"): (typeof documents)["query TrustedEstates($first: Int) { estates(first: $first) { totalCount edges { node { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TrustedMessageAdded { messageAdded { body } }"): (typeof documents)["subscription TrustedMessageAdded { messageAdded { body } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustedReply($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id } } }"): (typeof documents)["mutation TrustedReply($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;