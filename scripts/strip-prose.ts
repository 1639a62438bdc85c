/**
 * Keys whose children are names the document chose (a property called `description`, an example
 * called `example`), never keywords: nothing directly under them is stripped.
 */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'paths',
  'webhooks',
  'responses',
  'content',
  'headers',
  'encoding',
  'callbacks',
  'links',
  'variables',
  'scopes',
  'mapping',
  'securitySchemes',
  'schemas',
  'requestBodies',
  'pathItems',
])

/** Keys that hold data (an example, a default), copied as they are: a record's `description` is data. */
const VALUES = new Set(['example', 'default', 'const', 'enum', 'value'])

/** The only `x-mock` value the runtime reads (src/openapi/example-sets.ts); every other is a note for people. */
const MOCK_MARKER = 'not example-reachable'

/**
 * A copy of a document, or of a schema, without the prose only a person reads: `description`,
 * `$comment`, the `x-mock` notes, `externalDocs`, and with `examples` as well the examples. What
 * a page loads holds what the mock acts on; the prose is served from the spec's own text
 * (`loadText`), on demand. Nothing that validates, generates or routes reads these keys.
 */
export function stripProse<T>(node: T, options: { examples?: boolean } = {}, inNameMap = false): T {
  if (Array.isArray(node)) return node.map((item) => stripProse(item, options)) as T
  if (typeof node !== 'object' || node === null) return node
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (!inNameMap && isProse(key, value, options)) continue
    // A schema's `examples` list, like an extension's own data, is copied whole.
    if (!inNameMap && (VALUES.has(key) || key.startsWith('x-') || (key === 'examples' && Array.isArray(value)))) {
      copy[key] = value
      continue
    }
    // Under `components` every child is a map of names; `parameters` is one only there (elsewhere, a list).
    copy[key] = stripProse(value, options, NAME_MAPS.has(key) || (key === 'parameters' && !Array.isArray(value)))
  }
  return copy as T
}

function isProse(key: string, value: unknown, options: { examples?: boolean }): boolean {
  if (key === 'description' || key === '$comment') return typeof value === 'string'
  if (key === 'x-mock') return value !== MOCK_MARKER
  if (key === 'externalDocs') return typeof value === 'object'
  if (options.examples && (key === 'example' || key === 'examples')) return true
  return false
}
