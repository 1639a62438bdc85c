import { passthrough } from 'msw'

// What msw's own `passthrough()` returns, so that its marker is read from msw rather than copied.
const PASSTHROUGH = passthrough()

/**
 * Whether an override answered with a response of its own: not `HttpResponse.error()` (the request
 * fails as a network error) and not `passthrough()` (msw performs the request as it is), which
 * the drift guard leaves alone.
 */
export function isMockedResponse(response: Response): boolean {
  if (response.type === 'error') return false
  if (response.status !== PASSTHROUGH.status || response.statusText !== PASSTHROUGH.statusText) return true
  for (const [name, value] of PASSTHROUGH.headers) if (response.headers.get(name) !== value) return true
  return false
}
