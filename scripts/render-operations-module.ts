import type { OpenAPIV3_1 } from 'openapi-types'
import { getOperations } from '../src/openapi/get-operations.js'
import { resolveRef } from '../src/openapi/resolve-ref.js'

/**
 * The source of one generated module: the types each resolver receives, derived from
 * openapi-typescript's `operations`, with the query parameters that have a default marked as
 * always present (the contract applies defaults; openapi-typescript cannot say so).
 */
export function renderOperationsModule(file: string, document: OpenAPIV3_1.Document): string {
  const defaulted = getOperations(document)
    .map((operation) => {
      const names = operation.parameters
        .filter(
          (parameter) =>
            parameter.in === 'query' && 'default' in resolveRef<object>(document, (parameter.schema ?? {}) as object),
        )
        .map((parameter) => JSON.stringify(parameter.name))
      return names.length > 0 ? `  ${operation.operationId}: ${names.join(' | ')}` : undefined
    })
    .filter(Boolean)
  return [
    `// Generated from specs/${file} by scripts/generate-specs.ts. Do not edit: run "npm run gen".`,
    `import type { ResolverOperations } from '../../../src/api/resolver-operations.js'`,
    `import type { operations } from './openapi.js'`,
    '',
    `/** What each operation's resolver receives, keyed by operationId. */`,
    `export type Operations = ResolverOperations<operations, ${defaulted.length > 0 ? `{\n${defaulted.join('\n')}\n}` : '{}'}>`,
    '',
  ].join('\n')
}
