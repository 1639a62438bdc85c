import { expect, it } from 'vitest'
import { stripProse } from '../../scripts/strip-prose.js'

it('drops descriptions, comments, external docs and x-mock notes where they are keywords', () => {
  const document = {
    info: { title: 'Shop', description: 'A shop.' },
    externalDocs: { url: 'https://example.com' },
    paths: {
      '/orders': {
        get: {
          summary: 'List orders',
          description: 'Every order.',
          'x-mock': 'A note for people.',
          responses: { '200': { description: 'The orders.' } },
        },
      },
    },
    components: { schemas: { Order: { type: 'object', $comment: 'why', description: 'An order.' } } },
  }
  expect(stripProse(document)).toEqual({
    info: { title: 'Shop' },
    paths: { '/orders': { get: { summary: 'List orders', responses: { '200': {} } } } },
    components: { schemas: { Order: { type: 'object' } } },
  })
})

it('keeps a property, a response or a component named description', () => {
  const schema = {
    type: 'object',
    properties: { description: { type: 'string', description: 'What the room is for.' } },
    required: ['description'],
  }
  expect(stripProse({ components: { schemas: { description: schema } } })).toEqual({
    components: {
      schemas: {
        description: { type: 'object', properties: { description: { type: 'string' } }, required: ['description'] },
      },
    },
  })
})

it('keeps data as it is: examples, defaults, enums and extensions with a description field', () => {
  const schema = {
    type: 'object',
    default: { description: 'kept' },
    examples: [{ description: 'kept' }],
    properties: { tags: { enum: ['a'], const: 'a' } },
    'x-chatmock-actions': { post: { summary: 'Post', input: { description: 'kept' } } },
  }
  expect(stripProse(schema)).toEqual(schema)
})

it('keeps the x-mock marker the example sets read', () => {
  expect(stripProse({ 'x-mock': 'not example-reachable' })).toEqual({ 'x-mock': 'not example-reachable' })
})

it('drops examples too when asked, for what only validates', () => {
  const media = {
    schema: { type: 'string', example: 'a', examples: ['a'] },
    examples: { one: { value: 'a' } },
    properties: { example: { type: 'string' } },
  }
  expect(stripProse(media, { examples: true })).toEqual({
    schema: { type: 'string' },
    properties: { example: { type: 'string' } },
  })
})
