import type { Operation } from '../api/spec.js'
import type { DraftRequest } from './types.js'

/** A drafted request as `fetch` arguments under a base URL: path filled in, query arrays repeated, body as JSON. */
export function toFetchArguments(
  baseUrl: string,
  operation: Operation,
  request: DraftRequest,
): [string, RequestInit & { headers: Record<string, string> }] {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(request.path[name] ?? '')),
  )
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(request.query)) {
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, String(item))
  }
  const search = query.toString()
  const body = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body))
  const headers =
    body === undefined ? { ...request.headers } : { 'content-type': 'application/json', ...request.headers }
  return [`${baseUrl}${path}${search ? `?${search}` : ''}`, { method: operation.method.toUpperCase(), headers, body }]
}
