import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { compileValueShape } from './parameter-styles/value-shape.js'
import { parseFormBody } from './parse-form-body.js'

const document: OpenAPIV3_1.Document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  components: {
    schemas: {
      Answer: {
        type: 'object',
        properties: {
          title: { type: 'string' },
          rating: { type: 'integer' },
          survey: { type: 'object', properties: { rating: { type: 'integer' }, happy: { type: 'boolean' } } },
        },
      },
    },
  },
}

const shape = compileValueShape(document, {
  type: 'object',
  properties: {
    content: { type: 'string' },
    count: { type: 'integer' },
    'literal[]': { type: 'string' },
    attachments: { type: 'array', items: { type: 'string', format: 'binary' } },
    custom_attributes: { type: 'object', additionalProperties: true },
    submitted_values: {
      oneOf: [
        { $ref: '#/components/schemas/Answer' },
        { type: 'array', items: { $ref: '#/components/schemas/Answer' } },
      ],
    },
  },
})

const urlEncoded = (text: string) => parseFormBody(text, 'application/x-www-form-urlencoded', shape)

it('nests bracketed names as Rack does, typing their leaves by the schema (through oneOf)', () => {
  expect(
    urlEncoded('count=2&custom_attributes[plan]=pro&custom_attributes[seats]=3&submitted_values[survey][rating]=5'),
  ).toEqual({
    value: {
      count: 2,
      custom_attributes: { plan: 'pro', seats: '3' },
      submitted_values: { survey: { rating: 5 } },
    },
    files: [],
  })
})

it('makes a list of `[]` names, and a list of objects of `[][key]` names, a new object when a key repeats', () => {
  expect(urlEncoded('submitted_values[][title]=a&submitted_values[][rating]=1&submitted_values[][title]=b')).toEqual({
    value: { submitted_values: [{ title: 'a', rating: 1 }, { title: 'b' }] },
    files: [],
  })
})

it('keeps a name the schema declares with brackets as it is', () => {
  expect(urlEncoded('literal[]=x')).toEqual({ value: { 'literal[]': 'x' }, files: [] })
})

it('sets `__proto__` as a field, never as the prototype', () => {
  const read = urlEncoded('custom_attributes[__proto__][polluted]=yes') as { value: Record<string, any> }
  expect(Object.getPrototypeOf(read.value.custom_attributes)).toBe(Object.prototype)
  expect(Object.keys(read.value.custom_attributes)).toEqual(['__proto__'])
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

it('refuses a bracketed name that does not fit what the fields before it made, and one nested too deep', () => {
  expect(urlEncoded('custom_attributes=x&custom_attributes[plan]=pro')).toEqual({
    refused: 'field "custom_attributes[plan]" does not fit the fields sent before it under "custom_attributes"',
  })
  expect(urlEncoded(`custom_attributes${'[a]'.repeat(32)}=x`)).toEqual({
    refused: `field "custom_attributes${'[a]'.repeat(32)}" nests deeper than 32`,
  })
})

it("answers a multipart body's file parts as files too, with their names, media types and bytes", () => {
  const bytes = [0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]
  const body = new Uint8Array([
    ...new TextEncoder().encode(
      '--b\r\nContent-Disposition: form-data; name="content"\r\n\r\nHéllo\r\n' +
        '--b\r\nContent-Disposition: form-data; name="attachments[]"; filename="dot.png"\r\nContent-Type: image/png\r\n\r\n',
    ),
    ...bytes,
    ...new TextEncoder().encode(
      '\r\n--b\r\nContent-Disposition: form-data; name="attachments[]"; filename="notes"\r\n\r\nhi\r\n--b--\r\n',
    ),
  ])
  const read = parseFormBody(body, 'multipart/form-data; boundary=b', shape)
  expect(read).toEqual({
    value: { content: 'Héllo', attachments: [String.fromCharCode(...bytes), 'hi'] },
    files: [
      { field: 'attachments[]', filename: 'dot.png', contentType: 'image/png', bytes: new Uint8Array(bytes) },
      {
        field: 'attachments[]',
        filename: 'notes',
        contentType: 'application/octet-stream',
        bytes: new TextEncoder().encode('hi'),
      },
    ],
  })
})
