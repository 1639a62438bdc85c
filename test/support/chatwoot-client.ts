import type { Runtime } from './runtimes.js'

/** A request to a runtime's Chatwoot public API (`/public/api/v1` + path), its body as JSON, answered with status and JSON body. */
export function createChatwootClient(runtime: () => Runtime) {
  return async function send(method: string, path: string, body?: unknown) {
    const response = await fetch(`${runtime().baseUrl('chatwoot')}/public/api/v1${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: await response.json() }
  }
}
