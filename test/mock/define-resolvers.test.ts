import { expect, it } from 'vitest'
import { defineResolvers } from '../../src/mock/define-resolvers.js'
import { json } from '../../src/mock/respond.js'
import { builtinApiIds } from '../../handlers/index.js'
import { getApi } from '../../src/openapi/catalog.js'

it.each(builtinApiIds)('handlers/%s has exactly one resolver per operation of its spec', (id) => {
  expect(Object.keys(getApi(id).resolvers).sort()).toEqual(
    getApi(id)
      .operations.map((operation) => operation.operationId)
      .sort(),
  )
})

it('throws RESOLVER_MISSING naming an operation without a resolver', () => {
  const partial = { findChatMessages: () => json(200, []) } as unknown as Parameters<
    typeof defineResolvers<'hapihub'>
  >[1]
  expect(() => defineResolvers('hapihub', partial)).toThrow(
    expect.objectContaining({
      code: 'RESOLVER_MISSING',
      message: expect.stringContaining(
        'no resolver: createChatMessage, getChatMessage, patchChatMessage, findChatRooms, createChatRoom, getChatRoom.',
      ),
    }),
  )
})

it('throws UNKNOWN_OPERATION naming a resolver that matches no operation', () => {
  const extra = {
    ...(getApi('hapihub').resolvers as Parameters<typeof defineResolvers<'hapihub'>>[1]),
    deleteChatMessage: () => json(204, undefined),
  }
  expect(() => defineResolvers('hapihub', extra)).toThrow(
    expect.objectContaining({ code: 'UNKNOWN_OPERATION', message: expect.stringContaining('deleteChatMessage') }),
  )
})
