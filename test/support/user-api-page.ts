import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { Browser } from 'playwright-core'
import { launchChromium } from './launch-chromium.js'
import type { UserApiDocument, UserApiPageGlobals } from './user-api-page-entry.js'

interface PageRequest {
  method: string
  url: string
  headers?: Record<string, string>
  body?: string
}

interface PageResponse {
  status: number
  headers: Record<string, string>
  text: string
}

export interface UserApiPage {
  send(request: PageRequest): Promise<PageResponse>
  reset(): Promise<void>
  stop(): Promise<void>
}

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>chatmock user APIs</title></head>
  <body><script type="module" src="/main.js"></script></body>
</html>
`

/**
 * The user's OpenAPI documents mocked by chatmock's service-worker runtime in headless Chromium: a
 * page on 127.0.0.1 (its bundle and msw's worker served by a small server of its own) whose `fetch`
 * calls to the documents' server URLs `send` makes. Chromium has no network (launchChromium), so a
 * request the worker does not answer fails instead of reaching the internet.
 */
export async function startUserApiPage(
  executablePath: string,
  documents: UserApiDocument[],
  options: { seed?: number } = {},
): Promise<UserApiPage> {
  // The same options as scripts/serve-demo.ts. Without splitting, esbuild inlines the modules that
  // chatmock loads with import(), so the page needs this one file only.
  const bundle = await build({
    entryPoints: [join(here, 'user-api-page-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    sourcemap: 'inline',
    logLevel: 'error',
  })
  const files: Record<string, { type: string; body: string | Uint8Array }> = {
    '/': { type: 'text/html; charset=utf-8', body: html },
    '/main.js': { type: 'text/javascript; charset=utf-8', body: bundle.outputFiles[0]!.contents },
    '/mockServiceWorker.js': {
      type: 'text/javascript; charset=utf-8',
      body: readFileSync(join(dirname(require.resolve('msw/package.json')), 'lib/mockServiceWorker.js'), 'utf8'),
    },
  }
  const server = createServer((request, response) => {
    const file = files[(request.url ?? '/').split('?')[0]!]
    if (!file) response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    else response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  let browser: Browser | undefined
  const stop = async () => {
    await browser?.close()
    await closeServer(server)
  }
  try {
    browser = await launchChromium(executablePath)
    const page = await browser.newPage()
    // The first uncaught error of the page fails every later call, so that it is not lost.
    let failed: Error | undefined
    let fail: (error: Error) => void = () => {}
    const pageFailed = new Promise<never>((_, reject) => (fail = reject))
    pageFailed.catch(() => {})
    page.on('pageerror', (error) => {
      failed ??= new Error(`page error: ${error.message}`)
      fail(failed)
    })
    page.on('crash', () => {
      failed ??= new Error('the page crashed')
      fail(failed)
    })
    const guarded = <T>(start: () => Promise<T>): Promise<T> => {
      if (failed) return Promise.reject(failed)
      const work = start()
      // When the page error wins the race, the call still settles later (often "page closed").
      work.catch(() => {})
      return Promise.race([work, pageFailed])
    }

    await page.goto(origin)
    await guarded(() => page.waitForFunction(() => 'startUserApi' in window))
    await guarded(() =>
      page.evaluate(({ documents, seed }) => (window as unknown as UserApiPageGlobals).startUserApi(documents, seed), {
        documents,
        seed: options.seed,
      }),
    )
    return {
      send: (request) =>
        guarded(() =>
          page.evaluate(async ({ method, url, headers, body }) => {
            const response = await fetch(url, { method, headers, body })
            // Headers iterate with lower-cased names.
            return {
              status: response.status,
              headers: Object.fromEntries(response.headers),
              text: await response.text(),
            }
          }, request),
        ),
      reset: () => guarded(() => page.evaluate(() => (window as unknown as UserApiPageGlobals).resetUserApi())),
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}
