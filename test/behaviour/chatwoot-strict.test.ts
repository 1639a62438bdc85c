import { describe, expect, it } from 'vitest'
import { call, useChatmock } from '../support/start-chatmock.js'

// The runtime's `strict` option: a refused identity gets the spec's 401 with the widget API's body,
// where the real server (and the mock by default) answers Rails' 500; `Prefer: handling=lenient`
// asks for the server's answer again for one request.

const inbox = 'https://app.chatwoot.com/public/api/v1/inboxes/identity_inbox_example'
const refused = { status: 401, body: { error: 'HMAC failed: Invalid Identifier Hash Provided' } }

useChatmock({ strict: true })

async function send(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const { status, body: answer } = await call(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status, body: answer }
}

describe('a refused identity in strict mode', () => {
  it('returns 401 on create, GET, PATCH and PUT of a contact', async () => {
    expect(await send('POST', `${inbox}/contacts`, { identifier: 'user-2002' })).toEqual(refused)
    const dave = `${inbox}/contacts/identity_contact_example`
    expect(await send('GET', dave)).toEqual(refused)
    expect(await send('PATCH', dave, { name: 'Dave' })).toEqual(refused)
    expect(await send('PUT', dave, { name: 'Dave' })).toEqual(refused)
  })

  it("returns Rails' 500 again under Prefer: handling=lenient", async () => {
    expect(
      await send('POST', `${inbox}/contacts`, { identifier: 'user-2002' }, { prefer: 'handling=lenient' }),
    ).toEqual({ status: 500, body: { status: 500, error: 'Internal Server Error' } })
  })
})
