import { expect } from 'vitest'
import { isChatmockError } from '../../src/errors/chatmock-error.js'
import { getApi } from '../../src/openapi/catalog.js'
import type { BuiltinApiId as ApiId } from '../../handlers/index.js'
import type { Runtime } from './runtimes.js'

/**
 * What running an action gave, as the runtime offers it: in process, `admin.act`'s result or the
 * code and message of the error it threw; on the standalone server, the status, content type and
 * JSON body of `POST /__chatmock/act/<api>/<action>`.
 */
export type ActionOutcome =
  | { kind: 'in-process'; result?: unknown; code?: string; message?: string }
  | { kind: 'server'; status: number; contentType: string | null; body: any }

/** Whether a runtime of `runtimes` is the standalone server (its admin API is HTTP). */
function isServer(runtimeName: string): boolean {
  return runtimeName.startsWith('standalone')
}

/** Runs an action of the other side the way the runtime offers it (see ActionOutcome). */
export async function runAction(
  runtimeName: string,
  runtime: Runtime,
  api: ApiId,
  action: string,
  input: unknown,
): Promise<ActionOutcome> {
  if (isServer(runtimeName)) {
    const root = runtime.baseUrl(api).slice(0, -getApi(api).prefix.length)
    const response = await fetch(`${root}/__chatmock/act/${api}/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    })
    const text = await response.text()
    return {
      kind: 'server',
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: text === '' ? undefined : JSON.parse(text),
    }
  }
  try {
    return { kind: 'in-process', result: await runtime.admin.act(api, action, input) }
  } catch (error) {
    if (!isChatmockError(error)) throw error
    return { kind: 'in-process', code: error.code, message: error.message }
  }
}

/** The outcome of an action that resolved to `result`, in the runtime's terms. */
export function succeeded(runtimeName: string, result: unknown): ActionOutcome {
  return isServer(runtimeName)
    ? { kind: 'server', status: 200, contentType: expect.stringMatching(/^application\/json\b/), body: result }
    : { kind: 'in-process', result }
}

/**
 * The outcome of a refused action, in the runtime's terms: in process the error (ACTION_INVALID for
 * an input the action refuses, the SpecError's code for an unknown action) with `detail` as its
 * message; on the server 422 (ACTION_INVALID) or 404, as problem JSON with `detail`.
 */
export function refused(runtimeName: string, code: string, detail: string): ActionOutcome {
  if (!isServer(runtimeName)) return { kind: 'in-process', code, message: `[chatmock] ${detail}` }
  const status = code === 'ACTION_INVALID' ? 422 : 404
  // The title is left out: the admin router titles every refusal "Bad Request", whatever its status.
  return {
    kind: 'server',
    status,
    contentType: expect.stringMatching(/^application\/problem\+json\b/),
    body: expect.objectContaining({ type: 'about:blank', status, detail }),
  }
}
