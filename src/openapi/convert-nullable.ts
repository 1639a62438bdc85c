/**
 * OpenAPI 3.0's `nullable: true` said as JSON Schema 2020-12 says it: a `null` type, a `null` in the
 * enum, and beside a composition a `null` branch. In place; `nullable: false` just goes.
 */
export function convertNullable(schema: Record<string, unknown>): void {
  const nullable = schema.nullable === true
  delete schema.nullable
  if (!nullable) return
  if ('allOf' in schema || 'oneOf' in schema || 'anyOf' in schema) {
    // A composition's branches (an enum behind a $ref, say) refuse null on their own: the value is either it or null.
    const rest = { ...schema }
    for (const key of Object.keys(schema)) delete schema[key]
    schema.anyOf = [rest, { type: 'null' }]
    return
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null]
  if (typeof schema.type === 'string') schema.type = [schema.type, 'null']
}
