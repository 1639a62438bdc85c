/**
 * `npm run demo`: bundles demo/main.ts (chatmock's browser runtime included) and serves the demo
 * page on 127.0.0.1, with msw's service worker at the root. Everything is local: no network needed.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { describeParseError } from '../src/cli/describe-parse-error.js'

const root = new URL('../', import.meta.url).pathname
const options = { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const
const usage = `Usage: npm run demo -- [--port <port>]

Serves the chatmock demo page on 127.0.0.1: chatmock in the browser, msw's service worker
answering the page's requests. Everything is local: no network needed.

Options:
  --port <port>   port to listen on (default: $PORT, else 5173; 0 picks a free one)
  -h, --help      show this help

Exit status: 0 stopped by SIGINT or SIGTERM; 1 a mistake in the options, or a port it cannot
listen on.`

let values: { port?: string; help?: boolean }
try {
  ;({ values } = parseArgs({ options }))
} catch (error) {
  fail(`${describeParseError(error, Object.keys(options))}; the options are --port <port> and -h, --help`)
}
if (values.help) {
  console.log(usage)
  process.exit(0)
}
// An empty PORT (`PORT= npm run demo`) is no port: the default.
const portText = values.port ?? (process.env.PORT || '5173')
const port = Number(portText)
if (!/^\d+$/.test(portText) || port > 65_535)
  fail(`${values.port === undefined ? 'PORT' : '--port'} must be an integer from 0 to 65535 (got "${portText}")`)

/** One line on stderr, as the command line says a mistake, and exit status 1. */
function fail(message: string): never {
  console.error(`demo: ${message}. Run "npm run demo -- --help".`)
  process.exit(1)
}

const bundle = await build({
  entryPoints: { main: join(root, 'demo/main.ts'), 'no-eval': join(root, 'demo/no-eval.ts') },
  outdir: '/',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  sourcemap: 'inline',
  logLevel: 'error',
})
const bundled = (name: string) => bundle.outputFiles.find((file) => file.path === `/${name}`)!.contents
const require = createRequire(import.meta.url)
const files: Record<string, { type: string; body: string | Uint8Array; headers?: Record<string, string> }> = {
  '/': { type: 'text/html; charset=utf-8', body: readFileSync(join(root, 'demo/index.html'), 'utf8') },
  '/main.js': { type: 'text/javascript; charset=utf-8', body: bundled('main.js') },
  '/mockServiceWorker.js': {
    type: 'text/javascript; charset=utf-8',
    body: readFileSync(join(dirname(require.resolve('msw/package.json')), 'lib/mockServiceWorker.js'), 'utf8'),
  },
  // Your own API: the document the demo loads by URL, and a page whose policy forbids 'unsafe-eval'.
  '/user-api/orders.json': {
    type: 'application/json',
    body: readFileSync(join(root, 'demo/user-api/orders.json'), 'utf8'),
  },
  '/no-eval.html': {
    type: 'text/html; charset=utf-8',
    body: readFileSync(join(root, 'demo/no-eval.html'), 'utf8'),
    headers: { 'content-security-policy': "script-src 'self'" },
  },
  '/no-eval.js': { type: 'text/javascript; charset=utf-8', body: bundled('no-eval.js') },
}

const server = createServer((request, response) => {
  const file = files[(request.url ?? '/').split('?')[0]!]
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    return
  }
  response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store', ...file.headers }).end(file.body)
})
server.once('error', (error: NodeJS.ErrnoException) =>
  fail(
    error.code === 'EADDRINUSE'
      ? `port ${port} on 127.0.0.1 is in use; choose another with --port or PORT`
      : error.message,
  ),
)
server.listen(port, '127.0.0.1', () => {
  const address = server.address()
  console.log(`chatmock demo on http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => process.exit(0)))
