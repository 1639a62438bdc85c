// Run only by the msw-lowest project: the suites it runs again are worth something only if msw,
// for them and for chatmock, is the lowest msw of the peer range.
import { readFileSync } from 'node:fs'
import { HttpHandler } from 'msw'
import { setupServer } from 'msw/node'
import { expect, it } from 'vitest'
import { MSW_PEER_RANGE } from '../../src/runtimes/msw/msw-peer-range.js'
import { setupChatmock } from '../../src/runtimes/node.js'

it('runs chatmock and the tests on the lowest msw of the peer range', async () => {
  // The aliased copy under its own name, which the project's alias of `msw` leaves alone.
  const lowest = await import('msw-lowest')
  const { setupServer: lowestSetupServer } = await import('msw-lowest/node')
  expect(HttpHandler).toBe(lowest.HttpHandler)
  expect(setupServer).toBe(lowestSetupServer)
  const chatmock = await setupChatmock({ apis: ['hapihub'] })
  expect(chatmock.server.listHandlers()[0]).toBeInstanceOf(lowest.HttpHandler)
  const manifest = JSON.parse(
    readFileSync(new URL('../../node_modules/msw-lowest/package.json', import.meta.url), 'utf8'),
  )
  expect(`^${manifest.version}`).toBe(MSW_PEER_RANGE)
})
