import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createChatwootClient } from '../support/chatwoot-client.js'
import { runtimes, type Runtime } from '../support/runtimes.js'

// A contact update whose email or phone number another contact has merges the contact into that one
// (ContactIdentifyAction, ContactMergeAction): its conversations, the messages it sent and its
// contact inboxes move there, it is deleted, and the answer is the other contact's record.

const inbox = '/inboxes/inbox_identifier_example'

describe.each(runtimes)('%s', (_, start) => {
  let runtime: Runtime
  beforeAll(async () => {
    runtime = await start({ now: () => new Date('2024-06-03T10:00:00Z') })
  })
  afterEach(() => runtime.reset())
  afterAll(() => runtime.stop())

  const send = createChatwootClient(() => runtime)

  it("moves a visitor's conversation and messages to the contact whose email it gives, and answers that contact", async () => {
    const visitor = (await send('POST', `${inbox}/contacts`, { source_id: 'merge-visitor', name: 'Vic' })).body
    expect(visitor.id).toBe(82)
    const path = `${inbox}/contacts/merge-visitor`
    const opened = (await send('POST', `${path}/conversations`)).body
    const sent = (await send('POST', `${path}/conversations/${opened.id}/messages`, { content: 'Hi' })).body
    expect(sent.sender).toMatchObject({ id: 82, name: 'Vic' })

    const merged = await send('PATCH', path, { email: 'kim@example.com' })
    expect(merged).toEqual({
      status: 200,
      body: {
        id: 76,
        name: 'Kim Example',
        email: 'kim@example.com',
        phone_number: null,
        account_id: 1,
        created_at: '2024-02-29T09:00:00.000Z',
        updated_at: '2024-02-29T09:00:00.000Z',
        additional_attributes: {},
        identifier: 'user-1002',
        custom_attributes: {},
        last_activity_at: null,
        contact_type: 'lead',
        middle_name: '',
        last_name: '',
        location: null,
        country_code: null,
        blocked: false,
        company_id: null,
      },
    })
    // The contact inbox keeps its source_id and pubsub token, now for contact 76.
    expect(await send('GET', path)).toEqual({
      status: 200,
      body: { ...visitor, id: 76, name: 'Kim Example', email: 'kim@example.com' },
    })
    const conversation = (await send('GET', `${path}/conversations/${opened.id}`)).body
    expect(conversation.contact.id).toBe(76)
    expect(conversation.messages).toEqual([
      { ...sent, sender: expect.objectContaining({ id: 76, name: 'Kim Example', identifier: 'user-1002' }) },
    ])
    expect((await send('GET', `${path}/conversations`)).body.map((item: { id: number }) => item.id)).toEqual([
      opened.id,
    ])
    // Contact 82 is gone: its old name finds nothing to reuse, and a new contact gets the next id.
    expect((await send('POST', `${inbox}/contacts`, { name: 'Vic' })).body.id).toBe(83)
  })

  it('answers an update that merges nothing with the contact itself', async () => {
    expect(await send('PATCH', `${inbox}/contacts/contact_merge_example`, { email: 'lee@example.com' })).toMatchObject({
      status: 200,
      body: { id: 75, email: 'lee@example.com', contact_type: 'lead' },
    })
  })
})
