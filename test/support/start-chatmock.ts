import { afterAll, afterEach, beforeAll } from 'vitest'
import { type Chatmock, setupChatmock, type SetupChatmockOptions } from '../../src/runtimes/node.js'

/**
 * Mocks every API in this test file's process: listens before the tests, restores the fixtures
 * after each one, closes at the end. Unhandled requests fail; any response that violates its spec
 * throws (the default policy), so every response of a suite passes the drift guard.
 */
export function useChatmock(options: SetupChatmockOptions = {}): { current: Chatmock } {
  const holder = {} as { current: Chatmock }
  beforeAll(async () => {
    holder.current = await setupChatmock(options)
    holder.current.server.listen({ onUnhandledRequest: 'error' })
  })
  afterEach(async () => {
    holder.current.server.resetHandlers()
    await holder.current.reset()
  })
  afterAll(() => holder.current.server.close())
  return holder
}

/** `fetch` returning the status, headers and the parsed JSON body (or the text, or undefined). */
export async function call(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(url, init)
  const text = await response.text()
  let body: unknown = text === '' ? undefined : text
  if (text !== '' && /json/.test(response.headers.get('content-type') ?? '')) body = JSON.parse(text)
  return { status: response.status, headers: response.headers, body }
}
