// chats.test.ts
import { expect, it } from 'vitest'

it('lists the chats of workspace 1', async () => {
  const response = await fetch('https://focus.toggl.com/api/workspaces/1/chats', {
    headers: { authorization: 'Bearer toggl_sk_ada' },
  })
  await expect(response).toMatchContract('toggl-focus', 'listChats')
  expect((await response.json()).data).toHaveLength(20)
})
