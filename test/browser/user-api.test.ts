import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from '../support/find-chromium.js'

// The demo's "Your own API": an OpenAPI document loaded by URL and mocked by the service worker
// beside the built-ins; and the page whose Content-Security-Policy forbids 'unsafe-eval', where
// chatmock says why it cannot mock that document instead of failing silently. One browser.

const root = fileURLToPath(new URL('../../', import.meta.url))
const executablePath = findChromium()

describe.skipIf(!executablePath)('your own API in Chromium', () => {
  let browser: Browser
  let url = ''
  let stopDemo: () => void = () => {}

  beforeAll(async () => {
    const demo = spawn('npm', ['run', 'demo', '--', '--port', '0'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    stopDemo = () => process.kill(-demo.pid!, 'SIGTERM')
    url = await new Promise<string>((resolve, reject) => {
      let output = ''
      demo.stdout.on('data', (chunk) => {
        output += chunk
        const match = /chatmock demo on (http:\/\/\S+)/.exec(output)
        if (match) resolve(match[1]!)
      })
      demo.once('exit', (code) => reject(new Error(`npm run demo exited with ${code}: ${output}`)))
    })
    browser = await chromium.launch({
      executablePath,
      headless: true,
      // No network at all: every host but the demo's own 127.0.0.1 fails to resolve.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    stopDemo()
  })

  it('mocks a document loaded by URL beside the built-ins and lists its orders from the documented URL', async () => {
    const page = await browser.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(url)
    await page.waitForSelector('body[data-worker="ready"]', { timeout: 20_000 })
    await page.waitForFunction(() => document.querySelectorAll('#user-api-orders li').length === 2)
    expect(await page.locator('#user-api-orders li').allTextContents()).toEqual(['o-1: open, 12.50', 'o-2: shipped, 40.00'])
    const created = await page.evaluate(async () => {
      const response = await fetch('https://shop.example.com/api/orders', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"items":[]}' })
      return { status: response.status, type: response.headers.get('content-type'), body: await response.json() }
    })
    expect(created).toMatchObject({ status: 422, type: 'application/json', body: { detail: 'body field "items" must have at least 1 items (got 0)' } })
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
      'UNSAFE_EVAL_BLOCKED: [chatmock] The spec of "orders": its schemas are checked by validators compiled in the page, which needs \'unsafe-eval\', and this page\'s Content-Security-Policy forbids it. Allow \'unsafe-eval\' in script-src while you develop, or mock only APIs with precompiled validators (the built-in ones).',
    )
    await page.close()
  })
})
