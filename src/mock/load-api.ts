import { basename, extname } from 'node:path'
import { readSpecFile } from '../openapi/load-spec.js'
import { assembleApi } from './assemble-api.js'
import type { DefineApiOptions } from './define-api-options.js'
import type { Api, OperationShape } from '../api/api.js'

export type LoadApiOptions<Id extends string, Ops, Store, Fixtures> = Omit<
  DefineApiOptions<Id, Ops, Store, Fixtures>,
  'spec' | 'source' | 'validators'
>

/**
 * An API from an OpenAPI 3.0, 3.1 or 3.2 file, or a Swagger 2.0 one converted on load (YAML or JSON, `$ref`s into other local files included),
 * ready for `setupChatmock({ apis: [api] })`, the server or `contract(api)`. Its id is the
 * document's `x-chatmock-id`, else the file's name (`pets.yaml` → `pets`); every operation without a
 * resolver answers from the spec. Node only.
 *
 * @example
 * const pets = loadApi('./openapi/pets.yaml', { baseUrl: 'https://api.example.com' })
 */
export function loadApi<
  const Id extends string = string,
  Ops = Record<string, OperationShape>,
  Store = undefined,
  Fixtures = undefined,
>(file: string, options: LoadApiOptions<Id, Ops, Store, Fixtures> = {}): Api<Id, Ops, Store, Fixtures> {
  const read = readSpecFile(file)
  const declared = (read.document as { 'x-chatmock-id'?: string })['x-chatmock-id']
  const id = (options.id ?? declared ?? toId(basename(file, extname(file)))) as Id
  return assembleApi<Id, Ops, Store, Fixtures>({ ...options, id }, read.document, {
    file,
    format: read.format,
    original: read.original,
    // Only YAML is served in its own words; a JSON document is served from the parsed one, so its
    // text (25 MB for Microsoft Graph's description) is not kept.
    ...(read.text === undefined || read.format !== 'yaml' ? {} : { text: read.text }),
    ...(read.convertedFrom === undefined ? {} : { convertedFrom: read.convertedFrom }),
  })
}

/** A file name as an API id: lower case, and only the characters an id takes. */
function toId(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '') || 'api'
  )
}
