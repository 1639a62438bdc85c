import type { OpenAPIV3_1 } from 'openapi-types'
import { parse } from 'yaml'

type Schema = Record<string, unknown>

/**
 * The source of one generated types module: an interface per component schema, and per operation
 * the types a resolver receives (params, query, body), so that handlers are typed from the spec.
 * Query parameters with a default are never absent: the contract applies the default.
 */
export function renderTypesModule(file: string, yamlText: string): string {
  const document = parse(yamlText) as OpenAPIV3_1.Document
  const lines = [`// Generated from specs/${file} by scripts/generate-specs.ts. Do not edit: run "npm run gen".`, '']
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    lines.push(`export type ${name} = ${toType(schema as Schema, 0)}`, '')
  }
  const operations: string[] = []
  for (const item of Object.values(document.paths ?? {})) {
    const pathItem = item as OpenAPIV3_1.PathItemObject
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = pathItem[method]
      if (!operation?.operationId) continue
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) => resolve<OpenAPIV3_1.ParameterObject>(document, parameter))
      const group = (location: string) => {
        const fields = parameters
          .filter((parameter) => parameter.in === location)
          .map((parameter) => {
            const schema = (parameter.schema ?? {}) as Schema
            const present = parameter.required === true || 'default' in resolve<Schema>(document, schema)
            const key = location === 'header' ? parameter.name.toLowerCase() : parameter.name
            return `${quoteKey(key)}${present ? '' : '?'}: ${toType(schema, 2)}`
          })
        return fields.length === 0 ? 'Record<string, never>' : `{ ${fields.join('; ')} }`
      }
      const requestBody = operation.requestBody && resolve<OpenAPIV3_1.RequestBodyObject>(document, operation.requestBody)
      const bodySchema = requestBody && Object.values(requestBody.content ?? {})[0]?.schema
      const body = bodySchema ? `${toType(bodySchema as Schema, 2)}${requestBody.required ? '' : ' | undefined'}` : 'undefined'
      operations.push(`  ${operation.operationId}: {\n    params: ${group('path')}\n    query: ${group('query')}\n    headers: ${group('header')}\n    body: ${body}\n  }`)
    }
  }
  const apiName = file.replace(/\.yaml$/, '').replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())
  lines.push(`/** What each operation's resolver receives, keyed by operationId. */`, `export interface ${apiName}Operations {`, operations.join('\n'), '}', '')
  return lines.join('\n')
}

function toType(schema: Schema, depth: number): string {
  if (typeof schema.$ref === 'string') return schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1)
  if ('const' in schema) return JSON.stringify(schema.const)
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(' | ')
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key])) return (schema[key] as Schema[]).map((part) => wrap(toType(part, depth))).join(' | ')
  }
  if (Array.isArray(schema.allOf)) return (schema.allOf as Schema[]).map((part) => wrap(toType(part, depth))).join(' & ')
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : []
  if (types.length === 0) return 'properties' in schema ? toObjectType(schema, depth) : 'unknown'
  return types.map((type) => toSingleType(type, schema, depth)).join(' | ')
}

function toSingleType(type: string, schema: Schema, depth: number): string {
  switch (type) {
    case 'string':
      return 'string'
    case 'integer':
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'null':
      return 'null'
    case 'array':
      return `Array<${toType((schema.items ?? {}) as Schema, depth)}>`
    case 'object':
      return toObjectType(schema, depth)
    default:
      return 'unknown'
  }
}

function toObjectType(schema: Schema, depth: number): string {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>)
  const required = new Set((schema.required ?? []) as string[])
  const extra = schema.additionalProperties
  const indent = '  '.repeat(depth + 1)
  const fields = properties.map(([name, property]) => `${indent}${quoteKey(name)}${required.has(name) ? '' : '?'}: ${toType(property, depth + 1)}`)
  if (typeof extra === 'object' && extra !== null) fields.push(`${indent}[key: string]: ${toType(extra as Schema, depth + 1)}`)
  else if (properties.length === 0 && extra !== false) fields.push(`${indent}[key: string]: unknown`)
  return fields.length === 0 ? 'Record<string, never>' : `{\n${fields.join('\n')}\n${'  '.repeat(depth)}}`
}

function wrap(type: string): string {
  return type.includes(' | ') || type.includes(' & ') ? `(${type})` : type
}

function quoteKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)
}

function resolve<T>(document: OpenAPIV3_1.Document, value: unknown): T {
  let current = value as Schema
  while (typeof current?.$ref === 'string') {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce<Schema>((node, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')] as Schema, document as unknown as Schema)
  }
  return current as T
}
