import { expect, it, vi } from 'vitest'
import { getComponentSchema } from '../../src/store/get-component-schema.js'
import { Table } from '../../src/store/table.js'
import { getApi } from '../../src/openapi/catalog.js'
import type { ChatMessage } from '../../handlers/hapihub/generated/openapi.js'

function createTable(limit = 10) {
  return new Table<ChatMessage>({
    name: 'messages',
    schema: getComponentSchema(getApi('hapihub'), 'ChatMessage'),
    key: (message) => message.id,
    limit,
  })
}

it('finds a record by key without querying the collection', async () => {
  const table = createTable()
  await table.insert({ id: 'a', createdAt: 1, createdBy: 'u' })
  const findFirst = vi.spyOn(table.collection, 'findFirst')
  const findMany = vi.spyOn(table.collection, 'findMany')
  expect(table.get('a')).toEqual({ id: 'a', createdAt: 1, createdBy: 'u' })
  expect(findFirst).not.toHaveBeenCalled()
  expect(findMany).not.toHaveBeenCalled()
})

it('keeps the same record in the index and in the @msw/data collection', async () => {
  const table = createTable()
  await table.insert({ id: 'a', createdAt: 1, createdBy: 'u' })
  table.update('a', { text: 'hi' })
  expect(table.collection.findFirst((q) => q.where({ id: 'a' }))).toBe(table.get('a'))
  expect(table.get('a')!.text).toBe('hi')
})

it('refuses a record the spec rejects, naming the field', async () => {
  await expect(createTable().insert({ id: 'a', createdAt: 'yesterday' } as never)).rejects.toMatchObject({
    code: 'RECORD_INVALID',
    message: expect.stringContaining('field "createdAt" must be number (got "yesterday")'),
  })
})

it('refuses an update the spec rejects and leaves the record as it was', async () => {
  const table = createTable()
  await table.insert({ id: 'a', createdAt: 1, createdBy: 'u' })
  expect(() => table.update('a', { seenBy: 'everyone' } as never)).toThrow(
    expect.objectContaining({ code: 'RECORD_INVALID' }),
  )
  expect(table.get('a')).toEqual({ id: 'a', createdAt: 1, createdBy: 'u' })
})

it('removes a field set to undefined', async () => {
  const table = createTable()
  await table.insert({ id: 'a', createdAt: 1, createdBy: 'u', text: 'x' })
  table.update('a', { text: undefined })
  expect(table.get('a')).toEqual({ id: 'a', createdAt: 1, createdBy: 'u' })
})

it('refuses a duplicate key', async () => {
  const table = createTable()
  await table.insert({ id: 'a', createdAt: 1, createdBy: 'u' })
  await expect(table.insert({ id: 'a', createdAt: 2, createdBy: 'v' })).rejects.toMatchObject({
    code: 'RECORD_DUPLICATE',
  })
})

it('throws STORE_FULL once the limit is reached, with a message saying what to do', async () => {
  const table = createTable(2)
  await table.insert({ id: 'a', createdAt: 1, createdBy: 'u' })
  await table.insert({ id: 'b', createdAt: 1, createdBy: 'u' })
  await expect(table.insert({ id: 'c', createdAt: 1, createdBy: 'u' })).rejects.toMatchObject({
    code: 'STORE_FULL',
    message: expect.stringContaining('limit of 2 records'),
  })
})

it('keeps a "__proto__" key a plain field on update', async () => {
  // An attachment is an open object (additionalProperties: true), so any key can reach the store.
  const table = new Table<{ id: number }>({
    name: 'attachments',
    schema: getComponentSchema(getApi('chatwoot'), 'PublicMessageAttachment'),
    key: (record) => record.id,
    limit: 10,
  })
  await table.insert({ id: 1 })
  table.update(1, JSON.parse('{"__proto__":{"polluted":true}}'))
  expect(Object.getPrototypeOf(table.get(1))).toBe(Object.prototype)
  expect(Object.hasOwn(table.get(1)!, '__proto__')).toBe(true)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})
