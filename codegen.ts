// GraphQL Code Generator: typed documents for the operations the tests (and any TypeScript
// client) write with `graphql(...)`, checked against the committed schema.graphql.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'test/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', BigInt: 'string' },
        strictScalars: true,
      },
      // persisted-documents.json: the trusted-documents manifest of these operations (sha256 ids).
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
    },
  },
};

export default config;
