import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startCli } from '../support/run-cli.js'

// A second opinion on the mock's answers: Prism's validating proxy, one per document, in front of
// one `chatmock serve --spec` with all four. `--errors` turns an answer that breaks the document
// into Prism's 500 with an `sl-violations` header. `--validate-request false` lets the broken
// requests through to the mock (by default Prism answers them itself), so that its 400s are
// checked too; an answer whose status the document does not declare gets a Warning there, never
// the error.

const dir = 'test/fixtures/user-specs'
const require = createRequire(import.meta.url)
const prismPackage = require.resolve('@stoplight/prism-cli/package.json')
const prismBin = join(
  dirname(prismPackage),
  (JSON.parse(readFileSync(prismPackage, 'utf8')) as { bin: Record<string, string> }).bin.prism!,
)

const documents = {
  'petstore-30': 'petstore-30.yaml',
  orders: 'orders-31.json',
  catalog: 'catalog.yaml',
  'invalid-examples': 'invalid-examples.yaml',
} as const
type Id = keyof typeof documents
const proxies = new Map<Id, string>()
const children: ChildProcess[] = []
let server: ReturnType<typeof startCli>

function findFreePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

async function startProxy(file: string, upstream: string): Promise<string> {
  const port = await findFreePort()
  const child = spawn(
    process.execPath,
    [
      prismBin,
      'proxy',
      '--errors',
      '--validate-request',
      'false',
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-v',
      'info',
      file,
      upstream,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  children.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk
      if (output.includes('Prism is listening on')) resolve(`http://127.0.0.1:${port}`)
    })
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => reject(new Error(`prism proxy ${file} exited with ${code}:\n${output}`)))
  })
}

beforeAll(async () => {
  server = startCli([
    'serve',
    '--port',
    '0',
    '--quiet',
    '--no-builtins',
    ...Object.values(documents).flatMap((file) => ['--spec', `${dir}/${file}`]),
  ])
  const url = (await server.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
  await Promise.all(
    Object.entries(documents).map(async ([id, file]) =>
      proxies.set(id as Id, await startProxy(`${dir}/${file}`, `${url}/${id}`)),
    ),
  )
}, 30_000)
afterAll(async () => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // Gone already.
    }
  }
  server.stop()
  await server.exited
})

interface Case {
  name: string
  path: string
  init?: RequestInit
  status: number
  /** The document declares no such status: Prism warns of that (and only that). */
  undeclared?: true
}

const key = { 'x-api-key': 'k' }
const post = (body: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body,
})
const cases: Record<Id, Case[]> = {
  'petstore-30': [
    { name: 'list', path: '/pets', init: { headers: key }, status: 200 },
    // Pet 7 is the example the document shows: the mock keeps it, and answers 404 for a pet it does not keep.
    { name: 'get', path: '/pets/7', init: { headers: key }, status: 200 },
    { name: 'get a pet it does not keep', path: '/pets/5', init: { headers: key }, status: 404 },
    { name: 'create', path: '/pets', init: post('{"name":"Bo","tag":null}', key), status: 201 },
    { name: 'get the pet created', path: '/pets/8', init: { headers: key }, status: 200 },
    { name: '404', path: '/pets/5', init: { headers: { ...key, prefer: 'code=404' } }, status: 404 },
    { name: '400', path: '/pets', init: post('{"name":""}', key), status: 400 },
  ],
  orders: [
    { name: 'list', path: '/orders', status: 200 },
    { name: 'get', path: '/orders/o-1', status: 200 },
    { name: 'create', path: '/orders', init: post('{"items":[{"sku":"tea","quantity":2}],"note":null}'), status: 201 },
    { name: '404', path: '/orders/o-404', init: { headers: { prefer: 'code=404' } }, status: 404 },
    {
      name: '422 asked for',
      path: '/orders',
      init: post('{"items":[{"sku":"tea","quantity":2}]}', { prefer: 'code=422' }),
      status: 422,
    },
    // The document answers invalid input with 422 (application/json): so does the mock.
    { name: 'invalid input', path: '/orders', init: post('{"items":[]}'), status: 422 },
    { name: '400', path: '/orders/x-1', status: 400, undeclared: true },
  ],
  catalog: [
    { name: 'list', path: '/products', status: 200 },
    { name: 'get', path: '/categories/3', status: 200 },
    { name: '400', path: '/categories/0', status: 400, undeclared: true },
  ],
  'invalid-examples': [
    { name: 'list', path: '/notes', status: 200 },
    { name: 'list, its status asked for', path: '/notes', init: { headers: { prefer: 'code=200' } }, status: 200 },
    { name: 'get', path: '/notes/1', status: 200 },
    { name: '400', path: '/notes/one', status: 400, undeclared: true },
  ],
}

it.each(Object.keys(documents) as Id[])("passes Prism's validating proxy with every answer of %s", async (id) => {
  for (const { name, path, init, status, undeclared } of cases[id]) {
    const response = await fetch(`${proxies.get(id)}${path}`, init)
    const violations = response.headers.get('sl-violations')
    const body = await response.text()
    expect([response.status, violations], `${id} ${name}: ${body}`).toEqual([
      status,
      undeclared ? expect.any(String) : null,
    ])
    if (undeclared)
      expect(JSON.parse(violations!)).toEqual([
        {
          location: ['response'],
          severity: 'Warning',
          message: expect.stringMatching(
            /^Unable to match the returned status code with those defined in the document/,
          ),
        },
      ])
  }
})

it('is caught by Prism when a request asks for an example that breaks its schema (the proxy does check)', async () => {
  const response = await fetch(`${proxies.get('invalid-examples')}/notes`, {
    headers: { prefer: 'example=wrong-type' },
  })
  expect(response.status).toBe(500)
  expect(JSON.parse(response.headers.get('sl-violations')!)).toEqual([
    expect.objectContaining({ location: ['response', 'body', '0', 'id'], severity: 'Error' }),
  ])
})
