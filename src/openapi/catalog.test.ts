import { expect, it } from 'vitest'
import { builtinApiIds } from '../../handlers/index.js'
import { getApi } from './catalog.js'

it('registers the four APIs with their mount prefixes', () => {
  expect(builtinApiIds.map((id) => [id, getApi(id).prefix])).toEqual([
    ['toggl-focus', '/toggl-focus'],
    ['roosted', '/roosted'],
    ['hapihub', '/hapihub'],
    ['chatwoot', '/chatwoot'],
  ])
})

it('takes the server URL from the first servers entry, without a trailing slash', () => {
  expect(getApi('chatwoot').serverUrl).toBe('https://app.chatwoot.com')
})

it('builds each API once', () => {
  expect(getApi('hapihub')).toBe(getApi('hapihub'))
})

it('throws UNKNOWN_API listing the known ones', () => {
  expect(() => getApi('slack')).toThrow(
    expect.objectContaining({
      code: 'UNKNOWN_API',
      message: expect.stringContaining('toggl-focus, roosted, hapihub, chatwoot'),
    }),
  )
})
