import type { StandardSchemaV1 } from '@standard-schema/spec'

/** The kind of one field of a store record: a JSON type (`?` for nullable), or the values it takes. */
type FieldKind = 'integer' | 'integer?' | 'string' | 'string?' | 'boolean' | 'object' | readonly string[]

export type RecordFields = Readonly<Record<string, FieldKind>>

/**
 * The schema of a store record that the spec never renders as such (a contact inbox, a
 * conversation's own columns): the spec has no component to check it against, so the record is
 * described here once, and both the table's Standard Schema and the JSON Schema of a fixtures
 * file's record come from that description. Every field is required; no other field is allowed.
 */
export interface RecordSchema<T> {
  standard: StandardSchemaV1<T, T>
  json: object
}

export function createRecordSchema<T>(name: string, fields: RecordFields): RecordSchema<T> {
  const validate = (value: unknown): StandardSchemaV1.Result<T> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { issues: [{ message: `a ${name} must be an object` }] }
    const record = value as Record<string, unknown>
    const issues: StandardSchemaV1.Issue[] = []
    for (const [field, kind] of Object.entries(fields)) {
      if (!Object.hasOwn(record, field)) issues.push({ message: `field "${field}" is required`, path: [field] })
      else if (!matches(kind, record[field]))
        issues.push({ message: `field "${field}" must be ${describe(kind)}`, path: [field] })
    }
    for (const field of Object.keys(record))
      if (!Object.hasOwn(fields, field))
        issues.push({ message: `field "${field}" is not a field of a ${name}`, path: [field] })
    return issues.length > 0 ? { issues } : { value: value as T }
  }
  return {
    standard: { '~standard': { version: 1, vendor: 'chatmock:chatwoot', validate } },
    json: {
      type: 'object',
      additionalProperties: false,
      required: Object.keys(fields),
      properties: Object.fromEntries(Object.entries(fields).map(([field, kind]) => [field, toJsonSchema(kind)])),
    },
  }
}

function matches(kind: FieldKind, value: unknown): boolean {
  if (typeof kind !== 'string') return typeof value === 'string' && kind.includes(value)
  if (kind.endsWith('?') && value === null) return true
  switch (kind.replace('?', '')) {
    case 'integer':
      return Number.isSafeInteger(value)
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    default:
      return typeof value === 'object' && value !== null && !Array.isArray(value)
  }
}

function describe(kind: FieldKind): string {
  if (typeof kind !== 'string') return `one of ${kind.join(', ')}`
  return kind.endsWith('?') ? `${kind.slice(0, -1)} or null` : kind
}

function toJsonSchema(kind: FieldKind): object {
  if (typeof kind !== 'string') return { type: 'string', enum: [...kind] }
  const type = kind.replace('?', '')
  const base =
    type === 'object'
      ? { additionalProperties: true }
      : type === 'integer'
        ? { maximum: Number.MAX_SAFE_INTEGER, minimum: Number.MIN_SAFE_INTEGER }
        : {}
  return { type: kind.endsWith('?') ? [type, 'null'] : type, ...base }
}
