// What the workbench opens with (until the browser has tabs of its own): the twelve questions an
// analyst asks first, as named operations grouped in four tabs, each answered by one operation
// and, for a chart or a spreadsheet, a click. README "Working as an analyst" walks through them.

const CHARTS = `# Sign in first (the Account panel, left). Run an operation by its name (or with the cursor in it),
# then open the Chart panel (bars, lines) or the Table panel (Download CSV).

# 1. Sales this quarter, by estate: bars per month stacked by estate, one chart per currency.
query SalesThisQuarterByEstate {
  insights {
    sales(range: { relative: THIS_QUARTER, bucket: MONTH }, by: ESTATE) {
      start
      count
      amounts { currency amount }
      groups { group { name } count amounts { currency amount } }
    }
  }
}

# 5. Registrations per week, bucketed in the company's time zone (the chart's axis names it).
query RegistrationsPerWeek {
  insights {
    registrations(range: { relative: THIS_QUARTER, bucket: WEEK }) { start clients marketers }
  }
}

# 6. Payment-method mix this year: money received per month, net of reversals, stacked by method.
query PaymentMethodsThisYear {
  insights {
    payments(range: { relative: YEAR_TO_DATE, bucket: MONTH }, by: METHOD) {
      start
      count
      amounts { currency amount }
      groups { group { name } count amounts { currency amount } }
    }
  }
}

# 9. Sell-through: the rate per estate now, and plots sold per month (set estateId, an estate's id
#    from plotStock, in Variables for one estate; without it, the whole company).
query SellThrough($estateId: ID) {
  insights {
    plotStock { estate { id name } sold total sellThrough }
    sellThrough(range: { relative: LAST_12_MONTHS, bucket: MONTH }, estateId: $estateId) {
      start sold soldToDate plots rate
    }
  }
}
`;

const MONEY = `# 2. Who owes most: what each client owes, ranked by the outstanding balance (in the Table panel,
#    Export CSV or XLSX gives every row, not just this page).
query WhoOwesMost {
  insights {
    receivables {
      asOf
      byClient(orderBy: [{ field: OUTSTANDING, direction: DESC }], first: 20) {
        totalCount
        edges {
          node {
            client { name uid }
            currency
            outstanding { currency amount }
            overdue { currency amount }
            overdueInstalments
            oldestOverdue
            daysOverdue
          }
        }
      }
    }
  }
}

# 3. Top marketer by money collected last month (in naira; minor units).
query TopCollectorsLastMonth {
  insights {
    marketerLeaderboard(
      period: { relative: LAST_MONTH }
      orderBy: [{ field: COLLECTED, direction: DESC }]
      currency: "NGN"
      limit: 5
    ) {
      marketer { name uid }
      sales
      totals { currency collectedMinor salesValueMinor commissionMinor }
    }
  }
}

# 7. Commission owed per marketer, archived ones included and marked, most owed first.
query CommissionOwed {
  insights {
    commissionBalances(currency: "NGN", orderBy: [{ field: BALANCE, direction: DESC }], first: 100) {
      edges {
        node {
          marketer { name uid }
          archived
          balances { currency accrued { amount } paidOut { amount } balance { amount } }
        }
      }
    }
  }
}

# 8. One client's statement, by UID: each sale with its schedule and receipts.
query ClientStatement {
  client(uid: "LPL-CLT005") {
    uid
    fullName
    sales {
      edges {
        node {
          number
          status
          currency
          priceMinor
          balanceMinor
          overdueMinor
          nextDueDate
          schedule { seq dueDate amountMinor paidMinor state }
          payments { edges { node { receiptNumber kind date signedAmountMinor method reference } } }
        }
      }
    }
  }
}
`;

const LISTS = `# 4. Available plots per estate (Chart: pick "every number" for the whole stock).
query AvailablePlots {
  insights {
    plotStock { estate { name } available reserved allocated sold total }
  }
}

# 10. Clients with no marketer.
query ClientsWithoutMarketer {
  clients(filter: { assigned: false }, first: 100) {
    totalCount
    edges { node { uid fullName email createdAt } }
  }
}

# 11. A list to a spreadsheet: run it, open the Table panel, then Download CSV (this page) or
#     Export CSV / XLSX (every row, with the same filter and order, from GET /exports/clients).
query AllClients {
  clients(orderBy: [{ field: FULL_NAME, direction: ASC }], first: 100) {
    totalCount
    edges { node { uid fullName email phone status marketer { uid fullName } createdAt } }
  }
}
`;

const ACCOUNT = `# Who is signed in. The Account panel (left) signs in and out; a login run here signs in too.
query Me {
  me { role permissions company { name slug timeZone } user { fullName email } }
}

# The demo's analyst (demo data: see the start-up message). Analysts read everything and change nothing.
mutation SignInAsAnalyst {
  login(input: { company: "lamba-property-limited", email: "analyst@lamba.example", password: "lamba-analyst-password" }) {
    token
    expiresAt
    viewer { role company { name timeZone } }
  }
}
`;

export const WORKBENCH_TABS: { query: string }[] = [CHARTS, MONEY, LISTS, ACCOUNT].map((query) => ({ query }));
