import type { PlainResponse } from '../api/exchange.js'
import type { ApiSpec } from '../api/spec.js'
import type { CompiledOperation } from '../contract/compile-operation.js'
import { checkResponse } from '../contract/validate-response.js'
import { answerFromSpec } from './answer-from-spec.js'
import type { MockRequest } from './mock-request.js'

/** Names the issues of a refusal whose declared shape has no field to carry them. */
const REFUSAL_HEADER = 'x-chatmock-refusal'

/** Where a declared error body says what went wrong, most telling first (`{ error: { message } }` too). */
const DETAIL_FIELDS = ['detail', 'message', 'error_description', 'error', 'description', 'title', 'msg', 'reason']

export interface RefusalScope {
  api: ApiSpec
  seed: number
}

/**
 * A refusal in the shape the operation declares for its status. The error style's own body stands
 * where it keeps the declared response (or none is declared); else the declared response is
 * answered as the spec answers it (an example that keeps its schema, else generated data), with
 * the issues written into its first field that says what went wrong, or, where no field can
 * carry them (a declared 400 with no content), in the `x-chatmock-refusal` header.
 */
export async function fitRefusal(
  scope: RefusalScope,
  compiled: CompiledOperation,
  request: MockRequest,
  refusal: PlainResponse,
  detail: string,
): Promise<PlainResponse> {
  const declared = compiled.response(refusal.status)
  if (!declared || isKept(compiled, refusal)) return refusal
  const built = await buildDeclared(scope, compiled, request, declared.key)
  // A declared shape the generator cannot satisfy: the style's own body, which the drift guard flags.
  if (!built) return refusal
  const fitted: PlainResponse = { ...built, status: refusal.status, headers: { ...refusal.headers, ...built.headers } }
  if (built.body === undefined) delete fitted.headers['content-type']
  for (const name of ['allow', 'www-authenticate'])
    if (refusal.headers[name]) fitted.headers[name] = refusal.headers[name]
  const written = writeDetail(fitted.body, detail)
  if (written !== undefined && isKept(compiled, { ...fitted, body: written })) return { ...fitted, body: written }
  return { ...fitted, headers: { ...fitted.headers, [REFUSAL_HEADER]: toHeaderValue(detail) } }
}

async function buildDeclared(
  scope: RefusalScope,
  compiled: CompiledOperation,
  request: MockRequest,
  key: string,
): Promise<PlainResponse | undefined> {
  try {
    return await answerFromSpec(scope.api, compiled.operation, request, scope.seed, {}, key)
  } catch {
    return undefined
  }
}

function isKept(compiled: CompiledOperation, response: PlainResponse): boolean {
  return checkResponse(compiled, response.status, response.headers, response.body, true).valid
}

/** The body with `detail` in its first string field that says what went wrong, one level deep at most. */
function writeDetail(body: unknown, detail: string): unknown {
  if (!isRecord(body)) return undefined
  for (const name of DETAIL_FIELDS) {
    if (typeof body[name] === 'string') return { ...body, [name]: detail }
  }
  for (const name of DETAIL_FIELDS) {
    const inner = writeDetail(body[name], detail)
    if (inner !== undefined) return { ...body, [name]: inner }
  }
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A header carries visible ASCII only: anything else is percent-encoded. */
function toHeaderValue(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (character) => encodeURIComponent(character))
}
