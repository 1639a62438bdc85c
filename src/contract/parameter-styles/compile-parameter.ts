import type { OpenAPIV3_1 } from 'openapi-types'
import type { ParameterLocation } from '../../api/spec.js'
import { readContent } from './read-content.js'
import { readDeepObject } from './read-deep-object.js'
import { readDelimited } from './read-delimited.js'
import { readExplodedForm } from './read-exploded-form.js'
import { readForm } from './read-form.js'
import { readLabel } from './read-label.js'
import { readMatrix } from './read-matrix.js'
import { readSimple } from './read-simple.js'
import type { Reading } from './reading.js'
import { compileValueShape } from './value-shape.js'

/** The raw text of a request's parameters, by location. */
export interface ParameterSources {
  path: Record<string, string>
  /** Every value of each query key, in order. */
  query: Map<string, string[]>
  /** Lower-cased names. */
  headers: Record<string, string>
  cookies: Map<string, string[]>
}

export interface CompiledParameter {
  name: string
  in: ParameterLocation
  /** The name its value is found under in the result: a header's lower-cased. */
  key: string
  /** The query keys it reads: its name, `name[]`, `name[...]` for deepObject, an exploded object's properties. */
  claims: { keys: string[]; prefix?: string }
  /** An exploded form object of free keys: it reads every query (or cookie) key no other parameter claims. */
  freeKeys: boolean
  /** `undefined` when the request does not carry it; `isClaimed` tells a free object's keys from other parameters'. */
  read(sources: ParameterSources, isClaimed: Record<'query' | 'cookie', (key: string) => boolean>): Reading | undefined
}

const STYLES: Record<ParameterLocation, readonly string[]> = {
  path: ['simple', 'label', 'matrix'],
  query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
  header: ['simple'],
  cookie: ['form'],
}

/** Chooses, once per parameter, how its text is read: its `content`, or its style and explode as OpenAPI defines them. */
export function compileParameter(
  document: OpenAPIV3_1.Document,
  parameter: OpenAPIV3_1.ParameterObject,
): CompiledParameter {
  const location = parameter.in as ParameterLocation
  const { name } = parameter
  const key = location === 'header' ? name.toLowerCase() : name
  const base = { name, in: location, key, claims: { keys: [name, `${name}[]`] }, freeKeys: false }
  const text = textOf(location, key)

  const mediaType = parameter.content && Object.keys(parameter.content)[0]
  if (mediaType !== undefined) {
    return {
      ...base,
      read(sources) {
        const values = text(sources)
        if (values === undefined) return undefined
        const reading = readContent(values[0]!, mediaType)
        return values.length > 1 && 'value' in reading ? { ...reading, repeated: true } : reading
      },
    }
  }

  const style = parameter.style ?? (location === 'query' || location === 'cookie' ? 'form' : 'simple')
  const explode = parameter.explode ?? style === 'form'
  const shape = compileValueShape(document, parameter.schema)
  if (!STYLES[location]?.includes(style)) {
    const refused = `style "${style}" is not defined for ${location} parameters (${STYLES[location]?.join(', ')})`
    return { ...base, read: (sources) => (text(sources) ? { refused } : undefined) }
  }
  switch (style) {
    case 'matrix':
    case 'label':
    case 'simple': {
      const readText =
        style === 'matrix'
          ? (value: string) => readMatrix(value, name, shape, explode)
          : style === 'label'
            ? (value: string) => readLabel(value, shape, explode)
            : (value: string) => readSimple(value, shape, explode, location === 'header')
      return { ...base, read: (sources) => mapText(text(sources), readText) }
    }
    case 'deepObject':
      return {
        ...base,
        claims: { keys: [], prefix: `${name}[` },
        read: (sources) => readDeepObject(sources.query, name, shape),
      }
    default: {
      if (explode && shape.kind === 'object' && style === 'form') {
        const lookup = location === 'cookie' ? cookiesOf : queryOf
        const free = shape.names.length === 0
        const claimed = location === 'cookie' ? 'cookie' : 'query'
        return {
          ...base,
          claims: { keys: shape.names },
          freeKeys: free,
          read(sources, isClaimed) {
            const entries = lookup(sources)
            const keys = free ? [...entries.keys()].filter((key) => !isClaimed[claimed](key)) : shape.names
            return readExplodedForm(entries, keys, shape)
          },
        }
      }
      const commaSeparated =
        (parameter as { 'x-chatmock-comma-separated'?: unknown })['x-chatmock-comma-separated'] === true
      const readValues =
        style === 'form'
          ? (values: string[]) => readForm(values, shape, explode, commaSeparated)
          : (values: string[]) => readDelimited(values, shape, explode, style === 'pipeDelimited' ? '|' : ' ')
      return { ...base, read: (sources) => mapValues(text(sources), readValues) }
    }
  }
}

/** Every text the request carries for the parameter: one for path and header, each value for query and cookie. */
function textOf(location: ParameterLocation, key: string): (sources: ParameterSources) => string[] | undefined {
  switch (location) {
    case 'path':
      return (sources) => (key in sources.path ? [sources.path[key]!] : undefined)
    case 'header':
      return (sources) => (key in sources.headers ? [sources.headers[key]!] : undefined)
    case 'cookie':
      return (sources) => sources.cookies.get(key)
    case 'query': {
      // `key[]=a&key[]=b`, the array form of Express's and Rails' query parsers, is the key's too.
      const bracketed = `${key}[]`
      return ({ query }) => {
        const plain = query.get(key)
        const brackets = query.get(bracketed)
        return plain && brackets ? [...plain, ...brackets] : (plain ?? brackets)
      }
    }
  }
}

function mapText(values: string[] | undefined, read: (text: string) => Reading): Reading | undefined {
  return values && read(values[0]!)
}

function mapValues(values: string[] | undefined, read: (values: string[]) => Reading): Reading | undefined {
  return values && read(values)
}

function queryOf(sources: ParameterSources): ReadonlyMap<string, string[]> {
  return sources.query
}

function cookiesOf(sources: ParameterSources): ReadonlyMap<string, string[]> {
  return sources.cookies
}
