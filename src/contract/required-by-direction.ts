import type { Ajv2020 } from 'ajv/dist/2020.js'
import { _, str } from 'ajv/dist/compile/codegen/index.js'
import type { KeywordCxt } from 'ajv/dist/compile/validate/index.js'
import { COMPONENT_KEYWORD } from './component-keyword.js'

/**
 * `required` as OpenAPI reads it beside `readOnly` and `writeOnly`: a required property that is
 * read-only is required in responses only, a write-only one in requests only ("the required will
 * take effect on the response only"). Real documents mark a resource's `id` both required and
 * read-only; a request that leaves it out keeps the contract. The flags are read where the
 * property's own schema says them (or the schema its one `$ref` names, in the same document).
 */
export function addRequiredByDirection(ajv: Ajv2020, document: { components?: { schemas?: object } }): void {
  ajv.removeKeyword('required')
  ajv.addKeyword({
    keyword: 'required',
    type: 'object',
    schemaType: 'array',
    error: {
      message: ({ params }) => str`must have required property '${params.missingProperty}'`,
      params: ({ params }) => _`{missingProperty: ${params.missingProperty}}`,
    },
    code(cxt: KeywordCxt) {
      const properties = (cxt.parentSchema as { properties?: Record<string, unknown> }).properties ?? {}
      for (const name of cxt.schema as string[]) {
        const flags = readFlags(properties[name], document)
        const missing = _`${cxt.data}[${name}] === undefined`
        const condition = flags.readOnly
          ? _`${missing} && this?.direction !== 'request'`
          : flags.writeOnly
            ? _`${missing} && this?.direction !== 'response'`
            : missing
        cxt.gen.if(condition, () => {
          cxt.setParams({ missingProperty: name })
          cxt.error()
        })
      }
    },
  })
}

function readFlags(
  schema: unknown,
  document: { components?: { schemas?: object } },
): {
  readOnly: boolean
  writeOnly: boolean
} {
  let own = schema as
    { $ref?: unknown; [COMPONENT_KEYWORD]?: unknown; readOnly?: unknown; writeOnly?: unknown } | undefined
  // A user's schemas are compiled with their references as calls (createOperationAjv).
  const ref = own?.$ref ?? own?.[COMPONENT_KEYWORD]
  if (typeof ref === 'string' && own?.readOnly === undefined && own?.writeOnly === undefined) {
    const name = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1]
    own =
      name === undefined
        ? own
        : (document.components?.schemas as Record<string, typeof own>)?.[decodeURIComponent(name)]
  }
  return { readOnly: own?.readOnly === true, writeOnly: own?.writeOnly === true }
}
