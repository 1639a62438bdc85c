/**
 * The page side of user-api-page.ts: chatmock's service-worker runtime with the user's documents.
 * Bundled for the browser by esbuild; the Node side calls these functions through page.evaluate.
 */
import { defineApi } from '../../src/index.js'
import { setupChatmockWorker } from '../../src/browser.js'

export interface UserApiDocument {
  id: string
  spec: string
  baseUrl?: string
}

/** What the bundle puts on `window` for the Node side. */
export interface UserApiPageGlobals {
  startUserApi(documents: UserApiDocument[], seed?: number): Promise<void>
  resetUserApi(): Promise<void>
}

// Only reset is needed later; the worker's type depends on the documents, unknown here.
let reset: (() => Promise<void>) | undefined

const globals: UserApiPageGlobals = {
  async startUserApi(documents, seed) {
    const chatmock = await setupChatmockWorker({
      apis: documents.map((d) => defineApi({ id: d.id, spec: d.spec, ...(d.baseUrl ? { baseUrl: d.baseUrl } : {}) })),
      ...(seed !== undefined ? { seed } : {}),
    })
    await chatmock.worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    })
    reset = () => chatmock.reset()
  },
  async resetUserApi() {
    if (!reset) throw new Error('resetUserApi() before startUserApi()')
    await reset()
  },
}

Object.assign(window, globals)
