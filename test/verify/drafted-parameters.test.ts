import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { defineApi } from '../../src/mock/define-api.js'
import { verify } from '../../src/verify/verify.js'

// Parameters without examples are drafted from their schemas, the smallest valid value that sends
// something: an array or object that may have items gets one (an empty one leaves an empty path
// segment, and an exploded one sends nothing); a `content` parameter from its media type. A link's
// value goes to the parameter it names, wherever that parameter is.

interface Received {
  method: string
  url: string
  headers: Record<string, string>
}

const ok = { '200': { description: 'done' } }
const spec = {
  openapi: '3.1.0',
  info: { title: 'boxes', version: '1' },
  paths: {
    '/boxes': {
      post: {
        operationId: 'createBox',
        responses: {
          '201': {
            description: 'created',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
                example: { id: 'b-1' },
              },
            },
            links: { getBox: { operationId: 'getBox', parameters: { 'X-Box-Id': '$response.body#/id' } } },
          },
        },
      },
      get: {
        operationId: 'findBoxes',
        parameters: [
          {
            name: 'tags',
            in: 'query',
            required: true,
            schema: { type: 'array', items: { type: 'string', enum: ['red'] } },
          },
          {
            name: 'filter',
            in: 'query',
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', required: ['size'], properties: { size: { type: 'integer', const: 3 } } },
              },
            },
          },
        ],
        responses: ok,
      },
    },
    '/boxes/{box}': {
      get: {
        operationId: 'getBoxByShape',
        parameters: [
          {
            name: 'box',
            in: 'path',
            required: true,
            schema: { type: 'object', properties: { color: { type: 'string', enum: ['red'] } } },
          },
        ],
        responses: ok,
      },
    },
    '/box': {
      get: {
        operationId: 'getBox',
        parameters: [{ name: 'X-Box-Id', in: 'header', required: true, schema: { type: 'string' } }],
        responses: ok,
      },
    },
  },
}
const boxes = defineApi({ id: 'boxes', spec: spec as never })

let provider: Server
let baseUrl = ''
const received: Received[] = []
beforeAll(async () => {
  provider = createServer((request, response) => {
    received.push({ method: request.method!, url: request.url!, headers: request.headers as Record<string, string> })
    if (request.method === 'POST') response.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"b-7"}')
    else response.writeHead(200).end()
  })
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`
})
afterAll(() => provider.close())

it('drafts a required array, object or content parameter that sends a value', async () => {
  received.length = 0
  const report = await verify({ api: boxes, baseUrl, operations: ['findBoxes', 'getBoxByShape'] })
  expect(report.cases.map((item) => item.verdict)).toEqual(['pass', 'pass'])
  expect(received.map((item) => decodeURIComponent(item.url))).toEqual([
    '/boxes?tags=red&filter={"size":3}',
    '/boxes/color,red',
  ])
})

it("sends a link's value in the header parameter it names", async () => {
  received.length = 0
  const report = await verify({ api: boxes, baseUrl, operations: ['createBox', 'getBox'] })
  expect(report.cases.map((item) => `${item.operationId} ${item.case} ${item.verdict}`)).toEqual([
    'createBox positive: spec example pass',
    'getBox positive: linked from createBox pass',
  ])
  expect(received[1]!.headers['x-box-id']).toBe('b-7')
})
