import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { defineApi, json } from '../../src/index.js'
import type { Api } from '../../src/api/api.js'
import { type Chatmock, setupChatmock } from '../../src/node.js'
import { startCli } from '../support/run-cli.js'

// A user's document whose query uses deepObject, pipeDelimited, exploded form and a JSON content
// parameter: in process the resolver gets the values as the styles read them, and `chatmock serve
// --spec` refuses what they cannot read with 400 naming the parameter.

const file = 'test/fixtures/user-specs/parameter-styles.yaml'
const base = 'https://styles.example.test'
const near = encodeURIComponent('{"lat":52.5,"lng":13.4}')
let chatmock: Chatmock<readonly Api[]>
let server: ReturnType<typeof startCli>
let url = ''

beforeAll(async () => {
  server = startCli(['serve', '--port', '0', '--quiet', '--no-builtins', '--spec', file])
  url = (await server.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
  const api = defineApi({
    id: 'parameter-styles',
    spec: readFileSync(file, 'utf8'),
    resolvers: { searchItems: ({ query }) => json(200, query) },
  })
  chatmock = await setupChatmock<readonly Api[]>({ apis: [api] })
  chatmock.server.listen({
    onUnhandledRequest: (request, print) => (request.url.startsWith(url) ? undefined : print.error()),
  })
})
afterAll(async () => {
  chatmock.server.close()
  server.stop()
  await server.exited
})

async function get(target: string) {
  const response = await fetch(target)
  return { status: response.status, body: await response.json() }
}

it('gives the resolver a deepObject, a pipeDelimited array, an exploded form array and a JSON content parameter as their styles read them', async () => {
  expect(await get(`${base}/items?filter[name]=tea&filter[minPrice]=2.5&ids=1|2|3&tag=a,b&tag=c&near=${near}`)).toEqual(
    {
      status: 200,
      body: {
        filter: { name: 'tea', minPrice: 2.5 },
        ids: [1, 2, 3],
        tag: ['a,b', 'c'],
        near: { lat: 52.5, lng: 13.4 },
      },
    },
  )
})

it('checks the values the styles read against their schemas, in process and served', async () => {
  for (const target of [`${base}/items`, `${url}/parameter-styles/items`]) {
    const { status, body } = await get(`${target}?filter[colour]=red&ids=1|x&near=${encodeURIComponent('{"lat":1}')}`)
    expect(status, target).toBe(400)
    const text = JSON.stringify(body)
    expect(text, target).toContain('query parameter \\"filter.colour\\" is not allowed')
    expect(text, target).toContain('query parameter \\"ids[1]\\" must be integer (got \\"x\\")')
    expect(text, target).toContain('query parameter \\"near.lng\\" is required')
  }
})

it('refuses with 400 naming the parameter what its style cannot read, in process and served', async () => {
  for (const target of [`${base}/items`, `${url}/parameter-styles/items`]) {
    const { status, body } = await get(`${target}?filter[name][first]=tea&near={lat`)
    expect(status, target).toBe(400)
    const text = JSON.stringify(body)
    expect(text, target).toContain(
      'query parameter \\"filter\\" cannot be read: \\"filter[name][first]\\" is not \\"filter[<property>]\\": deepObject reads one level',
    )
    expect(text, target).toMatch(
      /query parameter \\"near\\" cannot be read: \\"\{lat\\" is not valid JSON \(application\/json\)/,
    )
  }
})
