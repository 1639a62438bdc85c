/** What an OpenAPI runtime expression (`$response.body#/id`, `$request.path.chat_id`) reads from. */
export interface ExchangeValues {
  request: { path: Record<string, unknown>; query: Record<string, unknown>; body: unknown }
  response: { body: unknown }
}

/** Evaluates a link's runtime expression; anything that is not one is a literal value. */
export function evaluateExpression(expression: unknown, exchange: ExchangeValues): unknown {
  if (typeof expression !== 'string' || !expression.startsWith('$')) return expression
  const [source, pointer] = expression.split('#')
  if (source === '$response.body') return readPointer(exchange.response.body, pointer ?? '')
  if (source === '$request.body') return readPointer(exchange.request.body, pointer ?? '')
  const path = /^\$request\.path\.(.+)$/.exec(expression)
  if (path) return exchange.request.path[path[1]!]
  const query = /^\$request\.query\.(.+)$/.exec(expression)
  if (query) return exchange.request.query[query[1]!]
  return undefined
}

function readPointer(value: unknown, pointer: string): unknown {
  let node = value
  for (const raw of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')]
  }
  return node
}
