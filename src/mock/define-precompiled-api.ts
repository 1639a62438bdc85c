import type { OpenAPIV3_1 } from 'openapi-types'
import type { Api, OperationShape } from '../api/api.js'
import { assembleApi } from './assemble-api.js'
import type { DefineApiOptions } from './define-api-options.js'

/**
 * defineApi for a built-in API: its document arrives parsed and its validators compiled at build
 * time (`npm run gen`, which checked the document), so nothing here reads YAML or checks a document,
 * and a page that mocks only built-in APIs never loads the parser.
 */
export function definePrecompiledApi<
  const Id extends string,
  Ops = Record<string, OperationShape>,
  Store = undefined,
  Fixtures = undefined,
>(
  options: DefineApiOptions<Id, Ops, Store, Fixtures> & {
    spec: OpenAPIV3_1.Document
    validators: Readonly<Record<string, unknown>>
  },
): Api<Id, Ops, Store, Fixtures> {
  const { spec, ...rest } = options
  return assembleApi(rest, spec, options.source)
}
