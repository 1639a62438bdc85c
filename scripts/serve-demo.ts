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

const root = new URL('../', import.meta.url).pathname
const { values } = parseArgs({ options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
if (values.help) {
  console.log('Usage: npm run demo -- [--port <port>]\n\nServes the chatmock demo page on 127.0.0.1 (port: --port, else $PORT, else 5173).')
  process.exit(0)
}
const port = Number(values.port ?? process.env.PORT ?? 5173)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`demo: --port must be an integer from 0 to 65535 (got "${values.port ?? process.env.PORT}")`)
  process.exit(1)
}

const bundle = await build({ entryPoints: { main: join(root, 'demo/main.ts'), 'no-eval': join(root, 'demo/no-eval.ts') }, outdir: '/', bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, sourcemap: 'inline', logLevel: 'error' })
const bundled = (name: string) => bundle.outputFiles.find((file) => file.path === `/${name}`)!.contents
const require = createRequire(import.meta.url)
const files: Record<string, { type: string; body: string | Uint8Array; headers?: Record<string, string> }> = {
  '/': { type: 'text/html; charset=utf-8', body: readFileSync(join(root, 'demo/index.html'), 'utf8') },
  '/main.js': { type: 'text/javascript; charset=utf-8', body: bundled('main.js') },
  '/mockServiceWorker.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(join(dirname(require.resolve('msw/package.json')), 'lib/mockServiceWorker.js'), 'utf8') },
  // Your own API: the document the demo loads by URL, and a page whose policy forbids 'unsafe-eval'.
  '/user-api/orders.json': { type: 'application/json', body: readFileSync(join(root, 'demo/user-api/orders.json'), 'utf8') },
  '/no-eval.html': { type: 'text/html; charset=utf-8', body: readFileSync(join(root, 'demo/no-eval.html'), 'utf8'), headers: { 'content-security-policy': "script-src 'self'" } },
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
server.once('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `demo: port ${port} on 127.0.0.1 is in use; choose another with --port or PORT.` : `demo: ${error.message}`)
  process.exit(1)
})
server.listen(port, '127.0.0.1', () => {
  const address = server.address()
  console.log(`chatmock demo on http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => process.exit(0)))
