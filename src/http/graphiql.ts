// What GraphiQL opens with: a ready-made sign-in for the demo data, and a first query.
export const GRAPHIQL_DEFAULT_QUERY = `# Sign in first (demo data: see the start-up message), then put the token in
# the Headers tab as {"Authorization": "Bearer <token>"}.
mutation SignIn {
  login(input: { company: "lamba-property-limited", email: "admin@lamba.example", password: "lamba-demo-password" }) {
    token
    viewer { role company { name prefix } user { fullName } }
  }
}

query Me {
  me { role company { name prefix } user { fullName email } }
}
`;
