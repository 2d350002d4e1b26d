// Typed documents for the operations in src/, from the API's schema.graphql, plus
// src/gql/persisted-documents.json: the manifest a server in TRUSTED_DOCUMENTS mode loads.
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (file: string) => path.join(import.meta.dirname, file);

const config: CodegenConfig = {
  schema: here('../../schema.graphql'),
  documents: [here('src/**/*.ts'), `!${here('src/gql/**')}`],
  ignoreNoDocuments: false,
  generates: {
    [here('src/gql/')]: {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Both travel as strings: DateTime as ISO 8601, BigInt (money in minor units) as digits.
        scalars: { DateTime: 'string', Date: 'string', BigInt: 'string' },
        strictScalars: true,
      },
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
    },
  },
};

export default config;
