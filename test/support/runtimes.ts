import { setupChatmock } from '../../src/runtimes/node.js'
import { startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { getApi } from '../../src/spec/registry.js'
import type { ApiId } from '../../src/spec/types.js'

/** One way of running the fake backends, as a scenario sees it. */
export interface Runtime {
  /** Where a client reaches an API: its documented server URL in-process, its prefix on the server. */
  baseUrl(api: ApiId): string
  reset(): Promise<void>
  stop(): Promise<void>
}

export type RuntimeFactory = () => Promise<Runtime>

export const runtimes: Array<[string, RuntimeFactory]> = [
  [
    'in-process (msw/node)',
    async () => {
      const chatmock = await setupChatmock()
      chatmock.server.listen({ onUnhandledRequest: 'error' })
      return { baseUrl: (api) => getApi(api).serverUrl, reset: () => chatmock.reset(), stop: async () => chatmock.server.close() }
    },
  ],
  [
    'standalone server (Express)',
    async () => {
      const server = await startChatmockServer({ port: 0 })
      return { baseUrl: (api) => `${server.url}${getApi(api).prefix}`, reset: () => server.reset(), stop: () => server.close() }
    },
  ],
]
