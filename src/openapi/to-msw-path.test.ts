import { expect, it } from 'vitest'
import { toMswPath } from './to-msw-path.js'

it('turns every templated segment into an msw parameter', () => {
  expect(toMswPath('/workspaces/{workspace_id}/chats/{chat_id}/restore')).toBe(
    '/workspaces/:workspace_id/chats/:chat_id/restore',
  )
})

it('leaves a path without templates as it is', () => {
  expect(toMswPath('/chat-messages')).toBe('/chat-messages')
})
