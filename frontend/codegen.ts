import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform, type ClientPresetConfig } from '@graphql-codegen/client-preset';

/**
 * Typed GraphQL documents for the SPA (`npm run codegen`, also the last step of `make generate`).
 *
 * - Schema: the server's own files, so the SPA is checked against exactly what gqlgen serves.
 * - Documents: every `graphql(`…`)` call under frontend/src (not the generated folder itself).
 * - Output: frontend/src/gql/ (committed; `make check-generated` fails when it is stale).
 *
 * Every document gets `__typename` on each selection set before it is hashed, so what the server runs
 * from the persisted map is exactly what graphcache needs. The hash is the plain hex SHA-256 of the
 * printed document (the automatic-persisted-queries convention gqlgen checks), not `sha256:<hex>`.
 */
const presetConfig: ClientPresetConfig = {
  fragmentMasking: { unmaskFunctionName: 'readFragment' },
  persistedDocuments: {
    mode: 'embedHashInDocument',
    hashPropertyName: 'hash',
    hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
  },
};

const config: CodegenConfig = {
  schema: ['graph/ent.graphql', 'graph/schema/*.graphqls'],
  // Tests use the features' documents; a gql`…` written in a test is deliberately not one of them.
  documents: ['frontend/src/**/*.{ts,tsx}', '!frontend/src/gql/**', '!frontend/src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'frontend/src/gql/': {
      preset: 'client',
      presetConfig,
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        scalars: {
          ID: 'string',
          Time: 'string',
          Date: 'string',
          Cursor: 'string',
          Upload: 'File',
          // A scalar with the JSON of an input type (graph/model/payslip_line.go); the SPA
          // never sends it, integrators do.
          PayslipLineInput:
            '{ code: string; description: string; amountCents: number; category: string; kind?: string | null; quantity?: number | null; rateCents?: number | null }',
        },
        strictScalars: true,
        skipTypename: false,
        nonOptionalTypename: true,
        avoidOptionals: false,
      },
    },
    'frontend/src/gql/graphcache.ts': {
      plugins: ['./frontend/codegen/graphcache-keys.mjs'],
    },
  },
  hooks: {},
};

export default config;
