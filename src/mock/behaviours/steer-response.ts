import type { OpenAPIV3_1 } from 'openapi-types'
import type { PlainResponse } from '../../api/exchange.js'
import type { Operation } from '../../api/spec.js'
import { chooseMediaType } from '../choose-media-type.js'

/** What a `Prefer` header asks for (Prism-compatible): `Prefer: code=404` and/or `example=<name>`. */
export interface Preference {
  code?: string
  example?: string
}

export function parsePrefer(header: string | undefined): Preference | undefined {
  if (!header) return undefined
  const preference: Preference = {}
  for (const part of header.split(/[,;]/)) {
    const [key, ...rest] = part.split('=')
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1')
    if (key?.trim() === 'code') preference.code = value
    if (key?.trim() === 'example') preference.example = value
  }
  return preference.code === undefined && preference.example === undefined ? undefined : preference
}

/**
 * The spec's declared response for the status or the named example a client prefers, instead of
 * the resolver's; `{ problem }` says why there is none, listing what is declared.
 */
export function steerResponse(
  operation: Operation,
  preference: Preference,
  accept?: string,
): PlainResponse | { problem: string } {
  const { responses, operationId } = operation
  let status = preference.code
  if (status !== undefined && !(status in responses)) {
    return {
      problem: `Prefer: code=${status} is not declared for ${operationId}; declared: ${Object.keys(responses).join(', ')}`,
    }
  }
  if (status === undefined) {
    status = Object.keys(responses).find((key) =>
      listExamples(responses[key]!).some(([name]) => name === preference.example),
    )
    if (status === undefined) {
      const names = Object.values(responses).flatMap((response) => listExamples(response).map(([name]) => name))
      return {
        problem: `Prefer: example=${preference.example} is not an example of ${operationId}; declared: ${[...new Set(names)].join(', ')}`,
      }
    }
  }
  const built = buildDeclaredResponse(operation, status, preference.example, accept)
  if (!built)
    return {
      problem: `Prefer: example=${preference.example} is not an example of the ${status} response of ${operationId}; declared: ${listExamples(
        responses[status]!,
      )
        .map(([name]) => name)
        .join(', ')}`,
    }
  return built
}

/** A declared response of an operation, its body taken from the named (or the first) example. */
export function buildDeclaredResponse(
  operation: Operation,
  status: string,
  exampleName?: string,
  accept?: string,
): PlainResponse | undefined {
  const response = operation.responses[status]!
  const code = toStatusCode(operation, status)
  // HTTP sends no 1xx as a final response (fetch and msw cannot receive one).
  if (code < 200) return { status: 204, headers: {} }
  const headers = listRequiredHeaders(response)
  const content = response.content ?? {}
  // A named example is answered in the media type that holds it; else the one the client accepts.
  const holder =
    exampleName === undefined
      ? undefined
      : Object.keys(content).find((type) =>
          listExamples({ content: { [type]: content[type]! } }).some(([name]) => name === exampleName),
        )
  const mediaType = holder ?? chooseMediaType(Object.keys(content), accept)
  const media = mediaType === undefined ? undefined : content[mediaType]
  if (!mediaType || !media) return { status: code, headers }
  const examples = listExamples({ content: { [mediaType]: media } })
  const chosen = exampleName === undefined ? examples[0] : examples.find(([name]) => name === exampleName)
  if (!chosen) return undefined
  return { status: code, headers: { ...headers, 'content-type': mediaType }, body: structuredClone(chosen[1]) }
}

/**
 * The status a declared response key is answered with: a range (`2XX`) its first code; `default`
 * 200 where the operation declares no success of its own (`default: successful operation`), else 500.
 */
export function toStatusCode(operation: Operation, status: string): number {
  if (/^\d{3}$/.test(status)) return Number(status)
  if (/^[2-5]xx$/i.test(status)) return Number(status[0]) * 100
  return Object.keys(operation.responses).some((key) => key.startsWith('2')) ? 500 : 200
}

/** The headers a response must carry, with their examples' values (optional ones stay out). */
export function listRequiredHeaders(response: OpenAPIV3_1.ResponseObject): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, header] of Object.entries(response.headers ?? {}) as Array<[string, OpenAPIV3_1.HeaderObject]>) {
    if (!header.required) continue
    const schema = (header.schema ?? {}) as { default?: unknown; examples?: unknown[] }
    const value =
      header.example ??
      (Object.values(header.examples ?? {})[0] as OpenAPIV3_1.ExampleObject | undefined)?.value ??
      schema.default ??
      schema.examples?.[0]
    if (value !== undefined) headers[name.toLowerCase()] = String(value)
  }
  return headers
}

function listExamples(response: Pick<OpenAPIV3_1.ResponseObject, 'content'>): Array<[string, unknown]> {
  return Object.values(response.content ?? {}).flatMap((media) => {
    const named = Object.entries(media.examples ?? {}).map(
      ([name, example]) => [name, (example as OpenAPIV3_1.ExampleObject).value] as [string, unknown],
    )
    return media.example === undefined ? named : [...named, ['example', media.example] as [string, unknown]]
  })
}
