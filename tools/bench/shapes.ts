// The reads the benchmark compares with PostGraphile: shapes a web frontend or a mobile app sends,
// each as the API's query and PostGraphile's query for the same data (PostGraphile names its
// fields from the foreign keys; it has no computed fields, so it reads the stored columns they
// come from). Pages are the same size on both sides.

export interface Shape {
  name: string;
  api: string;
  postgraphile: string;
  /** The ratio to PostGraphile the API is held to. */
  goal: string;
}

export const SHAPES: Shape[] = [
  {
    name: 'estates tree: 10 estates → 50 plots → size, holder, holder’s marketer',
    goal: '≥ 1.5×',
    api: `{ estates(first: 10) { edges { node { name plots(first: 50) { edges { node {
      number status plotSize { label priceMinor } client { uid fullName marketer { uid fullName } } } } } } } } }`,
    postgraphile: `{ allEstates(first: 10, orderBy: [NAME_ASC, ID_ASC]) { nodes { name plotsByCompanyIdAndEstateId(first: 50, orderBy: [NUMBER_ASC, ID_ASC]) { nodes {
      number status plotSizeByCompanyIdAndPlotSizeId { label priceMinor } clientByCompanyIdAndClientId { uid fullName marketerByCompanyIdAndMarketerId { uid fullName } } } } } } }`,
  },
  {
    name: 'client book: 50 clients by UID → marketer, 3 sales → plot → estate, 5 payments',
    goal: '≥ 1.0×',
    api: `{ clients(first: 50, orderBy: [{ field: UID }]) { edges { node { uid fullName marketer { uid fullName }
      sales(first: 3) { edges { node { number priceMinor plot { number estate { name } }
        payments(first: 5) { edges { node { receiptNumber amountMinor date } } } } } } } } } }`,
    postgraphile: `{ allClients(first: 50, orderBy: [UID_ASC, ID_ASC], condition: { status: ACTIVE }) { nodes { uid fullName marketerByCompanyIdAndMarketerId { uid fullName }
      salesByCompanyIdAndClientId(first: 3, orderBy: [SEQ_DESC, ID_ASC]) { nodes { number priceMinor plotByCompanyIdAndPlotId { number estateByCompanyIdAndEstateId { name } }
        paymentsByCompanyIdAndSaleId(first: 5, orderBy: [SEQ_DESC, ID_ASC]) { nodes { receiptNumber amountMinor date } } } } } } }`,
  },
  {
    name: 'marketers → 25 clients each → their plots → estate',
    goal: '≥ 1.0×',
    api: `{ marketers(first: 20, orderBy: [{ field: UID }]) { edges { node { uid fullName clients(first: 25, orderBy: [{ field: UID }]) { edges { node {
      uid fullName plots(first: 5) { edges { node { number status estate { name } } } } } } } } } } }`,
    postgraphile: `{ allMarketers(first: 20, orderBy: [UID_ASC, ID_ASC], condition: { status: ACTIVE }) { nodes { uid fullName
      clientsByCompanyIdAndMarketerId(first: 25, orderBy: [UID_ASC, ID_ASC], condition: { status: ACTIVE }) { nodes {
        uid fullName plotsByCompanyIdAndClientId(first: 5, orderBy: [HELD_AT_DESC, ID_ASC]) { nodes { number status estateByCompanyIdAndEstateId { name } } } } } } } }`,
  },
  {
    name: 'sales: 50 with schedule, 5 payments, client',
    goal: '≥ 1.0×',
    api: `{ sales(first: 50) { edges { node { number priceMinor paidMinor balanceMinor status nextDueDate
      schedule { seq dueDate amountMinor paidMinor state } payments(first: 5) { edges { node { receiptNumber amountMinor date method } } }
      client { uid fullName } } } } }`,
    postgraphile: `{ allSales(first: 50, orderBy: [SEQ_DESC, ID_ASC]) { nodes { number priceMinor paidMinor nextDueDate
      instalmentsByCompanyIdAndSaleId(orderBy: [SEQ_ASC]) { nodes { seq dueDate amountMinor } }
      paymentsByCompanyIdAndSaleId(first: 5, orderBy: [SEQ_DESC, ID_ASC]) { nodes { receiptNumber amountMinor date method } }
      clientByCompanyIdAndClientId { uid fullName } } } }`,
  },
  {
    name: 'estates with sizes and stock: 20 estates',
    goal: '≥ 1.0×',
    api: `{ estates(first: 20) { totalCount edges { node { name location status plotSizes { label areaSqm priceMinor currency }
      availability { available reserved allocated total } } } } }`,
    postgraphile: `{ allEstates(first: 20, orderBy: [NAME_ASC, ID_ASC], condition: { status: ACTIVE }) { totalCount nodes { name location status
      plotSizesByCompanyIdAndEstateId(orderBy: [AREA_SQM_ASC, ID_ASC]) { nodes { label areaSqm priceMinor currency } }
      available: plotsByCompanyIdAndEstateId(condition: { status: AVAILABLE }) { totalCount }
      reserved: plotsByCompanyIdAndEstateId(condition: { status: RESERVED }) { totalCount }
      allocated: plotsByCompanyIdAndEstateId(condition: { status: ALLOCATED }) { totalCount }
      all: plotsByCompanyIdAndEstateId { totalCount } } } }`,
  },
  {
    name: 'message threads: 30 with their messages',
    goal: '≥ 1.0×',
    api: `{ messageThreads(first: 30) { totalCount edges { node { subject type createdAt fromStaff readAt
      messages(first: 10) { edges { node { body fromStaff createdAt readAt } } } } } } }`,
    postgraphile: `{ allMessages(first: 30, orderBy: [CREATED_AT_DESC, ID_DESC], condition: { replyToId: null }) { totalCount nodes { subject type createdAt fromStaff readAt
      messagesByCompanyIdAndThreadId(first: 10, orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { body fromStaff createdAt readAt } } } } }`,
  },
];
