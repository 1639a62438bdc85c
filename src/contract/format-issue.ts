import { COMPONENT_KEYWORD } from './component-keyword.js'
import type { ErrorObject } from 'ajv'
import type { Issue, IssueLocation } from '../api/exchange.js'

/**
 * Turns Ajv's errors into issues a person can act on, e.g.
 * `query parameter "per_page" must be <= 100 (got 101)`. `split` tells, from an Ajv instance path,
 * which location the value is in and where inside it.
 */
export function toIssues(
  errors: ErrorObject[] | null | undefined,
  split: (instancePath: string) => { location: IssueLocation; pointer: string },
): Issue[] {
  if (!errors) return []
  const issues: Issue[] = []
  const branchErrors = findBranchErrors(errors)
  for (const error of errors) {
    // The errors of each alternative of a failed anyOf/oneOf say less than the one summary issue.
    if (branchErrors.has(error)) continue
    const { location, pointer: base } = split(error.instancePath)
    const child = childProperty(error)
    const pointer = child === undefined ? base : `${base}/${escapePointer(child)}`
    issues.push({
      location,
      pointer,
      keyword: error.keyword,
      message: `${describeTarget(location, pointer)} ${describeProblem(error)}`,
    })
  }
  return issues
}

/** `query parameter "per_page"`, `body field "members[0]"`, `body`. */
function describeTarget(location: IssueLocation, pointer: string): string {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer)
  const path = segments
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('')
  switch (location) {
    case 'path':
      return `path parameter "${path}"`
    case 'query':
      return `query parameter "${path}"`
    case 'header':
      return `header "${path}"`
    case 'cookie':
      return `cookie parameter "${path}"`
    case 'body':
      return path === '' ? 'body' : `body field "${path}"`
    case 'security':
      return 'credentials'
    case 'status':
      return 'status'
  }
}

/**
 * Ajv reports the errors of a failed anyOf/oneOf's alternatives just before the summary error, at
 * or under its instance; alternatives reached through `$ref` carry the target's schema path, so
 * they are told apart from sibling keywords of the same schema by position, not by schema path.
 */
function findBranchErrors(errors: ErrorObject[]): Set<ErrorObject> {
  const branch = new Set<ErrorObject>()
  errors.forEach((parent, index) => {
    if (parent.keyword !== 'anyOf' && parent.keyword !== 'oneOf') return
    const schemaBase = parent.schemaPath.slice(0, parent.schemaPath.lastIndexOf('/') + 1)
    for (let i = index - 1; i >= 0; i--) {
      const error = errors[i]!
      const underInstance =
        error.instancePath === parent.instancePath || error.instancePath.startsWith(`${parent.instancePath}/`)
      const sibling = error.schemaPath.startsWith(schemaBase) && !error.schemaPath.startsWith(`${parent.schemaPath}/`)
      if (!underInstance || sibling) break
      branch.add(error)
    }
  })
  return branch
}

function describeProblem(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  const got = `(got ${describeValue(error.data)})`
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return 'is required'
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not allowed'
    case 'type':
      return `must be ${String(params.type).split(',').join(' or ')} ${got}`
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
      return `must be ${params.comparison} ${params.limit} ${got}`
    case 'maxLength':
      return `must be at most ${params.limit} characters (got ${String(error.data).length})`
    case 'minLength':
      return `must be at least ${params.limit} characters (got ${String(error.data).length})`
    case 'maxItems':
      return `must have at most ${params.limit} items (got ${(error.data as unknown[]).length})`
    case 'minItems':
      return `must have at least ${params.limit} items (got ${(error.data as unknown[]).length})`
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')} ${got}`
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)} ${got}`
    case 'format':
      return `must be a valid ${params.format} ${got}`
    case 'pattern':
      return `must match ${params.pattern} ${got}`
    case 'uniqueItems':
      return `must not repeat items (items ${params.j} and ${params.i} are equal)`
    case 'anyOf':
    case 'oneOf':
      return `must be ${describeAlternatives(error.schema)} ${got}`
    case 'readOnly':
      return 'is read-only and cannot be sent in a request'
    case 'writeOnly':
      return 'is write-only and must not appear in a response'
    default:
      return `${error.message ?? `fails "${error.keyword}"`} ${got}`
  }
}

function describeAlternatives(schemas: unknown): string {
  if (!Array.isArray(schemas)) return 'one of the allowed forms'
  return schemas.map(describeSchema).join(' or ')
}

function describeSchema(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return 'a value'
  const s = schema as Record<string, unknown>
  if (Array.isArray(s.enum)) return `one of ${s.enum.map((value) => JSON.stringify(value)).join(', ')}`
  if ('const' in s) return JSON.stringify(s.const)
  // A user's operation calls a component through its own keyword where the document wrote `$ref`.
  const ref = s.$ref ?? s[COMPONENT_KEYWORD]
  if (typeof ref === 'string') return `a ${ref.slice(ref.lastIndexOf('/') + 1)}`
  const type = Array.isArray(s.type) ? s.type.join(' or ') : typeof s.type === 'string' ? s.type : 'a value'
  const bounds = [
    typeof s.minimum === 'number' ? `>= ${s.minimum}` : '',
    typeof s.maximum === 'number' ? `<= ${s.maximum}` : '',
  ].filter(Boolean)
  return bounds.length > 0 ? `${type} ${bounds.join(' and ')}` : type
}

function childProperty(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'required' || error.keyword === 'dependentRequired') return String(params.missingProperty)
  if (error.keyword === 'additionalProperties') return String(params.additionalProperty)
  if (error.keyword === 'unevaluatedProperties') return String(params.unevaluatedProperty)
  return undefined
}

/** A short, safe rendering of a value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  let text: string
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}
