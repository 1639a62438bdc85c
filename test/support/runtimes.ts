import type { Admin } from '../../src/mock/create-admin.js'
import type { MockApisOptions } from '../../src/mock/create-mock-apis.js'
import { setupChatmock } from '../../src/runtimes/node.js'
import { startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { getApi } from '../../src/openapi/catalog.js'
import type { BuiltinApiId as ApiId } from '../../handlers/index.js'

/** One way of running the fake backends, as a scenario sees it. */
export interface Runtime {
  /** Where a client reaches an API: its documented server URL in-process, its prefix on the server. */
  baseUrl(api: ApiId): string
  reset(): Promise<void>
  stop(): Promise<void>
  admin: Admin
}

export type RuntimeFactory = (options?: MockApisOptions) => Promise<Runtime>

export const runtimes: Array<[string, RuntimeFactory]> = [
  [
    'in-process (msw/node)',
    async (options) => {
      const chatmock = await setupChatmock(options)
      chatmock.server.listen({ onUnhandledRequest: 'error' })
      return {
        baseUrl: (api) => getApi(api).serverUrl!,
        reset: () => chatmock.reset(),
        stop: async () => chatmock.server.close(),
        admin: chatmock.admin,
      }
    },
  ],
  [
    'standalone server (Express)',
    async (options) => {
      const server = await startChatmockServer({ port: 0, ...options })
      return {
        baseUrl: (api) => `${server.url}${getApi(api).prefix}`,
        reset: () => server.reset(),
        stop: () => server.close(),
        admin: server.admin,
      }
    },
  ],
]
