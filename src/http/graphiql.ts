// What GraphiQL opens with: ready-made sign-ins for the demo data, a first query, and three
// insights an analyst asks first (over the twelve months to the day the server started).
import { isoDate, today } from '../shared/dates.ts';

const to = today();
const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 11, 1));
const LAST_12_MONTHS = `{ from: "${isoDate(from)}", to: "${isoDate(to)}", bucket: MONTH }`;

export const GRAPHIQL_DEFAULT_QUERY = `# Sign in first (demo data: see the start-up message), then put the token in
# the Headers tab as {"Authorization": "Bearer <token>"}. Run an operation by its name.
mutation SignIn {
  login(input: { company: "lamba-property-limited", email: "admin@lamba.example", password: "lamba-demo-password" }) {
    token
    viewer { role company { name prefix } user { fullName } }
  }
}

# Analysts read everything, insights included, and change nothing.
mutation SignInAsAnalyst {
  login(input: { company: "lamba-property-limited", email: "analyst@lamba.example", password: "lamba-analyst-password" }) {
    token
    viewer { role permissions company { name timeZone } }
  }
}

query Me {
  me { role company { name prefix timeZone } user { fullName email } }
}

# Insights are computed in PostgreSQL, in the company's time zone; money stays per currency.
# Sales per month over the last twelve months, broken down by estate.
query SalesByMonth {
  insights {
    sales(range: ${LAST_12_MONTHS}, by: ESTATE) {
      start count amounts { currency amountMinor }
      groups { group { name } count amounts { currency amountMinor } }
    }
  }
}

# What clients owe today, and how long the overdue part has been overdue.
query Receivables {
  insights {
    receivables {
      asOf
      totals { currency openSales outstandingMinor overdueInstalments overdueMinor ageing { band instalments amountMinor } }
    }
  }
}

# Marketers ranked by money collected in naira, then by clients.
query MarketerLeaderboard {
  insights {
    marketerLeaderboard(orderBy: [{ field: COLLECTED, direction: DESC }, { field: CLIENTS, direction: DESC }], currency: "NGN") {
      marketer { name uid } clients sales
      totals { currency salesValueMinor collectedMinor commissionMinor }
    }
  }
}
`;
