import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { findChromium } from '../support/find-chromium.js'
import { launchChromium } from '../support/launch-chromium.js'

// A page of another site, as a developer may have open while the mock runs: an empty page served
// from 127.0.0.1 but reached as http://evil.test:<port>, a name Chromium resolves to 127.0.0.1.
// It tries to steer the mock at http://127.0.0.1:<port>; Node checks afterwards what changed.

const executablePath = findChromium()
const toggl = { authorization: 'Bearer toggl_sk_ada', 'content-type': 'application/json' }

describe.skipIf(!executablePath)('the admin API against a page on another origin, in Chromium', () => {
  let mock: ChatmockServer
  let pages: Server
  let browser: Browser
  let page: Page
  let pagePort = 0
  const lines: string[] = []

  beforeAll(async () => {
    mock = await startChatmockServer({ port: 0, log: (line) => lines.push(line) })
    pages = createServer(
      (_, response) =>
        void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>a page</title>'),
    )
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve))
    pagePort = (pages.address() as AddressInfo).port
    browser = await launchChromium(executablePath!, ['evil.test'])
    page = await browser.newPage()
    await page.goto(`http://evil.test:${pagePort}/`)
  }, 60_000)

  beforeEach(() => void (lines.length = 0))
  afterEach(async () => {
    mock.admin.updateSettings({})
    await mock.reset()
  })

  afterAll(async () => {
    await browser?.close()
    pages?.close()
    await mock?.close()
  })

  /** Runs `fetch(mock.url + path, init)` in the page: the status and body it could read, or the error it got. */
  const fetchFromPage = (target: Page, path: string, init: RequestInit = {}) =>
    target.evaluate(
      async ([url, options]) => {
        try {
          const response = await fetch(url, options)
          return { type: response.type, status: response.status, body: await response.text() }
        } catch (error) {
          return { error: String(error) }
        }
      },
      [`${mock.url}${path}`, init] as const,
    )

  it('cannot change the settings: the preflight of its PUT is refused, and the PUT never sent', async () => {
    const before = structuredClone(mock.admin.settings())
    const result = await fetchFromPage(page, '/__chatmock/settings', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"errorRate":1}',
    })
    expect(result).toEqual({ error: 'TypeError: Failed to fetch' })
    expect(lines).toEqual([expect.stringMatching(/^OPTIONS \/__chatmock\/settings 403 /)])
    expect(mock.admin.settings()).toEqual(before)
  })

  it('cannot reset the stores with a simple text/plain POST, which the browser sends without a preflight', async () => {
    const created = await (
      await fetch(`${mock.url}/toggl-focus/workspaces/1/chats`, {
        method: 'POST',
        headers: toggl,
        body: '{"name":"kept"}',
      })
    ).json()
    lines.length = 0
    const result = await fetchFromPage(page, '/__chatmock/reset', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    })
    expect(result).toEqual({ error: 'TypeError: Failed to fetch' })
    // It reached the mock, which refused it before it ran: the chat made before is still there.
    expect(lines).toEqual([expect.stringMatching(/^POST \/__chatmock\/reset 403 /)])
    expect((await fetch(`${mock.url}/toggl-focus/workspaces/1/chats/${created.id}`, { headers: toggl })).status).toBe(
      200,
    )
  })

  it('cannot read the journal, in cors mode or in no-cors mode', async () => {
    await fetch(`${mock.url}/toggl-focus/workspaces/1/chats/1`, { headers: toggl })
    lines.length = 0
    expect(await fetchFromPage(page, '/__chatmock/journal')).toEqual({ error: 'TypeError: Failed to fetch' })
    expect(lines).toEqual([expect.stringMatching(/^GET \/__chatmock\/journal 403 /)])
    // In no-cors mode the browser sends no Origin, so the mock answers as it answers curl; the page
    // gets an opaque answer, nothing of which it can read (and no cache keeps it: no-store).
    expect(await fetchFromPage(page, '/__chatmock/journal', { mode: 'no-cors' })).toEqual({
      type: 'opaque',
      status: 0,
      body: '',
    })
  })

  it('calls a mocked API and reads its answer', async () => {
    const result = await fetchFromPage(page, '/toggl-focus/workspaces/1/chats/1', {
      headers: { authorization: 'Bearer toggl_sk_ada' },
    })
    expect(result).toMatchObject({ type: 'cors', status: 200 })
    expect(JSON.parse((result as { body: string }).body)).toMatchObject({ id: 1, name: 'Quarterly planning' })
  })

  it('lets a page on a loopback origin (another port) read the journal and change the settings', async () => {
    const local = await browser.newPage()
    await local.goto(`http://127.0.0.1:${pagePort}/`)
    const journal = await fetchFromPage(local, '/__chatmock/journal?limit=1')
    expect(journal).toMatchObject({ type: 'cors', status: 200 })
    const changed = await fetchFromPage(local, '/__chatmock/settings', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"latency":5}',
    })
    expect(changed).toMatchObject({ type: 'cors', status: 200 })
    expect(mock.admin.settings()).toMatchObject({ latency: 5 })
    await local.close()
  })

  it('refuses a page that reaches the mock by a rebound name, with the flag that would allow it', async () => {
    const rebound = await browser.newPage()
    const response = await rebound.goto(`http://evil.test:${new URL(mock.url).port}/__chatmock/journal`)
    expect(response!.status()).toBe(403)
    expect((await response!.json()).detail).toBe(
      'Host "evil.test" is not allowed (a guard against DNS rebinding); to allow it, start chatmock with --allowed-host evil.test (option allowedHosts)',
    )
    await rebound.close()
  })
})
