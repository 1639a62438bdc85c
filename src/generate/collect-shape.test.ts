import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { collectShape, SHAPE_LIMIT } from './collect-shape.js'

const document = { openapi: '3.1.0', info: { title: 'shapes', version: '1' }, paths: {} } as OpenAPIV3_1.Document

it('keeps a schema’s shape, and starts afresh past its limit with the same shape', () => {
  const schema = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } }
  const shape = collectShape([{ schema, pointer: '#/a' }], document)
  expect(collectShape([{ schema, pointer: '#/a' }], document)).toBe(shape)
  for (let index = 0; index < SHAPE_LIMIT; index++)
    collectShape([{ schema: { type: 'string', maxLength: index }, pointer: `#/s/${index}` }], document)
  const again = collectShape([{ schema, pointer: '#/a' }], document)
  expect(again).not.toBe(shape)
  expect(again).toEqual(shape)
})
