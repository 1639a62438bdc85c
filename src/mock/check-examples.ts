import { RESPONSE } from '../contract/create-ajv.js'
import { toIssues } from '../contract/format-issue.js'
import { getContract } from '../contract/get-contract.js'
import type { Issue } from '../api/exchange.js'
import type { ApiSpec, Operation } from '../api/spec.js'
import { escapeSegment } from '../openapi/visit-schemas.js'

/** One example of a response, and what is wrong with it (nothing, for a valid one). */
export interface ResponseExample {
  status: string
  mediaType: string
  /** The example's name; `example` for a media type's single `example`. */
  name: string
  value: unknown
  /** Where it is written. */
  pointer: string
  issues: Issue[]
}

const checked = new WeakMap<Operation, ResponseExample[]>()

/**
 * Every example of an operation's responses, checked against its schema once: real-world
 * documents often carry examples that break their own schemas, which the mock must not send
 * unless a request asks for one by name.
 */
export function checkResponseExamples(api: ApiSpec, operation: Operation): ResponseExample[] {
  let examples = checked.get(operation)
  if (examples) return examples
  examples = []
  for (const [status, response] of Object.entries(operation.responses)) {
    for (const [mediaType, media] of Object.entries(response.content ?? {})) {
      const at = `#/paths/${escapeSegment(operation.path)}/${operation.method}/responses/${status}/content/${escapeSegment(mediaType)}`
      const found: Array<[string, unknown, string]> = Object.entries(media.examples ?? {}).map(([name, example]) => [
        name,
        (example as { value?: unknown }).value,
        `${at}/examples/${escapeSegment(name)}`,
      ])
      if (media.example !== undefined) found.push(['example', media.example, `${at}/example`])
      // Only a response that has examples is compiled for them: on a large document most have none.
      if (found.length === 0) continue
      const validate = getContract(api).compiled(operation).responseByKey(status).bodyValidator(mediaType)
      for (const [name, value, pointer] of found) {
        const issues =
          !validate || validate.call(RESPONSE, value)
            ? []
            : toIssues(validate.errors, (path) => ({ location: 'body', pointer: path }))
        examples.push({ status, mediaType, name, value, pointer, issues })
      }
    }
  }
  checked.set(operation, examples)
  return examples
}

/**
 * Reports, once, each response example of an API that breaks its own schema: a warning naming its
 * JSON pointer and the issues. One operation at a time, yielding between them, so a large
 * document does not hold up the first requests.
 */
export async function reportInvalidExamples(api: ApiSpec, warn: (line: string) => void): Promise<void> {
  for (const operation of api.operations) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    for (const example of checkResponseExamples(api, operation)) {
      if (example.issues.length === 0) continue
      warn(
        `chatmock: ${api.id}: the example at ${example.pointer} breaks its schema (${example.issues.map((issue) => issue.message).join('; ')}); the mock answers with other data unless a request asks for it (Prefer: example=${example.name}).`,
      )
    }
  }
}
