import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { defineApi } from '../../src/mock/define-api.js'
import { verify } from '../../src/verify/verify.js'

// verify drafts a body in the media type the operation declares (JSON first, then a form,
// multipart, text, bytes, else the first), sends its content type and the body encoded for it,
// never a body on GET or HEAD, and breaks body fields only where the body is a JSON object.

interface Received {
  method: string
  url: string
  headers: Record<string, string>
  body: Buffer
}

const ok = { '200': { description: 'done' }, '400': { description: 'refused' } }
const spec = {
  openapi: '3.1.0',
  info: { title: 'bodies', version: '1' },
  paths: {
    '/form': {
      post: {
        operationId: 'sendForm',
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  tags: { type: 'array', items: { type: 'string' } },
                  sizes: { type: 'array', items: { type: 'integer' } },
                  meta: { type: 'object', properties: { a: { type: 'string' } } },
                },
              },
              example: { name: 'Ada Lovelace', tags: ['x', 'y'], sizes: [1, 2], meta: { a: 'b&c' } },
              encoding: { tags: { style: 'form', explode: false } },
            },
          },
        },
        responses: ok,
      },
    },
    '/upload': {
      post: {
        operationId: 'upload',
        requestBody: {
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: {
                  title: { type: 'string' },
                  file: { type: 'string', format: 'binary' },
                  pages: { type: 'array', items: { type: 'string', contentMediaType: 'image/png' } },
                  meta: { type: 'object' },
                },
              },
              example: { title: 'report', file: 'PNG bytes', pages: ['one', 'two'], meta: { pages: 2 } },
              encoding: { file: { contentType: 'image/png' } },
            },
          },
        },
        responses: ok,
      },
    },
    '/note': {
      put: {
        operationId: 'putNote',
        requestBody: { content: { 'text/plain': { schema: { type: 'string' }, example: 'hello, world' } } },
        responses: ok,
      },
    },
    '/image': {
      put: {
        operationId: 'putImage',
        requestBody: { content: { 'image/png': { schema: { type: 'string', format: 'binary' }, example: 'PNG' } } },
        responses: ok,
      },
    },
    '/mixed': {
      post: {
        operationId: 'mix',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['id', 'flag'],
                properties: { id: { type: ['string', 'integer'] }, flag: { type: ['string', 'boolean'] } },
              },
              example: { id: 'a1', flag: true },
            },
          },
        },
        responses: ok,
      },
    },
    '/choice': {
      post: {
        operationId: 'choose',
        requestBody: {
          required: true,
          content: {
            'application/xml': { schema: { type: 'object' } },
            'application/vnd.choice+json': {
              schema: { type: 'object', required: ['pick'], properties: { pick: { type: 'integer' } } },
              example: { pick: 1 },
            },
          },
        },
        responses: ok,
      },
    },
    '/pets': {
      patch: {
        operationId: 'patchPet',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
              // ReadMe's request-examples.yaml writes its JSON examples as JSON text, in a string.
              examples: { cat: { value: '{\n  "name": "Fluffy"\n}' } },
            },
          },
        },
        responses: ok,
      },
    },
    '/csv': {
      post: {
        operationId: 'postCsv',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'string' }, example: 'column1,column2' } },
        },
        responses: ok,
      },
    },
    '/search': {
      get: {
        operationId: 'search',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['q'], properties: { q: { type: 'string' } } },
              example: { q: 'x' },
            },
          },
        },
        responses: ok,
      },
      head: {
        operationId: 'probeSearch',
        requestBody: { content: { 'application/json': { schema: { type: 'object' }, example: {} } } },
        responses: ok,
      },
    },
  },
}
const bodies = defineApi({ id: 'bodies', spec: spec as never })

let provider: Server
let baseUrl = ''
const received: Received[] = []
beforeAll(async () => {
  provider = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    received.push({
      method: request.method!,
      url: request.url!,
      headers: request.headers as Record<string, string>,
      body: Buffer.concat(chunks),
    })
    response.writeHead(200).end()
  })
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`
})
afterAll(() => provider.close())

async function sendValid(operationId: string): Promise<Received> {
  received.length = 0
  const report = await verify({ api: bodies, baseUrl, operations: [operationId] })
  expect(report.cases.map((item) => `${item.case.split(' ')[0]} ${item.verdict} ${item.issues.join('; ')}`)).toEqual([
    'positive: pass ',
  ])
  expect(received).toHaveLength(1)
  return received[0]!
}

async function listNegativeCases(operationId: string): Promise<string[]> {
  const report = await verify({ api: bodies, baseUrl, operations: [operationId], negative: true })
  return report.cases.filter((item) => item.case.startsWith('negative')).map((item) => item.case)
}

it('sends a form as application/x-www-form-urlencoded, each property as its encoding says', async () => {
  const { headers, body } = await sendValid('sendForm')
  expect(headers['content-type']).toBe('application/x-www-form-urlencoded')
  expect(body.toString()).toBe('name=Ada%20Lovelace&tags=x,y&sizes=1&sizes=2&meta=%7B%22a%22%3A%22b%26c%22%7D')
  expect(Object.fromEntries(new URLSearchParams(body.toString()))).toMatchObject({ name: 'Ada Lovelace', tags: 'x,y' })
})

it('sends multipart/form-data with its boundary, a binary property as a file of its content type', async () => {
  const { headers, body } = await sendValid('upload')
  expect(headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
  const form = await new Request('http://127.0.0.1/', {
    method: 'POST',
    headers,
    body: new Uint8Array(body),
  }).formData()
  expect(form.get('title')).toBe('report')
  const file = form.get('file') as File
  expect([file.name, file.type, await file.text()]).toEqual(['file', 'image/png', 'PNG bytes'])
  const pages = form.getAll('pages') as File[]
  expect(await Promise.all(pages.map((page) => page.text()))).toEqual(['one', 'two'])
  expect(pages.map((page) => page.type)).toEqual(['application/octet-stream', 'application/octet-stream'])
  const meta = form.get('meta') as File
  expect([meta.type, await meta.text()]).toEqual(['application/json', '{"pages":2}'])
})

it('sends text as it is, and bytes as they are', async () => {
  const note = await sendValid('putNote')
  expect([note.headers['content-type'], note.body.toString()]).toEqual(['text/plain', 'hello, world'])
  const image = await sendValid('putImage')
  expect([image.headers['content-type'], image.body]).toEqual(['image/png', Buffer.from('PNG')])
})

it('prefers a +json media type to the first declared one', async () => {
  const { headers, body } = await sendValid('choose')
  expect([headers['content-type'], body.toString()]).toEqual(['application/vnd.choice+json', '{"pick":1}'])
})

it('sends a JSON example written as JSON text as the value it is, where the schema takes no string', async () => {
  const pet = await sendValid('patchPet')
  expect([pet.headers['content-type'], pet.body.toString()]).toEqual(['application/json', '{"name":"Fluffy"}'])
  const csv = await sendValid('postCsv')
  expect(csv.body.toString()).toBe('"column1,column2"')
})

it('never sends a body on GET or HEAD, and makes no body case there', async () => {
  for (const operationId of ['search', 'probeSearch']) {
    const { headers, body } = await sendValid(operationId)
    expect([headers['content-type'], headers['content-length'], body.length]).toEqual([undefined, undefined, 0])
    expect(await listNegativeCases(operationId)).toEqual([])
  }
})

it('breaks a field of several types with a value none of them admits', async () => {
  expect(await listNegativeCases('mix')).toEqual([
    'negative: body: missing',
    'negative: body: malformed JSON',
    'negative: body field "id": missing',
    'negative: body field "id": not a string or integer',
    'negative: body field "flag": not a string',
  ])
})

it('breaks body fields only in a JSON object, and never throws on a body that is not one', async () => {
  expect(await listNegativeCases('patchPet')).toEqual([
    'negative: body: missing',
    'negative: body: malformed JSON',
    'negative: body field "name": missing',
    'negative: body field "name": not a string',
  ])
  expect(await listNegativeCases('postCsv')).toEqual(['negative: body: missing', 'negative: body: malformed JSON'])
  expect(await listNegativeCases('sendForm')).toEqual(['negative: body: missing'])
  expect(await listNegativeCases('choose')).toEqual([
    'negative: body: missing',
    'negative: body: malformed JSON',
    'negative: body field "pick": missing',
    'negative: body field "pick": not a number',
  ])
})
