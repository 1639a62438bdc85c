import { afterAll, beforeAll, expect, it } from 'vitest'
import { runCli, startCli } from '../support/run-cli.js'

// `chatmock verify --spec` against `chatmock serve --spec`, for each document of the user's own,
// positive and negative; `chatmock coverage` counts their operations.

const dir = 'test/fixtures/user-specs'
const documents = [
  ['petstore-30.yaml', 'petstore-30'],
  ['orders-31.json', 'orders'],
  ['catalog.yaml', 'catalog'],
  ['invalid-examples.yaml', 'invalid-examples'],
] as const
let server: ReturnType<typeof startCli>
let url = ''

beforeAll(async () => {
  server = startCli([
    'serve',
    '--port',
    '0',
    '--quiet',
    '--no-builtins',
    ...documents.flatMap(([file]) => ['--spec', `${dir}/${file}`]),
  ])
  url = (await server.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
})
afterAll(async () => {
  server.stop()
  await server.exited
})

it.each(documents)('verifies the mock of %s, positive and negative', async (file, id) => {
  const { status, stdout, stderr } = await runCli([
    'verify',
    '--spec',
    `${dir}/${file}`,
    '--base-url',
    `${url}/${id}`,
    '--header',
    'X-Api-Key: k',
    '--negative',
  ])
  expect([status, stderr], stdout).toEqual([0, ''])
  expect(stdout).toMatch(new RegExp(`^chatmock verify ${id} against ${url}/${id}\\n`))
  expect(stdout).toMatch(/\n\d+ passed, 0 failed, \d+ warned, 0 skipped in \d+ ms: the provider keeps the contract\n$/)
  expect(stdout).toMatch(/ negative: /)
  expect(stdout).not.toMatch(/ FAIL\n/)
})

it('warns, not fails, of a refusal whose status the document does not declare', async () => {
  const { stdout } = await runCli([
    'verify',
    '--spec',
    `${dir}/petstore-30.yaml`,
    '--base-url',
    `${url}/petstore-30`,
    '--header',
    'X-Api-Key: k',
    '--negative',
    '--operation',
    'getPets',
  ])
  expect(stdout).toMatch(
    /\ngetPets +negative: no credentials +declared 4xx +401 +WARN\n {4}- refused with 401, which the spec does not declare for getPets: the refusal is right, its status and body are unchecked\n/,
  )
})

it("still fails a provider that answers a document's own operation wrongly", async () => {
  // The mock of orders stands in for a provider of catalog at the wrong URL: every answer is a 404.
  const { status, stdout } = await runCli(['verify', '--spec', `${dir}/catalog.yaml`, '--base-url', `${url}/orders`])
  expect(status).toBe(1)
  expect(stdout).toContain('nothing was verified: no valid request got the status it expected')
})

it('counts the user operations in chatmock coverage', async () => {
  await fetch(`${url}/catalog/products`)
  await fetch(`${url}/catalog/categories/0`)
  const { status, stdout } = await runCli(['coverage', '--base-url', url, '--api', 'catalog', '--json'])
  expect(status).toBe(0)
  const report = JSON.parse(stdout)
  expect(report.apis.map((api: { id: string }) => api.id)).toEqual(['catalog'])
  const listProducts = report.apis[0].operations.find(
    (operation: { operationId: string }) => operation.operationId === 'listProducts',
  )
  expect(listProducts).toMatchObject({
    method: 'GET',
    path: '/products',
    statuses: [{ status: '200', count: expect.any(Number) }],
  })
  expect(listProducts.statuses[0].count).toBeGreaterThanOrEqual(1)
  const getCategory = report.apis[0].operations.find(
    (operation: { operationId: string }) => operation.operationId === 'getCategory',
  )
  expect(getCategory.undeclared).toContainEqual({ status: 400, count: expect.any(Number) })
  expect(report.totals).toMatchObject({
    operations: { covered: 2, total: 2 },
    statuses: { covered: 2, total: 2 },
    percent: 100,
  })
  const text = await runCli(['coverage', '--base-url', url, '--api', 'petstore-30', '--api', 'orders', '--min', '0'])
  expect(text.stdout).toMatch(/^petstore-30\n  getPets +200/)
  expect(text.stdout).toMatch(/\norders\n  listOrders +200/)
})
