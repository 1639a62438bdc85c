import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { defineApi } from '../../src/index.js'
import { type ChatmockServer, startChatmockServer } from '../../src/express.js'
import { type Chatmock, setupChatmock } from '../../src/node.js'

// Form bodies (urlencoded and multipart, files included) and binary bodies of a user's document,
// read as their schema describes them, through a real HTTP server and in process, sent by fetch as
// browsers send them (URLSearchParams, FormData, a Blob).

const base = 'https://forms.example.test'
const forms = defineApi({
  id: 'forms',
  baseUrl: base,
  spec: `openapi: 3.1.0
info: { title: Forms, version: '1' }
components:
  schemas:
    Node: { type: object, properties: { name: { type: string }, child: { $ref: '#/components/schemas/Node' } } }
paths:
  /pets:
    post:
      operationId: createPet
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [name, age]
              properties:
                name: { type: string }
                age: { type: integer, minimum: 0 }
                vaccinated: { type: boolean }
                tags: { type: array, items: { type: string } }
      responses:
        '201': { description: created }
        '400': { description: invalid }
  /pets/{id}/photo:
    put:
      operationId: uploadPhoto
      parameters: [{ name: id, in: path, required: true, schema: { type: integer } }]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file, caption]
              properties:
                file: { type: string, format: binary }
                caption: { type: string, maxLength: 20 }
                meta: { type: object, required: [width], properties: { width: { type: integer } } }
      responses:
        '204': { description: stored }
        '400': { description: invalid }
  /trees:
    post:
      operationId: postTree
      requestBody:
        content: { multipart/form-data: { schema: { $ref: '#/components/schemas/Node' } } }
      responses:
        '204': { description: stored }
  /blobs:
    post:
      operationId: putBlob
      requestBody:
        required: true
        content: { application/octet-stream: { schema: { type: string, format: binary } } }
      responses:
        '204': { description: stored }
`,
})

let server: ChatmockServer<readonly Api[]>
let chatmock: Chatmock<readonly Api[]>
beforeAll(async () => {
  server = await startChatmockServer<readonly Api[]>({ apis: [forms], port: 0 })
  chatmock = await setupChatmock<readonly Api[]>({ apis: [forms] })
  chatmock.server.listen({ onUnhandledRequest: 'bypass' })
})
afterAll(async () => {
  chatmock.server.close()
  await server.close()
})

const runtimes = [
  ['the server', () => `${server.url}/forms`],
  ['in process', () => base],
] as const

function photo(caption: string, meta?: string): FormData {
  const form = new FormData()
  // Bytes that are not UTF-8: a file part is read as its bytes.
  form.append('file', new Blob([new Uint8Array([0x47, 0x49, 0x46, 0xff, 0xfe, 0x00])], { type: 'image/gif' }), 'a.gif')
  form.append('caption', caption)
  if (meta) form.append('meta', new Blob([meta], { type: 'application/json' }))
  return form
}

it.each(runtimes)('reads an urlencoded body as its schema types it, on %s', async (_, url) => {
  const send = (body: string) => fetch(`${url()}/pets`, { method: 'POST', body: new URLSearchParams(body) })
  expect((await send('name=Rex&age=3&vaccinated=true&tags=a&tags=b')).status).toBe(201)
  expect((await send('name=Rex&age=3&tags=a')).status).toBe(201)
  const refused = await send('name=Rex&age=old')
  expect(refused.status).toBe(400)
  expect(refused.headers.get('x-chatmock-refusal')).toBe('body field "age" must be integer (got "old")')
  expect((await send('age=3')).headers.get('x-chatmock-refusal')).toBe('body field "name" is required')
})

it.each(runtimes)('reads a multipart body with a binary file part and a JSON part, on %s', async (_, url) => {
  const send = (form: FormData) => fetch(`${url()}/pets/7/photo`, { method: 'PUT', body: form })
  expect((await send(photo('at the beach'))).status).toBe(204)
  expect((await send(photo('at the beach', '{"width":640}'))).status).toBe(204)
  const refused = await send(photo('a caption far longer than twenty', '{"width":"wide"}'))
  expect(refused.status).toBe(400)
  expect(refused.headers.get('x-chatmock-refusal')).toBe(
    'body field "caption" must be at most 20 characters (got 32); body field "meta.width" must be integer (got "wide")',
  )
})

it.each(runtimes)('takes a binary body that is not UTF-8, on %s', async (_, url) => {
  const response = await fetch(`${url()}/blobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: new Uint8Array([0xff, 0xfe, 0x00, 0x80]),
  })
  expect(response.status).toBe(204)
})

it.each(runtimes)('reads a form body whose schema nests itself (a tree of nodes), on %s', async (_, url) => {
  const form = new FormData()
  form.append('name', 'root')
  form.append('child', new Blob(['{"name":"leaf"}'], { type: 'application/json' }))
  expect((await fetch(`${url()}/trees`, { method: 'POST', body: form })).status).toBe(204)
})

it('refuses a multipart body without its boundary, naming why', async () => {
  const response = await fetch(`${server.url}/forms/pets/7/photo`, {
    method: 'PUT',
    headers: { 'content-type': 'multipart/form-data' },
    body: 'caption=x',
  })
  expect(response.status).toBe(400)
  expect(response.headers.get('x-chatmock-refusal')).toBe(
    'body cannot be read: a multipart/form-data body needs the boundary its content-type names',
  )
})
