import { isExtension } from './is-extension.js'

/** A JSON pointer segment, escaped. */
export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

type Node = Record<string, unknown>
export type SchemaVisitor = (schema: Node, pointer: string) => void

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
 * Calls `visit` for every schema object of an OpenAPI document, outermost first, with its JSON
 * pointer: component schemas, and the schemas of parameters, headers, request bodies and responses
 * wherever they are written (paths, components, callbacks), and every schema nested in those;
 * never inside a vendor extension (`x-…`), which holds whatever its vendor wants.
 */
export function visitSchemas(document: unknown, visit: SchemaVisitor): void {
  walkDocument(document, '', visit)
}

function walkDocument(node: unknown, pointer: string, visit: SchemaVisitor): void {
  if (Array.isArray(node)) return node.forEach((item, index) => walkDocument(item, `${pointer}/${index}`, visit))
  if (!isNode(node)) return
  for (const [key, value] of Object.entries(node)) {
    if (isExtension(key, pointer)) continue
    const at = `${pointer}/${escapeSegment(key)}`
    if (key === 'schema') walkSchema(value, at, visit)
    else if (key === 'schemas' && pointer === '/components') {
      if (isNode(value))
        for (const [name, schema] of Object.entries(value)) walkSchema(schema, `${at}/${escapeSegment(name)}`, visit)
    } else if (key !== 'example' && key !== 'examples') walkDocument(value, at, visit)
  }
}

/** Every schema nested in a schema, itself included. */
function walkSchema(schema: unknown, pointer: string, visit: SchemaVisitor): void {
  if (!isNode(schema)) return
  visit(schema, pointer)
  for (const key of SCHEMA_VALUES) if (key in schema) walkSchema(schema[key], `${pointer}/${key}`, visit)
  for (const key of SCHEMA_LISTS) {
    const list = schema[key]
    if (Array.isArray(list)) list.forEach((item, index) => walkSchema(item, `${pointer}/${key}/${index}`, visit))
  }
  for (const key of SCHEMA_MAPS) {
    const map = schema[key]
    if (isNode(map))
      for (const [name, child] of Object.entries(map))
        walkSchema(child, `${pointer}/${key}/${escapeSegment(name)}`, visit)
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
