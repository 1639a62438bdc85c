import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from '../support/find-chromium.js'
import { startDemoInChromium } from '../support/start-demo.js'

// The demo's "Your own API": an OpenAPI document loaded by URL and mocked by the service worker
// beside the built-ins; and the page whose Content-Security-Policy forbids 'unsafe-eval', where
// chatmock says why it cannot mock that document instead of failing silently. One browser.

const executablePath = findChromium()

describe.skipIf(!executablePath)('your own API in Chromium', () => {
  let browser: Browser
  let url = ''
  let stopDemo: () => Promise<void> = async () => {}

  beforeAll(async () => {
    ;({ url, browser, stop: stopDemo } = await startDemoInChromium(executablePath!))
  }, 60_000)

  afterAll(() => stopDemo())

  it('mocks a document loaded by URL beside the built-ins and lists its orders from the documented URL', async () => {
    const page = await browser.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(url)
    await page.waitForSelector('body[data-worker="ready"]', { timeout: 20_000 })
    await page.waitForFunction(() => document.querySelectorAll('#user-api-orders li').length === 2)
    expect(await page.locator('#user-api-orders li').allTextContents()).toEqual([
      'o-1: open, 12.50',
      'o-2: shipped, 40.00',
    ])
    const created = await page.evaluate(async () => {
      const response = await fetch('https://shop.example.com/api/orders', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"items":[]}',
      })
      return { status: response.status, type: response.headers.get('content-type'), body: await response.json() }
    })
    expect(created).toMatchObject({
      status: 422,
      type: 'application/json',
      body: { detail: 'body field "items" must have at least 1 items (got 0)' },
    })
    // The built-ins still answer beside it.
    await page.waitForFunction(() => document.querySelectorAll('#toggl-chats li').length === 20)
    expect(pageErrors).toEqual([])
    await page.close()
  })

  it('shows UNSAFE_EVAL_BLOCKED on a page whose Content-Security-Policy forbids unsafe-eval', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${url}/no-eval.html`)
    expect(response!.headers()['content-security-policy']).toBe("script-src 'self'")
    await page.waitForSelector('body[data-state]', { timeout: 20_000 })
    expect(await page.locator('body').getAttribute('data-state')).toBe('failed')
    expect(await page.locator('#status').textContent()).toBe(
      "UNSAFE_EVAL_BLOCKED: [chatmock] The spec of \"orders\": its schemas are checked by validators compiled in the page, which needs 'unsafe-eval', and this page's Content-Security-Policy forbids it. Allow 'unsafe-eval' in script-src while you develop, or mock only APIs with precompiled validators (the built-in ones).",
    )
    await page.close()
  })
})
