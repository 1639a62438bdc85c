import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from './resolve-ref.js'
import type { ApiSpec, Operation } from '../api/spec.js'

/** A named example set of an operation: its parameters, its body and the one response that carry the name. */
export interface ExampleSet {
  api: ApiSpec
  operation: Operation
  name: string
  path: Record<string, unknown>
  query: Record<string, unknown>
  body?: { mediaType: string; value: unknown }
  status: string
  mediaType?: string
}

/** The marker of a response, or of one example, that only an invalid request (or the mock's own limits) can reach. */
const NOT_REACHABLE = 'not example-reachable'

type WithMock = { 'x-mock'?: unknown }

function isUnreachable(node: unknown): boolean {
  return typeof node === 'object' && node !== null && (node as WithMock)['x-mock'] === NOT_REACHABLE
}

function namedExamples(
  document: OpenAPIV3_1.Document,
  holder: { examples?: Record<string, unknown> } | undefined,
): Map<string, { value: unknown; unreachable: boolean }> {
  const result = new Map<string, { value: unknown; unreachable: boolean }>()
  for (const [name, maybe] of Object.entries(holder?.examples ?? {})) {
    const example = resolveRef<OpenAPIV3_1.ExampleObject>(document, maybe as OpenAPIV3_1.ExampleObject)
    result.set(name, { value: example.value, unreachable: isUnreachable(example) })
  }
  return result
}

/** Every response example of an operation: its name, status, media type, and whether it is marked unreachable. */
export function listResponseExamples(api: ApiSpec, operation: Operation) {
  return Object.entries(operation.responses).flatMap(([status, response]) =>
    Object.entries(response.content ?? {}).flatMap(([mediaType, media]) =>
      [...namedExamples(api.document, media)].map(([name, example]) => ({
        status,
        mediaType,
        name,
        unreachable: isUnreachable(response) || example.unreachable,
      })),
    ),
  )
}

/** The names a request part (a parameter, the body) carries. */
export function listRequestNames(
  api: ApiSpec,
  operation: Operation,
): { parameters: Map<string, Set<string>>; body: Set<string> } {
  const parameters = new Map(
    operation.parameters.map((parameter) => [
      `${parameter.in}:${parameter.name}`,
      new Set(namedExamples(api.document, parameter as never).keys()),
    ]),
  )
  const body = new Set(
    Object.values(operation.requestBody?.content ?? {}).flatMap((media) => [
      ...namedExamples(api.document, media).keys(),
    ]),
  )
  return { parameters, body }
}

/**
 * The named sets of an operation: one per response example that a request can reach (not marked
 * `x-mock: not example-reachable`), and one per name that only the request carries when the
 * operation's one success response has no body (a 204), as Specmatic pairs them; each with the
 * parameters' and the body's examples of that name.
 */
export function listExampleSets(api: ApiSpec, operation: Operation): ExampleSet[] {
  const paired = listResponseExamples(api, operation).filter((example) => !example.unreachable)
  const targets: Array<{ name: string; status: string; mediaType?: string }> = paired.map(
    ({ name, status, mediaType }) => ({ name, status, mediaType }),
  )
  const bodiless = Object.entries(operation.responses).filter(
    ([status, response]) => /^2/.test(status) && !response.content,
  )
  if (bodiless.length === 1) {
    const { parameters, body } = listRequestNames(api, operation)
    const requestOnly = new Set(
      [...[...parameters.values()].flatMap((names) => [...names]), ...body].filter(
        (name) => !paired.some((example) => example.name === name),
      ),
    )
    for (const name of requestOnly) targets.push({ name, status: bodiless[0]![0] })
  }
  return targets.map(({ name, status, mediaType }) => {
    const set: ExampleSet = { api, operation, name, path: {}, query: {}, status, ...(mediaType ? { mediaType } : {}) }
    for (const parameter of operation.parameters) {
      const example = namedExamples(api.document, parameter as never).get(name)
      if (example === undefined) continue
      if (parameter.in === 'path') set.path[parameter.name] = example.value
      if (parameter.in === 'query') set.query[parameter.name] = example.value
    }
    for (const [bodyType, media] of Object.entries(operation.requestBody?.content ?? {})) {
      const example = namedExamples(api.document, media).get(name)
      if (example !== undefined) set.body = { mediaType: bodyType, value: example.value }
    }
    return set
  })
}
