/**
 * A draft-04 boolean `exclusiveMinimum`/`exclusiveMaximum` (OpenAPI 3.0's, and a 3.1 schema written
 * in that dialect) said as JSON Schema 2020-12 says it: the bound itself. In place.
 */
export function convertExclusiveBound(schema: Record<string, unknown>, exclusive: string, bound: string): void {
  if (typeof schema[exclusive] !== 'boolean') return
  if (schema[exclusive] === true && typeof schema[bound] === 'number') {
    schema[exclusive] = schema[bound]
    delete schema[bound]
  } else delete schema[exclusive]
}
