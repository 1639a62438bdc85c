import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'

/**
 * The payload schema of every message an AsyncAPI 3 document declares, by the message's `name`
 * (the event name on the wire, `message.created`), ready for the OpenAPI document's validators:
 * `$ref`s into the OpenAPI file (`./chatwoot.yaml#/components/schemas/PublicMessage`) point into
 * that document (`#/components/schemas/PublicMessage`), and the AsyncAPI document's own `$ref`s are
 * inlined. Throws SPEC_INVALID naming the message and the `$ref` it cannot follow.
 */
export function readAsyncApiEvents(
  asyncapi: unknown,
  openapiFile: string,
  where = 'The AsyncAPI document',
): Record<string, object> {
  const document = asyncapi as {
    asyncapi?: unknown
    components?: { messages?: Record<string, unknown> }
    channels?: Record<string, { messages?: Record<string, unknown> }>
  }
  if (typeof document?.asyncapi !== 'string' || !document.asyncapi.startsWith('3.'))
    throw new SpecError(ErrorCodes.SPEC_INVALID, `${where} must be AsyncAPI 3 (asyncapi: 3.0.0).`)
  const messages = [
    ...Object.entries(document.components?.messages ?? {}).map(([key, message]) => ({
      pointer: `#/components/messages/${key}`,
      message,
    })),
    ...Object.entries(document.channels ?? {}).flatMap(([channel, { messages: own = {} }]) =>
      Object.entries(own).map(([key, message]) => ({ pointer: `#/channels/${channel}/messages/${key}`, message })),
    ),
  ]
  const events: Record<string, object> = {}
  for (const { pointer, message } of messages) {
    // Channels list the components' messages by $ref: each message counts once, where it is written.
    if (typeof message !== 'object' || message === null || '$ref' in message) continue
    const { name, payload } = message as { name?: unknown; payload?: unknown }
    if (typeof name !== 'string')
      throw new SpecError(
        ErrorCodes.SPEC_INVALID,
        `${where}: the message at ${pointer} needs a name (the event's name on the wire).`,
      )
    if (typeof payload !== 'object' || payload === null)
      throw new SpecError(
        ErrorCodes.SPEC_INVALID,
        `${where}: the message "${name}" (${pointer}) needs a payload schema.`,
      )
    if (events[name]) throw new SpecError(ErrorCodes.SPEC_INVALID, `${where}: two messages are named "${name}".`)
    events[name] = rewrite(payload, {
      document: asyncapi,
      openapiFile,
      where: `${where}, message "${name}"`,
      seen: [],
    }) as object
  }
  return events
}

interface RewriteContext {
  document: unknown
  openapiFile: string
  where: string
  seen: string[]
}

function rewrite(node: unknown, context: RewriteContext): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, context))
  if (typeof node !== 'object' || node === null) return node
  const ref = (node as { $ref?: unknown }).$ref
  if (typeof ref === 'string') {
    const [file, fragment = ''] = ref.split('#', 2)
    if (file === '' || file === undefined) return inline(fragment, context)
    if (file.replace(/^\.\//, '') === context.openapiFile.replace(/^\.\//, ''))
      return { ...copy(node, context), $ref: `#${fragment}` }
    throw new SpecError(
      ErrorCodes.SPEC_REF_UNRESOLVED,
      `${context.where}: the $ref "${ref}" points to neither this document nor ${context.openapiFile}.`,
    )
  }
  return copy(node, context)
}

function copy(node: object, context: RewriteContext): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== '$ref')
      .map(([key, value]) => [key, rewrite(value, context)]),
  )
}

function inline(fragment: string, context: RewriteContext): unknown {
  if (context.seen.includes(fragment))
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `${context.where}: the $ref "#${fragment}" refers to itself; put recursive schemas in ${context.openapiFile}.`,
    )
  const target = fragment
    .split('/')
    .slice(1)
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined,
      context.document,
    )
  if (target === undefined)
    throw new SpecError(ErrorCodes.SPEC_REF_UNRESOLVED, `${context.where}: the $ref "#${fragment}" points to nothing.`)
  return rewrite(target, { ...context, seen: [...context.seen, fragment] })
}
