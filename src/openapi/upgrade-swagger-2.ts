import { createRequire } from 'node:module'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'

type Upgrade = (document: Record<string, unknown>) => Record<string, unknown>

let upgrade: Upgrade | undefined

/** Whether a parsed document is Swagger 2.0 (OpenAPI 2), which a file is converted from on load. */
export function isSwagger2(parsed: unknown): parsed is Record<string, unknown> {
  const swagger = (parsed as { swagger?: unknown } | null)?.swagger
  return typeof swagger === 'string' && /^2\.0(\.\d+)?$/.test(swagger)
}

/**
 * A Swagger 2.0 document said as OpenAPI 3.0 (`definitions` as `components.schemas`, `host` and
 * `basePath` as `servers`, body and formData parameters as request bodies) by @scalar/openapi-upgrader,
 * on a copy. The converter is loaded by the first 2.0 document, synchronously (require of its ES
 * module, Node 20.19 and later), so that loadApi stays synchronous and no other start pays for it.
 */
export function upgradeSwagger2(parsed: Record<string, unknown>, where: string): Record<string, unknown> {
  upgrade ??= (
    createRequire(import.meta.url)('@scalar/openapi-upgrader/2.0-to-3.0') as { upgradeFromTwoToThree: Upgrade }
  ).upgradeFromTwoToThree
  let converted: Record<string, unknown>
  try {
    converted = upgrade(structuredClone(parsed))
  } catch (error) {
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `${where}: its Swagger 2.0 could not be converted to OpenAPI 3.0: ${error instanceof Error ? error.message : String(error)}.`,
      { cause: error },
    )
  }
  return converted
}
