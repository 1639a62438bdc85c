/** Objects whose keys are names (of a header, a property, a variable), where `x-…` is a name like any other. */
const NAME_MAPS = new Set([
  'headers',
  'encoding',
  'variables',
  'links',
  'callbacks',
  'properties',
  'patternProperties',
  'dependentSchemas',
  '$defs',
  'definitions',
  'mapping',
  'scopes',
])

/**
 * Whether `key` of the object at `pointer` (escaped) is a vendor extension: opaque, whatever it
 * holds, so no walker reads it as schemas, `$ref`s or examples. An `x-…` key of a map of names
 * (`headers: { x-rate-limit: … }`, `#/components/parameters/x-trace`) is a name, not an extension.
 */
export function isExtension(key: string, pointer: string): boolean {
  if (!key.startsWith('x-')) return false
  const holder = pointer.slice(pointer.lastIndexOf('/') + 1)
  return !NAME_MAPS.has(holder) && !/^\/components\/[^/]+$/.test(pointer) && pointer !== '/webhooks'
}

/** isExtension, for a walk that keeps the keys it is under (unescaped) rather than a pointer. */
export function isExtensionAt(key: string, path: readonly string[]): boolean {
  if (!key.startsWith('x-')) return false
  const holder = path.length === 0 ? '' : path[path.length - 1]!
  const depth = path.length
  return !NAME_MAPS.has(holder) && !(depth === 2 && path[0] === 'components') && !(depth === 1 && holder === 'webhooks')
}
