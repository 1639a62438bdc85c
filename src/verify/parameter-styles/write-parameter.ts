import type { OpenAPIV3_1 } from 'openapi-types'
import { encodeReserved, keepText } from './encode-text.js'
import type { QueryPair } from './query-pair.js'
import { writeContent } from './write-content.js'
import { writeDeepObject } from './write-deep-object.js'
import { writeDelimited } from './write-delimited.js'
import { writeForm } from './write-form.js'
import { writeLabel } from './write-label.js'
import { writeMatrix } from './write-matrix.js'
import { writeSimple } from './write-simple.js'

const QUERY_STYLES: readonly string[] = ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']

/** A parameter as its style (or its `content`) writes it, with OpenAPI's defaults. */
type Parameter = Pick<OpenAPIV3_1.ParameterObject, 'name' | 'in' | 'style' | 'explode' | 'allowReserved' | 'content'>

/**
 * A path or header parameter's text, as its `content`, or its style and explode (default `simple`,
 * not exploded), say; a path's pieces are escaped, a header's are not. A style OpenAPI does not
 * define for the location is written as the location's default.
 */
export function writeParameterText(parameter: Parameter, value: unknown): string {
  const encode = parameter.in === 'path' ? encodeURIComponent : keepText
  const mediaType = findMediaType(parameter)
  if (mediaType !== undefined) return encode(writeContent(value, mediaType))
  const explode = parameter.explode ?? false
  if (parameter.in === 'path' && parameter.style === 'label') return writeLabel(value, explode, encode)
  if (parameter.in === 'path' && parameter.style === 'matrix')
    return writeMatrix(value, parameter.name, explode, encode)
  return writeSimple(value, explode, encode)
}

/**
 * A query or cookie parameter's `key=value` pairs, escaped, as its `content`, or its style and
 * explode (default `form`, exploded), say; `allowReserved` leaves a query value's reserved
 * characters as they are. A style OpenAPI does not define for the location is written as `form`.
 */
export function writeParameterPairs(parameter: Parameter, value: unknown): QueryPair[] {
  const encode = parameter.in === 'query' && parameter.allowReserved === true ? encodeReserved : encodeURIComponent
  const mediaType = findMediaType(parameter)
  if (mediaType !== undefined) return [[encodeURIComponent(parameter.name), encode(writeContent(value, mediaType))]]
  const declared = parameter.style ?? 'form'
  const style = parameter.in === 'query' && QUERY_STYLES.includes(declared) ? declared : 'form'
  const explode = parameter.explode ?? style === 'form'
  switch (style) {
    case 'deepObject':
      return writeDeepObject(value, parameter.name, encode)
    case 'spaceDelimited':
      return writeDelimited(value, parameter.name, explode, ' ', encode)
    case 'pipeDelimited':
      return writeDelimited(value, parameter.name, explode, '|', encode)
    default:
      return writeForm(value, parameter.name, explode, encode)
  }
}

function findMediaType(parameter: Parameter): string | undefined {
  return parameter.content ? Object.keys(parameter.content)[0] : undefined
}
