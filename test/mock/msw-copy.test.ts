import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { http as ourHttp } from 'msw'
// The second copy, installed under another name (devDependency msw-lowest); TypeScript tells its
// handlers apart from chatmock's msw's, so they are passed `as never` to reach the run-time check.
import { http, HttpResponse, ws } from 'msw-lowest'
import { afterAll, afterEach, expect, it } from 'vitest'
import { assertSameMsw } from '../../src/runtimes/msw/assert-same-msw.js'
import { MSW_PEER_RANGE } from '../../src/runtimes/msw/msw-peer-range.js'
import { setupChatmock } from '../../src/runtimes/node.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const version = (name: string) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version as string
const ours = `msw ${version('msw')} (${join(root, 'node_modules/msw')})`
const theirs = `msw ${version('msw-lowest')} (${join(root, 'node_modules/msw-lowest')})`

const servers: Array<{ close(): void }> = []
afterEach(() => servers.splice(0).forEach((server) => server.close()))
const project = mkdtempSync(join(tmpdir(), 'chatmock-second-msw-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))

async function listen() {
  const chatmock = await setupChatmock({ apis: ['hapihub'] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  servers.push(chatmock.server)
  return chatmock
}

/** A module of a project whose own msw is the second copy, as a consumer's test file would be. */
async function importFromSecondCopy(): Promise<{ override: unknown }> {
  mkdirSync(join(project, 'node_modules'))
  symlinkSync(join(root, 'node_modules/msw-lowest'), join(project, 'node_modules/msw'))
  writeFileSync(
    join(project, 'override.mjs'),
    "import { http, HttpResponse } from 'msw'\nexport const override = http.get('https://yourdomain.com/chat-messages/:id', () => HttpResponse.json({ id: 7 }))\n",
  )
  return import(pathToFileURL(join(project, 'override.mjs')).href)
}

it('refuses an override made by another copy of msw, naming both copies and how to fix it', async () => {
  const chatmock = await listen()
  const { override } = await importFromSecondCopy()
  let thrown: unknown
  try {
    chatmock.server.use(override as never)
  } catch (error) {
    thrown = error
  }
  expect(thrown).toMatchObject({ name: 'ChatmockError', code: 'MSW_COPY_MISMATCH' })
  expect((thrown as Error).message).toBe(
    `[chatmock] server.use() was given a handler made by another copy of msw than chatmock's: chatmock runs on ${ours}, the handler comes from ${theirs}. msw would ignore the handler, or let it answer past chatmock's drift guard. Install one msw that satisfies chatmock's peer range (msw@${MSW_PEER_RANGE}) so that your tests and chatmock import the same copy; \`npm ls msw\` lists the copies.`,
  )
  // Nothing of the call was applied: the fixture still answers.
  expect(
    (
      await (
        await fetch('https://yourdomain.com/chat-messages/id-1', { headers: { authorization: 'Bearer t' } })
      ).json()
    ).createdBy,
  ).toBe('some-uid')
})

it('refuses WebSocket handlers and resetHandlers(...) of another copy too, even beside handlers of its own', async () => {
  const chatmock = await listen()
  const socket = ws.link('wss://app.chatwoot.com/cable').addEventListener('connection', () => {})
  expect(() =>
    chatmock.server.use(
      ourHttp.get('https://example.org/', () => undefined),
      socket as never,
    ),
  ).toThrow(expect.objectContaining({ code: 'MSW_COPY_MISMATCH' }))
  expect(() =>
    chatmock.server.resetHandlers(
      http.get('https://yourdomain.com/chat-messages/:id', () => HttpResponse.json({})) as never,
    ),
  ).toThrow('server.resetHandlers() was given a handler made by another copy of msw')
})

it('says "another copy" where the copies cannot be located, as in a browser bundle', () => {
  expect(() => assertSameMsw([http.get('/x', () => undefined)], 'worker.use')).toThrow(
    "worker.use() was given a handler made by another copy of msw than chatmock's: chatmock runs on its own copy of msw, the handler comes from another copy (its version cannot be told from here).",
  )
})

it('names the peer range of package.json, whose lowest version is the msw-lowest that the in-process suites run on again', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  expect(manifest.peerDependencies.msw).toBe(MSW_PEER_RANGE)
  expect(manifest.devDependencies['msw-lowest']).toBe(`npm:msw@${MSW_PEER_RANGE.slice(1)}`)
  expect(manifest.dependencies.msw).toBeUndefined()
})
