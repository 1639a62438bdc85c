import { isExtensionAt } from './is-extension.js'

/** A JSON pointer segment, escaped. */
export function escapeSegment(segment: string): string {
  // Most segments need no escape; a large document's walk escapes millions.
  if (!segment.includes('~') && !segment.includes('/')) return segment
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

type Node = Record<string, unknown>
/** Called with each schema; `pointer()` makes its JSON pointer (escaped, without the `#`), during the call only. */
export type SchemaVisitor = (schema: Node, pointer: () => string) => void

const SCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems']
const SCHEMA_VALUES = [
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'additionalItems',
]

/**
 * Calls `visit` for every schema object of an OpenAPI document, outermost first: component
 * schemas, and the schemas of parameters, headers, request bodies and responses wherever they are
 * written (paths, components, callbacks), and every schema nested in those (not with
 * `outermostOnly`); never inside a vendor extension (`x-…`), which holds whatever its vendor
 * wants. The walk keeps the keys it is under, and makes a pointer only when the visitor asks (a
 * large document's walk would make millions).
 */
export function visitSchemas(document: unknown, visit: SchemaVisitor, { outermostOnly = false } = {}): void {
  const path: string[] = []
  const pointer = () => path.map((segment) => `/${escapeSegment(segment)}`).join('')
  const walkSchema = (schema: unknown): void => {
    if (!isNode(schema)) return
    visit(schema, pointer)
    if (outermostOnly) return
    for (const key of SCHEMA_VALUES) {
      if (!(key in schema)) continue
      path.push(key)
      walkSchema(schema[key])
      path.pop()
    }
    for (const key of SCHEMA_LISTS) {
      const list = schema[key]
      if (!Array.isArray(list)) continue
      path.push(key)
      for (let index = 0; index < list.length; index++) {
        path.push(String(index))
        walkSchema(list[index])
        path.pop()
      }
      path.pop()
    }
    for (const key of SCHEMA_MAPS) {
      const map = schema[key]
      if (!isNode(map)) continue
      path.push(key)
      for (const name in map) {
        path.push(name)
        walkSchema(map[name])
        path.pop()
      }
      path.pop()
    }
  }
  const walkDocument = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(String(index))
        walkDocument(node[index])
        path.pop()
      }
      return
    }
    if (!isNode(node)) return
    const atComponents = path.length === 1 && path[0] === 'components'
    for (const key in node) {
      const value = node[key]
      // A text or a number holds no schema.
      if (typeof value !== 'object' || value === null || isExtensionAt(key, path)) continue
      path.push(key)
      if (key === 'schema') walkSchema(value)
      else if (key === 'schemas' && atComponents) {
        if (isNode(value))
          for (const name in value) {
            path.push(name)
            walkSchema(value[name])
            path.pop()
          }
      } else if (key !== 'example' && key !== 'examples') walkDocument(value)
      path.pop()
    }
  }
  walkDocument(document)
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
