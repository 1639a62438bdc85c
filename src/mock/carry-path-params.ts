import type { OpenAPIV3_1 } from 'openapi-types'
import type { Operation } from '../api/spec.js'
import { checkSchema } from '../generate/schema-validators.js'

/**
 * A generated body that names what the request's path names: a property called as a path parameter
 * (`orderId`, or `order_id` for `{orderId}`) takes the request's value, and so does `id` where the
 * path ends in a template (`GET /orders/o-1` answers the order `o-1`, not `o-2`). A value its schema
 * refuses (a path's string where the body has an integer) leaves the generated one.
 */
export function carryPathParams(
  body: unknown,
  operation: Operation,
  params: Readonly<Record<string, unknown>>,
  check: { document: OpenAPIV3_1.Document; strict: boolean; schema: unknown },
): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body
  const names = Object.keys(params)
  if (names.length === 0) return body
  const byKey = new Map(names.map((name) => [toKey(name), name]))
  const last = /\{([^{}]+)\}$/.exec(operation.path)?.[1]
  let result = body as Record<string, unknown>
  for (const property of Object.keys(result)) {
    const name = byKey.get(toKey(property)) ?? (property === 'id' && last !== undefined ? last : undefined)
    if (name === undefined || params[name] === undefined || result[property] === params[name]) continue
    const candidate = { ...result, [property]: params[name] }
    if (checkSchema(check.document, check.strict, 'response', check.schema, candidate)) result = candidate
  }
  return result
}

/** `orderId`, `order_id` and `order-id` alike. */
function toKey(name: string): string {
  return name.replace(/[-_]/g, '').toLowerCase()
}
